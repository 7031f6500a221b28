"""HTTPS through the guard: the TCP connection goes to the checked address while TLS SNI,
certificate verification and the Host header use the URL's host name.

A throwaway certificate for "news.test" is made with the openssl command-line tool; the
server listens on 127.0.0.1 and a stub resolver maps news.test there.
"""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from newsarchive.config import Settings
from newsarchive.errors import UpstreamError
from newsarchive.fetch import AddressPolicy, GuardedTransport, fetch_page
from newsarchive.fetch.guard import IPAddress

from .conftest import Fence, LocalServer, _Handler

pytestmark = pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl CLI")


@pytest.fixture(scope="module")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=news.test",
         "-addext", "subjectAltName=DNS:news.test"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return cert, key


@pytest.fixture(scope="module")
def tls_server(certificate: tuple[Path, Path]) -> Iterator[tuple[LocalServer, list[str | None]]]:
    cert, key = certificate
    server_names: list[str | None] = []
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)

    def remember_sni(sock: ssl.SSLObject, name: str | None, ctx: ssl.SSLContext) -> None:
        server_names.append(name)

    context.sni_callback = remember_sni  # type: ignore[assignment]
    server = LocalServer(("127.0.0.1", 0), _Handler)
    server.requests = []
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server, server_names
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def _resolver(host: str, port: int, timeout: float | None) -> Sequence[IPAddress]:
    assert host == "news.test"
    return [ipaddress.ip_address("127.0.0.1")]


def test_https_uses_the_name_for_sni_and_certificate_but_connects_to_the_checked_address(
    tls_server: tuple[LocalServer, list[str | None]],
    certificate: tuple[Path, Path],
    network_fence: Fence,
) -> None:
    server, server_names = tls_server
    server_names.clear()
    client_context = ssl.create_default_context(cafile=str(certificate[0]))
    transport = GuardedTransport(
        AddressPolicy.from_allowlist(["127.0.0.1"]), resolver=_resolver, ssl_context=client_context
    )
    try:
        page = fetch_page(
            f"https://news.test:{server.port}/echo-host",
            Settings(fetch_allow_hosts=["127.0.0.1"], fetch_total_timeout=5.0),
            transport=transport,
        )
    finally:
        transport.close()
    assert page.content.decode() == f"news.test:{server.port}"
    assert server_names == ["news.test"]
    assert [a for kind, a in network_fence.allowed if kind == "connect"] == [
        ("127.0.0.1", server.port)
    ]


def test_certificate_is_checked_against_the_url_host(
    tls_server: tuple[LocalServer, list[str | None]], certificate: tuple[Path, Path]
) -> None:
    server, _ = tls_server
    client_context = ssl.create_default_context(cafile=str(certificate[0]))
    transport = GuardedTransport(
        AddressPolicy.from_allowlist(["127.0.0.1"]), ssl_context=client_context
    )
    try:
        with pytest.raises(UpstreamError, match=r"CERTIFICATE_VERIFY_FAILED|IP address mismatch"):
            fetch_page(
                f"https://127.0.0.1:{server.port}/echo-host",
                Settings(fetch_allow_hosts=["127.0.0.1"], fetch_total_timeout=5.0),
                transport=transport,
            )
    finally:
        transport.close()
