"""Every query on topics."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, and_, func, literal_column, or_, select
from sqlalchemy.orm import Session

from newsarchive.db import insert_ignoring_conflict, one_of
from newsarchive.models import Article, ArticleTopic, Topic


def ids_by_key(session: Session, rows: list[dict[str, str]]) -> dict[str, int]:
    """Topic ids for these (term, key, language) rows, creating the new ones: two statements
    whatever the number of topics, and safe when another request creates them at once."""
    insert_ignoring_conflict(session, Topic, rows, ["key"])
    keys = {row["key"] for row in rows}
    found = session.execute(select(Topic.key, Topic.id).where(one_of(session, Topic.key, keys)))
    return {key: topic_id for key, topic_id in found}


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
    (article_count, id). Counts one copy of each story unless `include_duplicates`.

    The topic links are counted for the ids of the articles that pass the filters (a range
    of the published_at index for a date window), then joined to the few topics listed.
    """
    sqlite = session.get_bind().dialect.name == "sqlite"
    # SQLite would otherwise pick these low-selectivity indexes over the published_at range.
    duplicate_of: Any = (
        literal_column("+articles.duplicate_of_id") if sqlite else Article.duplicate_of_id
    )
    article_language: Any = literal_column("+articles.language") if sqlite else Article.language
    articles = select(Article.id)
    if not include_duplicates:
        articles = articles.where(duplicate_of.is_(None))
    if language is not None:
        articles = articles.where(article_language == language)
    if published_after is not None:
        articles = articles.where(Article.published_at >= published_after)
    if published_before is not None:
        articles = articles.where(Article.published_at < published_before)
    article_count = func.count().label("article_count")
    counted = (
        select(ArticleTopic.topic_id, article_count)
        .where(ArticleTopic.article_id.in_(articles))
        .group_by(ArticleTopic.topic_id)
    )
    if after is not None:
        counted = counted.having(
            or_(
                func.count() < after[0],
                and_(func.count() == after[0], ArticleTopic.topic_id > after[1]),
            )
        )
    top = counted.order_by(func.count().desc(), ArticleTopic.topic_id).limit(limit).subquery()
    rows = session.execute(
        select(Topic.id, Topic.term, Topic.language, top.c.article_count)
        .join(top, top.c.topic_id == Topic.id)
        .order_by(top.c.article_count.desc(), Topic.id)
    ).all()
    return list(rows)
