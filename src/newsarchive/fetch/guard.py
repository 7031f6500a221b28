"""The address guard: which addresses the fetcher may connect to, enforced at connect time.

Two layers:

* `AddressPolicy.check_url_host` runs on every URL before a request is sent (the first URL
  and every redirect target). It refuses IP literals in non-public ranges (including the
  numeric spellings `inet_aton` accepts, such as `2130706433` or `0x7f.1`) and the
  `localhost` names, so those are refused whatever transport is used.
* `GuardedBackend` is the httpcore network backend used by `GuardedTransport`: it resolves
  the host itself, refuses the connection if *any* resolved address is refused, and then
  connects to the address it checked. The host name is never resolved a second time, so
  DNS rebinding between the check and the connection is impossible. httpcore still uses
  the URL's host for the Host header and TLS SNI/certificate checks, because only the TCP
  connect goes through the backend.

The allowlist (`Settings.fetch_allow_hosts`) holds host names, IP addresses or CIDR
networks. A host name entry allows exactly that name (whatever it resolves to); an address
or network entry allows those addresses under any name. Nothing else is allowed by it: a
redirect from an allowlisted host to another private host is refused like any other.
"""

from __future__ import annotations

import contextvars
import functools
import ipaddress
import math
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

import httpcore
import httpx
import idna

from newsarchive.errors import Unprocessable

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int, float | None], Sequence[IPAddress]]

_SHARED_ADDRESS_SPACE = ipaddress.IPv4Network("100.64.0.0/10")
_PRIVATE_NETWORKS: tuple[IPNetwork, ...] = (
    ipaddress.IPv4Network("10.0.0.0/8"),
    ipaddress.IPv4Network("172.16.0.0/12"),
    ipaddress.IPv4Network("192.168.0.0/16"),
    ipaddress.IPv6Network("fc00::/7"),
)
_IPV4_COMPATIBLE = ipaddress.IPv6Network("::/96")
_NAT64 = (ipaddress.IPv6Network("64:ff9b::/96"), ipaddress.IPv6Network("64:ff9b:1::/48"))
_METADATA_ADDRESSES = frozenset(
    {ipaddress.ip_address("169.254.169.254"), ipaddress.ip_address("fd00:ec2::254")}
)

# The deadline (time.monotonic()) of the fetch running in this thread/context; every
# connect, read and write of a guarded connection is cut short to respect it.
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "newsarchive_fetch_deadline", default=None
)


class AddressRefused(Unprocessable):
    """The URL's host is, or resolves to, an address the fetcher must not reach (422)."""


def refusal_reason(address: IPAddress) -> str | None:
    """Why the fetcher must not connect to `address`, or None when it may.

    The reason is phrased to follow "<address> is ...", e.g. "a link-local address".
    """
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return f"an IPv4-mapped IPv6 address (of {address.ipv4_mapped})"
        if address in _IPV4_COMPATIBLE and not address.is_unspecified and not address.is_loopback:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
            return f"an IPv4-compatible IPv6 address (of {embedded})"
        if address in _NAT64[1]:
            return "a NAT64 local-use address"
        if address in _NAT64[0]:
            embedded = ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
            inner = refusal_reason(embedded)
            if inner is not None:
                return f"a NAT64 address of {embedded}, which is {inner}"
            return None
        if address.sixtofour is not None:
            inner = refusal_reason(address.sixtofour)
            if inner is not None:
                return f"a 6to4 address of {address.sixtofour}, which is {inner}"
        if address.teredo is not None:
            return "a Teredo tunnelling address"
        if address.is_site_local:
            return "a site-local address"
    if address.is_unspecified:
        return "an unspecified address"
    if address.is_loopback:
        return "a loopback address"
    if address.is_link_local:
        if address in _METADATA_ADDRESSES:
            return "a link-local address (the cloud metadata service)"
        return "a link-local address"
    if address in _METADATA_ADDRESSES:
        return "the cloud metadata service address"
    if address.is_multicast:
        return "a multicast address"
    if isinstance(address, ipaddress.IPv4Address) and address in _SHARED_ADDRESS_SPACE:
        return "a shared (carrier-grade NAT) address"
    if any(address in network for network in _PRIVATE_NETWORKS):
        return "a private address"
    if address.is_reserved:
        return "a reserved address"
    if address.is_private or not address.is_global:
        return "a special-purpose address that is not globally reachable"
    return None


def literal_address(host: str) -> IPAddress | None:
    """The IP address a URL host denotes literally, if it is one.

    Besides the standard forms this accepts the numeric forms C's `inet_aton` (and hence the
    system resolver) turns into IPv4 addresses: `127.1`, `2130706433`, `0x7f.0.0.1`,
    `0177.0.0.1`. They must be recognised, or a check on the name would let them through.
    """
    host = host.strip().rstrip(".").lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if host and all(c in "0123456789abcdefx." for c in host) and host[0].isdigit():
        try:
            return ipaddress.IPv4Address(socket.inet_aton(host))
        except OSError:
            return None
    return None


def system_resolver(host: str, port: int, timeout: float | None) -> list[IPAddress]:
    """Resolve `host` with the system resolver, giving up after `timeout` seconds.

    `getaddrinfo` has no timeout of its own, so it runs in a daemon thread.
    """
    result: list[IPAddress] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            for _family, _type, _proto, _canon, sockaddr in infos:
                address = ipaddress.ip_address(str(sockaddr[0]).split("%", 1)[0])
                if address not in result:
                    result.append(address)
        except BaseException as exc:  # handed to the waiting thread
            failure.append(exc)

    worker = threading.Thread(target=run, name=f"resolve {host}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise httpcore.ConnectTimeout(f"resolving {host} took longer than {timeout:.3g} s")
    if failure:
        raise httpcore.ConnectError(f"could not resolve {host}: {failure[0]}")
    if not result:
        raise httpcore.ConnectError(f"could not resolve {host}: no addresses")
    return result


def _ascii_name(host: str) -> str:
    """A host name as it is sent and resolved: lower case, no trailing dot, IDNA (punycode)."""
    name = host.strip().rstrip(".").lower()
    if name.isascii():
        return name
    try:
        return idna.encode(name, uts46=True).decode("ascii")
    except idna.IDNAError:
        return name


@dataclass(frozen=True)
class AddressPolicy:
    """Which hosts and addresses may be reached: public ones plus the allowlist."""

    allow_names: frozenset[str] = frozenset()
    allow_networks: tuple[IPNetwork, ...] = ()

    @classmethod
    def from_allowlist(cls, entries: Iterable[str]) -> AddressPolicy:
        names: set[str] = set()
        networks: list[IPNetwork] = []
        for raw in entries:
            entry = raw.strip().lower()
            if not entry:
                continue
            if entry.startswith("[") and entry.endswith("]"):
                entry = entry[1:-1]
            try:
                networks.append(ipaddress.ip_network(entry, strict=False))
                continue
            except ValueError:
                pass
            names.add(_ascii_name(entry))
        return cls(frozenset(names), tuple(networks))

    def name_allowed(self, host: str) -> bool:
        return _ascii_name(host) in self.allow_names

    def address_allowed(self, address: IPAddress) -> bool:
        return any(address in network for network in self.allow_networks)

    def check_address(self, address: IPAddress, *, host: str | None = None) -> None:
        """Raise AddressRefused unless `address` (resolved from `host`) may be reached."""
        if self.address_allowed(address):
            return
        reason = refusal_reason(address)
        if reason is None:
            return
        if host is None or literal_address(host) is not None:
            raise AddressRefused(f"refused: {address} is {reason}")
        raise AddressRefused(f"refused: {host} resolves to {address}, which is {reason}")

    def check_url_host(self, host: str) -> None:
        """The check made on every URL before a request: literal addresses and local names."""
        name = _ascii_name(host)
        if self.name_allowed(name):
            return
        address = literal_address(name)
        if address is not None:
            self.check_address(address, host=host)
            return
        if name == "localhost" or name.endswith(".localhost"):
            raise AddressRefused(f"refused: {name} is a loopback host name")

    def check_resolved(self, host: str, addresses: Sequence[IPAddress]) -> None:
        if self.name_allowed(host):
            return
        for address in addresses:
            self.check_address(address, host=host)


# --- the connect-time guard ---------------------------------------------------------------


def _remaining(timeout: float | None, what: str) -> float | None:
    """`timeout` shortened to the current fetch's deadline; raise when that has passed."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    left = deadline - time.monotonic()
    if left <= 0:
        exc: type[httpcore.TimeoutException] = {
            "connect": httpcore.ConnectTimeout,
            "write": httpcore.WriteTimeout,
        }.get(what, httpcore.ReadTimeout)
        raise exc("the total time limit of the fetch was reached")
    return left if timeout is None else min(timeout, left)


@contextmanager
def fetch_deadline(deadline: float) -> Iterator[None]:
    """Make guarded connections opened or used inside the block respect `deadline`."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


class GuardedStream(httpcore.NetworkStream):
    """A network stream whose every operation respects the fetch deadline."""

    def __init__(self, inner: httpcore.NetworkStream, address: IPAddress) -> None:
        self._inner = inner
        self.address = address

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, _remaining(timeout, "read"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, _remaining(timeout, "write"))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, _remaining(timeout, "connect"))
        return GuardedStream(inner, self.address)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class GuardedBackend(httpcore.NetworkBackend):
    """Resolve, check every address, then connect to a checked address (never re-resolve)."""

    def __init__(
        self,
        policy: AddressPolicy,
        *,
        resolver: Resolver | None = None,
        inner: httpcore.NetworkBackend | None = None,
    ) -> None:
        self._policy = policy
        self._resolver: Resolver = resolver or system_resolver
        self._inner = inner or httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        timeout = _remaining(timeout, "connect")
        self._policy.check_url_host(host)
        literal = literal_address(host)
        if literal is not None:
            addresses: Sequence[IPAddress] = [literal]
        else:
            started = time.monotonic()
            addresses = self._resolver(host, port, timeout)
            if timeout is not None:
                timeout = max(timeout - (time.monotonic() - started), 0.001)
        if not addresses:
            raise httpcore.ConnectError(f"could not resolve {host}: no addresses")
        self._policy.check_resolved(host, addresses)
        last_error: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    str(address),
                    port,
                    timeout=_remaining(timeout, "connect"),
                    local_address=local_address,
                    socket_options=socket_options,
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last_error = exc
                continue
            return GuardedStream(stream, address)
        assert last_error is not None
        raise last_error

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not used by the fetcher")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


# --- an httpx transport over the guarded backend -----------------------------------------

_EXCEPTION_MAP: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.ProxyError, httpx.ProxyError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except httpcore.UnsupportedProtocol as exc:
        raise httpx.UnsupportedProtocol(str(exc)) from exc
    except Exception as exc:
        for core_type, httpx_type in _EXCEPTION_MAP:
            if isinstance(exc, core_type):
                raise httpx_type(str(exc) or type(exc).__name__) from exc
        raise


class _ResponseStream(httpx.SyncByteStream):
    def __init__(self, inner: Iterable[bytes]) -> None:
        self._inner = inner

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._inner

    def close(self) -> None:
        close = getattr(self._inner, "close", None)
        if close is not None:
            close()


@functools.lru_cache(maxsize=1)
def _default_ssl_context() -> ssl.SSLContext:
    """Certificate-verifying context (certifi's CA bundle), built once: loading is slow."""
    return httpx.create_ssl_context(trust_env=False)


class GuardedTransport(httpx.BaseTransport):
    """HTTP/1.1 transport whose connections go through `GuardedBackend`.

    No proxies and no environment configuration: a proxy would connect on our behalf and
    defeat the address check.
    """

    def __init__(
        self,
        policy: AddressPolicy,
        *,
        resolver: Resolver | None = None,
        ssl_context: ssl.SSLContext | None = None,
        max_connections: int = 10,
    ) -> None:
        self.backend = GuardedBackend(policy, resolver=resolver)
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context or _default_ssl_context(),
            max_connections=max_connections,
            max_keepalive_connections=max_connections,
            http1=True,
            http2=False,
            retries=0,
            network_backend=self.backend,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(request.stream, httpx.SyncByteStream):
            raise TypeError("GuardedTransport needs a synchronous request body")
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            core_response = self._pool.handle_request(core_request)
        stream = core_response.stream
        if not isinstance(stream, Iterable):
            raise TypeError("unexpected asynchronous response stream")
        return httpx.Response(
            status_code=core_response.status,
            headers=core_response.headers,
            stream=_ResponseStream(stream),
            extensions=core_response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


def remaining_seconds() -> float:
    """Seconds left before the current fetch's deadline (infinity outside a fetch)."""
    deadline = _DEADLINE.get()
    return math.inf if deadline is None else deadline - time.monotonic()
