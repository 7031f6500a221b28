"""Benchmark for pipeline/topics.py: speed, and agreement with jieba's own keyword extractor.

Run: .venv/bin/python bench/topics.py

Prints, for the development texts (shared/eval/quotes/texts/{zh,en}/*.txt and the seed page):
* ms per 3,000 characters for `extract_topics` (tokens given, as in analyze()), and for
  jieba.analyse.extract_tags re-segmenting the same text;
* the overlap of jieba.analyse.extract_tags(text, topK=20) with
  (a) the same TF-IDF formula computed on the rjieba tokens (no filtering), and
  (b) our top-10 topics (filtered: POS, stop words, numbers, dateline; title boost);
* example topics for the seed page and one English text.

shared/ is found beside the repository, or at $NEWSARCHIVE_SHARED; without it the benchmark
says so and exits 0.
"""

from __future__ import annotations

import os
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

from newsarchive.pipeline import segment
from newsarchive.pipeline.topics import extract_topics, idf_table

REPEAT = 20
# jieba.analyse's KeywordExtractor.STOP_WORDS (the only stop words extract_tags applies).
_JIEBA_STOP_TEXT = (
    "the of is and to in that we for an are by be as on with can if from which you it this"
    " then at have all not one has or"
)
JIEBA_EN_STOP = frozenset(_JIEBA_STOP_TEXT.split(" "))


def shared_dir() -> Path:
    env = os.environ.get("NEWSARCHIVE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


def raw_tfidf_top(tokens: list[str], k: int = 20) -> list[str]:
    """jieba's extract_tags formula (no POS filter) on tokens we already have."""
    idf, median = idf_table()
    stop = JIEBA_EN_STOP
    freq: Counter[str] = Counter(w for w in tokens if len(w.strip()) >= 2 and w.lower() not in stop)
    scored = {w: c * idf.get(w, median) for w, c in freq.items()}
    return sorted(scored, key=lambda w: scored[w], reverse=True)[:k]


def frequency_baseline(body: str, k: int = 10) -> list[str]:
    """Most frequent case-folded words of 3+ letters not in jieba's English stop list."""
    words = re.findall(r"[a-z][a-z'-]+", body.casefold())
    counts = Counter(w for w in words if len(w) > 2 and w not in JIEBA_EN_STOP)
    return [w for w, _ in counts.most_common(k)]


def per_3000(seconds: float, chars: int) -> float:
    return seconds * 1000 * 3000 / chars


def main() -> int:
    shared = shared_dir()
    texts_dir = shared / "eval" / "quotes" / "texts"
    seed = shared / "seeds" / "000_7e0d1ae2f8f72497.txt"
    if not texts_dir.is_dir():
        print(f"shared data not found at {shared}; set NEWSARCHIVE_SHARED. Nothing measured.")
        return 0

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba
        import jieba.analyse

        jieba.setLogLevel(60)
        jieba.initialize()

    zh_files = sorted((texts_dir / "zh").glob("*.txt"))
    if seed.is_file() and all(f.read_bytes() != seed.read_bytes() for f in zh_files):
        zh_files.append(seed)
    en_files = sorted((texts_dir / "en").glob("*.txt"))

    idf_table()  # loaded once per process (about 0.2 s); not part of the per-article time
    print("Chinese (tokens from segment.tag, as analyze() passes them)")
    header = f"{'text':<10}{'chars':>6}{'ours ms/3k':>11}{'jieba ms/3k':>12}"
    print(f"{header}{'raw@20':>8}{'ours@10':>8}")
    total_chars = 0
    ours_s = jieba_s = 0.0
    raw_hits = ours_hits = 0
    for path in zh_files:
        text = path.read_text(encoding="utf-8")
        tokens = segment.tag(text)
        start = time.perf_counter()
        for _ in range(REPEAT):
            topics = extract_topics(text, "zh", tokens)
        ours = (time.perf_counter() - start) / REPEAT
        start = time.perf_counter()
        for _ in range(REPEAT):
            reference = jieba.analyse.extract_tags(text, topK=20)
        theirs = (time.perf_counter() - start) / REPEAT
        raw = raw_tfidf_top([t.word for t in tokens])
        raw_hit = len(set(raw) & set(reference))
        ours_terms = [t.term for t in topics]
        ours_hit = len(set(ours_terms) & set(reference))
        total_chars += len(text)
        ours_s += ours
        jieba_s += theirs
        raw_hits += raw_hit
        ours_hits += ours_hit
        name = f"{path.parent.name}/{path.stem}"
        print(
            f"{name:<10}{len(text):>6}{per_3000(ours, len(text)):>11.2f}"
            f"{per_3000(theirs, len(text)):>12.2f}{raw_hit:>5}/20{ours_hit:>5}/{len(ours_terms)}"
        )
    n = len(zh_files)
    print(
        f"{'all':<10}{total_chars:>6}{per_3000(ours_s, total_chars):>11.2f}"
        f"{per_3000(jieba_s, total_chars):>12.2f}"
        f"{raw_hits / n:>8.1f}{ours_hits / n:>8.1f}   (means per text)"
    )
    print(
        "raw@20: jieba's formula on rjieba tokens vs jieba.analyse top-20; ours@10: our topics"
        " found in jieba's top-20 (jieba's list also holds numbers, punctuation, verbs)"
    )

    print("\nEnglish (first line as title, the rest as body)")
    en_chars = 0
    en_s = 0.0
    title_hits = title_words_total = baseline_hits = 0
    for path in en_files:
        title, _, body = path.read_text(encoding="utf-8").partition("\n")
        body = body.strip()
        start = time.perf_counter()
        for _ in range(REPEAT):
            extract_topics(body, "en", [], title=title)
        en_s += (time.perf_counter() - start) / REPEAT
        en_chars += len(body)
        # Proxy for quality with no title help: how many headline words the body alone ranks.
        untitled = extract_topics(body, "en", [])
        found = " ".join(t.term.casefold() for t in untitled)
        words = [w.casefold() for w in title.split() if len(w) > 3 and w[0].isalpha()]
        title_words_total += len(words)
        title_hits += sum(1 for w in words if w.rstrip("s") in found)
        baseline_found = " ".join(frequency_baseline(body))
        baseline_hits += sum(1 for w in words if w.rstrip("s") in baseline_found)
    print(f"ms per 3,000 characters: {per_3000(en_s, en_chars):.2f} over {len(en_files)} texts")
    print(
        f"headline words (>3 letters) among top-10 topics extracted without the title:"
        f" {title_hits}/{title_words_total} (baseline, most frequent non-stop words:"
        f" {baseline_hits}/{title_words_total})"
    )

    print("\nExamples")
    if seed.is_file():
        text = seed.read_text(encoding="utf-8")
        head, _, rest = text.partition("\n")
        topics = extract_topics(rest, "zh", segment.tag(rest), title=head)
        print("seed:", ", ".join(f"{t.term} {t.weight:.2f}" for t in topics))
    if en_files:
        title, _, body = en_files[0].read_text(encoding="utf-8").partition("\n")
        topics = extract_topics(body.strip(), "en", [], title=title)
        shown = ", ".join(f"{t.term} {t.weight:.2f}" for t in topics)
        print(f"en/{en_files[0].stem} ({title}): {shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
