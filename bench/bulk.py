"""Benchmark for bulk ingestion: articles/second and near-duplicate detection.

Run: .venv/bin/python bench/bulk.py [--pages 10000] [--workers 1,2] [--databases sqlite,postgres]

Generates PAGES pages (default 10,000) from the sample and development pages — sentences of
the seed pages, the extraction ground-truth bodies and the quotes development texts,
recombined into stories of 6-18 sentences, rendered as HTML pages or scraped text with a
site's header, byline, date, editor line and teaser list — of which about 15% are
near-duplicate copies of an earlier story: another site's header and title suffix, another
byline and teaser list, and one to three small edits (a changed word, a dropped sentence,
a closing line). They are written to one JSON-lines file, the bulk ingestion input.

Prints, in one run:
* analyse-only rate: the same file through the same worker processes, no database;
* bulk rate (`newsarchive ingest FILE`) into a fresh SQLite and a fresh PostgreSQL
  database (started from the local binaries, as the tests do), for each worker count;
* the ratio bulk / analyse-only (target >= 0.75) and 2 workers / 1 worker (target >= 1.7),
  and the parent process's CPU time per page (reading the input and writing the database),
  with PostgreSQL's server CPU time per page beside it (read from /proc on Linux). On a
  machine with C cores, 2 workers can reach at most C / (A + P + S) pages/s, A being the
  analysis, P the parent and S the server CPU per page, against 1 / A for 1 worker: the
  "CPU bound" line prints that ceiling from the CPU times measured in the run;
* precision and recall of near-duplicate detection on the generated copies (targets 0.95
  and 0.9), and the Hamming distances measured between copies and between stories;
* a CPU-time view, which other work on the machine does not distort the way it distorts
  wall-clock rates: CPU seconds per page of this process for the first --cpu-sample pages
  analysed in-process (--workers 0), and analysed and stored in-process (SQLite's work is
  in-process; PostgreSQL's server work is not counted, only the client's).

shared/ is found beside the repository or at $NEWSARCHIVE_SHARED.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))

import pg_server  # noqa: E402
from newsarchive import cli  # noqa: E402
from newsarchive.bulk.sources import RawItem, iter_items  # noqa: E402
from newsarchive.bulk.workers import AnalysisJob, analyse_stream  # noqa: E402
from newsarchive.config import get_settings  # noqa: E402
from newsarchive.db import create_engine  # noqa: E402
from newsarchive.migrate import upgrade  # noqa: E402
from newsarchive.models import Article  # noqa: E402
from newsarchive.pipeline import fingerprint  # noqa: E402

COPY_SHARE = 0.15
TEXT_SHARE = 0.3  # pages rendered as scraped text (the seed's shape); the rest are HTML

ZH_SITES = ["中新网", "新浪新闻", "网易新闻", "搜狐", "凤凰网", "腾讯新闻", "澎湃新闻", "环球网"]
EN_SITES = ["Daily Courier", "World Report", "Morning Post", "City Herald", "Global Wire"]
ZH_NAMES = ["王晓明", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周强", "吴敏"]
EN_NAMES = ["Anna Berg", "Tom Hale", "Mira Holt", "Sam Ortiz", "Lena Novak", "Ravi Mehta"]


def shared_dir() -> Path:
    env = os.environ.get("NEWSARCHIVE_SHARED")
    return Path(env) if env else REPO.parent / "shared"


# --- the sentence pool -------------------------------------------------------------------

_ZH_SPLIT = re.compile(r"(?<=[。！？])")
_EN_SPLIT = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def sentence_pool(shared: Path) -> dict[str, list[str]]:
    texts: list[tuple[str, str]] = []
    for line in (shared / "eval" / "extraction" / "ground_truth.jsonl").open(encoding="utf-8"):
        record = json.loads(line)
        texts.append((record["lang"], record["body"]))
    for path in sorted((shared / "eval" / "quotes" / "texts").glob("*/*.txt")):
        texts.append((path.parent.name, path.read_text(encoding="utf-8")))
    for path in sorted((REPO / "seeds").glob("*.txt")):
        texts.append(("zh", path.read_text(encoding="utf-8")))
    pool: dict[str, set[str]] = {"zh": set(), "en": set()}
    for lang, text in texts:
        if lang not in pool:
            continue
        for paragraph in text.splitlines():
            parts = (_ZH_SPLIT if lang == "zh" else _EN_SPLIT).split(paragraph.strip())
            for sentence in parts:
                sentence = sentence.strip()
                low, high = (18, 160) if lang == "zh" else (50, 320)
                if low <= len(sentence) <= high and not sentence.endswith(("...", "…")):
                    pool[lang].add(sentence)
    return {lang: sorted(sentences) for lang, sentences in pool.items()}


# --- stories, sites and copies --------------------------------------------------------------


@dataclass
class Story:
    story_id: int
    lang: str
    title: str
    paragraphs: list[list[str]]  # sentences per paragraph
    published: str


def new_story(rng: random.Random, story_id: int, lang: str, pool: list[str]) -> Story:
    sentences = rng.sample(pool, rng.randint(6, 18))
    paragraphs: list[list[str]] = []
    while sentences:
        take = rng.randint(1, 3)
        paragraphs.append(sentences[:take])
        sentences = sentences[take:]
    head = paragraphs[0][0]
    title = head[: rng.randint(12, 24)] if lang == "zh" else " ".join(head.split()[:9])
    day = rng.randint(1, 28)
    return Story(story_id, lang, title.rstrip("，,。. "), paragraphs, f"2026-03-{day:02d}")


def edited(rng: random.Random, story: Story) -> list[list[str]]:
    """One to three small edits: a changed word, a dropped sentence, a closing line."""
    paragraphs = [list(p) for p in story.paragraphs]
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(["word", "word", "drop", "close"])
        p = rng.randrange(len(paragraphs))
        s = rng.randrange(len(paragraphs[p]))
        sentence = paragraphs[p][s]
        if kind == "word":
            if story.lang == "zh":
                i = rng.randrange(len(sentence) - 1)
                paragraphs[p][s] = (
                    sentence[:i] + rng.choice("日前近期目前今年据悉另外") + sentence[i + 1 :]
                )
            else:
                words = sentence.split()
                words[rng.randrange(len(words))] = rng.choice(["recently", "also", "now", "still"])
                paragraphs[p][s] = " ".join(words)
        elif kind == "drop" and sum(len(x) for x in paragraphs) > 6 and (p, s) != (0, 0):
            del paragraphs[p][s]
            paragraphs = [x for x in paragraphs if x]
        else:
            paragraphs.append(["（完）"] if story.lang == "zh" else ["Editing by Tom Hale."])
    return paragraphs


def teasers(rng: random.Random, lang: str, pool: list[str]) -> list[str]:
    return [s[: rng.randint(10, 18)] + "..." for s in rng.sample(pool, rng.randint(3, 6))]


def render(
    rng: random.Random,
    story: Story,
    paragraphs: list[list[str]],
    site: str,
    as_text: bool,
    pool: list[str],
) -> tuple[str, str]:
    """(kind, page) for the story as `site` publishes it."""
    zh = story.lang == "zh"
    name = rng.choice(ZH_NAMES if zh else EN_NAMES)
    hour = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    body = ["".join(p) if zh else " ".join(p) for p in paragraphs]
    related = teasers(rng, story.lang, pool)
    title = f"{story.title}_{site}" if zh else f"{story.title} | {site}"
    if as_text:
        header = [title, site, f"{story.published} {hour}:00", str(rng.randint(0, 999))]
        heading = "相关内容" if zh else "Related"
        editor = f"（责任编辑：{name}）" if zh else f"Reporting by {name}"
        lines = [*header, "", *body, editor, "", heading, *related]
        return "text", "\n\n".join(lines)
    byline = f"来源：{site} 作者：{name}" if zh else f"By {name}, {site}"
    editor = f"<p>（责任编辑：{name}）</p>" if zh else ""
    nav = "".join(f'<a href="/c/{i}">{w}</a>' for i, w in enumerate(site * 2))
    related_html = "".join(f'<li><a href="/n/{i}.html">{t}</a></li>' for i, t in enumerate(related))
    paras = "".join(f"<p>{p}</p>" for p in body)
    heading = "相关新闻" if zh else "Related stories"
    page = (
        f'<html lang="{"zh-CN" if zh else "en"}"><head><meta charset="utf-8">'
        f"<title>{title}</title>"
        f'<meta property="article:published_time" content="{story.published}T{hour}:00+08:00">'
        f'</head><body><div class="nav">{nav}</div><div class="article"><h1>{story.title}</h1>'
        f'<div class="info">{story.published} {hour} {byline}</div>{paras}{editor}</div>'
        f'<div class="related"><h3>{heading}</h3><ul>{related_html}</ul></div>'
        f'<div class="footer">Copyright © {site}</div></body></html>'
    )
    return "html", page


def generate(pages: int, pool: dict[str, list[str]], seed: int = 7) -> tuple[list[dict], dict]:
    """The pages as JSON-lines items, and url -> (story id, is a copy)."""
    rng = random.Random(seed)
    stories: list[Story] = []
    items: list[dict] = []
    truth: dict[str, tuple[int, bool]] = {}
    sites_of: dict[int, set[str]] = {}
    for n in range(pages):
        is_copy = bool(stories) and rng.random() < COPY_SHARE
        if is_copy:
            story = rng.choice(stories)
            paragraphs = edited(rng, story)
        else:
            lang = "zh" if rng.random() < 0.6 else "en"
            story = new_story(rng, len(stories), lang, pool[lang])
            stories.append(story)
            paragraphs = story.paragraphs
        sites = [s for s in (ZH_SITES if story.lang == "zh" else EN_SITES)
                 if s not in sites_of.get(story.story_id, set())]  # fmt: skip
        site = rng.choice(sites or (ZH_SITES if story.lang == "zh" else EN_SITES))
        sites_of.setdefault(story.story_id, set()).add(site)
        kind, page = render(
            rng, story, paragraphs, site, rng.random() < TEXT_SHARE, pool[story.lang]
        )
        url = f"https://news{n % 97}.example.com/{story.published}/{n}.html"
        items.append({"url": url, kind: page, "site": site})
        truth[url] = (story.story_id, is_copy)
    return items, truth


# --- measuring ------------------------------------------------------------------------------


def analyse_only(path: Path, workers: int) -> tuple[float, int, dict[str, int | None]]:
    """Seconds to analyse every page of the file in `workers` processes, and fingerprints."""
    started = time.perf_counter()
    items = (i for i in iter_items([path], 5 * 1024 * 1024) if isinstance(i, RawItem))
    jobs = ((i, AnalysisJob(i.payload, i.kind, i.url, i.content_type)) for i in items)
    count = 0
    prints: dict[str, int | None] = {}
    for item, result in analyse_stream(jobs, workers):
        count += 1
        prints[item.url or ""] = None if isinstance(result, str) else result.fingerprint
    return time.perf_counter() - started, count, prints


PARENT_CPU: dict[str, float] = {}  # CPU seconds of this (the writing) process per run
SERVER_CPU: dict[str, float] = {}  # CPU seconds of the PostgreSQL server per run


def server_cpu(server: pg_server.PostgresServer | None) -> float | None:
    """CPU seconds used so far by a PostgreSQL server: the postmaster with its exited
    children, and its live backends (Linux /proc; None elsewhere)."""
    if server is None or not Path("/proc/self/stat").exists():
        return None
    postmaster = int((server.datadir / "postmaster.pid").read_text().split()[0])
    ticks = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # gone meanwhile
            continue
        if int(entry.name) == postmaster:  # utime, stime, cutime, cstime
            ticks += sum(int(f) for f in fields[11:15])
        elif int(fields[1]) == postmaster:  # a live backend: utime, stime
            ticks += int(fields[11]) + int(fields[12])
    return ticks / os.sysconf("SC_CLK_TCK")


def bulk(
    path: Path,
    database_url: str,
    workers: int,
    errors: Path,
    server: pg_server.PostgresServer | None = None,
) -> float:
    upgrade(database_url)
    os.environ["NEWSARCHIVE_DATABASE_URL"] = database_url
    get_settings.cache_clear()
    server_started = server_cpu(server)
    started, cpu = time.perf_counter(), time.process_time()
    args = [
        "ingest",
        str(path),
        "--workers",
        str(workers),
        "--no-progress",
        "--errors",
        str(errors),
    ]
    cli.main(args)
    PARENT_CPU[database_url] = time.process_time() - cpu
    seconds = time.perf_counter() - started
    server_ended = server_cpu(server)
    if server_started is not None and server_ended is not None:
        SERVER_CPU[database_url] = server_ended - server_started
    return seconds


def detection(
    database_url: str, truth: dict[str, tuple[int, bool]]
) -> tuple[float, float, int, int]:
    """Precision and recall of duplicate_of_id against the generated copies."""
    engine = create_engine(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(Article.id, Article.canonical_url, Article.duplicate_of_id)
            ).all()
    finally:
        engine.dispose()
    story_of_id = {row.id: truth[row.canonical_url][0] for row in rows}
    predicted = [row for row in rows if row.duplicate_of_id is not None]
    correct = sum(story_of_id[row.id] == story_of_id.get(row.duplicate_of_id) for row in predicted)
    copies = [row for row in rows if truth[row.canonical_url][1]]
    found = sum(
        row.duplicate_of_id is not None
        and story_of_id.get(row.duplicate_of_id) == story_of_id[row.id]
        for row in copies
    )
    precision = correct / len(predicted) if predicted else 1.0
    recall = found / len(copies) if copies else 1.0
    return precision, recall, len(predicted), len(copies)


def distance_report(prints: dict[str, int | None], truth: dict[str, tuple[int, bool]]) -> str:
    """Hamming distances: copy to its story's first page, and nearest other story."""
    first: dict[int, int] = {}
    copies: Counter[int] = Counter()
    for url, value in prints.items():
        story, is_copy = truth[url]
        if value is None:
            continue
        if not is_copy:
            first.setdefault(story, value)
        elif story in first:
            copies[min(fingerprint.distance(value, first[story]), 20)] += 1
    originals = list(first.items())[:1500]
    nearest = (
        min(
            (fingerprint.distance(a, b), 1)
            for i, (_, a) in enumerate(originals)
            for _, b in originals[i + 1 :]
        )[0]
        if len(originals) > 1
        else -1
    )
    shown = ", ".join(f"{d}:{n}" for d, n in sorted(copies.items()))
    return f"copy-to-original distances {{{shown}}}; closest two stories: {nearest} bits"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2")
    parser.add_argument("--databases", default="sqlite,postgres")
    parser.add_argument("--cpu-sample", type=int, default=1000)
    args = parser.parse_args()
    shared = shared_dir()
    if not (shared / "eval").is_dir():
        print(f"no development pages at {shared}; set NEWSARCHIVE_SHARED", file=sys.stderr)
        return 0
    worker_counts = [int(w) for w in args.workers.split(",")]
    databases = args.databases.split(",")

    pool = sentence_pool(shared)
    items, truth = generate(args.pages, pool)
    copies = sum(is_copy for _, is_copy in truth.values())
    print(
        f"{len(items)} pages ({copies} near-duplicate copies), from {len(pool['zh'])} Chinese "
        f"and {len(pool['en'])} English sentences; {os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        path = folder / "pages.jsonl"
        with path.open("w", encoding="utf-8") as stream:
            for item in items:
                stream.write(json.dumps(item, ensure_ascii=False) + "\n")
        print(f"input: {path.stat().st_size / 1e6:.1f} MB of JSON lines "
              f"({len(gzip.compress(path.read_bytes())) / 1e6:.1f} MB gzipped)")  # fmt: skip

        analyse_rate: dict[int, float] = {}
        prints: dict[str, int | None] = {}
        for workers in worker_counts:
            seconds, count, prints = analyse_only(path, workers)
            analyse_rate[workers] = count / seconds
            print(f"analyse only, {workers} worker(s): {analyse_rate[workers]:7.1f} pages/s")
        print(distance_report(prints, truth))

        server = pg_server.start_server() if "postgres" in databases else None
        try:
            for database in databases:
                rates: dict[int, float] = {}
                urls: dict[int, str] = {}
                for workers in worker_counts:
                    if database == "sqlite":
                        url = f"sqlite:///{folder / f'bulk-{workers}.sqlite3'}"
                    else:
                        assert server is not None
                        url = _postgres_database(server, f"bulk_{workers}")
                    seconds = bulk(
                        path, url, workers, folder / f"errors-{database}-{workers}.jsonl", server
                    )
                    rates[workers] = len(items) / seconds
                    urls[workers] = url
                    parent_ms = PARENT_CPU[url] / len(items) * 1e3
                    server_ms = (
                        f", server {SERVER_CPU[url] / len(items) * 1e3:.1f} ms"
                        if url in SERVER_CPU and database == "postgres"
                        else ""
                    )
                    print(
                        f"{database:8} bulk, {workers} worker(s): {rates[workers]:7.1f} pages/s "
                        f"({rates[workers] / analyse_rate[workers]:.2f}x analyse-only; "
                        f"target >= 0.75); parent process {parent_ms:.1f} ms{server_ms} "
                        "CPU/page"
                    )
                    if workers == worker_counts[0]:
                        precision, recall, predicted, actual = detection(url, truth)
                        print(
                            f"{database:8} near-duplicates: precision {precision:.3f} "
                            f"(target >= 0.95), recall {recall:.3f} (target >= 0.9); "
                            f"{predicted} marked, {actual} generated copies stored"
                        )
                analyse_cpu = None
                if args.cpu_sample:
                    analyse_cpu = cpu_view(path, folder, database, server, args.cpu_sample)
                if 1 in rates and 2 in rates:
                    print(
                        f"{database:8} 2 workers / 1 worker: {rates[2] / rates[1]:.2f}x "
                        "(target >= 1.7)"
                    )
                    if analyse_cpu is not None:
                        two = urls[2]
                        storing = (PARENT_CPU[two] + SERVER_CPU.get(two, 0.0)) / len(items)
                        cpu_bound(database, analyse_cpu, storing)
        finally:
            if server is not None:
                pg_server.destroy(server)
    return 0


def cpu_bound(database: str, analyse: float, storing: float) -> None:
    """What the cores allow whatever the other load: 1 worker analyses at most 1 / analyse
    pages/s; 2 workers share the cores with the writing process (and PostgreSQL's server),
    so at most cores / (analyse + storing) pages/s, storing being their CPU per page."""
    cores = os.cpu_count() or 1
    one = 1 / analyse
    two = min(2 / analyse, cores / (analyse + storing))
    print(
        f"{database:8} CPU bound on {cores} cores: analysis {analyse * 1e3:.1f} ms + storage "
        f"{storing * 1e3:.1f} ms CPU/page -> 2 workers at most {two:.0f} pages/s, "
        f"{two / one:.2f}x one worker's {one:.0f}"
    )


def cpu_view(
    path: Path, folder: Path, database: str, server: pg_server.PostgresServer | None, n: int
) -> float:
    sample = folder / f"sample-{database}.jsonl"
    warm = folder / "warm-up.jsonl"
    with path.open(encoding="utf-8") as source, sample.open("w", encoding="utf-8") as out:
        for _, line in zip(range(n), source, strict=False):
            out.write(line)
    with path.open(encoding="utf-8") as source, warm.open("w", encoding="utf-8") as out:
        for _, line in zip(range(20), source, strict=False):
            out.write(line)
    analyse_only(warm, 0)  # load the segmenter's dictionary etc. outside the measure
    started = time.process_time()
    _, count, _ = analyse_only(sample, 0)
    analyse_cpu = (time.process_time() - started) / count
    if database == "sqlite":
        url = f"sqlite:///{folder / 'cpu.sqlite3'}"
    else:
        assert server is not None
        url = _postgres_database(server, "bulk_cpu")
    upgrade(url)  # outside the measure (bulk() finds it done)
    started = time.process_time()
    bulk(sample, url, 0, folder / "errors-cpu.jsonl")
    bulk_cpu = (time.process_time() - started) / count
    overhead = (bulk_cpu / analyse_cpu - 1) * 100
    print(
        f"{database:8} CPU per page, in-process, {count} pages: "
        f"analyse {analyse_cpu * 1e3:.1f} ms, analyse + store {bulk_cpu * 1e3:.1f} ms "
        f"(storage +{overhead:.0f}%"
        f"{'' if database == 'sqlite' else ', client side only'})"
    )
    return analyse_cpu


def _postgres_database(server: pg_server.PostgresServer, name: str) -> str:
    import psycopg

    with psycopg.connect(
        f"postgresql://postgres@127.0.0.1:{server.port}/postgres", autocommit=True
    ) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
        connection.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


if __name__ == "__main__":
    raise SystemExit(main())
