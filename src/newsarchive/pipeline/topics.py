"""Keywords / topics. First version; owned by the topics work (issue 5)."""

from __future__ import annotations

from newsarchive.pipeline.model import Language, Token, Topic


def extract_topics(
    body: str, language: Language, tokens: list[Token], title: str | None = None
) -> list[Topic]:
    return []
