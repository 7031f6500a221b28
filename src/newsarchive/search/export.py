"""Streamed exports of a listing: CSV for spreadsheets, NDJSON for programs.

The format is `format=` when given, otherwise the Accept header (text/csv,
application/x-ndjson), otherwise a JSON page. Exports read the database in batches from
their own session, so a whole speaker's record streams without being held in memory.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, Literal

from fastapi import Request
from fastapi.responses import StreamingResponse
from sqlalchemy.orm import Session, sessionmaker

from newsarchive.articles.schemas import ArticleListItem
from newsarchive.quotes.schemas import QuoteListItem

Format = Literal["json", "csv", "ndjson"]
CSV_TYPE = "text/csv; charset=utf-8"
NDJSON_TYPE = "application/x-ndjson"

# A spreadsheet treats a cell starting with one of these as a formula: prefix it with '.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def negotiate(format_param: str | None, accept: str | None) -> Format:
    if format_param in ("json", "csv", "ndjson"):
        return format_param  # type: ignore[return-value]
    for part in (accept or "").split(","):
        media = part.split(";", 1)[0].strip().lower()
        if media == "text/csv":
            return "csv"
        if media in ("application/x-ndjson", "application/jsonl", "application/ndjson"):
            return "ndjson"
        if media in ("application/json", "*/*"):
            return "json"
    return "json"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    if text.startswith(_FORMULA_START) and not _is_number(text):
        return "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


ARTICLE_CSV_COLUMNS = (
    "id",
    "published_at",
    "source",
    "language",
    "title",
    "url",
    "byline",
    "dateline_place",
    "speakers",
    "topics",
    "duplicate_of_id",
)


def article_csv_row(item: ArticleListItem) -> list[Any]:
    return [
        item.id,
        item.published_at.isoformat() if item.published_at else None,
        item.source,
        item.language,
        item.title,
        item.url,
        item.byline,
        item.dateline_place,
        "; ".join(s.name for s in item.speakers),
        "; ".join(t.term for t in item.topics),
        item.duplicate_of_id,
    ]


QUOTE_CSV_COLUMNS = (
    "quote_id",
    "published_at",
    "article_id",
    "article_title",
    "source",
    "url",
    "language",
    "speaker_id",
    "speaker",
    "speaker_name",
    "speaker_titles",
    "direct",
    "cue",
    "text",
    "start",
    "end",
)


def quote_csv_row(item: QuoteListItem) -> list[Any]:
    return [
        item.id,
        item.article.published_at.isoformat() if item.article.published_at else None,
        item.article.id,
        item.article.title,
        item.article.source,
        item.article.url,
        item.article.language,
        item.speaker.id,
        item.speaker.name,
        item.speaker_name,
        "; ".join(item.speaker_titles),
        item.direct,
        item.cue,
        item.text,
        item.start,
        item.end,
    ]


def csv_lines(header: Sequence[str], rows: Iterable[list[Any]]) -> Iterator[str]:
    """CSV text with a UTF-8 byte-order mark first, so that Excel reads Chinese correctly."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(header)
    yield "\ufeff" + buffer.getvalue()
    for row in rows:
        buffer.seek(0)
        buffer.truncate()
        writer.writerow([_cell(value) for value in row])
        yield buffer.getvalue()


def ndjson_lines(items: Iterable[Any]) -> Iterator[str]:
    for item in items:
        yield json.dumps(item.model_dump(mode="json"), ensure_ascii=False) + "\n"


def stream(
    request: Request,
    fmt: Format,
    name: str,
    items: Callable[[Session], Iterator[Any]],
    header: Sequence[str],
    to_row: Callable[[Any], list[Any]],
) -> StreamingResponse:
    """Stream `items(session)` in `fmt`, reading through a session of its own.

    The request's session is closed when the route returns, before the body is sent.
    """
    factory: sessionmaker[Session] = request.app.state.session_factory

    def body() -> Iterator[str]:
        with factory() as session:
            if fmt == "csv":
                yield from csv_lines(header, (to_row(item) for item in items(session)))
            else:
                yield from ndjson_lines(items(session))

    media_type = CSV_TYPE if fmt == "csv" else NDJSON_TYPE
    extension = "csv" if fmt == "csv" else "ndjson"
    return StreamingResponse(
        body(),
        media_type=media_type,
        headers={"Content-Disposition": f'attachment; filename="{name}.{extension}"'},
    )
