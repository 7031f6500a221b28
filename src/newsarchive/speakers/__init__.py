"""Speakers: people and organisations quoted in articles, one record across the archive."""
