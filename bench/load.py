"""Load test: a bounded, mixed load on loopback against two service workers on PostgreSQL.

    python bench/load.py [--seconds 60] [--clients 8] [--ingest-share 0.2] [--workers 2]

Starts a throwaway PostgreSQL (tests/pg_server.py), migrates it, creates one read-write API
token per client, runs `newsarchive serve --workers 2` in production mode (tokens required)
on a free loopback port, and drives it for `--seconds` from `--clients` threads: 80% reads
(an article, its original, the listing, full-text search, quotes, speakers, topics: whichever
of these routes exist) and 20% ingests of varied pages, some of them repeats (duplicates).
Prints requests/second, p50/p95/p99 latency overall and per kind, and the error count (any
unexpected status, timeout or connection error). Exit status 1 when there were errors.
Only loopback traffic; everything started is stopped at the end.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import signal
import socket
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import psycopg

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSARCHIVE_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO / "tests"))

import pg_server  # noqa: E402

SEARCH_WORDS = ["人工智能", "东盟", "经济", "said", "minister", "China", "发展", "trade", "新闻"]


@dataclass(frozen=True)
class Page:
    content: bytes
    content_type: str


def source_pages() -> list[Page]:
    pages = [
        Page(path.read_bytes(), "text/plain; charset=utf-8")
        for path in sorted(REPO.glob("seeds/*.txt"))
    ]
    pages += [
        Page(gzip.decompress(path.read_bytes()), "text/html")
        for path in sorted(REPO.glob("seeds/*.html.gz"))
    ]
    texts = SHARED / "eval" / "quotes" / "texts"
    if texts.is_dir():
        pages += [
            Page(path.read_bytes(), "text/plain; charset=utf-8")
            for path in sorted(texts.glob("*/*.txt"))
        ]
    return pages


def varied(page: Page, number: int) -> Page:
    """A distinct article from a source page: a numbered first line, paragraphs reordered."""
    if page.content_type.startswith("text/html"):
        marker = f"<p>Bulletin {number}: archive load test item {number}.</p>".encode()
        return Page(
            page.content.replace(b"<body", marker + b"<body", 1) + marker, page.content_type
        )
    lines = page.content.decode("utf-8").splitlines()
    body = [line for line in lines[1:] if line.strip()]
    middle = body[1:-1]
    random.Random(number).shuffle(middle)
    text = "\n\n".join([f"{lines[0]} ({number})", *body[:1], *middle, *body[-1:]])
    return Page(text.encode("utf-8"), page.content_type)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def cli(env: dict[str, str], *args: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "newsarchive.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return result.stdout


def start_service(env: dict[str, str], workers: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [
            *(sys.executable, "-m", "newsarchive.cli", "serve", "--no-migrate"),
            *("--host", "127.0.0.1", "--port", str(port), "--workers", str(workers)),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its own process group: uvicorn's workers stop with it
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the service exited with status {process.returncode}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return process, url
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    stop(process)
    raise RuntimeError("the service did not become ready within 90 s")


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)


@dataclass
class Tally:
    latencies: dict[str, list[float]] = field(default_factory=dict)
    statuses: Counter[tuple[str, int]] = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, seconds: float, status: int, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(seconds)
            self.statuses[(kind, status)] += 1
            if not ok:
                self.errors.append(f"{kind} {status} {detail[:200]}")


class Load:
    def __init__(
        self, url: str, tokens: list[str], pages: list[Page], read_routes: set[str], share: float
    ) -> None:
        self.url = url
        self.tokens = tokens
        self.pages = pages
        self.read_routes = read_routes
        self.share = share
        self.ids: list[int] = []
        self.next_page = 0
        self.lock = threading.Lock()
        self.tally = Tally()

    def ingest(self, http: httpx.Client, rng: random.Random) -> None:
        with self.lock:
            if self.next_page and rng.random() < 0.1:  # a page seen before: a duplicate
                number = rng.randrange(self.next_page)
            else:
                number = self.next_page
                self.next_page += 1
        source = self.pages[number % len(self.pages)]
        page = varied(source, number)
        started = time.perf_counter()
        response = http.post(
            "/articles", content=page.content, headers={"Content-Type": page.content_type}
        )
        elapsed = time.perf_counter() - started
        # 422 is the right answer for a page with no article text; anything else is an error.
        ok = response.status_code in (200, 201, 422)
        self.tally.record("ingest", elapsed, response.status_code, ok, response.text)
        if response.status_code in (200, 201):
            with self.lock:
                self.ids.append(int(response.json()["id"]))

    def read(self, http: httpx.Client, rng: random.Random) -> None:
        with self.lock:
            article_id = rng.choice(self.ids) if self.ids else None
        choices: list[tuple[str, str, dict[str, str | int]]] = []
        if article_id is not None:
            choices += [
                ("article", f"/articles/{article_id}", {}),
                ("article", f"/articles/{article_id}", {}),
                ("document", f"/articles/{article_id}/document", {}),
            ]
        if "/articles" in self.read_routes:
            choices += [
                ("listing", "/articles", {"limit": 20}),
                ("search", "/articles", {"q": rng.choice(SEARCH_WORDS), "limit": 20}),
            ]
        if "/quotes" in self.read_routes:
            choices.append(("quotes", "/quotes", {"limit": 20}))
        if "/speakers" in self.read_routes:
            choices.append(("speakers", "/speakers", {"limit": 20}))
        if "/topics" in self.read_routes:
            choices.append(("topics", "/topics", {"limit": 20}))
        if not choices:
            choices.append(("readyz", "/readyz", {}))
        kind, path, params = rng.choice(choices)
        started = time.perf_counter()
        response = http.get(path, params=params)
        elapsed = time.perf_counter() - started
        self.tally.record(
            kind, elapsed, response.status_code, response.status_code == 200, response.text
        )

    def client(self, number: int, until: float) -> None:
        rng = random.Random(number)
        headers = {"Authorization": f"Bearer {self.tokens[number]}"}
        with httpx.Client(base_url=self.url, headers=headers, timeout=60) as http:
            while time.monotonic() < until:
                try:
                    if rng.random() < self.share:
                        self.ingest(http, rng)
                    else:
                        self.read(http, rng)
                except httpx.HTTPError as exc:
                    self.tally.record("transport", 0.0, 0, False, repr(exc))


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))] * 1000


def report(tally: Tally, seconds: float) -> None:
    everything = [value for values in tally.latencies.values() for value in values]
    reads = [v for kind, values in tally.latencies.items() if kind != "ingest" for v in values]
    print(f"duration {seconds:.1f} s, {len(everything)} requests")
    print(f"{'':>10}  {'requests':>8}  {'req/s':>7}  {'p50 ms':>8}  {'p95 ms':>8}  {'p99 ms':>8}")
    rows = [("all", everything), ("reads", reads), ("ingests", tally.latencies.get("ingest", []))]
    rows += sorted((k, v) for k, v in tally.latencies.items() if k != "ingest")
    for name, values in rows:
        if not values:
            continue
        print(
            f"{name:>10}  {len(values):>8}  {len(values) / seconds:>7.1f}  "
            f"{percentile(values, 0.50):>8.1f}  {percentile(values, 0.95):>8.1f}  "
            f"{percentile(values, 0.99):>8.1f}"
        )
    statuses = ", ".join(
        f"{kind} {status}: {n}" for (kind, status), n in sorted(tally.statuses.items())
    )
    print(f"statuses: {statuses}")
    print(f"errors: {len(tally.errors)}")
    for line in tally.errors[:10]:
        print(f"  {line}")


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--workers", type=int, default=2, help="service worker processes")
    parser.add_argument("--ingest-share", type=float, default=0.2)
    parser.add_argument(
        "--warm-up", type=int, default=30, help="pages ingested before the clock starts"
    )
    args = parser.parse_args()

    pages = source_pages()
    server = pg_server.start_server()
    process = None
    try:
        with psycopg.connect(
            f"postgresql://postgres@127.0.0.1:{server.port}/postgres", autocommit=True
        ) as conn:
            conn.execute('CREATE DATABASE "load"')
        env = {
            **os.environ,
            "NEWSARCHIVE_DATABASE_URL": server.url("load"),
            "NEWSARCHIVE_ENVIRONMENT": "production",
        }
        cli(env, "migrate")
        tokens = [
            cli(env, "token", "create", f"load client {n}").strip() for n in range(args.clients)
        ]
        process, url = start_service(env, args.workers)
        paths = set(httpx.get(f"{url}/openapi.json", timeout=10).json()["paths"])
        load = Load(url, tokens, pages, paths, args.ingest_share)
        with httpx.Client(
            base_url=url, headers={"Authorization": f"Bearer {tokens[0]}"}, timeout=60
        ) as http:
            warm = random.Random(-1)
            for _ in range(args.warm_up):
                load.ingest(http, warm)
        load.tally = Tally()  # the warm-up does not count
        listed = sorted(paths & {"/articles", "/quotes", "/speakers", "/topics"})
        print(
            f"{args.clients} clients, {args.workers} service workers on PostgreSQL, "
            f"{args.ingest_share:.0%} ingests, {len(pages)} source pages, "
            f"{len(load.ids)} articles after warm-up; read routes: "
            f"{', '.join(listed)}"
        )
        started = time.monotonic()
        until = started + args.seconds
        threads = [
            threading.Thread(target=load.client, args=(n, until)) for n in range(args.clients)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        report(load.tally, time.monotonic() - started)
        return 1 if load.tally.errors else 0
    finally:
        if process is not None:
            stop(process)
        pg_server.destroy(server)


if __name__ == "__main__":
    raise SystemExit(main())
