"""Every query on articles and their documents."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Table,
    bindparam,
    delete,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, defer, selectinload

from newsarchive.db import Base, one_of
from newsarchive.models import Article, ArticleTopic, Document, Quote
from newsarchive.pipeline import fingerprint


def get(session: Session, article_id: int) -> Article | None:
    return session.scalars(
        select(Article)
        .where(Article.id == article_id)
        .options(
            selectinload(Article.quotes).selectinload(Quote.speaker),
            selectinload(Article.topic_links).selectinload(ArticleTopic.topic),
        )
    ).one_or_none()


def find_by_document_sha256(session: Session, sha256: str) -> Article | None:
    article_id = session.scalar(select(Document.article_id).where(Document.sha256 == sha256))
    return get(session, article_id) if article_id is not None else None


def find_by_content_hash(session: Session, content_hash: str) -> Article | None:
    article_id = session.scalar(select(Article.id).where(Article.content_hash == content_hash))
    return get(session, article_id) if article_id is not None else None


def find_by_canonical_url(session: Session, url: str) -> Article | None:
    article_id = session.scalar(select(Article.id).where(Article.canonical_url == url))
    return get(session, article_id) if article_id is not None else None


def latest_document(session: Session, article_id: int) -> Document | None:
    return session.scalars(
        select(Document)
        .where(Document.article_id == article_id)
        .order_by(Document.id.desc())
        .limit(1)
    ).one_or_none()


def document_summary(session: Session, article_id: int) -> Document | None:
    """The newest document without loading its payload bytes."""

    return session.scalars(
        select(Document)
        .where(Document.article_id == article_id)
        .options(defer(Document.payload))
        .order_by(Document.id.desc())
        .limit(1)
    ).one_or_none()


def copies_of(session: Session, article: Article) -> Sequence[Article]:
    """Other articles of the same story: the original and every copy pointing to it."""
    root_id = article.duplicate_of_id or article.id
    return session.scalars(
        select(Article)
        .where(
            ((Article.id == root_id) | (Article.duplicate_of_id == root_id))
            & (Article.id != article.id)
        )
        .order_by(Article.id)
    ).all()


def delete_article(session: Session, article_id: int) -> bool:
    result = session.execute(delete(Article).where(Article.id == article_id))
    return bool(result.rowcount)  # type: ignore[attr-defined]


def count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Article)) or 0


# --- near-duplicates, bulk ingestion and reprocessing (issue 7) ---

BAND_COLUMNS = (
    Article.fingerprint_band0,
    Article.fingerprint_band1,
    Article.fingerprint_band2,
    Article.fingerprint_band3,
)


# Candidates read per fingerprint at most (a guard against a crowded band).
NEAR_DUPLICATE_CANDIDATES = 2000


def near_duplicate_candidates(
    session: Session,
    bands: Sequence[int],
    *,
    below_id: int | None = None,
    limit: int = NEAR_DUPLICATE_CANDIDATES,
) -> Sequence[tuple[int, int, int | None]]:
    """(id, fingerprint, duplicate_of_id) of articles with a fingerprint band equal to one of
    `bands` or one bit away from it (fingerprint.probes).

    Each band column is indexed, so this reads a few index entries, never the whole table.
    `below_id` keeps only articles stored before that one (for re-analysis).
    """
    query = select(Article.id, Article.fingerprint, Article.duplicate_of_id).where(
        or_(
            *(
                column.in_(fingerprint.probes(band))
                for column, band in zip(BAND_COLUMNS, bands, strict=True)
            )
        ),
        Article.fingerprint.is_not(None),
    )
    if below_id is not None:
        query = query.where(Article.id < below_id)
    rows = session.execute(query.order_by(Article.id).limit(limit)).all()
    return [(row[0], row[1], row[2]) for row in rows if row[1] is not None]


def point_copies_to(session: Session, old_root_id: int, new_root_id: int) -> None:
    """Copies of `old_root_id` now point to `new_root_id` (one level of duplicate_of)."""
    session.execute(
        update(Article)
        .where(Article.duplicate_of_id == old_root_id)
        .values(duplicate_of_id=new_root_id)
        .execution_options(synchronize_session=False)
    )


def existing_sha256s(session: Session, digests: Collection[str]) -> set[str]:
    """Which of these document sha256 digests are archived already."""
    if not digests:
        return set()
    return set(
        session.scalars(select(Document.sha256).where(one_of(session, Document.sha256, digests)))
    )


def _older_than(below_version: int, since_version: int | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Article.pipeline_version < below_version]
    if since_version is not None:
        conditions.append(Article.pipeline_version >= since_version)
    return conditions


def count_to_reprocess(session: Session, below_version: int, since_version: int | None) -> int:
    query = (
        select(func.count()).select_from(Article).where(*_older_than(below_version, since_version))
    )
    return session.scalar(query) or 0


def documents_to_reprocess(
    session: Session,
    *,
    below_version: int,
    since_version: int | None,
    after_id: int,
    limit: int,
) -> Sequence[Document]:
    """The newest document of each article analysed by an older pipeline, by article id."""
    article_ids = (
        select(Article.id)
        .where(Article.id > after_id, *_older_than(below_version, since_version))
        .order_by(Article.id)
        .limit(limit)
        .scalar_subquery()
    )
    newest = (
        select(func.max(Document.id))
        .where(Document.article_id.in_(article_ids))
        .group_by(Document.article_id)
    )
    return session.scalars(
        select(Document).where(Document.id.in_(newest)).order_by(Document.article_id)
    ).all()


# --- set-wise writes: a whole batch of new articles in a few statements (bulk ingestion) ---


def ids_by_canonical_url(session: Session, urls: Collection[str]) -> dict[str, int]:
    if not urls:
        return {}
    rows = session.execute(
        select(Article.canonical_url, Article.id).where(
            one_of(session, Article.canonical_url, urls)
        )
    )
    return {url: article_id for url, article_id in rows if url is not None}


def ids_by_content_hash(session: Session, digests: Collection[str]) -> dict[str, int]:
    if not digests:
        return {}
    rows = session.execute(
        select(Article.content_hash, Article.id).where(
            one_of(session, Article.content_hash, digests)
        )
    )
    return {digest: article_id for digest, article_id in rows}


def band_candidates(
    session: Session, probes: Sequence[Collection[int]], *, limit: int
) -> Sequence[tuple[int, int, int | None, tuple[int | None, ...]]]:
    """(id, fingerprint, duplicate_of_id, bands) of the articles whose band i is one of
    `probes[i]`: the near-duplicate candidates of a whole batch in one query, by id.

    At most `limit` rows (the caller looks article by article when there are more).
    """
    conditions = [
        one_of(session, column, values)
        for column, values in zip(BAND_COLUMNS, probes, strict=True)
        if values
    ]
    if not conditions:
        return []
    query = (
        select(Article.id, Article.fingerprint, Article.duplicate_of_id, *BAND_COLUMNS)
        .where(or_(*conditions), Article.fingerprint.is_not(None))
        .order_by(Article.id)
        .limit(limit)
    )
    return [
        (row[0], row[1], row[2], (row[3], row[4], row[5], row[6]))
        for row in session.execute(query)
        if row[1] is not None
    ]


def insert_articles(session: Session, rows: Sequence[dict[str, Any]]) -> dict[str, int]:
    """Insert article rows (multi-row INSERT … RETURNING); content_hash -> new id."""
    if not rows:
        return {}
    table = _table(Article)
    returned = session.execute(
        insert(table).returning(table.c.content_hash, table.c.id), list(rows)
    )
    return {digest: article_id for digest, article_id in returned}


def set_duplicate_of(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    """(article_id, duplicate_of_id, updated_at) rows: copies of articles of the same batch,
    whose ids are known only once the batch is inserted."""
    if not rows:
        return
    table = _table(Article)
    session.execute(
        update(table)
        .where(table.c.id == bindparam("article_id"))
        .values(duplicate_of_id=bindparam("root_id"), updated_at=bindparam("stamp")),
        [
            {
                "article_id": r["article_id"],
                "root_id": r["duplicate_of_id"],
                "stamp": r["updated_at"],
            }
            for r in rows
        ],
    )


def insert_documents(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    _insert_rows(session, Document, rows)


def insert_quotes(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    _insert_rows(session, Quote, rows)


def insert_topic_links(session: Session, rows: Sequence[dict[str, Any]]) -> None:
    _insert_rows(session, ArticleTopic, rows)


def _insert_rows(session: Session, model: type[Base], rows: Sequence[dict[str, Any]]) -> None:
    if rows:
        session.execute(insert(_table(model)), list(rows))


def _table(model: type[Base]) -> Table:
    """The model's table, for Core statements (no unit of work, no objects per row)."""
    return cast(Table, model.__table__)
