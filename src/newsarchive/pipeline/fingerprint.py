"""Near-duplicate fingerprints: a 64-bit SimHash of an article body's word shingles.

The same story reposted on another portal keeps almost all of its sentences, while the
site header, byline, teaser lists and a few edited words differ. Shingles (runs of
consecutive words) of the body capture the sentences; SimHash maps similar shingle sets to
64-bit values that differ in few bits, so "the same story" becomes "Hamming distance at
most MAX_DISTANCE".

Looking a fingerprint up must not scan the archive: the 64 bits are cut into BANDS bands
of 16 bits stored in indexed columns; two fingerprints within 3 bits of each other share
at least one band exactly (pigeonhole), and most pairs within MAX_DISTANCE still do.

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
# bench/bulk.py on its generated pages (stories of 6-18 sentences drawn from the seeds and
# the extraction/quotes development pages; copies with another site's header, byline,
# teaser list, title suffix and one to three small edits): copies measured 0-7 bits apart
# (most 0-3) while different stories were never closer than 14 bits.
MAX_DISTANCE = 6

_WORD = re.compile(r"\w", re.UNICODE)
_LATIN_WORD = re.compile(r"[^\W_]+", re.UNICODE)


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


def same_story(a: int | None, b: int | None, max_distance: int = MAX_DISTANCE) -> bool:
    return a is not None and b is not None and distance(a, b) <= max_distance
