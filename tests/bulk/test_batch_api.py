"""POST /articles/batch on SQLite and PostgreSQL: one result per item, bad items isolated,
near-duplicates linked to the first telling of the story."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from bulk.collection import HARBOUR, RAIL, article_html, repost
from conftest import SEED_PAGE, count_rows, make_settings
from newsarchive.app import create_app

SEED = SEED_PAGE.read_text(encoding="utf-8")
SEED_URL = "https://www.chinanews.com.cn/gn/2026/03-11/1.shtml"
REPOST_URL = "https://news.sina.com.cn/c/2026-03-11/2.shtml"


def test_each_item_gets_its_own_result_and_bad_items_do_not_fail_the_others(
    client: TestClient, connection: Connection
) -> None:
    items = [
        {"url": SEED_URL, "text": SEED, "site": "中新网"},
        {"html": article_html("Harbour reopens after storms", HARBOUR)},
        {"text": "   "},
        {"url": "https://only.example.com/url"},
        {"html": "<html><body><script>var a = 1;</script></body></html>"},
        {"text": SEED},
        "not an object",
        {"html": article_html("Coastal railway track completed", RAIL), "text": "both"},
    ]

    response = client.post("/articles/batch", json=items)

    assert response.status_code == 200, response.text
    body = response.json()
    results = body["results"]
    assert [r["index"] for r in results] == list(range(len(items)))
    assert [r["status"] for r in results] == [
        "created",
        "created",
        "error",
        "error",
        "error",
        "duplicate",
        "error",
        "error",
    ]
    assert (body["created"], body["duplicate"], body["failed"]) == (2, 1, 5)
    assert results[5]["id"] == results[0]["id"]
    assert "empty" in results[2]["detail"]
    assert "no html or text" in results[3]["detail"]
    assert results[3]["url"] == "https://only.example.com/url"
    assert results[4]["error"] == "unprocessable"
    assert "expected a JSON object" in results[6]["detail"]
    assert count_rows(connection, "articles") == 2
    assert count_rows(connection, "documents") == 2
    article = client.get(f"/articles/{results[0]['id']}").json()
    assert article["url"] == SEED_URL
    assert article["document"]["kind"] == "text"


def test_ndjson_with_a_malformed_line(client: TestClient, connection: Connection) -> None:
    lines = [
        json.dumps({"html": article_html("Harbour reopens after storms", HARBOUR)}),
        "{oops",
        "",
        json.dumps({"html": article_html("Coastal railway track completed", RAIL)}),
    ]

    response = client.post(
        "/articles/batch",
        content="\n".join(lines).encode(),
        headers={"Content-Type": "application/x-ndjson"},
    )

    assert response.status_code == 200, response.text
    results = response.json()["results"]
    assert [r["status"] for r in results] == ["created", "error", "created"]
    assert "malformed JSON in line 2" in results[1]["detail"]
    assert count_rows(connection, "articles") == 2


def test_a_repost_is_stored_as_a_copy_of_the_first_article(client: TestClient) -> None:
    first = client.post("/articles/batch", json=[{"url": SEED_URL, "text": SEED}]).json()
    second = client.post(
        "/articles/batch",
        json=[
            {"url": REPOST_URL, "text": repost(SEED)},
            {"html": article_html("Harbour reopens after storms", HARBOUR)},
        ],
    ).json()

    original_id = first["results"][0]["id"]
    copy, other = second["results"]
    assert copy["status"] == "created"
    assert copy["id"] != original_id
    assert copy["duplicate_of_id"] == original_id
    assert other["duplicate_of_id"] is None
    shown = client.get(f"/articles/{copy['id']}").json()
    assert shown["duplicate_of_id"] == original_id
    assert [(c["id"], c["url"], c["source"]) for c in shown["copies"]] == [
        (original_id, SEED_URL, "中新网")
    ]
    original = client.get(f"/articles/{original_id}").json()
    assert original["duplicate_of_id"] is None
    assert [(c["id"], c["url"]) for c in original["copies"]] == [(copy["id"], REPOST_URL)]


def test_copies_in_one_batch_point_to_the_first_of_them(client: TestClient) -> None:
    third_copy = repost(SEED).replace("新浪财经", "网易新闻").replace("约7亿人口", "近七亿人口")

    results = client.post(
        "/articles/batch",
        json=[
            {"text": SEED},
            {"text": repost(SEED), "url": REPOST_URL},
            {"text": third_copy, "url": "https://www.163.com/news/3.html"},
        ],
    ).json()["results"]

    assert [r["status"] for r in results] == ["created"] * 3
    assert results[0]["duplicate_of_id"] is None
    assert results[1]["duplicate_of_id"] == results[0]["id"]
    assert results[2]["duplicate_of_id"] == results[0]["id"]


@pytest.fixture
def small_batch_client(
    migrated_url: str, engine: Engine, session_factory: sessionmaker[Session]
) -> Iterator[TestClient]:
    app = create_app(make_settings(migrated_url, max_batch_items=2), engine=engine)
    app.state.owns_engine = False
    app.state.session_factory = session_factory
    with TestClient(app) as client:
        yield client


def test_batches_over_the_item_limit_are_refused_whole(
    small_batch_client: TestClient, connection: Connection
) -> None:
    items = [{"text": SEED}, {"html": article_html("Harbour", HARBOUR)}, {"text": "x" * 100}]

    response = small_batch_client.post("/articles/batch", json=items)

    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    assert "at most 2" in response.json()["detail"]
    assert count_rows(connection, "articles") == 0


@pytest.mark.parametrize(
    ("content", "content_type", "status"),
    [
        (b"[]", "application/json", 422),
        (b'{"text": "x"}', "application/json", 422),
        (b"[{", "application/json", 400),
        (b"<html></html>", "text/html", 415),
        (b'[{"text": "\\ud800 lone"}]', "application/json", 200),
        (b'{"html": "<p>\\udfff</p>", "site": "\\ud83d"}', "application/x-ndjson", 200),
    ],
)
def test_malformed_batches_are_clear_4xx(
    client: TestClient, content: bytes, content_type: str, status: int
) -> None:
    response = client.post(
        "/articles/batch", content=content, headers={"Content-Type": content_type}
    )

    assert response.status_code == status
    if status == 200:  # lone surrogates: that item fails, with the reason
        (result,) = response.json()["results"]
        assert result["status"] == "error"
        assert "not valid Unicode" in result["detail"]
    else:
        assert set(response.json()) == {"error", "detail"}
