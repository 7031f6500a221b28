"""Quotes: who said what, across the archive."""
