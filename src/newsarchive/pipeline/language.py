"""zh / en / other. First version; owned by the extraction work (issue 3)."""

from __future__ import annotations

from typing import Literal

from newsarchive.pipeline.model import Language


def detect(text: str) -> tuple[Language, Literal["hans", "hant"] | None]:
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    latin = sum(1 for ch in text if ch.isascii() and ch.isalpha())
    if cjk and cjk >= latin / 4:
        return "zh", "hans"
    if latin:
        return "en", None
    return "other", None
