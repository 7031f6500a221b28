"""GET /quotes: who said what, with the article filters — on both databases."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Connection

from search.archive import get_ok, ingest_all, speaker_id, with_topic


def quote_texts(page: dict[str, Any]) -> list[str]:
    return [item["text"] for item in page["items"]]


def all_quotes(articles: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Every ingested quote with its article, in listing order (newest article first)."""
    ordered = sorted(
        articles.values(),
        key=lambda a: (a["published_at"] is not None, a["published_at"] or "", a["id"]),
        reverse=True,
    )
    return [dict(q, article_id=a["id"]) for a in ordered for q in a["quotes"]]


def test_quotes_newest_article_first_in_article_order(client: TestClient) -> None:
    articles = ingest_all(client)
    expected = all_quotes(articles)
    assert len(expected) >= 5

    page = get_ok(client, "/quotes", limit=200)

    assert [item["id"] for item in page["items"]] == [q["id"] for q in expected]
    first = page["items"][0]
    assert first["article"]["id"] == articles["zh_cars"]["id"]
    assert first["article"]["title"] == "新能源汽车出口保持增长"
    assert first["article"]["source"] == "人民网"
    assert first["speaker"]["name"] == "王建国"
    assert first["speaker_titles"] == expected[0]["speaker_titles"]
    assert first["cue"] == expected[0]["cue"]


def test_quote_offsets_point_into_the_article_body(client: TestClient) -> None:
    articles = ingest_all(client)
    bodies = {a["id"]: a["body"] for a in articles.values()}

    for item in get_ok(client, "/quotes")["items"]:
        assert bodies[item["article"]["id"]][item["start"] : item["end"]] == item["text"]


@pytest.mark.parametrize("name", ["连玉明", "連玉明", "lian yu ming", "Lián Yùmíng"])
def test_speaker_keeps_only_that_speakers_quotes(client: TestClient, name: str) -> None:
    articles = ingest_all(client)
    lian = speaker_id(articles, "连玉明")
    expected = [q["id"] for q in all_quotes(articles) if q["speaker"]["id"] == lian]
    assert expected

    page = get_ok(client, "/quotes", speaker=name)

    assert [item["id"] for item in page["items"]] == expected


def test_unknown_speaker_is_an_empty_page(client: TestClient) -> None:
    ingest_all(client)

    assert get_ok(client, "/quotes", speaker="不存在的人") == {
        "items": [],
        "next": None,
        "total": None,
    }


def test_speaker_id(client: TestClient) -> None:
    articles = ingest_all(client)
    santos = speaker_id(articles, "Maria Santos")

    page = get_ok(client, "/quotes", speaker_id=santos)

    assert {item["speaker"]["id"] for item in page["items"]} == {santos}
    assert len(page["items"]) == sum(
        1 for q in all_quotes(articles) if q["speaker"]["id"] == santos
    )


@pytest.mark.parametrize("direct", [True, False])
def test_direct(client: TestClient, direct: bool) -> None:
    articles = ingest_all(client)
    expected = [q["id"] for q in all_quotes(articles) if q["direct"] is direct]
    assert expected

    page = get_ok(client, "/quotes", direct=str(direct).lower(), limit=200)

    assert [item["id"] for item in page["items"]] == expected


def test_q_matches_the_quote_text_not_only_its_article(client: TestClient) -> None:
    articles = ingest_all(client)
    with_word = [q["id"] for q in all_quotes(articles) if "算力" in q["text"]]
    assert with_word
    # The article's other quote does not contain 算力, so it is not listed.
    assert len(articles["zh_compute"]["quotes"]) > len(with_word)

    page = get_ok(client, "/quotes", q="算力", count="true")

    assert [item["id"] for item in page["items"]] == with_word
    assert page["total"] == len(with_word)


def test_q_phrase_in_quotes(client: TestClient) -> None:
    ingest_all(client)

    found = get_ok(client, "/quotes", q='"solar panels"')
    reversed_words = get_ok(client, "/quotes", q='"panels solar"')

    assert [item["speaker"]["name"] for item in found["items"]] == ["Maria Santos"]
    assert reversed_words["items"] == []


def test_q_pages_fill_past_quotes_that_do_not_match(client: TestClient) -> None:
    articles = ingest_all(client)
    expected = [q["id"] for q in all_quotes(articles) if "东盟" in q["text"]]
    assert expected
    seen: list[int] = []
    params: dict[str, Any] = {"q": "东盟", "limit": 1}
    for _ in range(10):
        page = get_ok(client, "/quotes", **params)
        seen.extend(item["id"] for item in page["items"])
        if page["next"] is None:
            break
        params["cursor"] = page["next"]

    assert seen == expected


def test_topic_language_source_and_dates(client: TestClient) -> None:
    articles = ingest_all(client)
    quotes = all_quotes(articles)
    by_article = {a["id"]: a for a in articles.values()}
    topical = with_topic(articles, "东盟")

    def expect(keep: Any) -> list[int]:
        return [q["id"] for q in quotes if keep(by_article[q["article_id"]])]

    assert [i["id"] for i in get_ok(client, "/quotes", topic="東盟")["items"]] == expect(
        lambda a: a["id"] in topical
    )
    assert [i["id"] for i in get_ok(client, "/quotes", language="en")["items"]] == expect(
        lambda a: a["language"] == "en"
    )
    assert [i["id"] for i in get_ok(client, "/quotes", source="人民网")["items"]] == expect(
        lambda a: a["source"] == "人民网"
    )
    window = get_ok(client, "/quotes", published_after="2026-03-11", published_before="2026-03-12")
    assert [i["id"] for i in window["items"]] == expect(
        lambda a: a["title"].startswith("中国与东盟")
    )


def test_cursor_pages_and_count(client: TestClient) -> None:
    articles = ingest_all(client)
    expected = [q["id"] for q in all_quotes(articles)]
    seen: list[int] = []
    params: dict[str, Any] = {"limit": 2, "count": "true"}
    for _ in range(20):
        page = get_ok(client, "/quotes", **params)
        assert page["total"] == len(expected)
        seen.extend(item["id"] for item in page["items"])
        if page["next"] is None:
            break
        params["cursor"] = page["next"]

    assert seen == expected


def test_duplicates_are_left_out_unless_asked(client: TestClient, connection: Connection) -> None:
    articles = ingest_all(client)
    original, copy = articles["en_solar"]["id"], articles["en_undated"]["id"]
    connection.execute(
        text("UPDATE articles SET duplicate_of_id = :original WHERE id = :copy"),
        {"original": original, "copy": copy},
    )

    default = get_ok(client, "/quotes", limit=200)
    everything = get_ok(client, "/quotes", limit=200, include_duplicates="true")

    assert copy not in {i["article"]["id"] for i in default["items"]}
    assert copy in {i["article"]["id"] for i in everything["items"]}


@pytest.mark.parametrize(
    ("parameter", "value"),
    [("cursor", "bm90IGpzb24"), ("published_before", "March"), ("direct", "maybe"), ("q", "!!")],
)
def test_bad_input_is_a_422_naming_the_parameter(
    client: TestClient, parameter: str, value: str
) -> None:
    response = client.get("/quotes", params={parameter: value})

    assert response.status_code == 422
    assert response.json()["detail"].startswith(f"query.{parameter}:")


def test_an_articles_cursor_is_not_a_quotes_cursor(client: TestClient) -> None:
    ingest_all(client)
    cursor = get_ok(client, "/articles", limit=1)["next"]

    response = client.get("/quotes", params={"cursor": cursor})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("query.cursor:")
