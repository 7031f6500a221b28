"""fetch_many: bounded concurrency overall and per host, one result per URL, errors kept."""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Iterator

import httpx
import pytest

from newsarchive.config import Settings
from newsarchive.errors import BadRequest, Unprocessable, UpstreamError
from newsarchive.fetch import FetchResult, failure_summary, fetch_many

from .conftest import GBK_PAGE, LocalServer


class ConcurrencyProbe:
    """A MockTransport handler that records how many requests overlap, overall and per host."""

    def __init__(self, delay: float = 0.05) -> None:
        self.delay = delay
        self.lock = threading.Lock()
        self.active: Counter[str] = Counter()
        self.max_total = 0
        self.max_per_host: Counter[str] = Counter()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host
        with self.lock:
            self.active[host] += 1
            self.max_total = max(self.max_total, sum(self.active.values()))
            self.max_per_host[host] = max(self.max_per_host[host], self.active[host])
        try:
            time.sleep(self.delay)
            if request.url.path.startswith("/missing"):
                return httpx.Response(404, headers={"content-type": "text/html"})
            return httpx.Response(200, headers={"content-type": "text/html"}, content=b"<p>ok</p>")
        finally:
            with self.lock:
                self.active[host] -= 1


@pytest.fixture
def settings() -> Settings:
    return Settings(fetch_total_timeout=5.0)


def test_limits_overall_and_per_host(settings: Settings) -> None:
    probe = ConcurrencyProbe()
    urls = [f"http://site{h}.example/{n}" for n in range(6) for h in range(3)]
    results = list(
        fetch_many(urls, settings, concurrency=4, per_host=2, transport=httpx.MockTransport(probe))
    )
    assert sorted(r.index for r in results) == list(range(len(urls)))
    assert all(r.ok and r.url == urls[r.index] for r in results)
    assert 2 < probe.max_total <= 4
    assert max(probe.max_per_host.values()) <= 2


def test_one_host_never_exceeds_per_host(settings: Settings) -> None:
    probe = ConcurrencyProbe(delay=0.03)
    urls = [f"http://one.example/{n}" for n in range(8)]
    results = list(
        fetch_many(urls, settings, concurrency=8, per_host=2, transport=httpx.MockTransport(probe))
    )
    assert len(results) == 8
    assert probe.max_per_host["one.example"] == 2


def test_concurrency_one_is_sequential(settings: Settings) -> None:
    probe = ConcurrencyProbe(delay=0.01)
    urls = [f"http://h{n}.example/" for n in range(5)]
    results = list(fetch_many(urls, settings, concurrency=1, transport=httpx.MockTransport(probe)))
    assert probe.max_total == 1
    assert [r.index for r in results] == [0, 1, 2, 3, 4]


def test_failures_are_results_with_the_error(settings: Settings) -> None:
    probe = ConcurrencyProbe(delay=0)
    urls = [
        "http://good.example/a",
        "ftp://bad.example/",
        "http://good.example/missing",
        "http://169.254.169.254/latest/meta-data/",
        "",
        "http://good.example/b",
    ]
    results = {r.index: r for r in fetch_many(urls, settings, transport=httpx.MockTransport(probe))}
    assert sorted(results) == list(range(6))
    assert results[0].ok and results[5].ok
    assert results[0].page is not None and results[0].page.content == b"<p>ok</p>"
    assert isinstance(results[1].error, BadRequest)
    assert isinstance(results[2].error, UpstreamError) and "HTTP 404" in results[2].error.detail
    assert isinstance(results[3].error, Unprocessable)
    assert "link-local" in results[3].error.detail
    assert isinstance(results[4].error, BadRequest)
    assert all((r.page is None) != (r.error is None) for r in results.values())


def test_unexpected_exceptions_become_results(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise RuntimeError("bug in a transport")

    [result] = fetch_many(["http://x.example/"], settings, transport=httpx.MockTransport(handler))
    assert isinstance(result.error, UpstreamError)
    assert "RuntimeError: bug in a transport" in result.error.detail


def test_lazy_input_and_early_close(settings: Settings) -> None:
    consumed: list[int] = []

    def urls() -> Iterator[str]:
        for n in range(10_000):
            consumed.append(n)
            yield f"http://h{n % 7}.example/{n}"

    probe = ConcurrencyProbe(delay=0)
    gen = fetch_many(urls(), settings, concurrency=2, transport=httpx.MockTransport(probe))
    first = [next(gen) for _ in range(3)]
    gen.close()
    assert all(isinstance(r, FetchResult) and r.ok for r in first)
    assert len(consumed) < 200  # read ahead boundedly, not the whole input


def test_bad_arguments(settings: Settings) -> None:
    with pytest.raises(ValueError):
        list(fetch_many(["http://x.example/"], settings, concurrency=0))


def test_against_the_real_server(server: LocalServer) -> None:
    settings = Settings(fetch_allow_hosts=["localhost"], fetch_total_timeout=5.0)
    urls = [server.url("/gbk"), server.url("/image"), server.url("/to-metadata")] * 2
    results = sorted(fetch_many(urls, settings), key=lambda r: r.index)
    assert [r.ok for r in results] == [True, False, False] * 2
    assert results[0].page is not None and results[0].page.content == GBK_PAGE
    assert [r.error.status_code for r in results if r.error] == [415, 422] * 2


def test_failure_summary(settings: Settings) -> None:
    probe = ConcurrencyProbe(delay=0)
    urls = ["http://good.example/", "http://good.example/missing", "ftp://x.example/"]
    results = list(fetch_many(urls, settings, transport=httpx.MockTransport(probe)))
    summary = failure_summary(results).splitlines()
    assert summary == [
        "502 upstream_error  http://good.example/missing: "
        "upstream returned HTTP 404 for http://good.example/missing",
        "400 bad_request  ftp://x.example/: unsupported scheme 'ftp' in URL: only http and https",
    ]
    assert failure_summary([r for r in results if r.ok]) == ""
