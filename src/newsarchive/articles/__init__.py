"""Articles: ingest, read back, delete."""
