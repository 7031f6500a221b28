"""20 HTTP clients post overlapping pages at once against PostgreSQL: one article per
distinct page, no errors. A real uvicorn server on loopback, real connections."""

from __future__ import annotations

import json
import random
import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import uvicorn
from fastapi import FastAPI

from conftest import count_rows, make_settings, new_database_url
from newsarchive.app import create_app
from newsarchive.auth import service
from newsarchive.migrate import upgrade

pytestmark = [pytest.mark.postgres, pytest.mark.timeout(300)]

CLIENTS = 20
PAGES = 8

# The same speakers and topics recur across pages, so speaker and topic rows race too.
STORY = """\
Ministers agree plan {n} for regional data centres

BEIJING, March {day} (Reuters) - Trade ministers from China and the ASEAN members agreed on
Tuesday to build data centre {n} in {city}, officials said.

"Centre {n} is the most important step we have taken on digital trade," said Maria Santos,
the Philippine trade secretary, after the meeting in Beijing.

"We will fund {city} first," said Chen Wei, a Chinese commerce ministry official.
"""
CITIES = [
    "Manila",
    "Hanoi",
    "Jakarta",
    "Bangkok",
    "Kuala Lumpur",
    "Singapore",
    "Yangon",
    "Vientiane",
]


def pages() -> list[str]:
    return [STORY.format(n=n, day=n + 1, city=CITIES[n]) for n in range(PAGES)]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture
def live(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, FastAPI]]:
    url = new_database_url("postgres", request, tmp_path)
    upgrade(url)
    app = create_app(make_settings(url))
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", app
    finally:
        server.should_exit = True
        thread.join(timeout=30)


def test_twenty_clients_posting_overlapping_pages_store_each_page_once(
    live: tuple[str, FastAPI],
) -> None:
    base, app = live
    texts = pages()
    with app.state.session_factory() as session:  # one read-write token per client
        tokens = [
            service.create_token(session, f"client {n}", "write").token for n in range(CLIENTS)
        ]
        session.commit()
    barrier = threading.Barrier(CLIENTS)
    results: list[tuple[int, int, str]] = []  # (page, status, body)
    failures: list[str] = []
    lock = threading.Lock()

    def client(number: int) -> None:
        order = list(range(PAGES))
        random.Random(number).shuffle(order)
        try:
            headers = {"Authorization": f"Bearer {tokens[number]}"}
            with httpx.Client(base_url=base, timeout=120, headers=headers) as http:
                barrier.wait(timeout=60)
                for page in order:
                    if number % 2:  # half send JSON, half the raw text: the same bytes
                        response = http.post("/articles", json={"text": texts[page]})
                    else:
                        response = http.post(
                            "/articles",
                            content=texts[page].encode(),
                            headers={"Content-Type": "text/plain; charset=utf-8"},
                        )
                    with lock:
                        results.append((page, response.status_code, response.text))
        except Exception as exc:  # recorded and asserted below, not lost in the thread
            with lock:
                failures.append(f"client {number}: {exc!r}")

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=240)

    assert not failures, failures
    assert len(results) == CLIENTS * PAGES
    statuses = Counter(status for _, status, _ in results)
    assert set(statuses) <= {200, 201}, [r for r in results if r[1] not in (200, 201)][:3]
    assert statuses[201] == PAGES
    ids_per_page: dict[int, set[int]] = {}
    for page, _, body in results:
        ids_per_page.setdefault(page, set()).add(json.loads(body)["id"])
    assert all(len(ids) == 1 for ids in ids_per_page.values()), ids_per_page
    assert len({next(iter(ids)) for ids in ids_per_page.values()}) == PAGES
    with app.state.engine.connect() as connection:
        assert count_rows(connection, "articles") == PAGES
        assert count_rows(connection, "documents") == PAGES
        speakers = connection.exec_driver_sql(
            "SELECT count(*) FROM speakers WHERE name IN ('Maria Santos', 'Chen Wei')"
        ).scalar_one()
    assert speakers == 2
