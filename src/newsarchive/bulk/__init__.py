"""Bulk ingestion: collections of pages, parallel analysis, batched writes; POST /articles/batch."""
