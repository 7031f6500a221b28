"""POST /articles, GET /articles/{id}, its document, DELETE — on SQLite and PostgreSQL."""

from __future__ import annotations

import hashlib
import json
import threading

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Connection

from conftest import count_rows

SEED_TITLE_START = "中国与东盟如何共拓"

ENGLISH_STORY = """\
Ministers agree new plan for regional data centres

BEIJING, March 11 (Reuters) - Trade ministers from China and the ten ASEAN members agreed on
Tuesday to build a shared network of data centres across the region, officials said.

"This is the most important step we have taken together on digital trade," said Maria Santos,
the Philippine trade secretary, after the meeting in Beijing.

The plan will be reviewed at the next summit in October.
"""


def test_post_scraped_text_creates_article_with_original_archived(
    client: TestClient, seed_bytes: bytes, connection: Connection
) -> None:
    response = client.post("/articles", json={"text": seed_bytes.decode("utf-8")})

    assert response.status_code == 201, response.text
    article = response.json()
    assert article["duplicate"] is False
    assert article["language"] == "zh"
    assert article["title"].startswith(SEED_TITLE_START)
    assert "中新网北京3月11日电" in article["body"]
    assert article["document"]["sha256"] == hashlib.sha256(seed_bytes).hexdigest()
    assert article["document"]["kind"] == "text"
    assert article["pipeline_version"] >= 1
    assert count_rows(connection, "articles") == 1
    assert count_rows(connection, "documents") == 1


def test_get_article_returns_what_was_stored(client: TestClient, seed_bytes: bytes) -> None:
    created = client.post("/articles", json={"text": seed_bytes.decode("utf-8")}).json()

    response = client.get(f"/articles/{created['id']}")

    assert response.status_code == 200
    article = response.json()
    assert article["id"] == created["id"]
    assert article["body"] == created["body"]
    assert article["quotes"] == created["quotes"]
    assert article["topics"] == created["topics"]
    assert "duplicate" not in article


def test_quotes_point_into_the_stored_body(client: TestClient, seed_bytes: bytes) -> None:
    article = client.post("/articles", json={"text": seed_bytes.decode("utf-8")}).json()

    for quote in article["quotes"]:
        assert article["body"][quote["start"] : quote["end"]] == quote["text"]
        assert quote["speaker"]["name"]


def test_same_content_again_returns_existing_article_and_stores_nothing(
    client: TestClient, seed_bytes: bytes, connection: Connection
) -> None:
    first = client.post("/articles", json={"text": seed_bytes.decode("utf-8")})
    second = client.post(
        "/articles", content=seed_bytes, headers={"Content-Type": "text/plain; charset=utf-8"}
    )

    assert first.status_code == 201
    assert second.status_code == 200
    assert second.json()["duplicate"] is True
    assert second.json()["id"] == first.json()["id"]
    assert count_rows(connection, "articles") == 1
    assert count_rows(connection, "documents") == 1


def test_same_article_text_in_different_bytes_is_a_duplicate(
    client: TestClient, connection: Connection
) -> None:
    first = client.post("/articles", json={"text": ENGLISH_STORY})
    reformatted = ENGLISH_STORY.replace("\n\n", "\n\n\n") + "\n\n"
    second = client.post("/articles", json={"text": reformatted})

    assert first.status_code == 201
    assert second.status_code == 200
    assert second.json()["id"] == first.json()["id"]
    assert count_rows(connection, "articles") == 1


def test_raw_gbk_text_body_is_decoded_by_its_declared_charset(
    client: TestClient, seed_bytes: bytes
) -> None:
    gbk = seed_bytes.decode("utf-8").encode("gb18030")

    response = client.post(
        "/articles", content=gbk, headers={"Content-Type": "text/plain; charset=gbk"}
    )

    assert response.status_code == 201, response.text
    assert "中新网北京3月11日电" in response.json()["body"]


def test_document_endpoint_returns_the_original_bytes(
    client: TestClient, seed_bytes: bytes
) -> None:
    gbk = seed_bytes.decode("utf-8").encode("gb18030")
    created = client.post(
        "/articles", content=gbk, headers={"Content-Type": "text/plain; charset=gbk"}
    ).json()

    response = client.get(f"/articles/{created['id']}/document")

    assert response.status_code == 200
    assert response.content == gbk
    assert response.headers["content-type"].startswith("text/plain")
    assert "gbk" in response.headers["content-type"]


def test_html_with_url_records_the_canonical_url(client: TestClient) -> None:
    html = (
        "<html><head><title>Data centres plan agreed</title></head><body><article>"
        + "".join(f"<p>{line}</p>" for line in ENGLISH_STORY.splitlines()[2:] if line.strip())
        + "</article></body></html>"
    )
    response = client.post(
        "/articles",
        json={"html": html, "url": "HTTPS://Example.com:443/news/1.html?utm_source=x#top"},
    )

    assert response.status_code == 201, response.text
    assert response.json()["url"] == "https://example.com/news/1.html"
    assert response.json()["document"]["kind"] == "html"


def test_delete_removes_article_document_and_quotes(
    client: TestClient, seed_bytes: bytes, connection: Connection
) -> None:
    created = client.post("/articles", json={"text": seed_bytes.decode("utf-8")}).json()

    response = client.delete(f"/articles/{created['id']}")

    assert response.status_code == 204
    assert client.get(f"/articles/{created['id']}").status_code == 404
    assert count_rows(connection, "articles") == 0
    assert count_rows(connection, "documents") == 0
    assert count_rows(connection, "quotes") == 0
    assert count_rows(connection, "article_topics") == 0


def test_unknown_article_is_404_in_the_error_format(client: TestClient) -> None:
    response = client.get("/articles/987654")

    assert response.status_code == 404
    assert response.json() == {"error": "not_found", "detail": "no article with id 987654"}
    assert client.delete("/articles/987654").status_code == 404
    assert client.get("/articles/987654/document").status_code == 404


@pytest.mark.parametrize(
    ("kwargs", "status", "mentions"),
    [
        ({"json": {"text": ""}}, 422, "empty"),
        ({"json": {"text": " \n\t　 "}}, 422, "empty"),
        ({"json": {"text": "前言\x00后语"}}, 422, "NUL"),
        ({"json": {"text": "a", "html": "<p>b</p>"}}, 422, "either text or html"),
        ({"json": {}}, 422, "one of text, html or url"),
        ({"json": {"text": "x", "colour": "red"}}, 422, "colour"),
        ({"json": {"text": 42}}, 422, "text"),
        ({"content": b"{not json", "headers": {"Content-Type": "application/json"}}, 400, "JSON"),
        (
            {"content": b"\x89PNG\r\n\x1a\n", "headers": {"Content-Type": "image/png"}},
            415,
            "image/png",
        ),
        ({"content": b"hello", "headers": {"Content-Type": ""}}, 415, "none"),
        ({"content": b"", "headers": {"Content-Type": "text/plain"}}, 422, "empty"),
        (
            {"content": bytes(range(256)) * 40, "headers": {"Content-Type": "text/html"}},
            422,
            "not text",
        ),
    ],
)
def test_bad_input_is_a_clear_4xx_and_stores_nothing(
    client: TestClient,
    connection: Connection,
    kwargs: dict[str, object],
    status: int,
    mentions: str,
) -> None:
    response = client.post("/articles", **kwargs)  # type: ignore[arg-type]

    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "detail"}
    assert mentions in body["detail"]
    assert count_rows(connection, "articles") == 0
    assert count_rows(connection, "documents") == 0


def test_body_over_the_size_limit_is_413(
    app: FastAPI, client: TestClient, connection: Connection
) -> None:
    app.state.settings = app.state.settings.model_copy(update={"max_body_bytes": 2048})

    response = client.post(
        "/articles", content=("新闻" * 2000).encode(), headers={"Content-Type": "text/plain"}
    )

    assert response.status_code == 413
    assert response.json()["error"] == "payload_too_large"
    assert count_rows(connection, "documents") == 0


def test_analyze_returns_the_contract_and_stores_nothing(
    client: TestClient, seed_bytes: bytes, connection: Connection
) -> None:
    response = client.post(
        "/analyze", content=seed_bytes, headers={"Content-Type": "text/plain; charset=utf-8"}
    )

    assert response.status_code == 200, response.text
    result = response.json()
    assert set(result) >= {"path", "language", "title", "body", "quotes", "topics", "error"}
    assert result["error"] is None
    assert result["language"] == "zh"
    assert count_rows(connection, "articles") == 0


def test_analyze_of_an_empty_page_says_why(client: TestClient) -> None:
    response = client.post("/analyze", json={"html": "<html><body></body></html>"})

    assert response.status_code == 422
    assert response.json()["detail"] == "no article text found"


def test_health_and_readiness(client: TestClient) -> None:
    assert client.get("/healthz").json() == {"status": "ok"}
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["database"] == "up"


def test_openapi_docs_are_served(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    post = schema["paths"]["/articles"]["post"]
    assert post["summary"] == "Archive a page"
    assert set(post["requestBody"]["content"]) == {"application/json", "text/plain", "text/html"}
    assert "中新网北京3月11日电" in post["requestBody"]["content"]["text/plain"]["example"]
    assert client.get("/docs").status_code == 200


def test_identical_requests_at_the_same_moment_store_one_article(
    committing_app: FastAPI, seed_bytes: bytes
) -> None:
    barrier = threading.Barrier(6)
    responses: list[tuple[int, dict[str, object]]] = []
    lock = threading.Lock()

    with TestClient(committing_app) as client:

        def post() -> None:
            barrier.wait()
            response = client.post("/articles", json={"text": seed_bytes.decode("utf-8")})
            with lock:
                responses.append((response.status_code, response.json()))

        threads = [threading.Thread(target=post) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=120)

        statuses = sorted(status for status, _ in responses)
        assert statuses == [200, 200, 200, 200, 200, 201], json.dumps(responses)[:500]
        assert len({body["id"] for _, body in responses}) == 1
        with committing_app.state.engine.connect() as connection:
            assert count_rows(connection, "articles") == 1
            assert count_rows(connection, "documents") == 1


def test_publication_times_keep_their_instant_and_come_back_in_utc(
    client: TestClient, seed_bytes: bytes
) -> None:
    created = client.post("/articles", json={"text": seed_bytes.decode("utf-8")}).json()

    article = client.get(f"/articles/{created['id']}").json()

    # 2026-03-11 19:02:23 Beijing time is 11:02:23 UTC, on SQLite as on PostgreSQL.
    assert article["published_at"] == "2026-03-11T11:02:23Z"
    assert article["created_at"].endswith("Z")


@pytest.mark.parametrize("article_id", ["0", "-3", "9223372036854775808", "12abc"])
def test_an_impossible_article_id_is_422_naming_it(client: TestClient, article_id: str) -> None:
    for response in (
        client.get(f"/articles/{article_id}"),
        client.get(f"/articles/{article_id}/document"),
        client.delete(f"/articles/{article_id}"),
    ):
        assert response.status_code == 422
        assert "article_id" in response.json()["detail"]
