"""Main text and metadata from HTML. First version; owned by the extraction work (issue 3)."""

from __future__ import annotations

import trafilatura

from newsarchive.pipeline.model import Extracted


def extract_html(text: str, url: str | None = None) -> Extracted:
    body = trafilatura.extract(text, url=url, include_comments=False) or ""
    meta = trafilatura.extract_metadata(text)
    return Extracted(
        paragraphs=[p for p in body.split("\n") if p.strip()],
        title=meta.title if meta else None,
    )
