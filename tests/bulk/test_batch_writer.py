"""The set-wise bulk writer stores exactly what storing the same items one by one stores.

`store_batch` writes a whole batch in a few multi-row statements; `store_item` is the
item-by-item path (and the fallback). On both databases, the same batch through either
gives the same rows in every table and the same outcome per item: duplicates by URL or text
of archived articles and of earlier items of the batch, near-duplicates of both (copies
pointing to the first telling), shared speakers, aliases and topics, failures.
"""

from __future__ import annotations

import random
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsarchive.articles import service as articles_service
from newsarchive.articles.service import content_hash
from newsarchive.bulk.sources import RawItem
from newsarchive.bulk.writer import Outcome, store_batch, store_item
from newsarchive.db import one_of
from newsarchive.models import (
    Article,
    ArticleTopic,
    Document,
    Quote,
    Speaker,
    SpeakerAlias,
    Topic,
)
from newsarchive.pipeline import fingerprint
from newsarchive.pipeline.model import Analysis
from newsarchive.pipeline.model import Quote as FoundQuote
from newsarchive.pipeline.model import Topic as FoundTopic

HARBOUR_PRINT = 0x0123456789ABCDEF
RAIL_PRINT = fingerprint.to_signed(0xFEDCBA9876543210)


def page(n: int, url: str | None, meta: dict[str, Any] | None = None) -> RawItem:
    return RawItem(
        origin=f"dump.jsonl:{n}",
        payload=f"<p>page {n}</p>".encode(),
        kind="html",
        source_kind="html",
        url=url,
        meta=meta,
    )


def quote(speaker: str, text: str, *, kind: str = "person", titles: tuple[str, ...] = ()) -> Any:
    return FoundQuote(
        speaker=speaker,
        text=text,
        direct=True,
        cue="said",
        start=0,
        end=len(text),
        speaker_titles=titles,
        speaker_kind=kind,  # type: ignore[arg-type]
    )


def story(
    title: str,
    body: str,
    print_: int | None,
    *,
    quotes: list[Any] | None = None,
    topics: tuple[str, ...] = (),
) -> Analysis:
    return Analysis(
        language="en",
        title=title,
        body=body,
        tokens=body.lower().split(),
        quotes=quotes or [],
        topics=[FoundTopic(term, 1.0 / (rank + 1)) for rank, term in enumerate(topics)],
        fingerprint=print_,
        charset="utf-8",
    )


HARBOUR = story(
    "Harbour reopens",
    "The harbour reopened on Monday after the storms.",
    HARBOUR_PRINT,
    quotes=[quote("Anna Berg", "We cleared the channel.", titles=("harbour master",))],
    topics=("harbour", "storms"),
)
RAIL = story(
    "Coastal railway finished",
    "Engineers finished laying the track on Thursday.",
    RAIL_PRINT,
    quotes=[
        quote("Tomas Varga", "This line will halve the journey.", titles=("minister",)),
        quote("Anna Berg", "Ships and trains will meet here."),
        quote("Port Authority", "The works are on time.", kind="organisation"),
        quote("Tomas Varga", "Trains run in the autumn."),
    ],
    topics=("railway", "Harbour", "Railway"),  # "Railway" folds to railway's key: one link
)
HARBOUR_CONTENT, RAIL_CONTENT = content_hash(HARBOUR), content_hash(RAIL)


def batch() -> list[tuple[RawItem, Analysis | str]]:
    """A batch that meets every case, after HARBOUR was archived as page 0."""
    return [
        (page(1, "https://rail.example.com/track", {"site": "Rail News"}), RAIL),
        (  # a copy of the archived harbour story (2 bits away)
            page(2, "https://other.example.com/harbour"),
            story(
                "Harbour reopens | Other",
                "The harbour reopened on Monday after storms.",
                HARBOUR_PRINT ^ 0b101,
                topics=("harbour",),
            ),
        ),
        (  # a copy of the rail story of this very batch (1 bit away)
            page(3, "https://copy.example.com/rail"),
            story(
                "Railway finished",
                "Engineers finished the track on Thursday.",
                RAIL_PRINT ^ (1 << 20),
                quotes=[quote("TOMAS VARGA", "This line will halve the journey.")],
            ),
        ),
        (  # the archived page's URL again (tracking parameter and all)
            page(4, "https://harbour.example.com/news?utm_source=feed"),
            story("Harbour news", "A different text at the same address.", None),
        ),
        (  # the URL of the rail page of this batch again
            page(5, "https://rail.example.com/track#top"),
            story("Rail news", "Another text at the rail page's address.", None),
        ),
        (page(6, "https://mirror.example.com/rail"), RAIL),  # the rail text again
        (page(7, None), HARBOUR),  # the archived text again
        (page(8, "https://broken.example.com/x"), "no article text found"),
        (page(9, "http://"), story("No host", "A page whose address has no host.", None)),
        (  # no URL, no fingerprint, no metadata; a speaker spelled another way (an alias)
            page(10, None),
            story(
                "Short note",
                "A short note.",
                None,
                quotes=[quote("ANNA BERG", "Short and sweet.")],
                topics=("notes",),
            ),
        ),
        (  # nearest to the batch's copy (1 bit), which stands for its original: the rail page
            page(11, "https://third.example.com/rail"),
            story(
                "Rail line done",
                "Engineers finished the track this Thursday.",
                RAIL_PRINT ^ (1 << 20) ^ (1 << 50),
                topics=("railway",),
            ),
        ),
    ]


def store(session: Session, set_wise: bool) -> list[Outcome]:
    archived = store_item(session, page(0, "https://harbour.example.com/news"), HARBOUR)
    assert archived.status == "stored"
    if set_wise:
        return store_batch(session, batch())
    return [store_item(session, item, result) for item, result in batch()]


def snapshot(session: Session, outcomes: list[Outcome]) -> dict[str, Any]:
    """Every row the writer touched, with surrogate ids replaced by natural keys (ids of
    speakers and topics differ on PostgreSQL, whose sequences skip ignored inserts, and the
    writer creates them in key order, not in the order the articles name them)."""
    session.flush()
    hash_of: dict[int, str] = {
        i: h for i, h in session.execute(select(Article.id, Article.content_hash))
    }
    speaker_key: dict[int, str] = {
        i: k for i, k in session.execute(select(Speaker.id, Speaker.key))
    }
    topic_key: dict[int, str] = {i: k for i, k in session.execute(select(Topic.id, Topic.key))}
    order = sorted(hash_of)

    def article(article_id: int | None) -> tuple[int, str] | None:
        if article_id is None:
            return None
        return order.index(article_id), hash_of[article_id]  # relative id order, and which

    articles = [
        (
            article(a.id),
            a.canonical_url,
            a.title,
            a.language,
            a.body,
            a.search_tokens,
            a.fingerprint,
            (a.fingerprint_band0, a.fingerprint_band1, a.fingerprint_band2, a.fingerprint_band3),
            article(a.duplicate_of_id),
            a.pipeline_version,
        )
        for a in session.scalars(select(Article).order_by(Article.id))
    ]
    documents = [
        (
            article(d.article_id),
            d.kind,
            d.url,
            d.charset,
            d.payload,
            d.size,
            d.sha256,
            d.meta,
        )
        for d in session.scalars(select(Document).order_by(Document.id))
    ]
    quotes = [
        (
            article(q.article_id),
            speaker_key[q.speaker_id],
            q.position,
            q.speaker_name,
            q.speaker_titles,
            q.text,
            q.direct,
            q.cue,
        )
        for q in session.scalars(select(Quote).order_by(Quote.id))
    ]
    return {
        "outcomes": [
            (o.status, o.origin, o.url, article(o.article_id), article(o.duplicate_of_id), o.reason)
            for o in outcomes
        ],
        "articles": articles,
        "documents": documents,
        "quotes": quotes,
        "speakers": session.execute(
            select(Speaker.key, Speaker.name, Speaker.kind, Speaker.pinyin_key).order_by(
                Speaker.key
            )
        ).all(),
        "aliases": sorted(
            (speaker_key[a.speaker_id], a.alias, a.key, a.pinyin_key)
            for a in session.scalars(select(SpeakerAlias))
        ),
        "topics": session.execute(
            select(Topic.key, Topic.term, Topic.language).order_by(Topic.key)
        ).all(),
        "links": sorted(
            (article(link.article_id), topic_key[link.topic_id], link.weight, link.rank)
            for link in session.scalars(select(ArticleTopic))
        ),
    }


def stored_both_ways(session: Session) -> tuple[dict[str, Any], dict[str, Any]]:
    results = []
    for set_wise in (False, True):
        savepoint = session.begin_nested()
        results.append(snapshot(session, store(session, set_wise)))
        savepoint.rollback()
    return results[0], results[1]


def test_a_batch_stores_the_same_rows_as_item_by_item(db_session: Session) -> None:
    one_by_one, set_wise = stored_both_ways(db_session)

    for table in one_by_one:
        assert set_wise[table] == one_by_one[table], table


def test_a_batch_finds_duplicates_and_near_duplicates_in_the_archive_and_in_itself(
    db_session: Session,
) -> None:
    _, stored = stored_both_ways(db_session)

    harbour, rail, copy = (0, HARBOUR_CONTENT), (1, RAIL_CONTENT), stored["articles"][3][0]
    outcomes = [
        (status, origin, article, of) for status, origin, _, article, of, _ in stored["outcomes"]
    ]
    assert outcomes[0] == ("stored", "dump.jsonl:1", rail, None)
    assert outcomes[1][0::3] == ("stored", harbour)  # near-duplicate of the archived story
    assert outcomes[2][0::2] == ("stored", copy)
    assert outcomes[2][3] == rail  # near-duplicate of an earlier page of the batch
    assert outcomes[3:7] == [
        ("duplicate", "dump.jsonl:4", harbour, None),  # archived URL
        ("duplicate", "dump.jsonl:5", rail, None),  # URL of an earlier page of the batch
        ("duplicate", "dump.jsonl:6", rail, None),  # text of an earlier page of the batch
        ("duplicate", "dump.jsonl:7", harbour, None),  # archived text
    ]
    assert [o[0] for o in outcomes[7:9]] == ["failed", "failed"]
    assert stored["outcomes"][7][5] == "no article text found"
    assert outcomes[9][0::3] == ("stored", None)
    assert outcomes[10][0::3] == ("stored", rail)  # via the copy, to the first telling
    assert ("annaberg", "ANNA BERG") in [(a[0], a[1]) for a in stored["aliases"]]
    rail_links = [(key, rank) for art, key, _, rank in stored["links"] if art == rail]
    assert rail_links == [("harbour", 1), ("railway", 0)]


def test_a_page_archived_meanwhile_sends_the_batch_item_by_item(db_session: Session) -> None:
    """Items are checked against the archive by sha256 before analysis; a page stored by
    another writer since then hits the unique index: the batch is rolled back and stored
    item by item, where that page ends as a duplicate and the others are stored."""
    archived = store_item(db_session, page(0, "https://harbour.example.com/news"), HARBOUR)
    same_bytes = page(0, "https://elsewhere.example.com/harbour")

    outcomes = store_batch(
        db_session,
        [
            (page(1, "https://rail.example.com/track"), RAIL),
            (same_bytes, story("Elsewhere", "The same bytes, told again elsewhere.", None)),
            (page(10, None), story("Short note", "A short note.", None)),
        ],
    )

    assert [(o.status, o.article_id == archived.article_id) for o in outcomes] == [
        ("stored", False),
        ("duplicate", True),
        ("stored", False),
    ]
    db_session.flush()
    titles = db_session.scalars(select(Article.title).order_by(Article.id)).all()
    assert titles == ["Harbour reopens", "Coastal railway finished", "Short note"]


def many(count: int) -> list[tuple[RawItem, Analysis | str]]:
    """`count` pages: every fourth one a copy (a few bits off) of an earlier story, some far
    back, so that copies meet their originals across the batch's band-query groups."""
    rng = random.Random(11)
    prints: list[int] = []
    pages: list[tuple[RawItem, Analysis | str]] = []
    for n in range(count):
        if n % 4 == 3:
            value = rng.choice(prints)
            for bit in rng.sample(range(64), rng.randint(0, 9)):
                value ^= 1 << bit
            value = fingerprint.to_signed(fingerprint.to_unsigned(value))
        else:
            value = fingerprint.to_signed(rng.getrandbits(64))
        prints.append(value)
        words = " ".join(rng.choice(["port", "rail", "rain", "vote", "wind"]) for _ in range(9))
        found = story(
            f"Story {n}",
            f"Story {n}: {words}.",
            value,
            quotes=[quote(rng.choice(["Anna Berg", "ANNA BERG", "Tom Hale"]), f"Quote {n}.")],
            topics=tuple(rng.sample(["port", "rail", "rain", "vote", "wind"], 2)),
        )
        pages.append((page(100 + n, f"https://news{n % 7}.example.com/{n}"), found))
    return pages


def test_a_large_batch_stores_the_same_rows_as_item_by_item(db_session: Session) -> None:
    """More new articles than one band query takes (BAND_QUERY_GROUP): the same
    near-duplicates as storing them one by one, wherever the original is (archived before,
    or in the batch, in its own or another group)."""
    pages = many(articles_service.BAND_QUERY_GROUP * 2 + 130)
    archived, batch = pages[:80], pages[80:]
    results = []
    for set_wise in (False, True):
        savepoint = db_session.begin_nested()
        outcomes = [store_item(db_session, item, found) for item, found in archived]
        if set_wise:
            outcomes += store_batch(db_session, batch)
        else:
            outcomes += [store_item(db_session, item, found) for item, found in batch]
        results.append(snapshot(db_session, outcomes))
        savepoint.rollback()
    one_by_one, set_wise_rows = results

    assert sum(o[4] is not None for o in one_by_one["outcomes"]) > 50  # copies were found
    for table in one_by_one:
        assert set_wise_rows[table] == one_by_one[table], table


def test_one_of_finds_values_among_thousands(db_session: Session) -> None:
    """db.one_of: a whole batch's keys as one parameter, unicode and all, on both databases."""
    wanted = {"人工智能", "harbour", 'o\'neil "quoted"', "comma,key"}
    for key in sorted(wanted):
        db_session.add(Topic(term=key, key=key, language="en"))
    db_session.add(Topic(term="other", key="other", language="en"))
    db_session.flush()
    asked = wanted | {f"absent {n}" for n in range(3000)}

    found = db_session.scalars(select(Topic.key).where(one_of(db_session, Topic.key, asked)))

    assert set(found) == wanted
    ids = db_session.scalars(select(Topic.id).where(Topic.key.in_(wanted))).all()
    by_id = db_session.scalars(
        select(Topic.key).where(one_of(db_session, Topic.id, set(ids) | set(range(-3000, 0))))
    )
    assert set(by_id) == wanted
