"""fetch_page against a real HTTP server on 127.0.0.1 (reached as the allowlisted "localhost")."""

from __future__ import annotations

import socket
import time
from datetime import UTC, datetime, timedelta

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
from newsarchive.fetch import fetch_page

from .conftest import BIG5_PAGE, BIG5_TEXT, GBK_PAGE, GBK_TEXT, Fence, LocalServer


def test_gbk_page_with_charset_only_in_the_header(server: LocalServer, settings: Settings) -> None:
    before = datetime.now(UTC)
    page = fetch_page(server.url("/gbk"), settings)
    assert page.status == 200
    assert page.requested_url == server.url("/gbk")
    assert page.final_url == server.url("/gbk")
    assert page.content_type == "text/html"
    assert page.charset == "gbk"
    assert page.content_type_header == "text/html; charset=gbk"
    assert page.content == GBK_PAGE
    assert b"charset" not in page.content  # the header is the only source of the charset
    assert GBK_TEXT in page.content.decode(page.charset)
    assert page.fetched_at.tzinfo is not None
    assert page.fetched_at.utcoffset() == timedelta(0)
    assert before <= page.fetched_at <= datetime.now(UTC)


def test_big5_page_with_charset_only_in_meta(server: LocalServer, settings: Settings) -> None:
    page = fetch_page(server.url("/big5"), settings)
    assert page.content_type == "text/html"
    assert page.charset is None  # not in the header: the <meta> is left to the decoder
    assert page.content == BIG5_PAGE  # bytes untouched
    assert BIG5_TEXT in page.content.decode("big5")


def test_gzip_body_is_decoded(server: LocalServer, settings: Settings) -> None:
    page = fetch_page(server.url("/gzip"), settings)
    assert page.content == GBK_PAGE
    assert page.charset == "gbk"


def test_redirect_chain_is_followed(server: LocalServer, settings: Settings) -> None:
    page = fetch_page(server.url("/redirect/3"), settings)
    assert page.requested_url == server.url("/redirect/3")
    assert page.final_url == server.url("/redirect/0")
    assert b"arrived" in page.content
    assert [path for _, path in server.requests] == [f"/redirect/{n}" for n in (3, 2, 1, 0)]


def test_five_redirects_are_allowed_six_are_not(server: LocalServer, settings: Settings) -> None:
    assert fetch_page(server.url("/redirect/5"), settings).final_url.endswith("/redirect/0")
    server.requests.clear()
    with pytest.raises(UpstreamError, match="too many redirects"):
        fetch_page(server.url("/redirect/6"), settings)
    assert len(server.requests) == 6  # the sixth redirect is not followed


def test_redirect_to_loopback_ip_is_refused_when_only_the_name_is_allowlisted(
    server: LocalServer, settings: Settings
) -> None:
    with pytest.raises(Unprocessable, match=r"refused: 127\.0\.0\.1 is a loopback address"):
        fetch_page(server.url("/to-loopback-ip"), settings)
    assert [path for _, path in server.requests] == ["/to-loopback-ip"]


def test_redirect_to_metadata_service_is_refused_before_connecting(
    server: LocalServer, settings: Settings, network_fence: Fence
) -> None:
    with pytest.raises(Unprocessable) as info:
        fetch_page(server.url("/to-metadata"), settings)
    assert info.value.status_code == 422
    assert "refused: 169.254.169.254 is a link-local address" in info.value.detail
    assert network_fence.blocked == []  # no connect or lookup was even attempted
    assert all(_is_loopback_connect(entry) for entry in network_fence.allowed)


def test_redirect_to_ipv4_mapped_metadata_is_refused(
    server: LocalServer, settings: Settings, network_fence: Fence
) -> None:
    with pytest.raises(Unprocessable, match="IPv4-mapped"):
        fetch_page(server.url("/to-metadata-v6"), settings)
    assert network_fence.blocked == []


def test_redirect_to_private_network_is_refused(
    server: LocalServer, settings: Settings, network_fence: Fence
) -> None:
    with pytest.raises(Unprocessable, match=r"10\.0\.0\.1 is a private address"):
        fetch_page(server.url("/to-private"), settings)
    assert network_fence.blocked == []


def test_redirect_to_file_scheme_is_an_upstream_error(
    server: LocalServer, settings: Settings
) -> None:
    with pytest.raises(UpstreamError, match="unsupported scheme 'file'"):
        fetch_page(server.url("/to-file"), settings)


def test_loopback_ip_is_refused_unless_allowlisted(server: LocalServer, settings: Settings) -> None:
    url = server.url("/gbk", host="127.0.0.1")
    with pytest.raises(Unprocessable, match="loopback"):
        fetch_page(url, settings)
    assert server.requests == []
    page = fetch_page(url, settings.model_copy(update={"fetch_allow_hosts": ["127.0.0.1"]}))
    assert page.content == GBK_PAGE


def test_localhost_is_refused_when_not_allowlisted(server: LocalServer) -> None:
    with pytest.raises(Unprocessable, match="localhost is a loopback host name"):
        fetch_page(server.url("/gbk"), Settings())
    assert server.requests == []


def test_host_header_keeps_the_name(server: LocalServer, settings: Settings) -> None:
    page = fetch_page(server.url("/echo-host"), settings)
    assert page.content.decode() == f"localhost:{server.port}"


def test_slow_drip_is_cut_at_the_total_time_limit(server: LocalServer, settings: Settings) -> None:
    limited = settings.model_copy(update={"fetch_total_timeout": 1.0, "fetch_read_timeout": 5.0})
    started = time.monotonic()
    with pytest.raises(UpstreamTimeout, match="total time limit of 1 s"):
        fetch_page(server.url("/drip"), limited)
    elapsed = time.monotonic() - started
    assert 0.9 <= elapsed < 2.0


def test_silent_server_hits_the_read_timeout(server: LocalServer, settings: Settings) -> None:
    limited = settings.model_copy(update={"fetch_read_timeout": 0.5})
    started = time.monotonic()
    with pytest.raises(UpstreamTimeout, match="read time limit"):
        fetch_page(server.url("/silent"), limited)
    assert time.monotonic() - started < 2.0


def test_silent_server_is_cut_at_the_total_limit_even_with_a_long_read_timeout(
    server: LocalServer, settings: Settings
) -> None:
    limited = settings.model_copy(update={"fetch_read_timeout": 10.0, "fetch_total_timeout": 0.7})
    started = time.monotonic()
    with pytest.raises(UpstreamTimeout, match="total time limit"):
        fetch_page(server.url("/silent"), limited)
    assert time.monotonic() - started < 1.5


def test_endless_response_is_cut_off_at_the_size_limit(
    server: LocalServer, settings: Settings
) -> None:
    started = time.monotonic()
    with pytest.raises(PayloadTooLarge, match=f"limit of {256 * 1024} bytes"):
        fetch_page(server.url("/endless"), settings)
    assert time.monotonic() - started < 3.0


def test_gzip_bomb_is_refused_not_inflated(server: LocalServer, settings: Settings) -> None:
    with pytest.raises(PayloadTooLarge, match="decoded response body exceeds"):
        fetch_page(server.url("/bomb"), settings)


def test_image_is_unsupported_media_type(server: LocalServer, settings: Settings) -> None:
    with pytest.raises(UnsupportedMediaType, match="image/png") as info:
        fetch_page(server.url("/image"), settings)
    assert info.value.status_code == 415


def test_upstream_status_is_reported(server: LocalServer, settings: Settings) -> None:
    with pytest.raises(UpstreamError, match="HTTP 404") as info:
        fetch_page(server.url("/not-found"), settings)
    assert info.value.status_code == 502


def test_connection_refused_is_an_upstream_error(settings: Settings) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(UpstreamError, match="could not fetch"):
        fetch_page(f"http://localhost:{port}/", settings)


def test_credentials_are_refused_before_any_request(
    server: LocalServer, settings: Settings
) -> None:
    with pytest.raises(BadRequest, match="credentials"):
        fetch_page(f"http://user:secret@localhost:{server.port}/gbk", settings)
    assert server.requests == []


def _is_loopback_connect(entry: tuple[str, object]) -> bool:
    _, address = entry
    return isinstance(address, tuple) and str(address[0]) in ("127.0.0.1", "::1", "localhost")


def test_header_charset_reaches_the_pipeline_decoder(
    server: LocalServer, settings: Settings
) -> None:
    from newsarchive.pipeline.decode import decode

    gbk = fetch_page(server.url("/gbk"), settings)
    assert GBK_TEXT in decode(gbk.content, gbk.content_type_header).text
    big5 = fetch_page(server.url("/big5"), settings)
    assert BIG5_TEXT in decode(big5.content, big5.content_type_header).text
