"""Raw scraped text. First version; owned by the extraction work (issue 3)."""

from __future__ import annotations

from newsarchive.pipeline.model import Extracted


def extract_text(text: str) -> Extracted:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    title = lines[0] if len(lines) > 1 else None
    return Extracted(paragraphs=lines[1:] if title else lines, title=title)
