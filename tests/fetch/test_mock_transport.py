"""fetch_page with httpx.MockTransport: statuses, content types, encodings, redirects, errors."""

from __future__ import annotations

import dataclasses
import gzip
import time
from collections.abc import Callable, Iterator

import brotli  # type: ignore[import-untyped]
import httpx
import pytest

from newsarchive.config import Settings
from newsarchive.errors import (
    BadRequest,
    PayloadTooLarge,
    Unprocessable,
    UnsupportedMediaType,
    UpstreamError,
    UpstreamTimeout,
)
from newsarchive.fetch import FetchedPage, fetch_page

HTML = "<html><body><p>正文 body</p></body></html>".encode()
Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._handle)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)


def _page(**headers: str) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/html", **headers}, content=HTML)

    return handler


@pytest.fixture
def settings() -> Settings:
    return Settings(fetch_total_timeout=5.0, max_body_bytes=64 * 1024)


def test_success_records_everything(settings: Settings) -> None:
    rec = Recorder(_page(**{"content-type": 'TEXT/HTML; Charset="UTF-8"'}))
    page = fetch_page("https://News.Example.com/a?b=1#frag", settings, transport=rec.transport)
    assert page.requested_url == "https://News.Example.com/a?b=1#frag"
    assert page.final_url == "https://news.example.com/a?b=1"
    assert (page.status, page.content_type, page.charset) == (200, "text/html", "utf-8")
    assert page.content == HTML
    with pytest.raises(dataclasses.FrozenInstanceError):
        page.status = 500  # type: ignore[misc]
    sent = rec.requests[0]
    assert sent.headers["user-agent"] == settings.fetch_user_agent
    assert sent.headers["accept-encoding"] == "gzip, deflate, br"
    assert sent.headers["host"] == "news.example.com"
    assert "#" not in str(sent.url)


@pytest.mark.parametrize(
    "content_type", ["text/html", "application/xhtml+xml; charset=utf-8", "text/plain"]
)
def test_accepted_content_types(settings: Settings, content_type: str) -> None:
    rec = Recorder(_page(**{"content-type": content_type}))
    page = fetch_page("http://example.com/", settings, transport=rec.transport)
    assert page.content_type == content_type.split(";")[0]


@pytest.mark.parametrize(
    "content_type", ["application/json", "image/jpeg", "application/pdf", "text/htmlx", ""]
)
def test_other_content_types_are_415(settings: Settings, content_type: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": content_type} if content_type else {}
        return httpx.Response(200, headers=headers, content=b"{}")

    with pytest.raises(UnsupportedMediaType) as info:
        fetch_page("http://example.com/", settings, transport=httpx.MockTransport(handler))
    assert info.value.status_code == 415
    assert (content_type or "no Content-Type") in info.value.detail


@pytest.mark.parametrize("status", [400, 403, 404, 410, 429, 500, 503])
def test_upstream_status_is_502_with_the_status(settings: Settings, status: int) -> None:
    rec = Recorder(lambda r: httpx.Response(status, headers={"content-type": "text/html"}))
    with pytest.raises(UpstreamError, match=f"HTTP {status}") as info:
        fetch_page("http://example.com/", settings, transport=rec.transport)
    assert info.value.status_code == 502


def test_declared_length_over_the_limit_is_413_before_reading(settings: Settings) -> None:
    read: list[int] = []

    def body() -> Iterator[bytes]:
        read.append(1)
        yield b"x"

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200,
            headers={"content-type": "text/html", "content-length": str(10**9)},
            stream=_Stream(body()),
        )

    with pytest.raises(PayloadTooLarge, match="declared 1000000000 bytes"):
        fetch_page("http://example.com/", settings, transport=httpx.MockTransport(handler))
    assert read == []


class _Stream(httpx.SyncByteStream):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        self.chunks = chunks
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        yield from self.chunks

    def close(self) -> None:
        self.closed = True


def test_undeclared_body_over_the_limit_is_413(settings: Settings) -> None:
    stream = _Stream(iter([b"x" * 1024] * 1000))
    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"content-type": "text/plain"}, stream=stream)
    )
    with pytest.raises(PayloadTooLarge, match=f"limit of {64 * 1024} bytes"):
        fetch_page("http://example.com/", settings, transport=transport)
    assert stream.closed


@pytest.mark.parametrize(
    ("encoding", "encode"),
    [("gzip", gzip.compress), ("br", brotli.compress), ("deflate", __import__("zlib").compress)],
)
def test_encoded_bodies_are_decoded(
    settings: Settings, encoding: str, encode: Callable[[bytes], bytes]
) -> None:
    rec = Recorder(
        lambda r: httpx.Response(
            200,
            headers={"content-type": "text/html", "content-encoding": encoding},
            content=encode(HTML),
        )
    )
    assert fetch_page("http://example.com/", settings, transport=rec.transport).content == HTML


def test_brotli_bomb_is_413(settings: Settings) -> None:
    bomb = brotli.compress(b" " * (16 * 1024 * 1024), quality=5)
    rec = Recorder(
        lambda r: httpx.Response(
            200, headers={"content-type": "text/html", "content-encoding": "br"}, content=bomb
        )
    )
    with pytest.raises(PayloadTooLarge, match="decoded response body exceeds"):
        fetch_page("http://example.com/", settings, transport=rec.transport)


def test_unknown_content_encoding_is_502(settings: Settings) -> None:
    rec = Recorder(_page(**{"content-encoding": "zstd"}))
    with pytest.raises(UpstreamError, match="unsupported Content-Encoding 'zstd'"):
        fetch_page("http://example.com/", settings, transport=rec.transport)


def _redirect(location: str, status: int = 302) -> httpx.Response:
    return httpx.Response(status, headers={"location": location})


def test_relative_and_303_redirects(settings: Settings) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path == "/a/b":
            return _redirect("../c?x=1", 301)
        if path == "/c":
            return _redirect("//other.example/final", 303)
        return httpx.Response(200, headers={"content-type": "text/html"}, content=HTML)

    rec = Recorder(handler)
    page = fetch_page("http://example.com/a/b", settings, transport=rec.transport)
    assert page.final_url == "http://other.example/final"
    assert [str(r.url) for r in rec.requests] == [
        "http://example.com/a/b",
        "http://example.com/c?x=1",
        "http://other.example/final",
    ]


def test_redirect_loop_stops_after_the_limit(settings: Settings) -> None:
    rec = Recorder(lambda r: _redirect(str(r.url)))
    with pytest.raises(UpstreamError, match="too many redirects: more than 5"):
        fetch_page("http://example.com/loop", settings, transport=rec.transport)
    assert len(rec.requests) == 6
    strict = settings.model_copy(update={"fetch_max_redirects": 0})
    rec = Recorder(lambda r: _redirect("/elsewhere"))
    with pytest.raises(UpstreamError, match="more than 0"):
        fetch_page("http://example.com/", strict, transport=rec.transport)
    assert len(rec.requests) == 1


@pytest.mark.parametrize(
    ("location", "error", "message"),
    [
        ("http://169.254.169.254/latest/meta-data/", Unprocessable, "link-local"),
        ("http://[fd00:ec2::254]/latest/", Unprocessable, "cloud metadata"),
        ("http://192.168.1.1/admin", Unprocessable, "private"),
        ("http://0x7f.1/", Unprocessable, "loopback"),
        ("http://[::ffff:10.0.0.1]/", Unprocessable, "IPv4-mapped"),
        ("http://localhost/", Unprocessable, "loopback host name"),
        ("http://admin.localhost/", Unprocessable, "loopback host name"),
        ("file:///etc/passwd", UpstreamError, "unusable URL: unsupported scheme"),
        ("http://user:pw@example.net/", UpstreamError, "unusable URL: redirect target contains"),
        ("http://exa mple.org/", UpstreamError, "unusable URL"),
    ],
)
def test_each_redirect_is_checked_again(
    settings: Settings, location: str, error: type[Exception], message: str
) -> None:
    rec = Recorder(lambda r: _redirect(location))
    with pytest.raises(error, match=message):
        fetch_page("http://example.com/", settings, transport=rec.transport)
    assert len(rec.requests) == 1  # the refused target is never requested


@pytest.mark.parametrize(
    ("exc", "error", "message"),
    [
        (httpx.ConnectTimeout("slow"), UpstreamTimeout, "could not connect within 5 s"),
        (httpx.ReadTimeout("slow"), UpstreamTimeout, "read time limit"),
        (httpx.ConnectError("refused"), UpstreamError, "ConnectError: refused"),
        (httpx.RemoteProtocolError("bad"), UpstreamError, "RemoteProtocolError"),
    ],
)
def test_transport_errors(
    settings: Settings, exc: Exception, error: type[Exception], message: str
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise exc

    with pytest.raises(error, match=message) as info:
        fetch_page("http://example.com/", settings, transport=httpx.MockTransport(handler))
    assert info.value.status_code in (502, 504)  # type: ignore[attr-defined]


def test_total_time_limit_holds_between_chunks(settings: Settings) -> None:
    def slow() -> Iterator[bytes]:
        for _ in range(100):
            time.sleep(0.05)
            yield b"."

    transport = httpx.MockTransport(
        lambda r: httpx.Response(200, headers={"content-type": "text/html"}, stream=_Stream(slow()))
    )
    started = time.monotonic()
    with pytest.raises(UpstreamTimeout, match=r"total time limit of 0\.5 s"):
        fetch_page(
            "http://example.com/",
            settings.model_copy(update={"fetch_total_timeout": 0.5}),
            transport=transport,
        )
    assert time.monotonic() - started < 1.0


@pytest.mark.parametrize(
    ("url", "error", "message"),
    [
        ("ftp://example.com/", BadRequest, "unsupported scheme"),
        ("http://user:pw@example.com/", BadRequest, "credentials"),
        ("example.com", BadRequest, "no scheme"),
        ("http://2130706433/", Unprocessable, "loopback"),
        ("http://127.1/", Unprocessable, "loopback"),
        ("http://[::1]/", Unprocessable, "::1 is a loopback address"),
        ("http://[::]/", Unprocessable, "unspecified"),
        ("http://0.0.0.0/", Unprocessable, "unspecified"),
        ("http://[fe80::1]/", Unprocessable, "link-local"),
        ("http://224.0.0.1/", Unprocessable, "multicast"),
        ("http://[::ffff:127.0.0.1]/", Unprocessable, "IPv4-mapped"),
        ("http://[::127.0.0.1]/", Unprocessable, "IPv4-compatible"),
        ("http://LOCALHOST./", Unprocessable, "loopback host name"),
    ],
)
def test_refused_before_any_request(
    settings: Settings, url: str, error: type[Exception], message: str
) -> None:
    rec = Recorder(_page())
    with pytest.raises(error, match=message):
        fetch_page(url, settings, transport=rec.transport)
    assert rec.requests == []


def test_fetched_page_content_type_header() -> None:
    page = FetchedPage("u", "u", 200, "text/html", None, b"", __import__("datetime").datetime.now())
    assert page.content_type_header == "text/html"
    assert dataclasses.replace(page, content_type=None).content_type_header is None
