"""newsarchive: a bilingual (Chinese / English) news ingestion and archive service."""

__version__ = "0.1.0"
