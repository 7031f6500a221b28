"""`fetch_many`: fetch a list of URLs with bounded concurrency, overall and per host."""

from __future__ import annotations

import itertools
from collections import Counter, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from newsarchive.config import Settings
from newsarchive.errors import AppError, UpstreamError
from newsarchive.fetch.client import FetchedPage, fetch_page

# How many URLs beyond those running are read ahead from the input to find one whose host
# has a free slot; keeps memory bounded for a long input.
_LOOKAHEAD_PER_WORKER = 16


@dataclass(frozen=True)
class FetchResult:
    """The outcome for one input URL: `page` on success, otherwise `error`."""

    index: int  # position of the URL in the input, from 0
    url: str
    page: FetchedPage | None = None
    error: AppError | None = None

    @property
    def ok(self) -> bool:
        return self.page is not None


def failure_summary(results: Iterable[FetchResult]) -> str:
    """A plain-text summary of what failed and why, for the end of an ingest run.

    One line per failure in input order: ``<status> <error>  <url>: <detail>``; an empty
    string when nothing failed.
    """
    failed = sorted((r for r in results if r.error is not None), key=lambda r: r.index)
    lines = []
    for result in failed:
        error = result.error
        assert error is not None
        lines.append(f"{error.status_code} {error.error}  {result.url}: {error.detail}")
    return "\n".join(lines)


def host_key(url: str) -> str:
    """The host a URL will connect to, for the per-host limit ("" when there is none)."""
    try:
        return (urlsplit(url.strip()).hostname or "").rstrip(".").lower()
    except ValueError:
        return ""


def _fetch_one(
    index: int, url: str, settings: Settings, transport: httpx.BaseTransport | None
) -> FetchResult:
    try:
        return FetchResult(index, url, page=fetch_page(url, settings, transport=transport))
    except AppError as exc:
        return FetchResult(index, url, error=exc)
    except Exception as exc:  # a bug must not end the whole run; report it with the URL
        return FetchResult(
            index, url, error=UpstreamError(f"unexpected {type(exc).__name__}: {exc}")
        )


def fetch_many(
    urls: Iterable[str],
    settings: Settings,
    *,
    concurrency: int = 4,
    per_host: int = 2,
    transport: httpx.BaseTransport | None = None,
) -> Iterator[FetchResult]:
    """Fetch `urls`, yielding one FetchResult per URL as each finishes (completion order).

    At most `concurrency` fetches run at once and at most `per_host` of them against the
    same host; URLs for a busy host wait while other hosts' URLs go ahead. Blank lines
    should be removed by the caller; every item yields exactly one result. Closing the
    generator early stops scheduling new fetches (running ones finish).
    """
    if concurrency < 1 or per_host < 1:
        raise ValueError("concurrency and per_host must be at least 1")
    source = iter(enumerate(urls))
    pending: deque[tuple[int, str]] = deque()
    running: dict[Future[FetchResult], str] = {}
    busy: Counter[str] = Counter()
    lookahead = concurrency * _LOOKAHEAD_PER_WORKER
    exhausted = False

    executor = ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="fetch")
    try:
        while True:
            if not exhausted and len(pending) < lookahead:
                more = list(itertools.islice(source, lookahead - len(pending)))
                exhausted = len(more) < lookahead - len(pending)
                pending.extend(more)
            # start whatever fits, oldest first, skipping URLs whose host is saturated
            skipped: deque[tuple[int, str]] = deque()
            while pending and len(running) < concurrency:
                index, url = pending.popleft()
                key = host_key(url)
                if key and busy[key] >= per_host:
                    skipped.append((index, url))
                    continue
                busy[key] += 1
                future = executor.submit(_fetch_one, index, url, settings, transport)
                running[future] = key
            skipped.extend(pending)
            pending = skipped
            if not running:
                if exhausted and not pending:
                    return
                continue
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                key = running.pop(future)
                busy[key] -= 1
                yield future.result()
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
