"""Every query on articles and their documents."""

from __future__ import annotations

from collections.abc import Collection, Sequence

from sqlalchemy import ColumnElement, delete, func, or_, select, update
from sqlalchemy.orm import Session, defer, selectinload

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


def add(session: Session, article: Article) -> Article:
    session.add(article)
    session.flush()
    return article


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


def near_duplicate_candidates(
    session: Session,
    bands: Sequence[int],
    *,
    below_id: int | None = None,
    limit: int = 2000,
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
    return set(session.scalars(select(Document.sha256).where(Document.sha256.in_(digests))))


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
