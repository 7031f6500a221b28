"""GET /topics: topics with article counts — on both databases."""

from __future__ import annotations

from collections import Counter
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Connection

from search.archive import get_ok, ingest_all


def expected_counts(articles: dict[str, Any], keep: Any = lambda a: True) -> Counter[int]:
    counts: Counter[int] = Counter()
    for article in articles.values():
        if keep(article):
            counts.update({t["id"] for t in article["topics"]})
    return counts


def ranked(counts: Counter[int]) -> list[tuple[int, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def listed(page: dict[str, Any]) -> list[tuple[int, int]]:
    return [(item["id"], item["article_count"]) for item in page["items"]]


def test_topics_most_articles_first(client: TestClient) -> None:
    articles = ingest_all(client)
    expected = ranked(expected_counts(articles))
    assert expected[0][1] >= 2  # some topic (东盟) is shared by several articles

    page = get_ok(client, "/topics", limit=200)

    assert listed(page) == expected
    assert page["next"] is None
    first = page["items"][0]
    assert first["term"] and first["language"] in ("zh", "en", "other")


def test_language_filter(client: TestClient) -> None:
    articles = ingest_all(client)

    page = get_ok(client, "/topics", language="en", limit=200)

    assert listed(page) == ranked(expected_counts(articles, lambda a: a["language"] == "en"))


def test_date_filters(client: TestClient) -> None:
    articles = ingest_all(client)
    march_12 = {articles["zh_traditional"]["id"], articles["zh_cars"]["id"]}

    page = get_ok(
        client,
        "/topics",
        published_after="2026-03-12T10:00:00+08:00",
        published_before="2026-03-14",
        limit=200,
    )

    assert listed(page) == ranked(expected_counts(articles, lambda a: a["id"] in march_12))


def test_pages(client: TestClient) -> None:
    articles = ingest_all(client)
    expected = ranked(expected_counts(articles))
    seen: list[tuple[int, int]] = []
    params: dict[str, Any] = {"limit": 3}
    for _ in range(100):
        page = get_ok(client, "/topics", **params)
        assert len(page["items"]) <= 3
        seen.extend(listed(page))
        if page["next"] is None:
            break
        params["cursor"] = page["next"]

    assert seen == expected


def test_duplicates_counted_only_when_asked(client: TestClient, connection: Connection) -> None:
    articles = ingest_all(client)
    copy = articles["en_undated"]
    connection.execute(
        text("UPDATE articles SET duplicate_of_id = :original WHERE id = :copy"),
        {"original": articles["en_solar"]["id"], "copy": copy["id"]},
    )

    default = get_ok(client, "/topics", limit=200)
    everything = get_ok(client, "/topics", limit=200, include_duplicates="true")

    assert listed(default) == ranked(expected_counts(articles, lambda a: a is not copy))
    assert listed(everything) == ranked(expected_counts(articles))


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("published_after", "soon"), ("language", "xx"), ("cursor", "%%%"), ("limit", "-1")],
)
def test_bad_input_is_a_422_naming_the_parameter(
    client: TestClient, parameter: str, value: str
) -> None:
    response = client.get("/topics", params={parameter: value})

    assert response.status_code == 422
    assert response.json()["detail"].startswith(f"query.{parameter}:")
