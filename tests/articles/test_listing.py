"""GET /articles: filters, order, keyset pages, counts and bad input — on both databases."""

from __future__ import annotations

import base64
import json

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Connection

from conftest import make_settings
from search.archive import (
    NEWEST_FIRST,
    ZH_COMPUTE,
    get_ok,
    ids,
    ingest,
    ingest_all,
    quoting,
    speaker_id,
    with_topic,
)


def test_newest_first_with_undated_articles_last(client: TestClient) -> None:
    articles = ingest_all(client)

    page = get_ok(client, "/articles")

    assert ids(page) == [articles[name]["id"] for name in NEWEST_FIRST]
    assert page["next"] is None
    assert page["total"] is None
    first = page["items"][0]
    assert first["title"] == "新能源汽车出口保持增长"
    assert first["source"] == "人民网"
    assert first["language"] == "zh"
    assert first["published_at"].startswith("2026-03-13")


def test_items_carry_speakers_and_topics(client: TestClient) -> None:
    created = ingest(client, ZH_COMPUTE)

    item = get_ok(client, "/articles")["items"][0]

    assert [s["name"] for s in item["speakers"]] == [s["name"] for s in created["speakers"]]
    assert item["speakers"][0]["quote_count"] == created["speakers"][0]["quote_count"]
    assert [t["term"] for t in item["topics"]] == [t["term"] for t in created["topics"]][:5]


@pytest.mark.parametrize(
    "name",
    [
        "连玉明",
        "連玉明",
        "Lian Yuming",
        "lianyuming",
        "LIAN yu ming",
        "lián yù míng",
        "lian2 yu4ming2",
    ],
)
def test_speaker_by_any_form_of_the_name(client: TestClient, name: str) -> None:
    articles = ingest_all(client)
    expected = quoting(articles, speaker_id(articles, "连玉明"))
    assert expected

    page = get_ok(client, "/articles", speaker=name)

    assert set(ids(page)) == expected


def test_speaker_alias_finds_the_speaker(client: TestClient, connection: Connection) -> None:
    articles = ingest_all(client)
    santos = speaker_id(articles, "Maria Santos")
    connection.execute(
        text(
            "INSERT INTO speaker_aliases (speaker_id, alias, key, pinyin_key) "
            "VALUES (:id, 'Secretary Santos', 'secretarysantos', 'secretarysantos')"
        ),
        {"id": santos},
    )

    page = get_ok(client, "/articles", speaker="Secretary  Santos")

    assert set(ids(page)) == quoting(articles, santos)


def test_chinese_name_does_not_match_a_homophone(client: TestClient) -> None:
    ingest_all(client)

    assert get_ok(client, "/articles", speaker="廉玉明")["items"] == []


def test_unknown_speaker_is_an_empty_page(client: TestClient) -> None:
    ingest_all(client)

    page = get_ok(client, "/articles", speaker="Nobody Atall", count="true")

    assert page == {"items": [], "next": None, "total": 0}


def test_speaker_id(client: TestClient) -> None:
    articles = ingest_all(client)
    wang = speaker_id(articles, "王建国")

    assert set(ids(get_ok(client, "/articles", speaker_id=wang))) == quoting(articles, wang)
    # Both given: both must hold.
    assert get_ok(client, "/articles", speaker_id=wang, speaker="连玉明")["items"] == []


@pytest.mark.parametrize("term", ["东盟", "東盟"])
def test_topic(client: TestClient, term: str) -> None:
    articles = ingest_all(client)
    expected = with_topic(articles, "东盟")
    assert expected

    assert set(ids(get_ok(client, "/articles", topic=term))) == expected


def test_unknown_topic_is_an_empty_page(client: TestClient) -> None:
    ingest_all(client)

    assert get_ok(client, "/articles", topic="没有这个话题")["items"] == []


@pytest.mark.parametrize(
    ("q", "expected"),
    [
        ("算力", ["zh_compute"]),  # a two-character word
        ("東盟", ["zh_cars", "zh_traditional", "zh_compute"]),  # traditional finds simplified
        ("数字经济", ["zh_traditional"]),  # simplified finds traditional text
        ("人工智能", ["zh_compute"]),
        ("SOLAR", ["en_solar"]),  # case-insensitive
        ("centres", ["en_undated"]),
        ("trade secretary", ["en_solar", "en_undated"]),  # all words
        ("东盟 算力", ["zh_compute"]),
        ("算力 汽车", []),
        ('"发展人工智能"', ["zh_compute"]),  # a phrase across a sub-worded long word
        ('"人工智能发展"', []),  # the same words in another order are not the phrase
        ('"trade secretary"', ["en_solar", "en_undated"]),
        ('"secretary trade"', []),
        ("“新能源汽车出口”", ["zh_cars"]),  # typographic quotes
        ('"data centres" Beijing', ["en_undated"]),
    ],
)
def test_full_text(client: TestClient, q: str, expected: list[str]) -> None:
    articles = ingest_all(client)

    page = get_ok(client, "/articles", q=q)

    assert ids(page) == [articles[name]["id"] for name in expected]


@pytest.mark.parametrize(
    "q",
    [
        '" OR "',
        "东盟' OR 1=1 --",
        "NEAR(东盟 算力)",
        "算* OR solar",
        "\"'); DROP TABLE articles;--",
    ],
)
def test_query_syntax_is_never_interpreted(client: TestClient, q: str) -> None:
    ingest_all(client)

    response = client.get("/articles", params={"q": q})

    assert response.status_code in (200, 422), response.text
    if response.status_code == 200:
        # Operators are plain words here: nothing matches "or", "near" or "drop" + "table".
        assert response.json()["items"] == []
    assert client.get("/articles").json()["items"]


def test_query_without_words_is_a_422_naming_q(client: TestClient) -> None:
    response = client.get("/articles", params={"q": "……！"})

    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"
    assert response.json()["detail"].startswith("query.q:")


def test_language_and_source(client: TestClient) -> None:
    articles = ingest_all(client)

    english = get_ok(client, "/articles", language="en")
    reuters = get_ok(client, "/articles", source="Reuters")
    xinhua = get_ok(client, "/articles", source="中新网", language="zh")

    assert ids(english) == [articles["en_solar"]["id"], articles["en_undated"]["id"]]
    assert set(ids(reuters)) == {a["id"] for a in articles.values() if a["source"] == "Reuters"}
    assert ids(xinhua) == [articles["zh_compute"]["id"]]


def test_unknown_language_is_a_422(client: TestClient) -> None:
    response = client.get("/articles", params={"language": "fr"})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("query.language:")


def test_published_after_is_inclusive_and_before_exclusive(client: TestClient) -> None:
    articles = ingest_all(client)

    after = get_ok(client, "/articles", published_after="2026-03-12T10:00:00+08:00")
    before = get_ok(client, "/articles", published_before="2026-03-12T10:00:00+08:00")
    window = get_ok(
        client, "/articles", published_after="2026-03-11", published_before="2026-03-13"
    )

    assert ids(after) == [articles["zh_cars"]["id"], articles["zh_traditional"]["id"]]
    assert ids(before) == [articles["zh_compute"]["id"], articles["en_solar"]["id"]]
    assert articles["zh_compute"]["id"] in ids(window)
    assert articles["en_solar"]["id"] not in ids(window)
    assert articles["en_undated"]["id"] not in ids(window)


@pytest.mark.parametrize("parameter", ["published_after", "published_before"])
def test_malformed_date_is_a_422_naming_the_parameter(client: TestClient, parameter: str) -> None:
    response = client.get("/articles", params={parameter: "11/03/2026"})

    assert response.status_code == 422
    assert response.json()["detail"].startswith(f"query.{parameter}:")


def test_cursor_pages_walk_every_article_once_in_order(client: TestClient) -> None:
    articles = ingest_all(client)
    seen: list[int] = []
    params: dict[str, object] = {"limit": 2}

    for _ in range(10):
        page = get_ok(client, "/articles", **params)
        seen.extend(ids(page))
        if page["next"] is None:
            break
        assert len(page["items"]) == 2
        params["cursor"] = page["next"]

    assert seen == [articles[name]["id"] for name in NEWEST_FIRST]


def test_cursor_keeps_the_filters_order(client: TestClient) -> None:
    articles = ingest_all(client)

    first = get_ok(client, "/articles", q="东盟", limit=1)
    second = get_ok(client, "/articles", q="东盟", limit=1, cursor=first["next"])

    assert ids(first) == [articles["zh_cars"]["id"]]
    assert ids(second) == [articles["zh_traditional"]["id"]]


def test_articles_with_the_same_time_are_paged_by_id(
    client: TestClient, connection: Connection
) -> None:
    articles = ingest_all(client)
    connection.execute(
        text(
            "UPDATE articles SET published_at = (SELECT published_at FROM articles WHERE id = :id)"
        ),
        {"id": articles["zh_cars"]["id"]},
    )
    seen: list[int] = []
    cursor = None
    for _ in range(10):
        page = get_ok(client, "/articles", limit=2, **({"cursor": cursor} if cursor else {}))
        seen.extend(ids(page))
        cursor = page["next"]
        if cursor is None:
            break

    assert seen == sorted((a["id"] for a in articles.values()), reverse=True)


@pytest.mark.parametrize(
    "cursor",
    [
        "not-a-cursor",
        "!!!",
        base64.urlsafe_b64encode(b'{"k":"articles","p":null,"i":["x"]}').decode(),
        base64.urlsafe_b64encode(b'{"k":"articles","p":"yesterday","i":[1]}').decode(),
        base64.urlsafe_b64encode(b'{"k":"quotes","p":null,"i":[1,2]}').decode(),
    ],
)
def test_malformed_cursor_is_a_422_naming_cursor(client: TestClient, cursor: str) -> None:
    response = client.get("/articles", params={"cursor": cursor})

    assert response.status_code == 422
    assert response.json()["error"] == "validation_error"
    assert response.json()["detail"].startswith("query.cursor:")


def test_cursor_is_opaque_base64_json(client: TestClient) -> None:
    ingest_all(client)

    cursor = get_ok(client, "/articles", limit=1)["next"]

    decoded = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    assert decoded["k"] == "articles"


def test_limit_is_capped(client: TestClient, app: FastAPI, migrated_url: str) -> None:
    ingest_all(client)
    app.state.settings = make_settings(migrated_url, max_page_limit=3)

    page = get_ok(client, "/articles", limit=1000)

    assert len(page["items"]) == 3
    assert page["next"] is not None


def test_limit_below_one_is_a_422(client: TestClient) -> None:
    response = client.get("/articles", params={"limit": 0})

    assert response.status_code == 422
    assert response.json()["detail"].startswith("query.limit:")


def test_default_limit(client: TestClient, app: FastAPI, migrated_url: str) -> None:
    ingest_all(client)
    app.state.settings = make_settings(migrated_url, default_page_limit=2)

    assert len(get_ok(client, "/articles")["items"]) == 2


def test_count_gives_the_total_of_every_page(client: TestClient) -> None:
    ingest_all(client)

    page = get_ok(client, "/articles", limit=1, count="true", language="zh")

    assert page["total"] == 3
    assert len(page["items"]) == 1


def test_one_article_per_story_unless_include_duplicates(
    client: TestClient, connection: Connection
) -> None:
    articles = ingest_all(client)
    original, copy = articles["en_solar"]["id"], articles["en_undated"]["id"]
    connection.execute(
        text("UPDATE articles SET duplicate_of_id = :original WHERE id = :copy"),
        {"original": original, "copy": copy},
    )

    default = get_ok(client, "/articles", count="true")
    everything = get_ok(client, "/articles", include_duplicates="true", count="true")

    assert copy not in ids(default)
    assert default["total"] == 4
    assert copy in ids(everything)
    assert everything["total"] == 5
    copy_item = next(i for i in everything["items"] if i["id"] == copy)
    assert copy_item["duplicate_of_id"] == original
