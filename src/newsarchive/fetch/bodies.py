"""Content-Encoding decoding with a hard cap on the decoded size.

Each decoder is asked for at most `limit - produced + 1` bytes of output per call, so a
compression bomb is detected one byte past the limit and never inflated further: memory
use is bounded by the limit, not by what the compressed stream would expand to.
"""

from __future__ import annotations

import zlib
from typing import Any, Protocol, cast

import brotli  # type: ignore[import-untyped]

from newsarchive.errors import PayloadTooLarge, UpstreamError

SUPPORTED_ENCODINGS = ("gzip", "deflate", "br")


class _Stage(Protocol):
    def feed(self, data: bytes, room: int) -> bytes: ...

    def flush(self, room: int) -> bytes: ...


def _too_large(limit: int) -> PayloadTooLarge:
    return PayloadTooLarge(f"decoded response body exceeds the limit of {limit} bytes")


class _ZlibStage:
    """gzip (several members allowed), zlib-wrapped deflate, or raw deflate."""

    def __init__(self, encoding: str) -> None:
        self._encoding = encoding
        self._pending = b""  # deflate: bytes held until the header can be recognised
        self._decomp: Any = zlib.decompressobj(zlib.MAX_WBITS | 16) if encoding == "gzip" else None
        self._done = False

    def _start_deflate(self, head: bytes) -> None:
        # RFC 9110 "deflate" is the zlib format; some servers send raw deflate instead.
        zlib_header = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
        self._decomp = zlib.decompressobj(zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        if self._decomp is None:
            self._pending += data
            if len(self._pending) < 2:
                return b""
            self._start_deflate(self._pending)
            data, self._pending = self._pending, b""
        out = bytearray()
        while data and not self._done:
            try:
                chunk = cast(bytes, self._decomp.decompress(data, room - len(out) + 1))
            except zlib.error as exc:
                raise UpstreamError(f"corrupt {self._encoding} response body: {exc}") from exc
            out += chunk
            if len(out) > room:
                return bytes(out)
            data = b""
            if self._decomp.eof:
                rest = cast(bytes, self._decomp.unused_data)
                if self._encoding == "gzip" and rest.startswith(b"\x1f\x8b"):
                    self._decomp = zlib.decompressobj(zlib.MAX_WBITS | 16)
                    data = rest
                else:
                    self._done = True  # trailing bytes after the stream are ignored
        return bytes(out)

    def flush(self, room: int) -> bytes:
        if self._decomp is None:
            if not self._pending:
                return b""
            self._start_deflate(self._pending)
            data, self._pending = self._pending, b""
            return self.feed(data, room)
        return b""


class _BrotliStage:
    def __init__(self) -> None:
        self._decomp: Any = brotli.Decompressor()

    def feed(self, data: bytes, room: int) -> bytes:
        if not data or self._decomp.is_finished():
            return b""
        try:
            out = bytearray(self._decomp.process(data, output_buffer_limit=room + 1))
            while len(out) <= room and not self._decomp.can_accept_more_data():
                more = cast(
                    bytes, self._decomp.process(b"", output_buffer_limit=room - len(out) + 1)
                )
                if not more:
                    break
                out += more
        except brotli.error as exc:
            raise UpstreamError(f"corrupt br response body: {exc}") from exc
        return bytes(out)

    def flush(self, room: int) -> bytes:
        return b""


class _Counter:
    """One stage plus the running total of what it produced."""

    def __init__(self, stage: _Stage, limit: int) -> None:
        self.stage = stage
        self.limit = limit
        self.produced = 0

    def _account(self, out: bytes) -> bytes:
        self.produced += len(out)
        if self.produced > self.limit:
            raise _too_large(self.limit)
        return out

    def feed(self, data: bytes) -> bytes:
        return self._account(self.stage.feed(data, self.limit - self.produced))

    def flush(self) -> bytes:
        return self._account(self.stage.flush(self.limit - self.produced))


class BoundedDecoder:
    """Decode a body sent with `Content-Encoding: <codings>`, at most `limit` bytes out.

    Raises PayloadTooLarge (413) as soon as any stage would produce more than `limit`
    bytes, UpstreamError (502) for an unknown coding or corrupt data.
    """

    def __init__(self, content_encoding: str | None, limit: int) -> None:
        codings = [c.strip().lower() for c in (content_encoding or "").split(",") if c.strip()]
        stages: list[_Counter] = []
        # codings are listed in the order they were applied; undo them in reverse
        for coding in reversed(codings):
            if coding == "identity":
                continue
            if coding in ("gzip", "x-gzip"):
                stage: _Stage = _ZlibStage("gzip")
            elif coding == "deflate":
                stage = _ZlibStage("deflate")
            elif coding == "br":
                stage = _BrotliStage()
            else:
                raise UpstreamError(f"unsupported Content-Encoding {coding!r} from upstream")
            stages.append(_Counter(stage, limit))
        self._stages = stages
        self.limit = limit

    @property
    def encoded(self) -> bool:
        return bool(self._stages)

    def feed(self, data: bytes) -> bytes:
        for stage in self._stages:
            data = stage.feed(data)
        return data

    def flush(self) -> bytes:
        out = b""
        for index, stage in enumerate(self._stages):
            data = stage.flush()
            for later in self._stages[index + 1 :]:
                data = later.feed(data)
            out += data
        return out
