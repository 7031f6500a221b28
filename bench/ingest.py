"""Ingest benchmark: POST N varied pages over HTTP to a running service; SQLite and PostgreSQL.

    python bench/ingest.py [--pages 500] [--clients 4] [--backends sqlite,postgres]
    python bench/ingest.py --url http://127.0.0.1:8000      # an already running server

For each backend it starts `newsarchive serve` on a free loopback port against a fresh
database (PostgreSQL from tests/pg_server.py), posts the pages from `--clients` threads and
prints articles/second with p50/p95 latency. The pages are the seed page, the sample pages in
seeds/ and the quotes development texts (when ../shared is present), each varied so that
every request is a distinct article. Prints figures; asserts nothing about time.
"""

from __future__ import annotations

import argparse
import gzip
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSARCHIVE_SHARED", REPO.parent / "shared"))
sys.path.insert(0, str(REPO / "tests"))


def source_texts() -> list[str]:
    """Raw article texts: the seed page, the sample pages' extracted text, the dev texts."""
    from newsarchive.pipeline.analyze import analyze
    from newsarchive.pipeline.model import AnalysisError, Page

    texts = [(REPO / "seeds" / "000_7e0d1ae2f8f72497.txt").read_text(encoding="utf-8")]
    for path in sorted((REPO / "seeds").glob("*.html.gz")):
        try:
            analysis = analyze(Page(gzip.decompress(path.read_bytes()), "html"))
        except AnalysisError:
            continue
        texts.append(f"{analysis.title or path.stem}\n\n{analysis.body}")
    quotes_texts = SHARED / "eval" / "quotes" / "texts"
    if quotes_texts.is_dir():
        texts.extend(p.read_text(encoding="utf-8") for p in sorted(quotes_texts.glob("*/*.txt")))
    return texts


def varied_pages(count: int, seed: int = 7) -> list[str]:
    """`count` distinct pages: a source text with its paragraphs lightly shuffled and a
    numbered line, so no two are the same article (and none is a near-copy of the same size)."""
    rng = random.Random(seed)
    sources = source_texts()
    pages = []
    for number in range(count):
        lines = sources[number % len(sources)].splitlines()
        head, body = lines[:1], [line for line in lines[1:] if line.strip()]
        middle = body[1:-1]
        rng.shuffle(middle)
        body = body[:1] + middle + body[-1:]
        marker = (
            f"（编号 {number}）"
            if any("\u4e00" <= ch <= "\u9fff" for ch in head[0])
            else f"(No. {number})"
        )
        pages.append("\n\n".join([f"{head[0]} {marker}", *body]))
    return pages


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_service(
    database_url: str, workers: int, log: Path
) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    env = {
        **os.environ,
        "NEWSARCHIVE_DATABASE_URL": database_url,
        # This measures ingestion, not the per-client write rate limit (burst 60 by default).
        "NEWSARCHIVE_INGEST_RATE_PER_MINUTE": "1000000",
        "NEWSARCHIVE_INGEST_RATE_BURST": "1000000",
    }
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "newsarchive.cli",
            "serve",
            "--port",
            str(port),
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),  # the service's log, shown when a request failed
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{url}/readyz", timeout=1).status_code == 200:
                return process, url
        except httpx.HTTPError:
            time.sleep(0.2)
    process.terminate()
    raise RuntimeError("the service did not become ready within 60 s")


def run(url: str, pages: list[str], clients: int) -> dict[str, Any]:
    latencies: list[float] = []
    errors = 0
    error_statuses: Counter[int] = Counter()
    lock = threading.Lock()
    queue = list(enumerate(pages))

    def worker() -> None:
        nonlocal errors
        with httpx.Client(base_url=url, timeout=60) as client:
            while True:
                with lock:
                    if not queue:
                        return
                    _, page = queue.pop()
                started = time.perf_counter()
                response = client.post(
                    "/articles",
                    content=page.encode("utf-8"),
                    headers={"Content-Type": "text/plain; charset=utf-8"},
                )
                elapsed = time.perf_counter() - started
                with lock:
                    latencies.append(elapsed)
                    if response.status_code not in (200, 201):
                        errors += 1
                        error_statuses[response.status_code] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies.sort()
    return {
        "articles_per_s": len(pages) / wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p95_ms": latencies[int(0.95 * (len(latencies) - 1))] * 1000,
        "errors": errors,
        "error_statuses": dict(error_statuses),
        "seconds": wall,
    }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--clients", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="service worker processes")
    parser.add_argument("--backends", default="sqlite,postgres")
    parser.add_argument("--url", help="benchmark this running server instead of starting one")
    args = parser.parse_args()

    pages = varied_pages(args.pages)
    print(f"{len(pages)} pages, {args.clients} clients, {args.workers} service workers")
    if args.url:
        print_row("given server", run(args.url, pages, args.clients))
        return 0
    for backend in args.backends.split(","):
        with tempfile.TemporaryDirectory() as folder:
            server = None
            if backend == "postgres":
                import pg_server

                server = pg_server.start_server()
                database_url = server.url("postgres")
            else:
                database_url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
            log = Path(folder) / "service.log"
            process, url = start_service(database_url, args.workers, log)
            try:
                figures = run(url, pages, args.clients)
                print_row(backend, figures)
            finally:
                process.terminate()
                process.wait(timeout=30)
                if server is not None:
                    pg_server.destroy(server)
            if figures["errors"]:
                print(f"service log of the {backend} run:\n{log.read_text(errors='replace')}")
    return 0


def print_row(name: str, figures: dict[str, Any]) -> None:
    print(
        f"{name:>10}: {figures['articles_per_s']:7.1f} articles/s  "
        f"p50 {figures['p50_ms']:7.1f} ms  p95 {figures['p95_ms']:7.1f} ms  "
        f"errors {int(figures['errors'])} {figures['error_statuses'] or ''} "
        f"({figures['seconds']:.1f} s)"
    )


if __name__ == "__main__":
    raise SystemExit(main())
