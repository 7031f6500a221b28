"""English speakers and quotes. First version; owned by the quotes work (issue 4)."""

from __future__ import annotations

from newsarchive.pipeline.model import Quote


def extract_quotes(body: str) -> list[Quote]:
    return []
