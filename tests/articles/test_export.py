"""CSV and NDJSON exports of GET /articles and GET /quotes — on both databases."""

from __future__ import annotations

import csv
import io
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import insert, text
from sqlalchemy.engine import Connection

from conftest import make_settings
from newsarchive.models import Article
from search.archive import NEWEST_FIRST, get_ok, ingest_all, speaker_id


def csv_rows(body: str) -> list[dict[str, str]]:
    assert body.startswith("\ufeff"), "CSV starts with a byte-order mark for spreadsheets"
    return list(csv.DictReader(io.StringIO(body[1:])))


def ndjson(body: str) -> list[dict[str, Any]]:
    assert body.endswith("\n")
    return [json.loads(line) for line in body.splitlines()]


def test_articles_as_csv_hold_every_match_not_one_page(
    client: TestClient, app: FastAPI, migrated_url: str
) -> None:
    articles = ingest_all(client)
    app.state.settings = make_settings(migrated_url, default_page_limit=2)

    response = client.get("/articles", params={"format": "csv"})

    assert response.status_code == 200
    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="articles.csv"' in response.headers["content-disposition"]
    rows = csv_rows(response.text)
    assert [int(row["id"]) for row in rows] == [articles[n]["id"] for n in NEWEST_FIRST]
    first = rows[0]
    assert first["title"] == "新能源汽车出口保持增长"
    assert first["source"] == "人民网"
    assert first["speakers"] == "王建国"
    assert first["published_at"].startswith("2026-03-13")
    assert rows[-1]["published_at"] == ""


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        ("text/csv", "text/csv"),
        ("application/x-ndjson", "application/x-ndjson"),
        ("text/html,application/xhtml+xml,*/*;q=0.8", "application/json"),
        ("application/json", "application/json"),
    ],
)
def test_accept_header_chooses_the_format(client: TestClient, accept: str, expected: str) -> None:
    ingest_all(client)

    response = client.get("/articles", headers={"Accept": accept})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith(expected)


def test_format_parameter_wins_over_accept(client: TestClient) -> None:
    ingest_all(client)

    response = client.get("/articles", params={"format": "json"}, headers={"Accept": "text/csv"})

    assert response.headers["content-type"].startswith("application/json")
    assert "items" in response.json()


def test_ndjson_lines_are_the_listing_items(client: TestClient) -> None:
    ingest_all(client)

    page = get_ok(client, "/articles", limit=200)
    response = client.get("/articles", params={"format": "ndjson"})

    assert response.headers["content-type"].startswith("application/x-ndjson")
    assert 'filename="articles.ndjson"' in response.headers["content-disposition"]
    assert ndjson(response.text) == page["items"]


def test_export_applies_filters_cursor_and_limit(client: TestClient) -> None:
    articles = ingest_all(client)
    cursor = get_ok(client, "/articles", limit=1)["next"]

    zh = csv_rows(client.get("/articles", params={"format": "csv", "language": "zh"}).text)
    after = csv_rows(client.get("/articles", params={"format": "csv", "cursor": cursor}).text)
    two = csv_rows(client.get("/articles", params={"format": "csv", "limit": 2}).text)
    nobody = client.get("/articles", params={"format": "csv", "speaker": "Nobody"})

    assert [int(r["id"]) for r in zh] == [articles[n]["id"] for n in NEWEST_FIRST[:3]]
    assert [int(r["id"]) for r in after] == [articles[n]["id"] for n in NEWEST_FIRST[1:]]
    assert len(two) == 2
    assert nobody.status_code == 200
    assert csv_rows(nobody.text) == []


def test_bad_input_fails_before_the_stream_starts(client: TestClient) -> None:
    response = client.get("/articles", params={"format": "csv", "cursor": "garbage"})
    bad_format = client.get("/articles", params={"format": "xlsx"})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("query.cursor:")
    assert bad_format.status_code == 422
    assert bad_format.json()["detail"].startswith("query.format:")


def test_export_streams_across_many_batches(client: TestClient, connection: Connection) -> None:
    start = datetime(2026, 1, 1, tzinfo=UTC)
    rows = [
        {
            "title": f"Story {i}",
            "language": "en",
            "body": "body",
            "search_tokens": f"story {i} archive",
            "content_hash": f"{i:064d}",
            "pipeline_version": 1,
            # Pairs of articles share a time, and every 100th has none.
            "published_at": None if i % 100 == 0 else start + timedelta(minutes=i // 2),
            "created_at": start,
            "updated_at": start,
        }
        for i in range(1, 1201)
    ]
    connection.execute(insert(Article), rows)

    response = client.get("/articles", params={"format": "ndjson", "q": "archive"})

    items = ndjson(response.text)
    assert len(items) == 1200
    assert len({item["id"] for item in items}) == 1200
    dated = [item for item in items if item["published_at"] is not None]
    assert [i["published_at"] for i in dated] == sorted(
        (i["published_at"] for i in dated), reverse=True
    )
    assert all(item["published_at"] is None for item in items[len(dated) :])
    assert len(dated) == 1188


def test_quotes_as_csv(client: TestClient) -> None:
    articles = ingest_all(client)
    santos = speaker_id(articles, "Maria Santos")
    expected = [
        q for name in NEWEST_FIRST for q in articles[name]["quotes"] if q["speaker"]["id"] == santos
    ]

    response = client.get(
        "/quotes", params={"speaker": "Maria Santos"}, headers={"Accept": "text/csv"}
    )

    assert response.headers["content-type"] == "text/csv; charset=utf-8"
    assert 'filename="quotes.csv"' in response.headers["content-disposition"]
    rows = csv_rows(response.text)
    assert [row["text"] for row in rows] == [q["text"] for q in expected]
    assert rows[0]["speaker"] == "Maria Santos"
    assert rows[0]["speaker_titles"] == "; ".join(expected[0]["speaker_titles"])
    assert rows[0]["direct"] == "true"
    assert rows[0]["article_title"] == "Solar exports to ASEAN rise again"
    assert list(rows[0]) == [
        "quote_id", "published_at", "article_id", "article_title", "source", "url",
        "language", "speaker_id", "speaker", "speaker_name", "speaker_titles", "direct",
        "cue", "text", "start", "end",
    ]  # fmt: skip


def test_quotes_as_ndjson_with_q(client: TestClient) -> None:
    ingest_all(client)

    page = get_ok(client, "/quotes", q="东盟")
    response = client.get("/quotes", params={"q": "东盟", "format": "ndjson"})

    assert page["items"]
    assert ndjson(response.text) == page["items"]


def test_csv_cells_that_look_like_formulas_are_escaped(
    client: TestClient, connection: Connection
) -> None:
    articles = ingest_all(client)
    connection.execute(
        text("UPDATE articles SET title = :title WHERE id = :id"),
        {"title": '=HYPERLINK("http://x","y")', "id": articles["zh_cars"]["id"]},
    )

    rows = csv_rows(client.get("/articles", params={"format": "csv"}).text)

    assert rows[0]["title"] == '\'=HYPERLINK("http://x","y")'
