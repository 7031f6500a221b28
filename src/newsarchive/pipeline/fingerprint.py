"""Near-duplicate fingerprints: a 64-bit SimHash of an article body's word shingles.

The same story reposted on another portal keeps almost all of its sentences, while the
site header, byline, teaser lists and a few edited words differ. Shingles (runs of
consecutive words) of the body capture the sentences; SimHash maps similar shingle sets to
64-bit values that differ in few bits, so "the same story" becomes "Hamming distance at
most MAX_DISTANCE".

Looking a fingerprint up must not scan the archive: the 64 bits are cut into BANDS bands
of 16 bits stored in indexed columns, and the candidates are the articles whose band equals
one of ours or differs from it in one bit (`probes`: 17 index lookups per band). Two
fingerprints within 7 bits of each other always meet that way (pigeonhole: some band holds
at most one of the differing bits), and most pairs within MAX_DISTANCE do.

Pure: no I/O; words come from the segmenter the pipeline already ran.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence

BITS = 64
BANDS = 4
BAND_BITS = BITS // BANDS
_BAND_MASK = (1 << BAND_BITS) - 1

# Words per shingle. Pairs of words: a single edited word changes only two shingles, while
# the order of words still distinguishes stories built from the same vocabulary.
SHINGLE = 2

# Fewer shingles than this and the body is too short for a fingerprint to mean "the same
# story" (a one-line brief matches too many others); such articles get no fingerprint.
MIN_SHINGLES = 12

# Largest Hamming distance between the fingerprints of two copies of one story. Tuned with
# bench/bulk.py's generator on 2,000 pages (1,706 stories of 6-18 sentences drawn from the
# seeds and the extraction/quotes development pages; 294 copies with another site's
# header, byline, editor line, teaser list and title suffix plus one to three small edits:
# a changed word, a dropped sentence, a closing line): 95% of the copies were within 10 bits
# of their original (86% within 7), while no two different stories were closer than 13 bits.
MAX_DISTANCE = 10

_WORD = re.compile(r"\w", re.UNICODE)
_LATIN_WORD = re.compile(r"[^\W_]+", re.UNICODE)


# Lines of fewer words are left out: bylines, editor lines (责任编辑：…), closing marks
# (（完）), datelines and teaser stubs differ from site to site and are not the story.
MIN_LINE_WORDS = 8


def body_words(body: str, words: Sequence[tuple[str, int]] | None = None) -> list[str]:
    """The words of the body's lines that carry the story (MIN_LINE_WORDS words or more).

    `words` are (word, character offset) pairs from the segmenter (Chinese); without them
    the body is split on non-word characters (English and other spaced scripts).
    """
    if words is None:
        lines = [words_of(line) for line in body.split("\n")]
    else:
        lines = []
        ends = _line_ends(body)
        line: list[str] = []
        index = 0
        for word, start in words:
            while index < len(ends) and start >= ends[index]:
                lines.append(line)
                line = []
                index += 1
            if _WORD.search(word):
                line.append(word)
        lines.append(line)
    return [word for line in lines if len(line) >= MIN_LINE_WORDS for word in line]


def _line_ends(body: str) -> list[int]:
    ends, position = [], 0
    for line in body.split("\n"):
        position += len(line) + 1
        ends.append(position)
    return ends


def words_of(text: str) -> list[str]:
    """Case-folded words of space-delimited text (English and other non-Chinese bodies)."""
    return [w.casefold() for w in _LATIN_WORD.findall(text)]


def simhash(words: Sequence[str]) -> int | None:
    """The signed 64-bit SimHash of the word shingles, or None for a too-short text.

    Signed so that it fits a BIGINT column on every database (see `to_unsigned`).
    """
    kept = [w.casefold() for w in words if _WORD.search(w)]
    if len(kept) < SHINGLE:
        return None
    shingles = [" ".join(kept[i : i + SHINGLE]) for i in range(len(kept) - SHINGLE + 1)]
    if len(shingles) < MIN_SHINGLES:
        return None
    # Each shingle votes on every bit: the bit's column of '1's against its '0's. A repeated
    # shingle votes again (term-frequency weight). Formatting and counting run in C.
    rows = [format(_hash64(s), "064b") for s in shingles]
    half = len(rows) / 2
    value = 0
    for column in zip(*rows, strict=True):
        value = (value << 1) | (column.count("1") > half)
    return to_signed(value)


def _hash64(shingle: str) -> int:
    return int.from_bytes(hashlib.blake2b(shingle.encode("utf-8"), digest_size=8).digest())


def to_signed(value: int) -> int:
    return value - (1 << BITS) if value >= 1 << (BITS - 1) else value


def to_unsigned(value: int) -> int:
    return value & ((1 << BITS) - 1)


def distance(a: int, b: int) -> int:
    """Hamming distance between two fingerprints (signed or unsigned)."""
    return (to_unsigned(a) ^ to_unsigned(b)).bit_count()


def bands(fingerprint: int) -> tuple[int, ...]:
    """The BANDS 16-bit slices of a fingerprint, low band first (each 0..65535)."""
    value = to_unsigned(fingerprint)
    return tuple((value >> (BAND_BITS * i)) & _BAND_MASK for i in range(BANDS))


def probes(band: int) -> list[int]:
    """The band value and the BAND_BITS values one bit away from it."""
    return [band, *(band ^ (1 << bit) for bit in range(BAND_BITS))]


def same_story(a: int | None, b: int | None, max_distance: int = MAX_DISTANCE) -> bool:
    return a is not None and b is not None and distance(a, b) <= max_distance
