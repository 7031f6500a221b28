"""POST /articles with {"url": ...} and `newsarchive ingest --urls`, against a real local server."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections import Counter
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.engine import Connection

from conftest import SEED_PAGE, count_rows
from newsarchive.db import create_engine
from newsarchive.migrate import upgrade

SEED_TEXT = SEED_PAGE.read_text(encoding="utf-8")


def article_html(title: str, paragraphs: list[str], meta_charset: str | None = None) -> str:
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<html><head>{meta}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


SEED_PARAGRAPHS = [line for line in SEED_TEXT.splitlines()[5:40] if len(line) > 30][:8]


class Site:
    """Pages served by the local test server; tests change them to simulate an edited page."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        self.hits: Counter[str] = Counter()

    def set(self, path: str, body: bytes, content_type: str, status: int = 200) -> None:
        self.pages[path] = (status, content_type, body)


@pytest.fixture
def site() -> Iterator[tuple[Site, str]]:
    site = Site()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            path = self.path.split("?", 1)[0]
            site.hits[path] += 1
            if path == "/old":
                self.send_response(301)
                self.send_header("Location", "/gbk")
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if path not in site.pages:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            status, content_type, body = site.pages[path]
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    gbk_page = article_html("中国与东盟共拓人工智能新蓝海", SEED_PARAGRAPHS).encode("gb18030")
    site.set("/gbk", gbk_page, "text/html; charset=GBK")
    site.set("/image", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "image/png")
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def allow_local(app: FastAPI) -> None:
    app.state.settings = app.state.settings.model_copy(update={"fetch_allow_hosts": ["127.0.0.1"]})


@pytest.mark.usefixtures("allow_local")
def test_url_is_fetched_decoded_and_archived_with_its_context(
    client: TestClient, site: tuple[Site, str]
) -> None:
    _, base = site

    response = client.post("/articles", json={"url": f"{base}/gbk"})

    assert response.status_code == 201, response.text
    article = response.json()
    assert SEED_PARAGRAPHS[0][:20] in article["body"]
    document = article["document"]
    assert document["kind"] == "url"
    assert document["url"] == f"{base}/gbk"
    assert document["final_url"] == f"{base}/gbk"
    assert document["http_status"] == 200
    assert document["charset"] in {"gbk", "gb18030"}
    assert document["fetched_at"] is not None
    assert article["url"] == f"{base}/gbk"


@pytest.mark.usefixtures("allow_local")
def test_the_same_url_again_is_not_fetched_and_returns_the_article(
    client: TestClient, site: tuple[Site, str], connection: Connection
) -> None:
    server, base = site
    first = client.post("/articles", json={"url": f"{base}/gbk"}).json()

    again = client.post("/articles", json={"url": f"{base}/gbk?utm_source=feed#comments"})

    assert again.status_code == 200
    assert again.json()["duplicate"] is True
    assert again.json()["id"] == first["id"]
    assert server.hits["/gbk"] == 1
    assert count_rows(connection, "articles") == 1


@pytest.mark.usefixtures("allow_local")
def test_a_redirected_url_is_the_same_article_as_its_target(
    client: TestClient, site: tuple[Site, str], connection: Connection
) -> None:
    _, base = site
    via_redirect = client.post("/articles", json={"url": f"{base}/old"})

    direct = client.post("/articles", json={"url": f"{base}/gbk"})

    assert via_redirect.status_code == 201
    assert via_redirect.json()["document"]["final_url"] == f"{base}/gbk"
    assert direct.status_code == 200
    assert direct.json()["id"] == via_redirect.json()["id"]
    assert count_rows(connection, "articles") == 1


@pytest.mark.usefixtures("allow_local")
def test_refresh_stores_a_new_version_when_the_page_changed(
    client: TestClient, site: tuple[Site, str], connection: Connection
) -> None:
    server, base = site
    first = client.post("/articles", json={"url": f"{base}/gbk"}).json()

    unchanged = client.post("/articles?refresh=true", json={"url": f"{base}/gbk"})
    assert unchanged.status_code == 200
    assert count_rows(connection, "documents") == 1

    edited = [*SEED_PARAGRAPHS, "本文更新：补充了广西代表团开放日的更多细节，并更正了一处数据。"]
    server.set("/gbk", article_html("更新", edited).encode("gb18030"), "text/html; charset=GBK")
    refreshed = client.post("/articles?refresh=true", json={"url": f"{base}/gbk"})

    assert refreshed.status_code == 200
    assert refreshed.json()["id"] == first["id"]
    assert "本文更新" in refreshed.json()["body"]
    assert server.hits["/gbk"] == 3
    assert count_rows(connection, "articles") == 1
    assert count_rows(connection, "documents") == 2


def test_loopback_is_refused_unless_allowlisted(
    client: TestClient, site: tuple[Site, str], connection: Connection
) -> None:
    server, base = site

    response = client.post("/articles", json={"url": f"{base}/gbk"})

    assert response.status_code == 422
    assert "loopback" in response.json()["detail"]
    assert server.hits["/gbk"] == 0
    assert count_rows(connection, "documents") == 0


@pytest.mark.usefixtures("allow_local")
@pytest.mark.parametrize(
    ("path", "status", "mentions"),
    [("/missing", 502, "404"), ("/image", 415, "image/png")],
)
def test_upstream_failures_map_to_clear_errors(
    client: TestClient, site: tuple[Site, str], path: str, status: int, mentions: str
) -> None:
    _, base = site

    response = client.post("/articles", json={"url": f"{base}{path}"})

    assert response.status_code == status
    assert mentions in response.json()["detail"]


@pytest.mark.parametrize(
    "url", ["not a url", "ftp://example.com/a.html", "http://user:pw@example.com/"]
)
def test_malformed_or_unsupported_urls_are_400(client: TestClient, url: str) -> None:
    response = client.post("/articles", json={"url": url})

    assert response.status_code == 400
    assert response.json()["error"] == "bad_request"


def test_ingest_urls_cli_archives_and_summarises_failures(
    site: tuple[Site, str], tmp_path: Path
) -> None:
    server, base = site
    server.set(
        "/en",
        article_html(
            "Harbour reopens",
            ["The harbour reopened on Monday after storms closed it to shipping for a week."] * 4,
        ).encode(),
        "text/html; charset=utf-8",
    )
    url_list = tmp_path / "urls.txt"
    url_list.write_text(f"{base}/gbk\n\n# a comment\n{base}/en\n{base}/missing\n{base}/gbk\n")
    database = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    upgrade(database)
    env = {
        **os.environ,
        "NEWSARCHIVE_DATABASE_URL": database,
        "NEWSARCHIVE_FETCH_ALLOW_HOSTS": '["127.0.0.1"]',
    }

    result = subprocess.run(
        [sys.executable, "-m", "newsarchive.cli", "ingest", "--urls", str(url_list)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 1
    assert "2 stored, 1 duplicate, 1 failed" in result.stderr
    assert f"failed\t{base}/missing\t" in result.stderr
    engine = create_engine(database)
    with engine.connect() as connection:
        assert count_rows(connection, "articles") == 2
    engine.dispose()
