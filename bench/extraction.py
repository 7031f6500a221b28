"""Extraction quality and speed on the shared extraction dev set.

Runs `analyze` over every page of ../shared/eval/extraction (override the shared folder with
NEWSARCHIVE_SHARED=/path/to/shared), and `trafilatura.extract` on the same pages in the same
run; scores both with the dev set's own scorer (score.py, run as a program on predictions
files, so the figures are the official ones) and prints F1 per language and pages/second.

Timing: "extraction" is decode + html.extract_html, the part of analyze that trafilatura's
figure compares with; "analyze" is the whole pipeline (segmentation, quotes, topics too).

    .venv/bin/python bench/extraction.py [--limit N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

from newsarchive.pipeline import decode, html
from newsarchive.pipeline.analyze import analyze
from newsarchive.pipeline.model import AnalysisError, Page


def shared_dir() -> Path:
    env = os.environ.get("NEWSARCHIVE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def load(eval_dir: Path, limit: int | None) -> list[tuple[dict[str, str], bytes]]:
    rows = []
    for line in (eval_dir / "ground_truth.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            rows.append((row, gzip.decompress((eval_dir / row["file"]).read_bytes())))
    return rows[:limit] if limit else rows


def score(eval_dir: Path, preds: dict[str, str], path: Path) -> str:
    with path.open("w", encoding="utf-8") as f:
        for pid, body in preds.items():
            f.write(json.dumps({"id": pid, "body": body}, ensure_ascii=False) + "\n")
    out = subprocess.run(
        [sys.executable, str(eval_dir / "score.py"), str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N pages")
    ap.add_argument("--keep", type=Path, default=None, help="keep predictions files here")
    args = ap.parse_args()

    eval_dir = shared_dir() / "eval" / "extraction"
    if not (eval_dir / "ground_truth.jsonl").exists():
        print(f"extraction dev set not found under {eval_dir}; set NEWSARCHIVE_SHARED")
        return 2
    pages = load(eval_dir, args.limit)
    n = len(pages)

    # trafilatura alone (default options except comments: the dev set's README figures) and
    # our extraction (decode + extract_html), timed page by page in alternation so that a
    # machine shared with other work slows both alike.
    traf: dict[str, str] = {}
    t_traf = t_extract = 0.0
    for row, raw in pages:
        t0 = time.perf_counter()
        traf[row["id"]] = trafilatura.extract(raw, url=row["url"], include_comments=False) or ""
        t1 = time.perf_counter()
        with contextlib.suppress(AnalysisError):
            html.extract_html(decode.decode(raw, None).text, url=row["url"])
        t_extract += time.perf_counter() - t1
        t_traf += t1 - t0

    # The whole pipeline; its body is what is scored.
    ours: dict[str, str] = {}
    errors = 0
    t0 = time.perf_counter()
    for row, raw in pages:
        try:
            ours[row["id"]] = analyze(Page(content=raw, kind="html", url=row["url"])).body
        except AnalysisError:
            ours[row["id"]] = ""
            errors += 1
    t_analyze = time.perf_counter() - t0

    keep = args.keep
    with tempfile.TemporaryDirectory() as tmp:
        folder = keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        ours_report = score(eval_dir, ours, folder / "analyze.jsonl")
        traf_report = score(eval_dir, traf, folder / "trafilatura.jsonl")

    print(f"pages: {n}   analyze errors (no article): {errors}")
    print("\n== analyze (newsarchive)")
    print(ours_report.rstrip())
    print("\n== trafilatura.extract (include_comments=False)")
    print(traf_report.rstrip())
    print("\n== speed")
    print(f"trafilatura.extract     {n / t_traf:7.1f} pages/s  ({t_traf:.1f} s)")
    print(f"analyze extraction      {n / t_extract:7.1f} pages/s  ({t_extract:.1f} s)")
    print(f"analyze (whole)         {n / t_analyze:7.1f} pages/s  ({t_analyze:.1f} s)")
    print(f"extraction / trafilatura time: {t_extract / t_traf:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
