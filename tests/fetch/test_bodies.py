"""BoundedDecoder: gzip/deflate/br decoded under a hard cap; bombs are refused, not inflated."""

from __future__ import annotations

import gzip
import tracemalloc
import zlib
from collections.abc import Callable

import brotli  # type: ignore[import-untyped]
import pytest

from newsarchive.errors import PayloadTooLarge, UpstreamError
from newsarchive.fetch.bodies import BoundedDecoder

TEXT = ("新闻正文 news body " * 400).encode("utf-8")


def _raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


ENCODERS: dict[str, Callable[[bytes], bytes]] = {
    "gzip": gzip.compress,
    "x-gzip": gzip.compress,
    "deflate": zlib.compress,
    "br": brotli.compress,
}


def _decode(encoding: str | None, data: bytes, limit: int, chunk: int = 1000) -> bytes:
    decoder = BoundedDecoder(encoding, limit)
    out = bytearray()
    for start in range(0, len(data), chunk):
        out += decoder.feed(data[start : start + chunk])
    out += decoder.flush()
    return bytes(out)


@pytest.mark.parametrize("encoding", sorted(ENCODERS))
@pytest.mark.parametrize("chunk", [1, 7, 4096])
def test_round_trip(encoding: str, chunk: int) -> None:
    assert _decode(encoding, ENCODERS[encoding](TEXT), 1 << 20, chunk) == TEXT


def test_raw_deflate_is_accepted() -> None:
    assert _decode("deflate", _raw_deflate(TEXT), 1 << 20, 3) == TEXT


def test_identity_and_none() -> None:
    assert _decode(None, TEXT, 1 << 20) == TEXT
    assert _decode("identity", TEXT, 1 << 20) == TEXT


def test_stacked_codings_are_undone_in_reverse() -> None:
    data = brotli.compress(gzip.compress(TEXT))  # gzip applied first, then br
    assert _decode("gzip, br", data, 1 << 20) == TEXT


def test_gzip_with_several_members() -> None:
    assert _decode("gzip", gzip.compress(b"first ") + gzip.compress(b"second"), 1000) == (
        b"first second"
    )


def test_limit_is_exact() -> None:
    body = b"a" * 5000
    assert _decode("gzip", gzip.compress(body), 5000) == body
    with pytest.raises(PayloadTooLarge, match="limit of 4999 bytes"):
        _decode("gzip", gzip.compress(body), 4999)


@pytest.mark.parametrize(
    "encoding",
    ["gzip", "deflate", "br"],
)
def test_compression_bomb_is_refused_with_bounded_memory(encoding: str) -> None:
    bomb_size = 64 * 1024 * 1024
    if encoding == "br":
        bomb = brotli.compress(b"\x00" * bomb_size, quality=5)
    else:
        bomb = ENCODERS[encoding](b"\x00" * bomb_size)
    assert len(bomb) < 200_000
    limit = 1024 * 1024
    decoder = BoundedDecoder(encoding, limit)
    produced = 0
    tracemalloc.start()
    try:
        with pytest.raises(PayloadTooLarge):
            for start in range(0, len(bomb), 16 * 1024):
                produced += len(decoder.feed(bomb[start : start + 16 * 1024]))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert produced <= limit
    # a bomb inflated even once would need 64 MiB; bounded decoding stays near the limit
    assert peak < 6 * limit


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_corrupt_data_is_an_upstream_error(encoding: str) -> None:
    with pytest.raises(UpstreamError, match=f"corrupt {encoding}"):
        _decode(encoding, b"\x1f\x8b\x08\x00garbage-garbage-garbage" * 3, 1 << 20)


def test_unknown_coding_is_an_upstream_error() -> None:
    with pytest.raises(UpstreamError, match="unsupported Content-Encoding 'compress'"):
        BoundedDecoder("compress", 1000)
