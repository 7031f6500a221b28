"""zh / en / other, decided on the body; for Chinese, simplified (hans) or traditional (hant)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Literal

from newsarchive.pipeline.model import Language

Script = Literal["hans", "hant"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff]")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+")
_OTHER_LETTER = re.compile(r"[\u0400-\u04ff\u0590-\u05ff\u0600-\u06ff\u0900-\u097f\u0e00-\u0e7f]")

# Frequent English function words; running English text is ~35-45% these, other languages
# written in Latin letters far less. The 0.2 threshold below was tuned on the en pages of
# the extraction dev set (Turkish, Portuguese, Indonesian pages there fall below 0.1).
_EN_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "a",
        "is",
        "that",
        "for",
        "it",
        "as",
        "was",
        "with",
        "be",
        "by",
        "on",
        "not",
        "he",
        "i",
        "this",
        "are",
        "or",
        "his",
        "from",
        "at",
        "which",
        "but",
        "have",
        "an",
        "they",
        "you",
        "were",
        "her",
        "she",
        "there",
        "their",
        "one",
        "all",
        "we",
        "can",
        "has",
        "been",
        "had",
        "will",
        "would",
        "who",
        "its",
        "more",
        "said",
        "also",
        "after",
        "than",
        "into",
        "our",
        "about",
    ]
)
# How much of a text is looked at: language is settled long before 20,000 characters.
_SAMPLE = 20_000


@lru_cache(maxsize=2)
def _converter(config: str) -> Any:
    import opencc

    return opencc.OpenCC(config)


def script_of(text: str) -> Script:
    """hant when the text has more traditional-only than simplified-only characters."""
    han = "".join(_HAN.findall(text[:_SAMPLE]))
    if not han:
        return "hans"
    as_simplified = _converter("t2s").convert(han)
    as_traditional = _converter("s2t").convert(han)
    traditional = sum(1 for a, b in zip(han, as_simplified, strict=False) if a != b)
    simplified = sum(1 for a, b in zip(han, as_traditional, strict=False) if a != b)
    return "hant" if traditional > simplified else "hans"


def detect(text: str) -> tuple[Language, Script | None]:
    sample = text[:_SAMPLE]
    han = len(_HAN.findall(sample))
    kana = len(_KANA.findall(sample))
    hangul = len(_HANGUL.findall(sample))
    words = _LATIN_WORD.findall(sample)
    other = len(_OTHER_LETTER.findall(sample))
    if kana > 0.1 * (han + kana) and kana >= 10:
        return "other", None  # Japanese
    if hangul > han:
        return "other", None
    # A Han character is about one word of content; compare with Latin words.
    if han >= 10 and han >= 0.5 * len(words) and han >= 0.3 * other:
        return "zh", script_of(sample)
    if words and len(words) >= other / 4:
        common = sum(1 for w in words if w.lower() in _EN_WORDS)
        if common / len(words) >= 0.2 or (len(words) < 8 and common):
            return "en", None
        return "other", None
    if han:
        return "zh", script_of(sample)
    return "other", None
