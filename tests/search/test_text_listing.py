"""Listings with `q`: phrases, order, keyset pages and the keys kept beside the vectors.

On PostgreSQL a listing with `q` is read one of two ways, chosen from the estimated number
of matches (search/repository.py): all matches sorted by the keys stored in articles_fts,
or a walk of its (published_at, id) index. The small test archive would only ever take the
first way, so `way` runs each test both ways (on SQLite there is one way).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from newsarchive.models import Article
from newsarchive.search import repository
from newsarchive.search.query import parse
from newsarchive.search.repository import ArticleFilter
from search.archive import EN_SOLAR, ZH_CARS, ZH_COMPUTE, get_ok, ids, ingest


@pytest.fixture(params=["sorted matches", "index walk"])
def way(request: pytest.FixtureRequest, backend: str) -> Iterator[str]:
    if backend != "postgres" and request.param == "index walk":
        pytest.skip("one way on SQLite")
    if request.param == "index walk":
        # Every estimate is at least one row: all listings walk the date index.
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(repository, "POSTGRES_SORTED_MATCHES", 0)
            yield request.param
    else:
        yield request.param


def set_tokens(connection: Connection, article_id: int, tokens: str) -> None:
    connection.execute(
        text("UPDATE articles SET search_tokens = :tokens WHERE id = :id"),
        {"tokens": tokens, "id": article_id},
    )


def set_published(connection: Connection, article_id: int, when: datetime | None) -> None:
    # Through the model's column type: stored as the application stores dates.
    connection.execute(update(Article).where(Article.id == article_id).values(published_at=when))


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ('"alpha beta"', True),
        ('"beta delta"', True),
        ('"gamma beta delta"', True),
        ('"alpha beta gamma beta delta"', True),
        ('"beta alpha"', False),  # both words, not in this order
        ('"alpha gamma"', False),  # both words, not adjacent
        # Every pair is in the text (alpha beta, beta delta) but not as one run.
        ('"alpha beta delta"', False),
        ('"alpha beta" delta', True),  # a phrase and a loose word
        ('"alpha beta" epsilon', False),
    ],
)
def test_a_phrase_is_its_words_in_a_row(
    client: TestClient, connection: Connection, way: str, q: str, found: bool
) -> None:
    article = ingest(client, EN_SOLAR)
    set_tokens(connection, article["id"], "alpha beta gamma beta delta")

    page = get_ok(client, "/articles", q=q)

    assert ids(page) == ([article["id"]] if found else [])


def test_a_quoted_chinese_word_and_a_traditional_phrase(client: TestClient, way: str) -> None:
    compute = ingest(client, ZH_COMPUTE)
    ingest(client, ZH_CARS)

    for q in ('"人工智能"', '"發展人工智能"', '"中国与东盟"'):
        assert ids(get_ok(client, "/articles", q=q)) == [compute["id"]], q
    assert get_ok(client, "/articles", q='"东盟与中国"')["items"] == []


def newest_first(articles: list[dict[str, Any]]) -> list[int]:
    dated = [a for a in articles if a["published_at"] is not None]
    undated = [a for a in articles if a["published_at"] is None]
    dated.sort(key=lambda a: (a["published_at"], a["id"]), reverse=True)
    undated.sort(key=lambda a: a["id"], reverse=True)
    return [a["id"] for a in dated + undated]


def test_keyset_pages_of_a_text_query_across_equal_dates(
    client: TestClient, connection: Connection, way: str
) -> None:
    noon = datetime(2026, 3, 1, 12, tzinfo=UTC)
    dates = [noon, noon, datetime(2026, 3, 2, tzinfo=UTC), noon, None, None]
    created = []
    for n, when in enumerate(dates):
        # Distinct texts, so that none is a duplicate of another.
        article = ingest(client, EN_SOLAR.replace("third month", f"month number {n + 3}"))
        set_published(connection, article["id"], when)
        created.append(article["id"])
    listed = get_ok(client, "/articles", q="solar", include_duplicates="true", limit=100)
    expected = newest_first(listed["items"])
    assert sorted(expected) == sorted(created)

    seen: list[int] = []
    params: dict[str, Any] = {"q": "solar", "include_duplicates": "true", "limit": 1}
    for _ in range(len(created) + 1):
        page = get_ok(client, "/articles", **params)
        seen.extend(ids(page))
        if page["next"] is None:
            break
        params["cursor"] = page["next"]

    assert seen == expected
    total = get_ok(client, "/articles", q="solar", include_duplicates="true", count="true")
    assert total["total"] == len(created)


def test_text_listings_follow_changed_dates_languages_and_duplicates(
    client: TestClient, connection: Connection, way: str
) -> None:
    first = ingest(client, ZH_COMPUTE)
    second = ingest(client, ZH_CARS)  # the newer one
    assert ids(get_ok(client, "/articles", q="东盟")) == [second["id"], first["id"]]

    set_published(connection, first["id"], datetime(2026, 4, 1, tzinfo=UTC))
    assert ids(get_ok(client, "/articles", q="东盟")) == [first["id"], second["id"]]
    after = get_ok(client, "/articles", q="东盟", published_after="2026-03-20T00:00:00Z")
    assert ids(after) == [first["id"]]

    connection.execute(
        text("UPDATE articles SET language = 'en' WHERE id = :id"), {"id": second["id"]}
    )
    assert ids(get_ok(client, "/articles", q="东盟", language="zh")) == [first["id"]]
    assert ids(get_ok(client, "/articles", q="东盟", language="en")) == [second["id"]]

    connection.execute(
        text("UPDATE articles SET duplicate_of_id = :original WHERE id = :id"),
        {"original": first["id"], "id": second["id"]},
    )
    assert ids(get_ok(client, "/articles", q="东盟")) == [first["id"]]
    both = get_ok(client, "/articles", q="东盟", include_duplicates="true")
    assert ids(both) == [first["id"], second["id"]]

    # Deleting the original makes the copy an original again (ON DELETE SET NULL).
    assert client.delete(f"/articles/{first['id']}").status_code == 204
    assert ids(get_ok(client, "/articles", q="东盟")) == [second["id"]]


def test_stored_keys_and_pairs_match_the_articles(
    client: TestClient, connection: Connection, backend: str
) -> None:
    if backend != "postgres":
        pytest.skip("PostgreSQL keeps the listing keys and pairs in articles_fts")
    article = ingest(client, EN_SOLAR)
    set_tokens(connection, article["id"], "alpha beta alpha")

    row = connection.execute(
        text(
            "SELECT f.published_at = a.published_at, f.language = a.language, "
            "f.duplicate_of_id IS NULL, f.phrase_vector::text "
            "FROM articles_fts f JOIN articles a ON a.id = f.id WHERE f.id = :id"
        ),
        {"id": article["id"]},
    ).one()

    assert row[:3] == (True, True, True)
    assert row[3] == "'alpha beta' 'beta alpha'"


@pytest.fixture(params=["from the speaker or topic", "index walk"])
def driving(request: pytest.FixtureRequest, backend: str) -> Iterator[str]:
    """PostgreSQL reads a speaker's or topic's articles from their index when they are few
    (all of them here), otherwise it walks the date index: both ways, on PostgreSQL."""
    if backend != "postgres" and request.param == "index walk":
        pytest.skip("one way on SQLite")
    if request.param == "index walk":
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(repository, "POSTGRES_DRIVING_ROWS", 0)
            yield request.param
    else:
        yield request.param


def test_speaker_and_topic_pages_in_order_both_ways(
    client: TestClient, connection: Connection, driving: str, way: str
) -> None:
    articles = [ingest(client, text) for text in (ZH_COMPUTE, ZH_CARS, EN_SOLAR)]
    set_published(connection, articles[0]["id"], None)
    dongmeng = [a for a in articles if any(t["term"] == "东盟" for t in a["topics"])]
    assert len(dongmeng) == 2
    wang = next(s["id"] for s in articles[1]["speakers"] if s["name"] == "王建国")

    by_topic = get_ok(client, "/articles", topic="东盟", limit=1)
    second = get_ok(client, "/articles", topic="东盟", limit=1, cursor=by_topic["next"])
    assert ids(by_topic) + ids(second) == [articles[1]["id"], articles[0]["id"]]
    assert second["next"] is None
    assert get_ok(client, "/articles", topic="东盟", count="true")["total"] == 2

    assert ids(get_ok(client, "/articles", speaker_id=wang)) == [articles[1]["id"]]
    both = get_ok(client, "/articles", speaker_id=wang, topic="东盟", q="汽车", language="zh")
    assert ids(both) == [articles[1]["id"]]
    assert get_ok(client, "/articles", speaker_id=wang, language="en")["items"] == []


def test_a_walked_listing_leaves_the_planner_settings_as_they_were(
    client: TestClient, db_session: Session, backend: str
) -> None:
    if backend != "postgres":
        pytest.skip("PostgreSQL only")
    article = ingest(client, EN_SOLAR)
    where = ArticleFilter(query=parse("solar"))
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(repository, "POSTGRES_SORTED_MATCHES", 0)
        rows = repository.list_articles(db_session, where, None, 10)

    assert [row.id for row in rows] == [article["id"]]
    assert db_session.scalar(text("SHOW enable_sort")) == "on"
