"""Store analysed items through the articles service.

One transaction per batch (the caller commits: it is the edge). A batch is written
set-wise (`store_batch`: a few multi-row statements for the whole batch, in a savepoint);
if the database refuses it, it is written again item by item (`store_item`), each item in
its own savepoint, so one bad item never costs the others their place.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from newsarchive.articles import repository as articles_repository
from newsarchive.articles import service as articles_service
from newsarchive.bulk.sources import BadItem, RawItem
from newsarchive.errors import AppError
from newsarchive.fetch import canonical_url
from newsarchive.models import Document
from newsarchive.pipeline.model import Analysis

Status = Literal["stored", "duplicate", "skipped", "failed"]


@dataclass(frozen=True)
class Outcome:
    """What became of one item of a collection."""

    status: Status
    origin: str
    url: str | None = None
    article_id: int | None = None
    duplicate_of_id: int | None = None  # set when stored as a near-duplicate of that article
    reason: str | None = None


def failed(item: RawItem | BadItem, reason: str) -> Outcome:
    return Outcome("failed", item.origin, item.url, reason=reason)


def store_batch(session: Session, batch: Sequence[tuple[RawItem, Analysis | str]]) -> list[Outcome]:
    """Store a batch of analysed items set-wise, in one savepoint and a few statements.

    The outcomes are those of `store_item` on each item in turn. When the database refuses
    the batch (a value it cannot store, a page another writer archived meanwhile), the
    savepoint is rolled back and the batch is stored item by item, so that only the items
    at fault fail, as before.
    """
    outcomes: list[Outcome | None] = []
    entries: list[articles_service.Analysed] = []
    for item, result in batch:
        if isinstance(result, str):
            outcomes.append(failed(item, result))
            continue
        try:
            canonical = canonical_url(item.url) if item.url else None
        except AppError as exc:
            outcomes.append(failed(item, exc.detail))
            continue
        outcomes.append(None)
        entries.append(articles_service.Analysed(item.page(), result, canonical))
    try:
        with session.begin_nested():
            stored = articles_service.ingest_analysed_batch(session, entries)
    except OperationalError:  # the database is gone: nothing else will work either
        raise
    except SQLAlchemyError:
        return [store_item(session, item, result) for item, result in batch]
    found = iter(stored)
    items = iter(item for item, _ in batch)
    result_outcomes: list[Outcome] = []
    for outcome in outcomes:
        item = next(items)
        if outcome is not None:
            result_outcomes.append(outcome)
            continue
        one = next(found)
        result_outcomes.append(
            Outcome(
                "duplicate" if one.duplicate else "stored",
                item.origin,
                item.url,
                article_id=one.article_id,
                duplicate_of_id=one.duplicate_of_id,
            )
        )
    return result_outcomes


def store_item(session: Session, item: RawItem, result: Analysis | str) -> Outcome:
    """Store one analysed item (or record why it failed) inside its own savepoint."""
    if isinstance(result, str):
        return failed(item, result)
    try:
        with session.begin_nested():
            canonical = canonical_url(item.url) if item.url else None
            stored = articles_service.ingest_analysed(
                session,
                item.page(),
                result,
                canonical_url=canonical,
                reload=False,
                known_sha256=True,
            )
    except AppError as exc:
        return failed(item, exc.detail)
    except OperationalError:  # the database is gone: nothing else will work either
        raise
    except SQLAlchemyError as exc:  # e.g. a value the database refuses; only this item is lost
        return failed(item, f"cannot store: {_first_line(exc)}")
    article = stored.article
    return Outcome(
        "duplicate" if stored.duplicate else "stored",
        item.origin,
        item.url,
        article_id=article.id,
        duplicate_of_id=None if stored.duplicate else article.duplicate_of_id,
    )


def reanalyse_item(session: Session, document: Document, result: Analysis | str) -> Outcome:
    """Replace one article's analysis in place (same id) from its archived document."""
    origin = f"article {document.article_id}"
    if isinstance(result, str):
        return Outcome("failed", origin, document.url, document.article_id, reason=result)
    try:
        with session.begin_nested():
            article = articles_repository.get(session, document.article_id)
            if article is None:  # deleted since the batch was read
                return Outcome("skipped", origin, document.url, document.article_id)
            articles_service.reanalyse(
                session, article, _page_of(document), result, store_document=False
            )
    except OperationalError:
        raise
    except SQLAlchemyError as exc:
        return Outcome("failed", origin, document.url, document.article_id, reason=_first_line(exc))
    return Outcome(
        "stored",
        origin,
        document.url,
        document.article_id,
        duplicate_of_id=article.duplicate_of_id,
    )


def _page_of(document: Document) -> articles_service.IncomingPage:
    return articles_service.IncomingPage(
        payload=document.payload,
        kind=document_kind(document),
        source_kind=document.kind,
        url=document.url,
        final_url=document.final_url,
        content_type=document.content_type,
        charset=document.charset,
        http_status=document.http_status,
        fetched_at=document.fetched_at,
        meta=document.meta,
    )


def document_kind(document: Document) -> Literal["html", "text"]:
    """How an archived document is analysed: raw text, or HTML (fetched pages included)."""
    content_type = (document.content_type or "").split(";")[0].strip().lower()
    if document.kind == "text" or content_type == "text/plain":
        return "text"
    return "html"


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
