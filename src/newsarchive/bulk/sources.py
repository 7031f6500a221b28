"""Readers for collections of pages: files and folders, JSON-lines dumps, web archives (WARC).

Each reader yields `RawItem`s (a page as it arrived, not yet analysed) or `BadItem`s (what
could not be read, with the reason), lazily, so a collection of any size streams through.
A broken item never stops a reader; a broken file stops only that file.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsarchive.articles.service import IncomingPage
from newsarchive.pipeline.model import PageKind

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".txt")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
WARC_SUFFIXES = (".warc", ".warc.gz")
SUFFIXES = PAGE_SUFFIXES + JSONL_SUFFIXES + WARC_SUFFIXES

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Keys of a JSON item that are the page itself; every other key is kept as metadata.
ITEM_KEYS = ("url", "html", "text")


@dataclass(frozen=True)
class RawItem:
    """One page from a collection, before analysis. Picklable."""

    origin: str  # where it came from: a path, path:LINE, or path@OFFSET for a WARC record
    payload: bytes
    kind: PageKind
    source_kind: str  # documents.kind: html / text, or url for a fetched page (WARC)
    url: str | None = None
    content_type: str | None = None
    http_status: int | None = None
    fetched_at: datetime | None = None
    meta: dict[str, Any] | None = field(default=None)

    def page(self) -> IncomingPage:
        return IncomingPage(
            payload=self.payload,
            kind=self.kind,
            source_kind=self.source_kind,
            url=self.url,
            content_type=self.content_type,
            http_status=self.http_status,
            fetched_at=self.fetched_at,
            meta=self.meta,
        )


@dataclass(frozen=True)
class BadItem:
    origin: str
    reason: str
    url: str | None = None


class ItemError(ValueError):
    """A JSON item that cannot be a page; the message says why."""


def item_from_json(data: Any, origin: str, extra_meta: dict[str, Any] | None = None) -> RawItem:
    """A page from a JSON object: `url` and `html` or `text`, other keys kept as metadata."""
    if not isinstance(data, dict):
        raise ItemError(f"expected a JSON object, got {type(data).__name__}")
    url = data.get("url")
    if url is not None and not isinstance(url, str):
        raise ItemError("url must be a string")
    html, text = data.get("html"), data.get("text")
    if html is not None and text is not None:
        raise ItemError("give either html or text, not both")
    content = html if html is not None else text
    if content is None:
        raise ItemError("no html or text (items of a collection are not fetched)")
    if not isinstance(content, str):
        raise ItemError(f"{'html' if html is not None else 'text'} must be a string")
    if not content.strip():
        raise ItemError("the page is empty")
    if "\x00" in content:
        raise ItemError("the page contains NUL characters (\\u0000), which cannot be stored")
    kind: PageKind = "html" if html is not None else "text"
    meta = {**(extra_meta or {}), **{k: v for k, v in data.items() if k not in ITEM_KEYS}}
    try:  # JSON escapes can make lone surrogates (\ud800): text no database can store
        json.dumps([url, content, meta], ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ItemError(f"the item is not valid Unicode text ({exc.reason})") from exc
    return RawItem(
        origin=origin,
        payload=content.encode("utf-8"),
        kind=kind,
        source_kind=kind,
        url=url or None,
        content_type=f"text/{'html' if kind == 'html' else 'plain'}; charset=utf-8",
        meta=meta or None,
    )


def collect_files(paths: Sequence[Path]) -> list[Path]:
    """The files to read: each file given, and every known file under each folder (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p for p in path.rglob("*") if p.is_file() and p.name.lower().endswith(SUFFIXES)
                )
            )
        else:
            found.append(path)
    return found


def iter_items(files: Iterable[Path], max_bytes: int) -> Iterator[RawItem | BadItem]:
    for path in files:
        name = path.name.lower()
        if name.endswith(JSONL_SUFFIXES):
            yield from read_jsonl(path)
        elif name.endswith(WARC_SUFFIXES):
            yield from read_warc(path, max_bytes)
        elif name.endswith(PAGE_SUFFIXES):
            yield read_page_file(path)
        elif not path.exists():
            yield BadItem(str(path), "no such file")
        else:
            yield BadItem(str(path), f"unsupported file type (known: {', '.join(SUFFIXES)})")


def count_items(files: Iterable[Path]) -> int:
    """How many items the files hold, for the progress bar (cheap next to analysing them)."""
    total = 0
    for path in files:
        name = path.name.lower()
        try:
            if name.endswith(JSONL_SUFFIXES):
                with path.open("rb") as stream:
                    total += sum(1 for line in stream if line.strip())
            elif name.endswith(WARC_SUFFIXES):
                with path.open("rb") as stream:
                    total += sum(
                        1 for record in ArchiveIterator(stream) if _is_html_response(record)
                    )
            else:
                total += 1
        except (OSError, ArchiveLoadFailed, zlib.error, EOFError, ValueError):
            total += 1
    return total


def read_page_file(path: Path) -> RawItem | BadItem:
    name = path.name.lower()
    try:
        payload = path.read_bytes()
        if name.endswith(".gz"):
            payload = gzip.decompress(payload)
    except FileNotFoundError:
        return BadItem(str(path), "no such file")
    except (OSError, EOFError, zlib.error) as exc:
        return BadItem(str(path), f"cannot read: {_why(exc)}")
    kind: PageKind = "text" if name.endswith(".txt") else "html"
    return RawItem(
        origin=str(path), payload=payload, kind=kind, source_kind=kind, meta={"file": str(path)}
    )


def read_jsonl(path: Path) -> Iterator[RawItem | BadItem]:
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield BadItem(str(path), f"cannot read: {_why(exc)}")
        return
    with stream:
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            origin = f"{path}:{number}"
            try:
                data = json.loads(line)
            except (ValueError, RecursionError) as exc:  # JSONDecodeError, huge numbers
                yield BadItem(origin, f"malformed JSON: {exc}")
                continue
            try:
                yield item_from_json(data, origin, {"file": str(path), "line": number})
            except ItemError as exc:
                url = data.get("url") if isinstance(data, dict) else None
                yield BadItem(origin, str(exc), url if isinstance(url, str) else None)


def read_warc(path: Path, max_bytes: int) -> Iterator[RawItem | BadItem]:
    """HTTP responses of HTML type, with the record's URL, date and HTTP headers."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield BadItem(str(path), f"cannot read: {_why(exc)}")
        return
    with stream:
        yield from _warc_records(path, stream, max_bytes)


def _warc_records(path: Path, stream: BinaryIO, max_bytes: int) -> Iterator[RawItem | BadItem]:
    records = ArchiveIterator(stream)
    while True:
        try:
            record = next(records)
        except StopIteration:
            return
        except (ArchiveLoadFailed, zlib.error, EOFError, ValueError, OSError) as exc:
            yield BadItem(f"{path}@{stream.tell()}", f"broken WARC file: {_why(exc)}")
            return
        if not _is_html_response(record):
            continue
        url = record.rec_headers.get_header("WARC-Target-URI")
        try:
            payload = record.content_stream().read(max_bytes + 1)
        except (zlib.error, EOFError, ValueError, OSError) as exc:
            yield BadItem(f"{path}#{url}", f"cannot read the record: {_why(exc)}", url)
            return
        if len(payload) <= max_bytes and getattr(record.raw_stream, "limit", 0) > 0:
            # The record ends before its declared length: a truncated (partly copied) file.
            yield BadItem(f"{path}#{url}", "truncated WARC record", url)
            return
        # Only after the content: asking for the offset reads the record to its end.
        origin = f"{path}@{records.get_record_offset()}"
        headers = record.http_headers
        status = headers.get_statuscode()
        yield RawItem(
            origin=origin,
            payload=payload,
            kind="html",
            source_kind="url",
            url=url,
            content_type=headers.get_header("Content-Type"),
            http_status=int(status) if status and status.isdigit() else None,
            fetched_at=_warc_date(record.rec_headers.get_header("WARC-Date")),
            meta={
                "file": str(path),
                "warc_record_id": record.rec_headers.get_header("WARC-Record-ID"),
                "warc_date": record.rec_headers.get_header("WARC-Date"),
                "http_headers": [[k, v] for k, v in headers.headers],
            },
        )


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    status = record.http_headers.get_statuscode() or ""
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0]
    return status.startswith("2") and content_type.strip().lower() in HTML_TYPES


def _warc_date(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def _why(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    return str(exc) or type(exc).__name__
