"""POST /articles/batch: many pages in one request, each with its own result.

Every item is stored through the articles service in its own savepoint, so a bad item
(unreadable, not an article, refused by the database) rolls back only itself; the request's
session commits the others once.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from newsarchive.articles import service as articles_service
from newsarchive.bulk.schemas import BatchItemResult, BatchOut
from newsarchive.bulk.sources import ItemError, item_from_json
from newsarchive.config import Settings
from newsarchive.errors import AppError, BadRequest, PayloadTooLarge, Unprocessable
from newsarchive.fetch import canonical_url
from newsarchive.json_input import load_json

NDJSON_TYPES = ("application/x-ndjson", "application/ndjson", "application/jsonl")


class _LineError:
    """An NDJSON line that is not JSON: that item fails, the others go on."""

    def __init__(self, detail: str) -> None:
        self.detail = detail


def parse_items(content: bytes, media_type: str, max_items: int) -> list[Any]:
    """The items of a JSON array or of NDJSON (one JSON value per non-empty line)."""
    if media_type in NDJSON_TYPES:
        items: list[Any] = []
        for number, line in enumerate(content.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                items.append(load_json(line, what=f"line {number}"))
            except BadRequest as exc:
                items.append(_LineError(exc.detail))
    else:
        data = load_json(content)
        if not isinstance(data, list):
            raise Unprocessable("the body must be a JSON array of items (or NDJSON)")
        items = data
    if not items:
        raise Unprocessable("the batch has no items")
    if len(items) > max_items:
        raise PayloadTooLarge(f"the batch has {len(items)} items; at most {max_items} per request")
    return items


def ingest_batch(session: Session, items: list[Any], settings: Settings) -> BatchOut:
    results = [_ingest_item(session, index, data, settings) for index, data in enumerate(items)]
    return BatchOut(
        created=sum(r.status == "created" for r in results),
        duplicate=sum(r.status == "duplicate" for r in results),
        failed=sum(r.status == "error" for r in results),
        results=results,
    )


def _ingest_item(session: Session, index: int, data: Any, settings: Settings) -> BatchItemResult:
    url = data.get("url") if isinstance(data, dict) else None
    url = url if isinstance(url, str) else None
    if isinstance(data, _LineError):
        return _error(index, url, Unprocessable(data.detail))
    try:
        item = item_from_json(data, f"item {index}")
        articles_service.validate_payload(item.payload, settings.max_body_bytes)
        canonical = canonical_url(item.url) if item.url else None
        with session.begin_nested():
            result = articles_service.ingest(session, item.page(), canonical_url=canonical)
    except ItemError as exc:
        return _error(index, url, Unprocessable(str(exc)))
    except AppError as exc:
        return _error(index, url, exc)
    except OperationalError:  # the database is unavailable: the whole request answers 503
        raise
    except SQLAlchemyError as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return BatchItemResult(
            index=index, status="error", url=url, error="storage_error", detail=first
        )
    article = result.article
    return BatchItemResult(
        index=index,
        status="duplicate" if result.duplicate else "created",
        id=article.id,
        duplicate_of_id=None if result.duplicate else article.duplicate_of_id,
        url=url,
    )


def _error(index: int, url: str | None, exc: AppError) -> BatchItemResult:
    return BatchItemResult(index=index, status="error", url=url, error=exc.error, detail=exc.detail)
