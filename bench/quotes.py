"""Quote extraction benchmark: scorer figures and speed on the quotes development set.

Runs the whole pipeline (`analyze(Page(bytes, "text"))`) over the development texts, writes the
predictions in the scorer's format and prints the scorer's figures (lenient and --strict), then
the speed figures:

* articles/second of whole `analyze` calls over the development texts;
* median time of segmentation + Chinese quote extraction on a ~3,000-character Chinese article;
* median time of a whole `analyze` of a raw-text article (the seed page).

Usage: python bench/quotes.py [--lang zh|en|all] [--out FILE] [--repeat N]
The shared folder is `../shared` beside the repository, or $NEWSARCHIVE_SHARED.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsarchive.pipeline import quotes_zh, segment
from newsarchive.pipeline.analyze import analyze
from newsarchive.pipeline.model import AnalysisError, Page

# Size of the Chinese article used for the segmentation + quote extraction timing (issue 4).
TARGET_CHARS = 3000


def shared_dir() -> Path:
    env = os.environ.get("NEWSARCHIVE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def predict(texts_dir: Path, langs: list[str]) -> tuple[list[dict[str, object]], int, float]:
    rows: list[dict[str, object]] = []
    n = 0
    elapsed = 0.0
    for lang in langs:
        for path in sorted((texts_dir / lang).glob("*.txt")):
            doc = f"{lang}/{path.stem}"
            data = path.read_bytes()
            t0 = time.perf_counter()
            try:
                analysis = analyze(Page(data, "text"))
            except AnalysisError as exc:
                print(f"{doc}: {exc}", file=sys.stderr)
                continue
            finally:
                elapsed += time.perf_counter() - t0
            n += 1
            for q in analysis.quotes:
                rows.append(
                    {
                        "doc": doc,
                        "speaker": q.speaker,
                        "speaker_titles": list(q.speaker_titles),
                        "quote": q.text,
                        "direct": q.direct,
                        "cue": q.cue,
                    }
                )
    return rows, n, elapsed


def chinese_article(texts_dir: Path) -> str:
    """A real ~3,000-character Chinese article body: the seed page's body, topped up with
    whole paragraphs of the other Chinese development texts until it reaches TARGET_CHARS."""
    seed = texts_dir / "zh" / "seed.txt"
    body = analyze(Page(seed.read_bytes(), "text")).body
    for path in sorted((texts_dir / "zh").glob("0*.txt")):
        if len(body) >= TARGET_CHARS:
            break
        extra = path.read_text(encoding="utf-8").strip()
        body = body + "\n" + extra[: TARGET_CHARS - len(body)]
    return body


def median_ms(fn: object, repeat: int) -> tuple[float, float]:
    """Median wall-clock and median CPU time (ms) of fn(). CPU time is printed too because
    wall-clock medians on a shared, loaded machine measure the other processes as well."""
    assert callable(fn)
    fn()  # warm-up (dictionary load, regex caches)
    wall = []
    cpu = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        c0 = time.process_time()
        fn()
        cpu.append((time.process_time() - c0) * 1000)
        wall.append((time.perf_counter() - t0) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def load_note() -> str:
    try:
        one, _, _ = os.getloadavg()
    except OSError:
        return ""
    return f" [load average {one:.1f} on {os.cpu_count()} CPUs]"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=["zh", "en", "all"], default="all")
    ap.add_argument("--out", help="write predictions here (default: a temporary file)")
    ap.add_argument("--repeat", type=int, default=50, help="timing repetitions")
    a = ap.parse_args()

    eval_dir = shared_dir() / "eval" / "quotes"
    texts_dir = eval_dir / "texts"
    langs = ["zh", "en"] if a.lang == "all" else [a.lang]

    # Load the dictionary, converters and keyword data outside the timings.
    for lang in ("zh", "en"):
        warm = sorted((texts_dir / lang).glob("*.txt"))[:1]
        for path in warm:
            analyze(Page(path.read_bytes(), "text"))
    rows, n_docs, elapsed = predict(texts_dir, langs)
    out = Path(a.out) if a.out else Path(tempfile.mkstemp(suffix=".jsonl")[1])
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"predictions: {len(rows)} quotes from {n_docs} documents -> {out}")

    # The scorer scores every document under texts/; restrict it to the chosen languages.
    texts_arg = texts_dir
    tmp_texts = None
    if a.lang != "all":
        tmp_texts = tempfile.TemporaryDirectory()
        shutil.copytree(texts_dir / a.lang, Path(tmp_texts.name) / a.lang)
        texts_arg = Path(tmp_texts.name)
    for extra in ([], ["--strict"]):
        print(f"\n== score.py {' '.join(extra) or '(lenient speakers)'}")
        sys.stdout.flush()
        subprocess.run(
            [
                sys.executable,
                str(eval_dir / "score.py"),
                str(out),
                "--texts",
                str(texts_arg),
                *extra,
            ],
            check=True,
        )
    if tmp_texts is not None:
        tmp_texts.cleanup()

    print("\n== speed")
    print(f"analyze over {n_docs} development texts: {n_docs / elapsed:.1f} articles/s")
    if a.lang in ("zh", "all"):
        body = chinese_article(texts_dir)

        def seg_and_quotes() -> None:
            quotes_zh.extract_quotes(body, segment.tag(body))

        ms, cpu = median_ms(seg_and_quotes, a.repeat)
        print(
            f"segmentation + quote extraction, {len(body)}-char Chinese article: "
            f"median {ms:.2f} ms wall, {cpu:.2f} ms CPU (budget 5 ms){load_note()}"
        )
        seed_bytes = (texts_dir / "zh" / "seed.txt").read_bytes()
        ms, cpu = median_ms(lambda: analyze(Page(seed_bytes, "text")), a.repeat)
        print(
            f"whole analyze of the raw-text seed page ({len(seed_bytes)} bytes): "
            f"median {ms:.2f} ms wall, {cpu:.2f} ms CPU (budget 10 ms){load_note()}"
        )
    if a.lang in ("en", "all"):
        en = sorted((texts_dir / "en").glob("*.txt"), key=lambda p: p.stat().st_size)[-1]
        en_bytes = en.read_bytes()
        ms, cpu = median_ms(lambda: analyze(Page(en_bytes, "text")), a.repeat)
        print(
            f"whole analyze of raw-text en/{en.stem} ({len(en_bytes)} bytes): "
            f"median {ms:.2f} ms wall, {cpu:.2f} ms CPU{load_note()}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
