"""Every query on topics."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Row, and_, func, or_, select
from sqlalchemy.orm import Session

from newsarchive.db import insert_ignoring_conflict
from newsarchive.models import Article, ArticleTopic, Topic


def get_or_create(session: Session, *, term: str, key: str, language: str) -> Topic:
    insert_ignoring_conflict(
        session, Topic, {"term": term, "key": key, "language": language}, ["key"]
    )
    return session.scalars(select(Topic).where(Topic.key == key)).one()


# --- the read side: lookup and article counts ----------------------------------------------


def ids_for_key(session: Session, key: str) -> list[int]:
    return list(session.scalars(select(Topic.id).where(Topic.key == key)))


def ranked(
    session: Session,
    *,
    language: str | None,
    published_after: datetime | None,
    published_before: datetime | None,
    include_duplicates: bool,
    after: tuple[int, int] | None,
    limit: int,
) -> list[Row[int, str, str, int]]:
    """(id, term, language, article_count) of topics, most articles first; keyset on
    (article_count, id). Counts one copy of each story unless `include_duplicates`."""
    article_count = func.count(ArticleTopic.article_id)
    statement = (
        select(Topic.id, Topic.term, Topic.language, article_count.label("article_count"))
        .join(ArticleTopic, ArticleTopic.topic_id == Topic.id)
        .join(Article, Article.id == ArticleTopic.article_id)
        .group_by(Topic.id, Topic.term, Topic.language)
    )
    if not include_duplicates:
        statement = statement.where(Article.duplicate_of_id.is_(None))
    if language is not None:
        statement = statement.where(Article.language == language)
    if published_after is not None:
        statement = statement.where(Article.published_at >= published_after)
    if published_before is not None:
        statement = statement.where(Article.published_at < published_before)
    if after is not None:
        statement = statement.having(
            or_(article_count < after[0], and_(article_count == after[0], Topic.id > after[1]))
        )
    rows = session.execute(statement.order_by(article_count.desc(), Topic.id).limit(limit)).all()
    return list(rows)
