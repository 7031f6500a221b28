"""Keys that let a name be found however it is written: simplified or traditional, any case,
pinyin with or without spaces and tones."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import opencc
from pypinyin import lazy_pinyin

_NON_NAME = re.compile(r"[\s·•‧・.\-'’_]+")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    return str(_t2s().convert(text)) if text else text


def name_key(name: str) -> str:
    """Simplified, case-folded, without spaces and name separators: 連玉明 -> 连玉明."""
    return _NON_NAME.sub("", to_simplified(unicodedata.normalize("NFKC", name))).casefold()


def pinyin_key(name: str) -> str:
    """Toneless pinyin without spaces: 连玉明, Lián Yùmíng and lian yuming -> lianyuming."""
    simplified = to_simplified(unicodedata.normalize("NFKC", name))
    syllables = lazy_pinyin(simplified, errors="default")
    joined = "".join(syllables)
    # Strip tone marks from pinyin typed by people, then keep letters and digits only.
    stripped = "".join(
        ch for ch in unicodedata.normalize("NFKD", joined) if not unicodedata.combining(ch)
    )
    # Tone numbers (lian2 yu4ming2) are dropped with the rest of what is not a letter.
    return re.sub(r"[^a-z]", "", stripped.casefold().replace("ü", "v"))
