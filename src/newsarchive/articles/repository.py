"""Every query on articles and their documents."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, defer, selectinload

from newsarchive.models import Article, ArticleTopic, Document, Quote


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
