"""GET /speakers, /speakers/{id}, /speakers/{id}/quotes — on both databases."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Connection

from search.archive import (
    ZH_COMPUTE,
    get_ok,
    ingest,
    ingest_all,
    quoting,
    speaker_id,
)


def quote_count(articles: dict[str, dict[str, Any]], speaker: int) -> int:
    return sum(1 for a in articles.values() for q in a["quotes"] if q["speaker"]["id"] == speaker)


@pytest.mark.parametrize(
    "q", ["连玉明", "連玉明", "Lian Yuming", "lianyuming", "lián yù míng", "LIAN2 YU4MING2"]
)
def test_find_by_any_form_of_the_name(client: TestClient, q: str) -> None:
    articles = ingest_all(client)
    lian = speaker_id(articles, "连玉明")

    page = get_ok(client, "/speakers", q=q)

    assert [item["id"] for item in page["items"]] == [lian]
    item = page["items"][0]
    assert item["name"] == "连玉明"
    assert item["kind"] == "person"
    assert item["quote_count"] == quote_count(articles, lian)
    assert item["article_count"] == len(quoting(articles, lian))


def test_unknown_name_is_an_empty_list(client: TestClient) -> None:
    ingest_all(client)

    assert get_ok(client, "/speakers", q="No Such Person") == {"items": [], "next": None}


def test_homophones_are_ranked_by_quote_count(client: TestClient, connection: Connection) -> None:
    articles = ingest_all(client)
    lian = speaker_id(articles, "连玉明")
    # A second speaker with the same pinyin and a single quote.
    connection.execute(
        text(
            "INSERT INTO speakers (name, kind, key, pinyin_key, created_at) "
            "VALUES ('廉玉明', 'person', '廉玉明', 'lianyuming', CURRENT_TIMESTAMP)"
        )
    )
    other = connection.execute(text("SELECT id FROM speakers WHERE key = '廉玉明'")).scalar_one()
    connection.execute(
        text(
            "INSERT INTO quotes (article_id, speaker_id, position, speaker_name, speaker_titles,"
            " text, direct, cue, start, \"end\") VALUES (:article, :speaker, 99, '廉玉明', '[]',"
            " '测试', false, '表示', 0, 2)"
        ),
        {"article": articles["zh_cars"]["id"], "speaker": other},
    )
    assert quote_count(articles, lian) > 1

    pinyin = get_ok(client, "/speakers", q="Lian Yuming")
    characters = get_ok(client, "/speakers", q="廉玉明")

    assert [item["id"] for item in pinyin["items"]] == [lian, other]
    assert [item["id"] for item in characters["items"]] == [other]


def test_without_q_every_speaker_most_quoted_first_in_pages(client: TestClient) -> None:
    articles = ingest_all(client)
    counts = {
        s["id"]: quote_count(articles, s["id"]) for a in articles.values() for s in a["speakers"]
    }
    expected = sorted(counts, key=lambda i: (-counts[i], i))
    seen: list[int] = []
    params: dict[str, Any] = {"limit": 1}
    for _ in range(20):
        page = get_ok(client, "/speakers", **params)
        seen.extend(item["id"] for item in page["items"])
        if page["next"] is None:
            break
        params["cursor"] = page["next"]

    assert seen == expected


def test_malformed_cursor_is_a_422(client: TestClient) -> None:
    response = client.get("/speakers", params={"cursor": "xyz"})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("query.cursor:")


def test_speaker_record(client: TestClient, connection: Connection) -> None:
    articles = ingest_all(client)
    lian = speaker_id(articles, "连玉明")
    connection.execute(
        text(
            "INSERT INTO speaker_aliases (speaker_id, alias, key, pinyin_key) "
            "VALUES (:id, '連玉明', '连玉明', 'lianyuming')"
        ),
        {"id": lian},
    )
    titles = {
        title
        for q in articles["zh_compute"]["quotes"]
        if q["speaker"]["id"] == lian
        for title in q["speaker_titles"]
    }
    assert titles

    record = get_ok(client, f"/speakers/{lian}")

    assert record["id"] == lian
    assert record["name"] == "连玉明"
    assert record["aliases"] == ["連玉明"]
    assert record["quote_count"] == quote_count(articles, lian)
    assert record["article_count"] == len(quoting(articles, lian))
    assert record["first_seen"].startswith("2026-03-11")
    assert record["last_seen"].startswith("2026-03-11")
    assert {t["title"] for t in record["titles"]} == titles
    for title in record["titles"]:
        assert [a["id"] for a in title["articles"]] == [articles["zh_compute"]["id"]]
        assert title["articles"][0]["title"] == "中国与东盟共建算力网络"
        assert title["article_count"] == 1
    # Every topic comes from the one article: equal counts, then by topic id.
    topics = sorted(articles["zh_compute"]["topics"], key=lambda t: t["id"])
    assert [t["term"] for t in record["top_topics"]] == [t["term"] for t in topics][:10]
    assert all(t["article_count"] == 1 for t in record["top_topics"])


def test_first_and_last_seen_span_the_speakers_articles(client: TestClient) -> None:
    articles = ingest_all(client)
    santos = speaker_id(articles, "Maria Santos")

    record = get_ok(client, f"/speakers/{santos}")

    # One dated article (2026-03-10) and one undated: both counted, the dates from the first.
    assert record["article_count"] == len(quoting(articles, santos)) == 2
    assert record["first_seen"].startswith("2026-03-10")
    assert record["last_seen"].startswith("2026-03-10")


def test_unknown_speaker_id_is_a_404(client: TestClient) -> None:
    response = client.get("/speakers/999999")

    assert response.status_code == 404
    assert response.json()["error"] == "not_found"
    assert client.get("/speakers/999999/quotes").status_code == 404


def test_speaker_quotes(client: TestClient) -> None:
    articles = ingest_all(client)
    wang = speaker_id(articles, "王建国")
    expected = [q["id"] for q in articles["zh_cars"]["quotes"] if q["speaker"]["id"] == wang]

    page = get_ok(client, f"/speakers/{wang}/quotes")
    filtered = get_ok(client, f"/speakers/{wang}/quotes", q="东盟")

    assert [item["id"] for item in page["items"]] == expected
    assert [item["id"] for item in filtered["items"]] == [
        q["id"] for q in articles["zh_cars"]["quotes"] if "东盟" in q["text"]
    ]


def test_speaker_quotes_as_csv(client: TestClient) -> None:
    created = ingest(client, ZH_COMPUTE)
    lian = created["speakers"][0]["id"]

    response = client.get(f"/speakers/{lian}/quotes", params={"format": "csv"})

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text.lstrip("\ufeff"))))
    assert [row["text"] for row in rows] == [q["text"] for q in created["quotes"]]
    assert {row["speaker"] for row in rows} == {"连玉明"}


@pytest.mark.parametrize("speaker_id", ["0", "9223372036854775808"])
def test_an_impossible_speaker_id_is_422_naming_it(client: TestClient, speaker_id: str) -> None:
    for path in (f"/speakers/{speaker_id}", f"/speakers/{speaker_id}/quotes"):
        response = client.get(path)
        assert response.status_code == 422
        assert "speaker_id" in response.json()["detail"]
