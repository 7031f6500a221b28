"""Benchmark of the read side: query latency on an archive of 100,000 articles.

Run: .venv/bin/python bench/query.py [--articles N] [--queries N] [--only sqlite|postgres]
                                     [--keep DIR]

Builds the archive on SQLite (a temporary file) and on PostgreSQL (a throwaway server from
tests/pg_server.py), both made by the migrations, then times the service layer of
GET /articles (name resolution, the keyset page of 20, and the speakers and topics of each
listed article; no HTTP) and prints p50/p95 per kind of query:

* speaker   a speaker by name, in the forms people type (simplified, traditional, pinyin)
* topic     a topic term
* zh word   a two-character Chinese word (full text)
* en word   an English word (full text)
* combined  speaker or topic with language, a date window and a full-text word
* deep page a page 2,000 pages deep (by cursor), beside page 1 for comparison
* phrase    a quoted two-word phrase (Chinese or English)
* quotes    GET /quotes by speaker

The articles are made from real sentences: the gold article text of the extraction
development set and the quotes development texts in ../shared/eval (Chinese and English),
segmented once per sentence with the pipeline's own search tokenizer. Speakers (person names
in both languages, with pinyin keys and aliases) and topics (frequent words of the corpus)
follow a Zipf law, as in a news archive: a few are everywhere, most are rare. 2% of the
articles have no publication time and 3% are near-duplicate copies of another.

--keep DIR keeps both archives in DIR (bench.sqlite3, and a PostgreSQL data folder pg/) and
reuses them on the next run with the same --articles: the migrations are brought to head
(so a new migration is run over the full archive, and timed) instead of building again.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

from pypinyin import lazy_pinyin
from sqlalchemy import exc, func, insert, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

import pg_server
from newsarchive.articles.schemas import ArticleQuery
from newsarchive.config import Settings
from newsarchive.db import create_engine
from newsarchive.migrate import upgrade
from newsarchive.models import (
    Article,
    ArticleTopic,
    Quote,
    Speaker,
    SpeakerAlias,
    Topic,
)
from newsarchive.pipeline import segment
from newsarchive.pipeline.names import name_key, pinyin_key
from newsarchive.quotes.schemas import QuoteQuery
from newsarchive.search import service
from newsarchive.search.paging import Cursor
from newsarchive.speakers import service as speakers_service
from newsarchive.topics import service as topics_service
from newsarchive.topics.schemas import TopicQuery

SEED = 20261124
N_SPEAKERS = 3000
N_TOPICS = 5000
SOURCES_ZH = ["中新网", "新华网", "人民网", "央视网", "澎湃新闻", "环球网", "中国日报网", "光明网"]
SOURCES_EN = ["Reuters", "AP", "AFP", "Bloomberg", "BBC", "The Guardian", "CNA", "SCMP"]
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁"
    "任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武"
)
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰国建文辉力志红晓东海波宁玲林云飞鹏新春"
FIRST_EN = [
    "Maria",
    "John",
    "David",
    "Sarah",
    "Michael",
    "Anna",
    "James",
    "Linda",
    "Robert",
    "Elena",
    "Ahmed",
    "Priya",
    "Kenji",
    "Olga",
    "Carlos",
    "Fatima",
    "Thomas",
    "Emma",
    "Lucas",
    "Sofia",
    "Daniel",
    "Grace",
    "Samuel",
    "Amira",
    "Peter",
    "Hannah",
    "Ivan",
    "Mei",
]
LAST_EN = [
    "Santos",
    "Miller",
    "Smith",
    "Garcia",
    "Tan",
    "Nguyen",
    "Kumar",
    "Silva",
    "Lee",
    "Johnson",
    "Brown",
    "Wilson",
    "Martin",
    "Lopez",
    "Khan",
    "Sato",
    "Ivanova",
    "Dubois",
    "Rossi",
    "Novak",
    "Haddad",
    "Okafor",
    "Walker",
    "Chen",
    "Wong",
    "Park",
    "Fischer",
    "Costa",
]
TITLES_ZH = [
    "全国政协委员",
    "全国人大代表",
    "外交部发言人",
    "研究员",
    "首席经济学家",
    "副部长",
    "院长",
]
TITLES_EN = ["trade secretary", "spokesperson", "analyst", "minister", "economist", "professor"]


def shared_dir() -> Path:
    env = os.environ.get("NEWSARCHIVE_SHARED")
    return Path(env) if env else Path(__file__).resolve().parents[2] / "shared"


# --- the corpus ------------------------------------------------------------------------


@dataclass
class Sentence:
    text: str
    tokens: list[str]


def load_sentences() -> dict[str, list[Sentence]]:
    shared = shared_dir()
    texts: dict[str, list[str]] = {"zh": [], "en": []}
    truth = shared / "eval" / "extraction" / "ground_truth.jsonl"
    if truth.exists():
        for line in truth.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") in texts:
                texts[record["lang"]].append(record["body"])
    for language in ("zh", "en"):
        folder = shared / "eval" / "quotes" / "texts" / language
        if folder.exists():
            texts[language].extend(p.read_text(encoding="utf-8") for p in sorted(folder.iterdir()))
    if not texts["zh"] or not texts["en"]:
        raise SystemExit(f"no development texts under {shared}/eval; set NEWSARCHIVE_SHARED")
    pools: dict[str, list[Sentence]] = {}
    splitter = {"zh": re.compile(r"(?<=[。！？])"), "en": re.compile(r"(?<=[.!?])\s+")}
    for language, bodies in texts.items():
        seen: set[str] = set()
        pool = []
        for body in bodies:
            for raw in splitter[language].split(body):
                sentence = " ".join(raw.split())
                if 12 <= len(sentence) <= 300 and sentence not in seen:
                    seen.add(sentence)
                    pool.append(Sentence(sentence, segment.search_tokens(sentence)))
        pools[language] = pool
    return pools


def zipf_weights(n: int, s: float = 1.0) -> list[float]:
    return [1.0 / (i + 1) ** s for i in range(n)]


@dataclass
class SpeakerSpec:
    name: str
    kind: str
    language: str
    alias: str | None


def make_speakers(rng: random.Random) -> list[SpeakerSpec]:
    names: dict[str, SpeakerSpec] = {}
    fixed = [
        SpeakerSpec("连玉明", "person", "zh", None),
        SpeakerSpec("Maria Santos", "person", "en", "Santos"),
    ]
    for spec in fixed:
        names[name_key(spec.name)] = spec
    while len(names) < N_SPEAKERS:
        if rng.random() < 0.6:
            name = rng.choice(SURNAMES) + "".join(
                rng.choice(GIVEN) for _ in range(rng.choice((1, 2)))
            )
            spec = SpeakerSpec(name, "person", "zh", None)
        else:
            last = rng.choice(LAST_EN)
            name = f"{rng.choice(FIRST_EN)} {last}"
            spec = SpeakerSpec(name, "person", "en", None)
        names.setdefault(name_key(name), spec)
    specs = list(names.values())
    rng.shuffle(specs)
    # The two known names are among the most quoted.
    for spec in fixed:
        specs.remove(spec)
    return [*fixed, *specs]


def make_topics(pools: dict[str, list[Sentence]]) -> list[tuple[str, str]]:
    counts: dict[str, Counter[str]] = {"zh": Counter(), "en": Counter()}
    for language, pool in pools.items():
        for sentence in pool:
            for token in sentence.tokens:
                chinese = language == "zh" and len(token) >= 2 and segment._is_cjk(token)
                english = language == "en" and len(token) >= 5 and token.isalpha()
                if chinese or english:
                    counts[language][token] += 1
    terms: list[tuple[str, str]] = []
    keys: set[str] = set()
    zh = [w for w, _ in counts["zh"].most_common(N_TOPICS)]
    en = [w for w, _ in counts["en"].most_common(N_TOPICS)]
    for word_zh, word_en in zip(zh, en, strict=False):
        for term, language in ((word_zh, "zh"), (word_en, "en")):
            if name_key(term) not in keys and len(terms) < N_TOPICS:
                keys.add(name_key(term))
                terms.append((term, language))
    return terms


# --- building the archive ----------------------------------------------------------------


@dataclass
class Archive:
    speakers: list[SpeakerSpec]
    topics: list[tuple[str, str]]
    zh_words: list[str]
    en_words: list[str]
    n_articles: int
    sentences: dict[str, list[Sentence]]


def generate(
    n_articles: int, rng: random.Random, pools: dict[str, list[Sentence]]
) -> tuple[Archive, dict[str, list[dict[str, Any]]]]:
    speakers = make_speakers(rng)
    topics = make_topics(pools)
    by_language_speakers = {
        lang: [i for i, s in enumerate(speakers) if s.language == lang] for lang in ("zh", "en")
    }
    by_language_topics = {
        lang: [i for i, t in enumerate(topics) if t[1] == lang] for lang in ("zh", "en")
    }
    speaker_w = {
        lang: list(accumulate(zipf_weights(len(ids)))) for lang, ids in by_language_speakers.items()
    }
    topic_w = {
        lang: list(accumulate(zipf_weights(len(ids), 0.9)))
        for lang, ids in by_language_topics.items()
    }
    start = datetime(2024, 11, 24, tzinfo=UTC)
    span = int(timedelta(days=730).total_seconds())

    rows: dict[str, list[dict[str, Any]]] = {
        "speakers": [],
        "aliases": [],
        "topics": [],
        "articles": [],
        "quotes": [],
        "article_topics": [],
    }
    for i, spec in enumerate(speakers, start=1):
        rows["speakers"].append(
            {
                "id": i,
                "name": spec.name,
                "kind": spec.kind,
                "key": name_key(spec.name),
                "pinyin_key": pinyin_key(spec.name),
                "created_at": start,
            }
        )
        if spec.alias:
            rows["aliases"].append(
                {
                    "speaker_id": i,
                    "alias": spec.alias,
                    "key": name_key(spec.alias),
                    "pinyin_key": pinyin_key(spec.alias),
                }
            )
    for i, (term, language) in enumerate(topics, start=1):
        rows["topics"].append({"id": i, "term": term, "key": name_key(term), "language": language})

    quote_id = 0
    for article_id in range(1, n_articles + 1):
        language = "zh" if rng.random() < 0.6 else "en"
        pool = pools[language]
        chosen = rng.sample(pool, rng.randint(8, 16))
        title = chosen[0].text[:60]
        body = ("" if language == "zh" else "\n").join(s.text for s in chosen[1:])
        tokens = [t for s in chosen for t in s.tokens]
        published = None if rng.random() < 0.02 else start + timedelta(seconds=rng.randrange(span))
        duplicate = article_id > 100 and rng.random() < 0.03
        rows["articles"].append(
            {
                "id": article_id,
                "title": title,
                "source": rng.choice(SOURCES_ZH if language == "zh" else SOURCES_EN),
                "published_at": published,
                "language": language,
                "body": body,
                "search_tokens": " ".join(tokens),
                "content_hash": hashlib.sha256(str(article_id).encode()).hexdigest(),
                "duplicate_of_id": rng.randrange(1, article_id) if duplicate else None,
                "pipeline_version": 1,
                "created_at": start,
                "updated_at": start,
            }
        )
        offset = 0
        for position in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            speaker_index = rng.choices(
                by_language_speakers[language], cum_weights=speaker_w[language]
            )[0]
            sentence = chosen[1 + position % (len(chosen) - 1)].text
            quote_id += 1
            rows["quotes"].append(
                {
                    "id": quote_id,
                    "article_id": article_id,
                    "speaker_id": speaker_index + 1,
                    "position": position,
                    "speaker_name": speakers[speaker_index].name,
                    "speaker_titles": [rng.choice(TITLES_ZH if language == "zh" else TITLES_EN)],
                    "text": sentence,
                    "direct": rng.random() < 0.5,
                    "cue": "表示" if language == "zh" else "said",
                    "start": offset,
                    "end": offset + len(sentence),
                }
            )
            offset += len(sentence)
        picked: set[int] = set()
        for _ in range(rng.randint(3, 8)):
            picked.add(rng.choices(by_language_topics[language], cum_weights=topic_w[language])[0])
        for rank, topic_index in enumerate(picked):
            rows["article_topics"].append(
                {
                    "article_id": article_id,
                    "topic_id": topic_index + 1,
                    "weight": 1.0 / (rank + 1),
                    "rank": rank,
                }
            )

    zh_vocab = Counter(
        t for s in pools["zh"] for t in s.tokens if len(t) == 2 and segment._is_cjk(t)
    )
    en_vocab = Counter(t for s in pools["en"] for t in s.tokens if len(t) >= 4 and t.isalpha())
    archive = Archive(
        speakers=speakers,
        topics=topics,
        # Words that occur at least 3 times in the sentence pool: from rare to very common.
        zh_words=sorted(w for w, c in zh_vocab.items() if c >= 3),
        en_words=sorted(w for w, c in en_vocab.items() if c >= 3),
        n_articles=n_articles,
        sentences=pools,
    )
    return archive, rows


def chunks(items: list[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


GIN_INDEXES = {
    "ix_articles_search_vector": "search_vector",
    "ix_articles_fts_phrase_vector": "phrase_vector",
}


def load(engine: Engine, rows: dict[str, list[dict[str, Any]]]) -> float:
    started = time.perf_counter()
    postgres = engine.dialect.name == "postgresql"
    with engine.begin() as connection:
        if postgres:
            # Build the GIN indexes once after loading rather than row by row.
            for index in GIN_INDEXES:
                connection.execute(text(f"DROP INDEX {index}"))
        for model, key in (
            (Speaker, "speakers"),
            (SpeakerAlias, "aliases"),
            (Topic, "topics"),
            (Article, "articles"),
            (Quote, "quotes"),
            (ArticleTopic, "article_topics"),
        ):
            for chunk in chunks(rows[key]):
                connection.execute(insert(model), chunk)
        if postgres:
            connection.execute(text("SET maintenance_work_mem = '512MB'"))
            for index, column in GIN_INDEXES.items():
                connection.execute(
                    text(f"CREATE INDEX {index} ON articles_fts USING gin ({column})")
                )
    with engine.connect() as connection:
        if postgres:
            connection.execution_options(isolation_level="AUTOCOMMIT")
            connection.execute(text("VACUUM ANALYZE"))
        else:
            connection.execute(text("ANALYZE"))
            connection.commit()
    return time.perf_counter() - started


# --- the queries -------------------------------------------------------------------------


TRADITIONAL = str.maketrans("连张刘陈杨黄赵吴叶许邓冯", "連張劉陳楊黃趙吳葉許鄧馮")


def speaker_forms(spec: SpeakerSpec, rng: random.Random) -> str:
    """The name as a person might type it: 连玉明, 連玉明, lianyuming or Lian Yu Ming."""
    if spec.language == "zh":
        syllables = " ".join(p.capitalize() for p in lazy_pinyin(spec.name))
        forms = [spec.name, spec.name.translate(TRADITIONAL), pinyin_key(spec.name), syllables]
        return rng.choice(forms)
    return rng.choice([spec.name, spec.name.lower(), spec.name.replace(" ", "")])


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def server_cpu_seconds(pid: int | None) -> float:
    """CPU time used so far by the PostgreSQL backend `pid` (a local server), else 0."""
    if pid is None:
        return 0.0
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@dataclass
class Timings:
    """Wall times of each query (ms), how many found nothing, and the CPU time of the
    whole run (this process and the database server's backend), which the other work on
    the machine does not inflate the way it does wall times."""

    times: list[float]
    empty: int
    cpu_ms: float


def time_queries(
    session: Session, make: Callable[[int], Callable[[], Any]], n: int, backend: int | None
) -> Timings:
    times: list[float] = []
    empty = 0
    cpu = time.process_time() + server_cpu_seconds(backend)
    for i in range(n):
        run = make(i)
        session.rollback()
        started = time.perf_counter()
        result = run()
        times.append((time.perf_counter() - started) * 1000)
        if not result.items:
            empty += 1
    cpu = time.process_time() + server_cpu_seconds(backend) - cpu
    return Timings(times, empty, cpu * 1000)


def deep_cursor(session: Session, depth: int) -> str:
    row = session.execute(
        select(Article.published_at, Article.id)
        .where(Article.duplicate_of_id.is_(None), Article.published_at.is_not(None))
        .order_by(Article.published_at.desc(), Article.id.desc())
        .offset(depth)
        .limit(1)
    ).one()
    return Cursor("articles", row.published_at, (row.id,)).encode()


def run_queries(
    engine: Engine, archive: Archive, n: int, rng: random.Random
) -> list[tuple[str, Timings]]:
    settings = Settings(database_url="sqlite://", environment="test")
    results: list[tuple[str, Timings]] = []
    session = Session(engine)
    # Warm the caches (and the segmenter) the way a running service is warm.
    for _ in range(20):
        service.article_page(session, ArticleQuery(q="东盟"), settings)

    speakers = archive.speakers[:600]  # the quoted ones: the top of the Zipf law, and its tail
    topics = [term for term, _ in archive.topics[:1500]]

    def by_speaker(i: int) -> Callable[[], Any]:
        name = speaker_forms(rng.choice(speakers), rng)
        return lambda: service.article_page(session, ArticleQuery(speaker=name), settings)

    def by_topic(i: int) -> Callable[[], Any]:
        term = rng.choice(topics)
        return lambda: service.article_page(session, ArticleQuery(topic=term), settings)

    def by_zh_word(i: int) -> Callable[[], Any]:
        word = rng.choice(archive.zh_words)
        return lambda: service.article_page(session, ArticleQuery(q=word), settings)

    def by_en_word(i: int) -> Callable[[], Any]:
        word = rng.choice(archive.en_words)
        return lambda: service.article_page(session, ArticleQuery(q=word), settings)

    def combined(i: int) -> Callable[[], Any]:
        after = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(300))
        before = after + timedelta(days=rng.choice((30, 90, 365)))
        if i % 2:
            spec = rng.choice(speakers)
            params = ArticleQuery(
                speaker=spec.name,
                language=spec.language,  # type: ignore[arg-type]
                published_after=after,
                published_before=before,
            )
        else:
            word = rng.choice(archive.zh_words)
            params = ArticleQuery(
                topic=rng.choice(topics[:200]), q=word, published_after=after, language="zh"
            )
        return lambda: service.article_page(session, params, settings)

    cursor_deep = deep_cursor(session, min(archive.n_articles // 2, 40_000))

    def deep_page(i: int) -> Callable[[], Any]:
        return lambda: service.article_page(session, ArticleQuery(cursor=cursor_deep), settings)

    def first_page(i: int) -> Callable[[], Any]:
        return lambda: service.article_page(session, ArticleQuery(), settings)

    def phrase(i: int) -> Callable[[], Any]:
        # Two adjacent words of a real sentence, quoted: a phrase that exists in the archive.
        words: list[str] = []
        while len(words) < 2:
            sentence = rng.choice(archive.sentences["zh" if i % 2 else "en"]).text
            words = [w for w in segment.query_tokens(sentence) if any(c.isalnum() for c in w)]
        at = rng.randrange(len(words) - 1)
        separator = "" if i % 2 else " "
        q = f'"{words[at]}{separator}{words[at + 1]}"'
        return lambda: service.article_page(session, ArticleQuery(q=q), settings)

    def speakers_by_name(i: int) -> Callable[[], Any]:
        name = speaker_forms(rng.choice(speakers), rng)
        return lambda: speakers_service.list_speakers(session, name, None, None, settings)

    def topics_list(i: int) -> Callable[[], Any]:
        after = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(days=rng.randrange(300))
        params = TopicQuery(published_after=after, published_before=after + timedelta(days=30))
        return lambda: topics_service.list_topics(session, params, settings)

    def quotes(i: int) -> Callable[[], Any]:
        name = rng.choice(speakers).name
        return lambda: service.quote_page(session, QuoteQuery(speaker=name), settings)

    kinds: list[tuple[str, Callable[[int], Callable[[], Any]]]] = [
        ("speaker", by_speaker),
        ("topic", by_topic),
        ("zh word (2 chars)", by_zh_word),
        ("en word", by_en_word),
        ("combined", combined),
        ("first page", first_page),
        ("deep page (cursor)", deep_page),
        ("phrase", phrase),
        ("quotes by speaker", quotes),
        ("speakers?q=name", speakers_by_name),
        ("topics, 30-day window", topics_list),
    ]
    backend = None
    if engine.dialect.name == "postgresql":
        backend = session.scalar(text("SELECT pg_backend_pid()"))
    for name, make in kinds:
        count = n if name != "topics, 30-day window" else max(20, n // 10)
        results.append((name, time_queries(session, make, count, backend)))
    session.close()
    return results


def report(
    database: str,
    done: str,
    seconds: float,
    results: list[tuple[str, Timings]],
    load: str,
) -> None:
    print(f"\n{database}: archive {done} in {seconds:.1f} s")
    print(f"  machine: {os.cpu_count()} CPUs; load average during the queries: {load}")
    print("  cpu ms/q: CPU time per query of this process and the server backend together")
    print(
        f"  {'query':<22} {'n':>5} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'empty':>6}"
        f" {'cpu ms/q':>9}"
    )
    for name, timings in results:
        times = timings.times
        print(
            f"  {name:<22} {len(times):>5} {statistics.median(times):>8.2f} "
            f"{percentile(times, 0.95):>8.2f} {max(times):>8.2f} {timings.empty:>6}"
            f" {timings.cpu_ms / len(times):>9.2f}"
        )


def reusable(engine: Engine, n_articles: int) -> bool:
    """Whether this database already holds the archive of `n_articles` (from --keep)."""
    with engine.connect() as connection:
        try:
            count = connection.scalar(select(func.count()).select_from(Article))
        except exc.DBAPIError:
            return False
    return count == n_articles


def prepare(url: str, rows: dict[str, list[dict[str, Any]]], n_articles: int) -> tuple[str, float]:
    """Migrate and load the archive, or only migrate a kept one; (what was done, seconds)."""
    engine = create_engine(url)
    try:
        if reusable(engine, n_articles):
            started = time.perf_counter()
            upgrade(url)
            with engine.connect() as connection:
                if engine.dialect.name == "postgresql":
                    connection.execution_options(isolation_level="AUTOCOMMIT")
                    connection.execute(text("VACUUM ANALYZE"))
                else:
                    connection.execute(text("ANALYZE"))
                    connection.commit()
            return "reused and migrated", time.perf_counter() - started
        upgrade(url)
        return "built and indexed", load(engine, rows)
    finally:
        engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200, help="per kind of query")
    parser.add_argument("--only", choices=("sqlite", "postgres"))
    parser.add_argument("--keep", type=Path, help="keep the archives here and reuse them")
    args = parser.parse_args()

    rng = random.Random(SEED)
    started = time.perf_counter()
    pools = load_sentences()
    archive, rows = generate(args.articles, rng, pools)
    print(
        f"generated {args.articles:,} articles ({len(pools['zh']):,} zh and "
        f"{len(pools['en']):,} en sentences), {len(rows['quotes']):,} quotes, "
        f"{len(rows['speakers']):,} speakers, {len(rows['topics']):,} topics, "
        f"{len(rows['article_topics']):,} topic links in {time.perf_counter() - started:.1f} s"
    )

    def measure(database: str, url: str) -> None:
        done, seconds = prepare(url, rows, args.articles)
        engine = create_engine(url)
        before = os.getloadavg()[0]
        results = run_queries(engine, archive, args.queries, random.Random(1))
        report(database, done, seconds, results, f"{before:.1f} -> {os.getloadavg()[0]:.1f}")
        engine.dispose()

    if args.only in (None, "sqlite"):
        with tempfile.TemporaryDirectory() as folder:
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
            kept = args.keep.resolve() if args.keep else Path(folder)
            measure("SQLite", f"sqlite:///{kept}/bench.sqlite3")

    if args.only in (None, "postgres"):
        try:
            server = pg_server.start_server(args.keep.resolve() / "pg" if args.keep else None)
        except pg_server.PostgresUnavailable as exc:
            print(f"\nPostgreSQL: skipped ({exc})")
            return
        try:
            import psycopg

            with psycopg.connect(
                f"postgresql://postgres@127.0.0.1:{server.port}/postgres", autocommit=True
            ) as conn:
                if not conn.execute("SELECT 1 FROM pg_database WHERE datname = 'bench'").fetchone():
                    conn.execute("CREATE DATABASE bench")
            measure("PostgreSQL", server.url("bench"))
        finally:
            if args.keep:
                server.stop()
            else:
                pg_server.destroy(server)


if __name__ == "__main__":
    main()
