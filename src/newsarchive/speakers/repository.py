"""Every query on speakers and their aliases."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import (
    ColumnElement,
    Row,
    Select,
    and_,
    distinct,
    func,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.orm import Session, selectinload

from newsarchive.db import insert_ignoring_conflict, one_of
from newsarchive.models import Article, ArticleTopic, Quote, Speaker, SpeakerAlias, Topic


def by_key(session: Session, rows: list[dict[str, str]]) -> dict[str, tuple[int, str]]:
    """(id, name) of the speakers for these (name, kind, key, pinyin_key) rows, by key,
    creating the new ones (the first row of a key names it): two statements whatever the
    number, and safe when another request creates them at once."""
    insert_ignoring_conflict(session, Speaker, rows, ["key"])
    keys = {row["key"] for row in rows}
    found = session.execute(
        select(Speaker.key, Speaker.id, Speaker.name).where(one_of(session, Speaker.key, keys))
    )
    return {key: (speaker_id, name) for key, speaker_id, name in found}


def add_aliases(session: Session, rows: list[dict[str, object]]) -> None:
    """(speaker_id, alias, key, pinyin_key) rows; an alias already known is left alone."""
    insert_ignoring_conflict(session, SpeakerAlias, rows, ["speaker_id", "key"])


def all_names(session: Session) -> list[str]:
    """Every name and alias in the archive (taught to the segmenter at start-up)."""
    names = list(session.scalars(select(Speaker.name)))
    names.extend(session.scalars(select(SpeakerAlias.alias)))
    return names


# --- the read side: name lookup, rankings, a speaker's record ------------------------------


def ids_for_name(session: Session, *, key: str, pinyin: str | None) -> list[int]:
    """Speakers whose name or an alias has this key (or, for a Latin query, this pinyin)."""
    by_name = [Speaker.key == key]
    by_alias = [SpeakerAlias.key == key]
    if pinyin:
        by_name.append(Speaker.pinyin_key == pinyin)
        by_alias.append(SpeakerAlias.pinyin_key == pinyin)
    statement = union(
        select(Speaker.id).where(or_(*by_name)),
        select(SpeakerAlias.speaker_id).where(or_(*by_alias)),
    )
    return sorted(session.scalars(statement))


def _one_copy(session: Session) -> ColumnElement[bool]:
    """One copy of each story. On SQLite the index on duplicate_of_id (nearly all NULL) must
    not drive the query: `+column` keeps SQLite on the speaker's quotes instead."""
    if session.get_bind().dialect.name == "sqlite":
        return literal_column("+articles.duplicate_of_id").is_(None)
    return Article.duplicate_of_id.is_(None)


def _counted(session: Session) -> Select[int, str, str, int, int]:
    """Speakers with their quote and article counts (one copy of each story)."""
    return (
        select(
            Speaker.id,
            Speaker.name,
            Speaker.kind,
            func.count(Quote.id).label("quote_count"),
            func.count(distinct(Quote.article_id)).label("article_count"),
        )
        .join(Quote, Quote.speaker_id == Speaker.id)
        .join(Article, Article.id == Quote.article_id)
        .where(_one_copy(session))
        .group_by(Speaker.id, Speaker.name, Speaker.kind)
    )


def with_counts(session: Session, speaker_ids: Sequence[int]) -> list[Row[int, str, str, int, int]]:
    """(id, name, kind, quote_count, article_count) of these speakers, most quoted first."""
    if not speaker_ids:
        return []
    rows = session.execute(
        _counted(session)
        .where(Speaker.id.in_(list(speaker_ids)))
        .order_by(func.count(Quote.id).desc(), Speaker.id)
    ).all()
    return list(rows)


def ranked(
    session: Session, *, after: tuple[int, int] | None, limit: int
) -> list[Row[int, str, str, int, int]]:
    """Every quoted speaker, most quoted first; keyset on (quote_count, id)."""
    quote_count = func.count(Quote.id)
    statement = _counted(session)
    if after is not None:
        statement = statement.having(
            or_(quote_count < after[0], and_(quote_count == after[0], Speaker.id > after[1]))
        )
    return list(session.execute(statement.order_by(quote_count.desc(), Speaker.id).limit(limit)))


def get(session: Session, speaker_id: int) -> Speaker | None:
    return session.scalars(
        select(Speaker).where(Speaker.id == speaker_id).options(selectinload(Speaker.aliases))
    ).one_or_none()


def record(session: Session, speaker_id: int) -> Row[int, int, datetime | None, datetime | None]:
    """(quote_count, article_count, first_seen, last_seen) over one copy of each story."""
    return session.execute(
        select(
            func.count(Quote.id),
            func.count(distinct(Quote.article_id)),
            func.min(Article.published_at),
            func.max(Article.published_at),
        )
        .join(Article, Article.id == Quote.article_id)
        .where(Quote.speaker_id == speaker_id, _one_copy(session))
    ).one()


def titles_with_articles(
    session: Session, speaker_id: int
) -> list[Row[list[str], int, str | None, datetime | None]]:
    """(speaker_titles, article id, article title, published_at) of each quote, newest first."""
    rows = session.execute(
        select(Quote.speaker_titles, Article.id, Article.title, Article.published_at)
        .join(Article, Article.id == Quote.article_id)
        .where(Quote.speaker_id == speaker_id, _one_copy(session))
        .order_by(Article.published_at.desc(), Article.id.desc(), Quote.position)
    ).all()
    return list(rows)


def top_topics(session: Session, speaker_id: int, limit: int) -> list[Row[int, str, int]]:
    """(topic id, term, articles) over the articles that quote the speaker, most first."""
    articles = (
        select(Quote.article_id)
        .join(Article, Article.id == Quote.article_id)
        .where(Quote.speaker_id == speaker_id, _one_copy(session))
        .distinct()
        .subquery()
    )
    rows = session.execute(
        select(Topic.id, Topic.term, func.count().label("articles"))
        .join(ArticleTopic, ArticleTopic.topic_id == Topic.id)
        .join(articles, articles.c.article_id == ArticleTopic.article_id)
        .group_by(Topic.id, Topic.term)
        .order_by(func.count().desc(), Topic.id)
        .limit(limit)
    ).all()
    return list(rows)
