"""Build and validate the gold files of a held-out quote set from its hand-written records.

Each set's `annot/build_gold.py` holds its annotations as a table of records
`(doc, speaker, titles, quote, direct, cue, judgement)` and calls `build(folder, records)`,
which checks that every quote is an exact, trimmed substring of its text, every speaker occurs
literally in it, no (doc, speaker, quote) triple repeats and every doc has a text, then writes
`gold.jsonl` (all records), `judgement_calls.jsonl` (those marked as judgement calls) and
`gold_core.jsonl` (the rest). Nothing is written when a check fails.

A quote may be given as a pair (start, end): the text from the first occurrence of `start` up
to and including the first occurrence of `end` after it (a typing aid for long spans; the
written gold always holds the literal substring).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

Record = tuple[str, str, list[str], Any, bool, str, bool]


def resolve(text: str, quote: str | tuple[str, str]) -> str | None:
    """The literal quote in `text`, or None when it is not there."""
    if isinstance(quote, tuple):
        start, end = quote
        i = text.find(start)
        if i < 0:
            return None
        j = text.find(end, i)
        if j < 0:
            return None
        return text[i : j + len(end)]
    return quote if quote in text else None


def gold_line(record: Record) -> str:
    doc, speaker, titles, quote, direct, cue, _ = record
    fields = {
        "doc": doc,
        "speaker": speaker,
        "speaker_titles": titles,
        "quote": quote,
        "direct": direct,
        "cue": cue,
    }
    return json.dumps(fields, ensure_ascii=False) + "\n"


def build(folder: Path, records: Sequence[Record]) -> int:
    """Validate `records` against `folder`/texts and write the gold files; 0, or 1 on a problem."""
    texts: dict[str, str] = {}
    bad = 0
    out: list[Record] = []
    for doc, speaker, titles, quote, direct, cue, judgement in records:
        if doc not in texts:
            texts[doc] = (folder / "texts" / f"{doc}.txt").read_text(encoding="utf-8")
        text = texts[doc]
        literal = resolve(text, quote)
        if literal is None:
            print(f"NOT A SUBSTRING {doc}: {str(quote)[:70]}", file=sys.stderr)
            bad += 1
            continue
        if literal != literal.strip():
            print(f"UNTRIMMED {doc}: {literal[:70]!r}", file=sys.stderr)
            bad += 1
        if speaker not in text:
            print(f"SPEAKER NOT IN TEXT {doc}: {speaker}", file=sys.stderr)
            bad += 1
        out.append((doc, speaker, titles, literal, direct, cue, judgement))
    seen: set[tuple[str, str, str]] = set()
    for record in out:
        key = (record[0], record[1], record[3])
        if key in seen:
            print(f"DUPLICATE {key[0]} [{key[1]}] {key[2][:60]}", file=sys.stderr)
            bad += 1
        seen.add(key)
    docs = sorted(f"{p.parent.name}/{p.stem}" for p in (folder / "texts").glob("*/*.txt"))
    unknown = sorted({record[0] for record in out} - set(docs))
    if unknown:
        print(f"RECORDS FOR UNKNOWN DOCS: {unknown}", file=sys.stderr)
        bad += 1
    if bad:
        print(f"{bad} problem(s); nothing written", file=sys.stderr)
        return 1

    with (
        open(folder / "gold.jsonl", "w", encoding="utf-8") as gold,
        open(folder / "judgement_calls.jsonl", "w", encoding="utf-8") as judgement_calls,
        open(folder / "gold_core.jsonl", "w", encoding="utf-8") as core,
    ):
        for record in out:
            gold.write(gold_line(record))
            (judgement_calls if record[6] else core).write(gold_line(record))
    for lang in ("zh", "en"):
        rs = [r for r in out if r[0].startswith(lang + "/")]
        ndocs = sum(d.startswith(lang + "/") for d in docs)
        print(
            f"{lang}: {ndocs} docs ({len({r[0] for r in rs})} with records), {len(rs)} records "
            f"({sum(r[4] for r in rs)} direct, {sum(not r[4] for r in rs)} indirect), "
            f"{sum(r[6] for r in rs)} judgement calls, core {sum(not r[6] for r in rs)}, "
            f"{len({(r[0], r[1]) for r in rs})} (doc, speaker) pairs"
        )
    print(f"all: {len(docs)} docs, {len(out)} records, {sum(r[6] for r in out)} judgement calls")
    return 0
