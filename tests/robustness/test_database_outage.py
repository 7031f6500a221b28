"""The database goes away mid-run: 503 with Retry-After (never 500), /readyz says so, the
service recovers by itself, and an ingest cut off half-way leaves nothing behind.

A dedicated PostgreSQL server, so that stopping it does not disturb the other tests.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import event, text
from sqlalchemy.engine import Engine

import pg_server
from conftest import count_rows, create_postgres_database, start_postgres_or_skip
from newsarchive.app import create_app
from newsarchive.config import Settings
from newsarchive.migrate import upgrade

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(240)]

STORY = """\
Ministers agree new plan for regional data centres number {n}

BEIJING, March 11 (Reuters) - Trade ministers from China and the ten ASEAN members agreed on
Tuesday to build shared data centre number {n} across the region, officials said.

"This is the most important step we have taken together on digital trade," said Maria Santos,
the Philippine trade secretary, after the meeting in Beijing.

The plan for centre {n} will be reviewed at the next summit in October.
"""


@pytest.fixture
def own_server() -> Iterator[pg_server.PostgresServer]:
    server = start_postgres_or_skip()
    try:
        yield server
    finally:
        pg_server.destroy(server)


@pytest.fixture
def url(own_server: pg_server.PostgresServer) -> str:
    url = create_postgres_database(own_server)
    upgrade(url)
    return url


def wait_ready(client: TestClient, seconds: float = 60) -> float:
    """Seconds until /readyz answers 200 again, polling; fails past `seconds`."""
    started = time.monotonic()
    while time.monotonic() - started < seconds:
        if client.get("/readyz").status_code == 200:
            return time.monotonic() - started
        time.sleep(0.2)
    pytest.fail(f"/readyz did not recover within {seconds} s")


def assert_unavailable(response: Any) -> None:
    assert response.status_code == 503, response.text
    assert response.json()["error"] == "service_unavailable"
    assert int(response.headers["Retry-After"]) > 0


def row_counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as connection:
        return {
            table: count_rows(connection, table)
            for table in ("articles", "documents", "quotes", "article_topics")
        }


def test_outage_answers_503_then_recovers_by_itself(
    own_server: pg_server.PostgresServer, url: str
) -> None:
    app = create_app(Settings(database_url=url, environment="test"))
    with TestClient(app) as client:
        first = client.post("/articles", json={"text": STORY.format(n=1)})
        assert first.status_code == 201, first.text
        article_id = first.json()["id"]

        own_server.stop("fast")

        assert_unavailable(client.post("/articles", json={"text": STORY.format(n=2)}))
        assert_unavailable(client.get(f"/articles/{article_id}"))
        assert_unavailable(client.delete(f"/articles/{article_id}"))
        ready = client.get("/readyz")
        assert_unavailable_ready = ready.json()
        assert ready.status_code == 503
        assert assert_unavailable_ready["database"] == "down"
        assert int(ready.headers["Retry-After"]) > 0
        assert client.get("/healthz").status_code == 200

        own_server.start()
        wait_ready(client)

        assert client.get(f"/articles/{article_id}").status_code == 200
        again = client.post("/articles", json={"text": STORY.format(n=2)})
        assert again.status_code == 201, again.text
        assert row_counts(app.state.engine)["articles"] == 2


def test_a_database_lost_in_the_middle_of_an_ingest_leaves_nothing_half_stored(
    own_server: pg_server.PostgresServer, url: str
) -> None:
    app = create_app(Settings(database_url=url, environment="test"))
    engine: Engine = app.state.engine
    with TestClient(app) as client:
        assert client.post("/articles", json={"text": STORY.format(n=1)}).status_code == 201
        before = row_counts(engine)
        stopped: list[str] = []
        seen_article = False

        def cut_off(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
            # After the article row went in, stop the server before the next INSERT:
            # document and article are written, quotes and topics are not.
            nonlocal seen_article
            if statement.startswith("INSERT INTO articles"):
                seen_article = True
            elif seen_article and statement.startswith("INSERT INTO") and not stopped:
                stopped.append(statement.split("(")[0])
                # "fast" terminates the session like a lost server; "immediate" would also
                # drop recent commits, since the suite's server runs with synchronous_commit=off.
                own_server.stop("fast")

        event.listen(engine, "before_cursor_execute", cut_off)
        try:
            response = client.post("/articles", json={"text": STORY.format(n=3)})
        finally:
            event.remove(engine, "before_cursor_execute", cut_off)

        assert stopped, "the ingest never reached a second INSERT"
        assert_unavailable(response)

        own_server.start()
        wait_ready(client)

        assert row_counts(engine) == before
        with engine.connect() as connection:
            orphans = connection.execute(
                text(
                    "SELECT count(*) FROM articles a WHERE NOT EXISTS "
                    "(SELECT 1 FROM documents d WHERE d.article_id = a.id)"
                )
            ).scalar_one()
        assert orphans == 0
        retried = client.post("/articles", json={"text": STORY.format(n=3)})
        assert retried.status_code == 201, retried.text
        assert retried.json()["quotes"], "the retried article is complete"
