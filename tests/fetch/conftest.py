"""Fixtures for the fetcher tests: a network fence and a real HTTP server on 127.0.0.1.

The fence is autouse: during every test in tests/fetch, a socket connect or a name lookup
to anything other than loopback fails and is recorded, so a guard bug cannot make the tests
send traffic to 169.254.169.254 or a private network.
"""

from __future__ import annotations

import gzip
import ipaddress
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest

from newsarchive.config import Settings

GBK_TEXT = "中国新闻网北京电 记者报道：人工智能与东盟合作论坛今日开幕。"
BIG5_TEXT = "中央社台北電 記者報導：颱風來襲，氣象局發布警報。"
GBK_PAGE = (f"<html><head><title>新闻</title></head><body><p>{GBK_TEXT}</p></body></html>").encode(
    "gbk"
)
BIG5_PAGE = (
    '<html><head><meta charset="big5"><title>新聞</title></head>'
    f"<body><p>{BIG5_TEXT}</p></body></html>"
).encode("big5")
PNG_BYTES = b"\x89PNG\r\n\x1a\n" + b"\x00" * 2048
BOMB_DECODED_SIZE = 32 * 1024 * 1024
GZIP_BOMB = gzip.compress(b"\x00" * BOMB_DECODED_SIZE, compresslevel=9)


@dataclass
class Fence:
    allowed: list[tuple[str, Any]] = field(default_factory=list)
    blocked: list[tuple[str, Any]] = field(default_factory=list)


def _is_loopback(host: Any) -> bool:
    try:
        return ipaddress.ip_address(str(host).split("%", 1)[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture(autouse=True)
def network_fence(monkeypatch: pytest.MonkeyPatch) -> Fence:
    fence = Fence()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def check(kind: str, address: Any) -> None:
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(address, str | bytes) or _is_loopback(host):  # AF_UNIX or loopback
            fence.allowed.append((kind, address))
            return
        fence.blocked.append((kind, address))
        raise OSError(f"test network fence: {kind} to {address!r} is not allowed")

    def connect(self: socket.socket, address: Any) -> None:
        check("connect", address)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        check("connect", address)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is None or name == "localhost" or _is_loopback(name):
            return real_getaddrinfo(host, *args, **kwargs)
        fence.blocked.append(("getaddrinfo", name))
        raise socket.gaierror(socket.EAI_NONAME, f"test network fence: lookup of {name!r}")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return fence


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: LocalServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str | None, **headers: str) -> None:
        self.send_response(status)
        if content_type is not None:
            self.send_header("Content-Type", content_type)
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str, status: int = 302) -> None:
        self._send(status, b"", "text/html", Location=location)

    def do_GET(self) -> None:
        self.server.requests.append((self.headers.get("Host", ""), self.path))
        path = self.path
        port = self.server.server_address[1]
        try:
            if path == "/gbk":
                self._send(200, GBK_PAGE, "text/html; charset=GBK")
            elif path == "/big5":
                self._send(200, BIG5_PAGE, "text/html")
            elif path == "/gzip":
                self._send(200, gzip.compress(GBK_PAGE), "text/html; charset=gbk",
                           Content_Encoding="gzip")  # fmt: skip
            elif path.startswith("/redirect/"):
                left = int(path.rsplit("/", 1)[1])
                if left == 0:
                    self._send(200, b"<html><body>arrived</body></html>", "text/html")
                else:
                    self._redirect(f"/redirect/{left - 1}")
            elif path == "/to-loopback-ip":
                self._redirect(f"http://127.0.0.1:{port}/gbk")
            elif path == "/to-metadata":
                self._redirect("http://169.254.169.254/latest/meta-data/iam/")
            elif path == "/to-metadata-v6":
                self._redirect("http://[::ffff:169.254.169.254]/latest/meta-data/")
            elif path == "/to-private":
                self._redirect("https://10.0.0.1/admin", status=307)
            elif path == "/to-file":
                self._redirect("file:///etc/passwd")
            elif path == "/echo-host":
                self._send(200, self.headers.get("Host", "").encode(), "text/plain")
            elif path == "/image":
                self._send(200, PNG_BYTES, "image/png")
            elif path == "/bomb":
                self._send(200, GZIP_BOMB, "text/html", Content_Encoding="gzip")
            elif path == "/not-found":
                self._send(404, b"<html>gone</html>", "text/html")
            elif path == "/drip":
                self._drip()
            elif path == "/silent":
                self._silent()
            elif path == "/endless":
                self._endless()
            else:
                self._send(404, b"", "text/plain")
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _drip(self) -> None:
        # one byte every 50 ms: never idle long enough for a read timeout
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        for _ in range(200):  # bounded: 10 s at most, even if the client never gives up
            self.wfile.write(b"x")
            self.wfile.flush()
            time.sleep(0.05)
        self.close_connection = True

    def _silent(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100")
        self.end_headers()
        self.wfile.flush()
        time.sleep(3)
        self.close_connection = True

    def _endless(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Connection", "close")
        self.end_headers()
        chunk = b"endless " * 2048
        for _ in range(4096):  # bounded at 64 MiB in case the client does not stop
            self.wfile.write(chunk)
        self.close_connection = True


class LocalServer(ThreadingHTTPServer):
    daemon_threads = True
    requests: list[tuple[str, str]]

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # clients that hang up early are expected here

    @property
    def port(self) -> int:
        return int(self.server_address[1])

    def url(self, path: str, host: str = "localhost") -> str:
        return f"http://{host}:{self.port}{path}"


@pytest.fixture(scope="session")
def local_server() -> Iterator[LocalServer]:
    server = LocalServer(("127.0.0.1", 0), _Handler)
    server.requests = []
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def server(local_server: LocalServer) -> LocalServer:
    local_server.requests.clear()
    return local_server


@pytest.fixture
def settings() -> Settings:
    """The test server is reached as "localhost"; only that name is allowlisted."""
    return Settings(
        fetch_allow_hosts=["localhost"],
        fetch_connect_timeout=2.0,
        fetch_read_timeout=2.0,
        fetch_total_timeout=5.0,
        max_body_bytes=256 * 1024,
    )
