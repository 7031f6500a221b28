"""`fetch_page`: one URL in, one archived page (or one AppError) out."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from newsarchive.config import Settings
from newsarchive.errors import (
    AppError,
    PayloadTooLarge,
    UnsupportedMediaType,
    UpstreamError,
    UpstreamTimeout,
)
from newsarchive.fetch.bodies import BoundedDecoder
from newsarchive.fetch.guard import AddressPolicy, GuardedTransport, fetch_deadline
from newsarchive.fetch.urls import check_fetch_url

ALLOWED_CONTENT_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
ACCEPT = "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8"
ACCEPT_LANGUAGE = "zh-CN,zh;q=0.9,zh-TW;q=0.8,en;q=0.7"
ACCEPT_ENCODING = "gzip, deflate, br"


@dataclass(frozen=True)
class FetchedPage:
    """What a fetch archives: the bytes as decoded from Content-Encoding, and their context.

    `content_type` is the media type alone, lower-cased ("text/html"); `charset` is the
    charset parameter of the HTTP Content-Type header, lower-cased, or None when the header
    has none (a `<meta>` charset is the decoder's business, not the fetcher's).
    """

    requested_url: str
    final_url: str
    status: int
    content_type: str | None
    charset: str | None
    content: bytes
    fetched_at: datetime

    @property
    def content_type_header(self) -> str | None:
        """A Content-Type value carrying the HTTP charset, for the pipeline's decoder."""
        if self.content_type is None:
            return None
        if self.charset is None:
            return self.content_type
        return f"{self.content_type}; charset={self.charset}"


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """(media type, charset) from a Content-Type header value, both lower-cased."""
    if value is None or not value.strip():
        return None, None
    media, *params = value.split(";")
    charset = None
    for param in params:
        name, _, param_value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = param_value.strip().strip("\"'").strip().lower() or None
    return media.strip().lower() or None, charset


def fetch_page(
    url: str, settings: Settings, *, transport: httpx.BaseTransport | None = None
) -> FetchedPage:
    """Fetch one page under the fetch policy of `settings`.

    Every URL, the first and each redirect target, is checked before a request is made;
    with the default transport the connection also goes to the address that was checked.
    A `transport` given by the caller (e.g. httpx.MockTransport in tests) is used as is and
    is not closed. Raises:

    - BadRequest (400): malformed URL, scheme other than http/https, credentials in the URL
    - Unprocessable (422): the host is or resolves to a refused address; the detail says why
    - PayloadTooLarge (413): body (raw or decoded) larger than `settings.max_body_bytes`
    - UnsupportedMediaType (415): content type other than HTML, XHTML or plain text
    - UpstreamError (502): upstream status outside 2xx (in the detail), too many redirects,
      a redirect to an unusable URL, connection failures, corrupt compressed bodies
    - UpstreamTimeout (504): connect/read time limit, or the total time limit
    """
    policy = AddressPolicy.from_allowlist(settings.fetch_allow_hosts)
    started = time.monotonic()
    deadline = started + settings.fetch_total_timeout
    current = check_fetch_url(url)
    policy.check_url_host(current.raw_host.decode("ascii"))
    own_transport = transport is None
    active = transport if transport is not None else GuardedTransport(policy)
    timeout = httpx.Timeout(
        connect=settings.fetch_connect_timeout,
        read=settings.fetch_read_timeout,
        write=settings.fetch_read_timeout,
        pool=settings.fetch_connect_timeout,
    )
    try:
        with fetch_deadline(deadline):
            return _fetch(url.strip(), current, settings, policy, active, timeout, deadline)
    finally:
        if own_transport:
            active.close()


def _fetch(
    requested: str,
    current: httpx.URL,
    settings: Settings,
    policy: AddressPolicy,
    transport: httpx.BaseTransport,
    timeout: httpx.Timeout,
    deadline: float,
) -> FetchedPage:
    headers = {
        "User-Agent": settings.fetch_user_agent,
        "Accept": ACCEPT,
        "Accept-Language": ACCEPT_LANGUAGE,
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    redirects = 0
    while True:
        request = httpx.Request(
            "GET", current, headers=headers, extensions={"timeout": timeout.as_dict()}
        )
        response = _send(transport, request, settings, deadline)
        try:
            location = response.headers.get("location")
            if response.status_code in REDIRECT_STATUSES and location:
                if redirects >= settings.fetch_max_redirects:
                    raise UpstreamError(
                        f"too many redirects: more than {settings.fetch_max_redirects} "
                        f"(last at {current})"
                    )
                redirects += 1
                current = _redirect_target(current, location, policy)
                continue
            return _read_page(requested, current, response, settings, deadline)
        finally:
            response.close()


def _redirect_target(current: httpx.URL, location: str, policy: AddressPolicy) -> httpx.URL:
    try:
        joined = current.join(location.strip())
    except (httpx.InvalidURL, ValueError) as exc:
        raise UpstreamError(f"upstream redirected to a malformed URL {location!r}") from exc
    try:
        target = check_fetch_url(str(joined), what="redirect target")
    except AppError as exc:
        raise UpstreamError(f"upstream redirected to an unusable URL: {exc.detail}") from exc
    policy.check_url_host(
        target.raw_host.decode("ascii")
    )  # 422 with the reason, before any connection
    return target


def _timeout_error(exc: httpx.TimeoutException, settings: Settings, deadline: float) -> AppError:
    if time.monotonic() >= deadline - 0.01:
        return UpstreamTimeout(
            f"upstream did not finish within the total time limit of "
            f"{settings.fetch_total_timeout:g} s"
        )
    if isinstance(exc, httpx.ConnectTimeout | httpx.PoolTimeout):
        return UpstreamTimeout(
            f"could not connect within {settings.fetch_connect_timeout:g} s: {exc}"
        )
    return UpstreamTimeout(
        f"upstream sent nothing for {settings.fetch_read_timeout:g} s (read time limit)"
    )


def _transport_error(exc: httpx.HTTPError, where: httpx.URL) -> AppError:
    return UpstreamError(f"could not fetch {where}: {type(exc).__name__}: {exc}")


def _send(
    transport: httpx.BaseTransport, request: httpx.Request, settings: Settings, deadline: float
) -> httpx.Response:
    _check_deadline(settings, deadline)
    try:
        response = transport.handle_request(request)
    except httpx.TimeoutException as exc:
        raise _timeout_error(exc, settings, deadline) from exc
    except httpx.HTTPError as exc:
        raise _transport_error(exc, request.url) from exc
    response.request = request
    return response


def _check_deadline(settings: Settings, deadline: float) -> None:
    if time.monotonic() >= deadline:
        raise UpstreamTimeout(
            f"upstream did not finish within the total time limit of "
            f"{settings.fetch_total_timeout:g} s"
        )


def _read_page(
    requested: str,
    final: httpx.URL,
    response: httpx.Response,
    settings: Settings,
    deadline: float,
) -> FetchedPage:
    status = response.status_code
    if not 200 <= status < 300:
        raise UpstreamError(f"upstream returned HTTP {status} for {final}")
    media_type, charset = parse_content_type(response.headers.get("content-type"))
    if media_type is None:
        raise UnsupportedMediaType(
            "upstream sent no Content-Type; only text/html, application/xhtml+xml and "
            "text/plain are fetched"
        )
    if media_type not in ALLOWED_CONTENT_TYPES:
        raise UnsupportedMediaType(
            f"unsupported content type {media_type!r}: only text/html, "
            "application/xhtml+xml and text/plain are fetched"
        )
    limit = settings.max_body_bytes
    declared = response.headers.get("content-length")
    if declared is not None and declared.strip().isdigit() and int(declared) > limit:
        raise PayloadTooLarge(
            f"upstream declared {int(declared)} bytes, over the limit of {limit} bytes"
        )
    decoder = BoundedDecoder(response.headers.get("content-encoding"), limit)
    body = bytearray()
    received = 0
    # The raw stream, not iter_raw(): it is also raw for responses that were built in memory
    # (mock transports) and so already read, and httpx never decodes it.
    stream = response.stream
    if not isinstance(stream, httpx.SyncByteStream):
        raise TypeError("fetch_page needs a synchronous transport")
    try:
        for chunk in stream:
            received += len(chunk)
            if received > limit:
                raise PayloadTooLarge(f"response body exceeds the limit of {limit} bytes")
            body += decoder.feed(chunk)
            if len(body) > limit:
                raise PayloadTooLarge(f"response body exceeds the limit of {limit} bytes")
            _check_deadline(settings, deadline)
        body += decoder.flush()
    except httpx.TimeoutException as exc:
        raise _timeout_error(exc, settings, deadline) from exc
    except httpx.HTTPError as exc:
        raise _transport_error(exc, final) from exc
    if len(body) > limit:
        raise PayloadTooLarge(f"response body exceeds the limit of {limit} bytes")
    return FetchedPage(
        requested_url=requested,
        final_url=str(final),
        status=status,
        content_type=media_type,
        charset=charset,
        content=bytes(body),
        fetched_at=datetime.now(UTC),
    )
