"""Hostile input through the API, on both databases: never a 500, never a hang, every error
in the one format, nothing half-stored, and `q` never reaches SQL as text."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from httpx import Response
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from conftest import count_rows, make_settings
from newsarchive.app import create_app

pytestmark = pytest.mark.timeout(180)  # a hang fails the test instead of blocking the suite

OK_STATUSES = {200, 201}
CLIENT_ERRORS = {400, 413, 415, 422}

_rng = random.Random(8)
BINARY = _rng.randbytes(300_000)
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _rng.randbytes(50_000)
NESTED = ("<div>" * 10_000 + "<p>Deep text, said Maria Santos.</p>" + "</div>" * 10_000).encode()
NESTED_UNCLOSED = ("<b><i>" * 10_000 + "text").encode()
FIVE_MB_LINE = ("word " * (5 * 1024 * 1024 // 5 - 20)).encode()
INVALID_UTF8 = (
    b"Headline\n\n\xff\xfe\xfd body \xc3\x28 text \xed\xa0\x80 more \xf8\x88\x80\x80\x80 end.\n"
    * 50
)
CONTROL = (
    "Title\x01\x02\x03\n\nBody\x07\x08\x0b\x0c\x1b[31m text\x7f \u2028 \ufeff \u200b\u200f end\n"
    * 40
).encode()
NUL_RAW = b"Title\x00\n\nBody with \x00 NUL \x00 bytes.\n" * 40
QUOTES = ('"' * 200_000).encode()
QUOTES_MIXED = ('"a' * 60_000 + "“" * 30_000 + "”「」『』" * 10_000 + "' " * 20_000).encode()
UNBALANCED = (
    'He said "this never closes, and then said: "again, ' * 5_000 + "said Maria Santos."
).encode()
MIXED_SCRIPTS = (
    "中国与东盟 ASEAN Россия العربية עברית 日本語 한국어 ελληνικά\n\n"
    "\u202eRTL override\u202c \u200fمرحبا بالعالم\u200e 外交部发言人表示：“欢迎。”"
    " 👩‍👩‍👧‍👦 🇨🇳🇺🇸 ́a\u0301\u0302\u0303 \U0001f600 Zalgo: Z̸̡̢̛̗̘̙̜̝̞̟̠̀́̂̃̄̅̆̇̉̊̋̌\n"
).encode() * 200

RAW_BODIES: dict[str, tuple[bytes, str]] = {
    "invalid utf-8 as text": (INVALID_UTF8, "text/plain; charset=utf-8"),
    "invalid utf-8 as html": (
        b"<html><body><p>" + INVALID_UTF8 + b"</p></body></html>",
        "text/html",
    ),
    "unknown charset": (b"<p>text</p>", "text/html; charset=x-no-such-charset"),
    "control characters": (CONTROL, "text/plain; charset=utf-8"),
    "raw NUL bytes": (NUL_RAW, "text/plain"),
    "NUL bytes in html": (
        b"<html><title>a\x00b</title><body><p>x\x00y said Bob.</p></body></html>",
        "text/html",
    ),
    "10,000-deep nesting": (NESTED, "text/html"),
    "10,000 unclosed tags": (NESTED_UNCLOSED, "text/html"),
    "5 MB line": (FIVE_MB_LINE, "text/plain"),
    "binary as html": (BINARY, "text/html"),
    "png as html": (PNG, "text/html; charset=utf-8"),
    "binary as text": (BINARY, "text/plain"),
    "200,000 quotation marks": (QUOTES, "text/plain"),
    "mixed quotation marks": (QUOTES_MIXED, "text/plain"),
    "unbalanced quotes": (UNBALANCED, "text/plain"),
    "mixed scripts, rtl, emoji": (MIXED_SCRIPTS, "text/plain; charset=utf-8"),
    "utf-16 declared": ("标题\n\n正文说“你好”。".encode("utf-16"), "text/plain; charset=utf-16"),
    "gb18030 declared wrongly": ("标题\n\n正文".encode(), "text/plain; charset=gb2312"),
}

JSON_BODIES: dict[str, bytes] = {
    "NUL in json text": json.dumps({"text": "Title\n\nBody \u0000 here"}).encode(),
    "lone surrogate in json": b'{"text": "Title\\n\\nBody \\ud800 here said Bob."}',
    "lone low surrogate in html": b'{"html": "<p>\\udfff said Bob.</p>"}',
    "invalid utf-8 inside json": b'{"text": "Title\n\nBody \xff\xfe"}',
    "deeply nested json": b'{"text": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
    "json not an object": b'["text"]',
    "wrong types": b'{"text": 12, "url": false}',
    "unknown field": b'{"txt": "x"}',
    "huge number": b'{"text": "x", "url": 1' + b"0" * 5000 + b"}",
    "empty": b"",
    "whitespace text": json.dumps({"text": " \n\t\u3000 "}).encode(),
    "mixed scripts": json.dumps({"text": MIXED_SCRIPTS.decode()}).encode(),
    "control characters": json.dumps({"text": CONTROL.decode()}).encode(),
    "url with control characters": json.dumps(
        {"url": "http://exa\u0000mple.com/\r\nX: y"}
    ).encode(),
    "url not http": json.dumps({"url": "file:///etc/passwd"}).encode(),
}

Q_ATTACKS = [
    "' OR 1=1 --",
    "'; DROP TABLE articles; --",
    '" OR ""="',
    "&|!:*()",
    "a & | ! b",
    "!!!",
    "(((",
    ")))",
    '"unbalanced',
    "'unbalanced",
    'NEAR(a b) AND "x" OR y*',
    "title:foo NOT bar^2 {col}: -",
    "a <-> b <2> c",
    "\\",
    "%_%",
    "中国 OR 东盟 AND NOT",
    "\u202e\u0645\u0631\u062d\u0628\u0627 👩‍👩‍👧",
    "x" * 1000,
    " ",
    "\t\n",
    "\u0000",
    "a\u0000b OR 1=1",
]


def assert_error_shape(response: Response) -> None:
    body = response.json()
    assert set(body) == {"error", "detail"}, body
    assert isinstance(body["error"], str) and isinstance(body["detail"], str)


def check(response: Response, allowed: set[int]) -> None:
    assert response.status_code < 500, response.text[:500]
    assert response.status_code in allowed, (response.status_code, response.text[:500])
    if response.status_code >= 400:
        assert_error_shape(response)


@pytest.mark.parametrize("name", list(RAW_BODIES))
def test_hostile_raw_pages_get_an_article_or_a_clear_4xx(
    client: TestClient, connection: Connection, name: str
) -> None:
    content, content_type = RAW_BODIES[name]

    analysed = client.post("/analyze", content=content, headers={"Content-Type": content_type})
    stored = client.post("/articles", content=content, headers={"Content-Type": content_type})

    check(analysed, {200} | CLIENT_ERRORS)
    check(stored, OK_STATUSES | CLIENT_ERRORS)
    articles = count_rows(connection, "articles")
    documents = count_rows(connection, "documents")
    if stored.status_code in OK_STATUSES:
        article = stored.json()
        assert articles == 1 and documents == 1
        assert "\x00" not in article["body"]
        for quote in article["quotes"]:
            assert article["body"][quote["start"] : quote["end"]] == quote["text"]
        assert client.get(f"/articles/{article['id']}").status_code == 200
        document = client.get(f"/articles/{article['id']}/document")
        assert document.status_code == 200 and document.content == content
    else:
        assert articles == 0 and documents == 0


@pytest.mark.parametrize(
    "name",
    list(JSON_BODIES),
)
def test_hostile_json_gets_an_article_or_a_clear_4xx(
    client: TestClient, connection: Connection, name: str
) -> None:
    headers = {"Content-Type": "application/json"}

    analysed = client.post("/analyze", content=JSON_BODIES[name], headers=headers)
    stored = client.post("/articles", content=JSON_BODIES[name], headers=headers)

    check(analysed, {200} | CLIENT_ERRORS)
    check(stored, OK_STATUSES | CLIENT_ERRORS)
    if stored.status_code not in OK_STATUSES:
        assert count_rows(connection, "articles") == 0
        assert count_rows(connection, "documents") == 0


def test_a_body_over_the_page_limit_is_413_without_storing(
    client: TestClient, connection: Connection, app: FastAPI
) -> None:
    limit = app.state.settings.max_body_bytes
    response = client.post(
        "/articles", content=b"x" * (limit + 1), headers={"Content-Type": "text/plain"}
    )

    check(response, {413})
    assert count_rows(connection, "documents") == 0


def test_a_body_over_the_request_limit_is_413_on_every_route(
    migrated_url: str, engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    app = create_app(make_settings(migrated_url, max_request_bytes=2048), engine=engine)
    app.state.owns_engine = False
    app.state.session_factory = session_factory

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit applies as it streams
        yield b"{"
        for _ in range(10):
            yield b" " * 1024
        yield b"}"

    json_type = {"Content-Type": "application/json"}
    with TestClient(app) as client:
        declared = client.post(
            "/articles/batch", content=b"[" + b" " * 4096 + b"]", headers=json_type
        )
        streamed = client.post("/analyze", content=chunks(), headers=json_type)
        streamed_batch = client.post("/articles/batch", content=chunks(), headers=json_type)
        small = client.post("/analyze", json={"text": "Title\n\nBody said Bob."})

    check(declared, {413})
    check(streamed, {413})
    check(streamed_batch, {413})
    check(small, {200, 422})


def q_operations(app: FastAPI) -> list[str]:
    paths = app.openapi()["paths"]
    return sorted(
        path
        for path, item in paths.items()
        if "get" in item
        and "{" not in path
        and any(p["name"] == "q" for p in item["get"].get("parameters", []))
    )


def test_search_routes_exist(app: FastAPI) -> None:
    assert "/articles" in q_operations(app)


@pytest.mark.parametrize("q", Q_ATTACKS)
def test_query_syntax_in_q_is_never_a_500_and_never_reaches_sql_as_text(
    client: TestClient, app: FastAPI, engine: Engine, q: str
) -> None:
    seed = client.post(
        "/articles",
        json={
            "text": 'Ministers agree plan\n\nBEIJING - 1=1 OR said: "it\'s (fine)", said Bob Li.'
        },
    )
    assert seed.status_code == 201, seed.text
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", record)
    try:
        responses = {path: client.get(path, params={"q": q}) for path in q_operations(app)}
    finally:
        event.remove(engine, "before_cursor_execute", record)

    for path, response in responses.items():
        assert response.status_code < 500, (path, response.text[:300])
        assert response.status_code in {200, 400, 422}, (
            path,
            response.status_code,
            response.text[:300],
        )
        if response.status_code >= 400:
            assert_error_shape(response)
    if any(response.status_code == 200 for response in responses.values()):
        assert statements, "the search routes answered without running SQL"
    marker = q.strip()
    if len(marker) >= 3:
        assert not any(marker in statement for statement in statements), marker


@pytest.mark.parametrize("raw", ["%FF%FE", "%ED%A0%80", "%C3%28", "%00", "%", "%%27%20OR%201=1"])
def test_undecodable_query_strings_are_never_a_500(
    client: TestClient, app: FastAPI, raw: str
) -> None:
    for path in q_operations(app):
        response = client.get(f"{path}?q={raw}")
        check(response, {200, 400, 422})


@pytest.mark.parametrize("limit", ["0", "-1", "1000000", "99999999999999999999", "abc", "1e3"])
def test_an_out_of_range_limit_is_rejected_or_capped(
    migrated_url: str, engine: Engine, session_factory: sessionmaker[Session], limit: str
) -> None:
    app = create_app(
        make_settings(migrated_url, max_page_limit=2, default_page_limit=2), engine=engine
    )
    app.state.owns_engine = False
    app.state.session_factory = session_factory
    with TestClient(app) as client:
        for n in range(3):
            story = f"Plan {n} agreed\n\nBEIJING - Plan {n} was agreed, said Bob Li of Hanoi."
            assert client.post("/articles", json={"text": story}).status_code == 201
        answers = {"/articles": client.get("/articles", params={"limit": limit})}
        for path in q_operations(app):
            answers[path] = client.get(path, params={"limit": limit})

    for path, response in answers.items():
        check(response, {200, 400, 422})
        if response.status_code == 200 and path == "/articles":
            listed = response.json()
            items = next(v for v in listed.values() if isinstance(v, list))
            assert 1 <= len(items) <= 2, (limit, len(items))


BATCH_BODIES: dict[str, tuple[bytes, str]] = {
    "hostile items": (
        json.dumps(
            [
                {"text": "Title\n\nBody \u0000 here"},
                {"text": MIXED_SCRIPTS.decode()[:5000]},
                {"html": NESTED.decode()},
                {"text": CONTROL.decode()},
                {"url": "file:///etc/passwd"},
                {"url": "http://exa\u0000mple.com/"},
                "not an object",
                None,
                12,
                [],
                {"text": " "},
            ]
        ).encode(),
        "application/json",
    ),
    "ndjson with junk lines": (
        b'{"text": "Title\\n\\nBody said Bob."}\n\xff\xfe\n{"text": \n[1,2]\n"x"\n{}\n',
        "application/x-ndjson",
    ),
    "lone surrogate item": (b'[{"text": "Title\\n\\nBody \\ud800 said Bob."}]', "application/json"),
    "lone surrogate ndjson line": (b'{"text": "Body \\udc00 said Bob."}\n', "application/x-ndjson"),
    "deeply nested array": (b"[" * 100_000 + b"]" * 100_000, "application/json"),
    "deeply nested ndjson line": (b"[" * 100_000 + b"]" * 100_000 + b"\n", "application/x-ndjson"),
    "huge number": (b"[1" + b"0" * 5000 + b"]", "application/json"),
    "not an array": (b'{"text": "x"}', "application/json"),
    "empty array": (b"[]", "application/json"),
}


@pytest.mark.parametrize(
    "name",
    list(BATCH_BODIES),
)
def test_hostile_batches_get_per_item_results_or_a_clear_4xx(client: TestClient, name: str) -> None:
    content, content_type = BATCH_BODIES[name]

    response = client.post(
        "/articles/batch", content=content, headers={"Content-Type": content_type}
    )

    check(response, {200, 201, 207} | CLIENT_ERRORS)


def test_a_batch_over_the_item_limit_is_rejected_whole(
    client: TestClient, app: FastAPI, connection: Connection
) -> None:
    items = [
        {"text": f"Title {n}\n\nBody {n} said Bob."}
        for n in range(app.state.settings.max_batch_items + 1)
    ]

    response = client.post("/articles/batch", json=items)

    check(response, {413, 422})
    assert count_rows(connection, "articles") == 0
