"""The one full-text condition on articles, for both databases, and the listing queries.

Both databases keep a table `articles_fts` beside `articles` (migration 20261124_search),
filled by triggers from articles.search_tokens:

* PostgreSQL: `articles_fts(id, search_vector)`, the stored `to_tsvector('simple', …)` with a
  GIN index; the query is built by `plainto_tsquery` / `phraseto_tsquery` from bound text,
  which the server parses with the same parser as the stored tokens.
* SQLite: an FTS5 table; the MATCH expression is a bound parameter made only of
  double-quoted strings.

`q` never reaches SQL as text: both forms bind it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Integer,
    Row,
    Select,
    Text,
    and_,
    bindparam,
    column,
    exists,
    func,
    literal,
    literal_column,
    or_,
    select,
    table,
    tuple_,
)
from sqlalchemy.orm import Session

from newsarchive.models import Article, ArticleTopic, Quote, Speaker, Topic
from newsarchive.search.query import SearchQuery, fts5_match

_SIMPLE: ColumnElement[Any] = literal_column("'simple'::regconfig")
# SQLite: the FTS5 table (its hidden column of the same name takes MATCH).
_fts5 = table("articles_fts", column("rowid", Integer), column("articles_fts", Text))
# PostgreSQL: the stored vectors.
_vectors = table("articles_fts", column("id", Integer), column("search_vector"))


def dialect_name(session: Session) -> str:
    return session.get_bind().dialect.name


def matching_ids(dialect: str, query: SearchQuery) -> Select[int]:
    """The ids of the articles that match the query, through the full-text index."""
    if dialect == "postgresql":
        parts: list[ColumnElement[Any]] = []
        if query.words:
            parts.append(
                func.plainto_tsquery(_SIMPLE, bindparam(None, " ".join(query.words), Text))
            )
        for phrase in query.phrases:
            parts.append(func.phraseto_tsquery(_SIMPLE, bindparam(None, " ".join(phrase), Text)))
        tsquery = parts[0]
        for part in parts[1:]:
            tsquery = tsquery.op("&&")(part)
        return select(_vectors.c.id).where(_vectors.c.search_vector.op("@@")(tsquery))
    match = bindparam(None, fts5_match(query), Text)
    return select(_fts5.c.rowid).where(_fts5.c.articles_fts.op("MATCH")(match))


def article_matches(dialect: str, query: SearchQuery) -> ColumnElement[bool]:
    """A WHERE condition on `articles` true for the articles that match the query."""
    return Article.id.in_(matching_ids(dialect, query))


# --- listings: articles and quotes, newest first, keyset pages ---------------------------


@dataclass(frozen=True)
class ArticleFilter:
    """What an article listing keeps. `None` means "no condition" for each field."""

    speaker_ids: Sequence[int] | None = None
    topic_ids: Sequence[int] | None = None
    query: SearchQuery | None = None
    language: str | None = None
    source: str | None = None
    published_after: datetime | None = None  # inclusive
    published_before: datetime | None = None  # exclusive
    include_duplicates: bool = False


# SQLite plans a listing from the first index it can use, without the statistics to know
# that `duplicate_of_id IS NULL` or `language = 'zh'` keeps most rows: it then sorts the
# whole table. So on SQLite the listing chooses itself: when one filter (speaker, topic,
# words, source) keeps at most this many articles, their ids drive the query (look up, sort
# a few thousand rows); otherwise the (published_at, id) index is read newest first and
# every filter is a membership test, which finds a page after reading about
# limit x (articles / matches) index entries. Tuned on bench/query.py at 100,000 articles.
SQLITE_DRIVING_ROWS = 3000


def _unindexed(column: str) -> ColumnElement[Any]:
    """`+articles.column`: SQLite's way of saying "do not use an index for this term"."""
    return literal_column(f"+articles.{column}")


def _sqlite_filters(where: ArticleFilter) -> list[tuple[Select[Any], ColumnElement[bool]]]:
    """Each selective filter as (the ids it keeps, from an index; the same filter tested row
    by row during a newest-first scan)."""
    filters: list[tuple[Select[Any], ColumnElement[bool]]] = []
    if where.speaker_ids is not None:
        speakers = list(where.speaker_ids)
        filters.append(
            (
                select(Quote.article_id).where(Quote.speaker_id.in_(speakers)),
                exists().where(Quote.article_id == Article.id, Quote.speaker_id.in_(speakers)),
            )
        )
    if where.topic_ids is not None:
        topics = list(where.topic_ids)
        filters.append(
            (
                select(ArticleTopic.article_id).where(ArticleTopic.topic_id.in_(topics)),
                exists().where(
                    ArticleTopic.article_id == Article.id, ArticleTopic.topic_id.in_(topics)
                ),
            )
        )
    if where.query is not None:
        ids = matching_ids("sqlite", where.query)
        filters.append((ids, _unindexed("id").in_(ids)))
    if where.source is not None:
        filters.append(
            (
                select(Article.id).where(Article.source == where.source),
                _unindexed("source") == where.source,
            )
        )
    return filters


def _capped_count(session: Session, source: Select[Any], cap: int) -> int:
    return session.scalar(select(func.count()).select_from(source.limit(cap + 1).subquery())) or 0


def article_conditions(session: Session, where: ArticleFilter) -> list[ColumnElement[bool]]:
    dialect = dialect_name(session)
    if dialect == "sqlite":
        return _sqlite_conditions(session, where)
    conditions: list[ColumnElement[bool]] = []
    if not where.include_duplicates:
        conditions.append(Article.duplicate_of_id.is_(None))
    if where.language is not None:
        conditions.append(Article.language == where.language)
    if where.source is not None:
        conditions.append(Article.source == where.source)
    conditions.extend(_date_conditions(where))
    if where.speaker_ids is not None:
        conditions.append(
            exists().where(
                Quote.article_id == Article.id, Quote.speaker_id.in_(list(where.speaker_ids))
            )
        )
    if where.topic_ids is not None:
        conditions.append(
            exists().where(
                ArticleTopic.article_id == Article.id,
                ArticleTopic.topic_id.in_(list(where.topic_ids)),
            )
        )
    if where.query is not None:
        conditions.append(article_matches(dialect, where.query))
    return conditions


def _date_conditions(where: ArticleFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if where.published_after is not None:
        conditions.append(Article.published_at >= where.published_after)
    if where.published_before is not None:
        conditions.append(Article.published_at < where.published_before)
    return conditions


def _sqlite_conditions(session: Session, where: ArticleFilter) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if not where.include_duplicates:
        conditions.append(_unindexed("duplicate_of_id").is_(None))
    if where.language is not None:
        conditions.append(_unindexed("language") == where.language)
    conditions.extend(_date_conditions(where))
    filters = _sqlite_filters(where)
    driving = None
    if filters:
        sizes = [_capped_count(session, ids, SQLITE_DRIVING_ROWS) for ids, _ in filters]
        smallest = min(range(len(filters)), key=sizes.__getitem__)
        if sizes[smallest] <= SQLITE_DRIVING_ROWS:
            driving = smallest
    for index, (ids, row_test) in enumerate(filters):
        conditions.append(Article.id.in_(ids) if index == driving else row_test)
    return conditions


SortKey = tuple[Any, bool]  # (column, descending)
AnyRow = Row[*tuple[Any, ...]]
AnySelect = Select[*tuple[Any, ...]]


def _after(keys: Sequence[SortKey], values: Sequence[Any]) -> ColumnElement[bool]:
    """Rows strictly after `values` in the order of `keys` (lexicographic)."""
    if all(desc for _, desc in keys) or not any(desc for _, desc in keys):
        row = tuple_(*(column for column, _ in keys))
        bound = tuple_(*(literal(v, c.type) for (c, _), v in zip(keys, values, strict=True)))
        ordered: ColumnElement[bool] = row < bound if keys[0][1] else row > bound
        return ordered
    column, desc = keys[0]
    strictly: ColumnElement[bool] = column < values[0] if desc else column > values[0]
    if len(keys) == 1:
        return strictly
    return or_(strictly, and_(column == values[0], _after(keys[1:], values[1:])))


def keyset_rows(
    session: Session,
    statement: AnySelect,
    published: Any,
    tiebreak: Sequence[SortKey],
    after: tuple[datetime | None, tuple[int, ...]] | None,
    limit: int,
) -> list[AnyRow]:
    """Up to `limit` rows after `after`, newest first, rows without a date last.

    Two index-ordered reads instead of one `NULLS LAST` sort, so that the (published_at, id)
    index serves both databases: first the dated rows, then the undated ones by id.
    """
    rows: list[AnyRow] = []
    if after is None or after[0] is not None:
        dated = statement.where(published.is_not(None))
        if after is not None:
            dated = dated.where(published <= after[0]).where(
                _after([(published, True), *tiebreak], [after[0], *after[1]])
            )
        order = [published.desc(), *(c.desc() if d else c.asc() for c, d in tiebreak)]
        rows.extend(session.execute(dated.order_by(*order).limit(limit)).all())
    if len(rows) < limit:
        undated = statement.where(published.is_(None))
        if after is not None and after[0] is None:
            undated = undated.where(_after(tiebreak, after[1]))
        order = [c.desc() if d else c.asc() for c, d in tiebreak]
        rows.extend(session.execute(undated.order_by(*order).limit(limit - len(rows))).all())
    return rows


ARTICLE_COLUMNS = (
    Article.id,
    Article.canonical_url,
    Article.title,
    Article.byline,
    Article.source,
    Article.dateline_place,
    Article.published_at,
    Article.language,
    Article.duplicate_of_id,
)


def list_articles(
    session: Session,
    where: ArticleFilter,
    after: tuple[datetime | None, tuple[int, ...]] | None,
    limit: int,
) -> list[AnyRow]:
    statement = select(*ARTICLE_COLUMNS).where(*article_conditions(session, where))
    return keyset_rows(session, statement, Article.published_at, [(Article.id, True)], after, limit)


def count_articles(session: Session, where: ArticleFilter) -> int:
    conditions = article_conditions(session, where)
    return session.scalar(select(func.count()).select_from(Article).where(*conditions)) or 0


def speakers_of_articles(session: Session, article_ids: Sequence[int]) -> list[AnyRow]:
    """(article_id, speaker id, name, kind, quotes in that article), first quote first."""
    if not article_ids:
        return []
    rows: Sequence[AnyRow] = session.execute(
        select(
            Quote.article_id,
            Speaker.id,
            Speaker.name,
            Speaker.kind,
            func.count(Quote.id),
            func.min(Quote.position),
        )
        .join(Speaker, Speaker.id == Quote.speaker_id)
        .where(Quote.article_id.in_(list(article_ids)))
        .group_by(Quote.article_id, Speaker.id, Speaker.name, Speaker.kind)
        .order_by(Quote.article_id, func.min(Quote.position))
    ).all()
    return list(rows)


def topics_of_articles(session: Session, article_ids: Sequence[int]) -> list[AnyRow]:
    """(article_id, topic id, term, rank), best first."""
    if not article_ids:
        return []
    rows: Sequence[AnyRow] = session.execute(
        select(ArticleTopic.article_id, Topic.id, Topic.term, ArticleTopic.rank)
        .join(Topic, Topic.id == ArticleTopic.topic_id)
        .where(ArticleTopic.article_id.in_(list(article_ids)))
        .order_by(ArticleTopic.article_id, ArticleTopic.rank)
    ).all()
    return list(rows)


@dataclass(frozen=True)
class QuoteFilter:
    articles: ArticleFilter
    direct: bool | None = None


QUOTE_COLUMNS = (
    Quote.id,
    Quote.article_id,
    Quote.position,
    Quote.speaker_id,
    Speaker.name.label("speaker"),
    Speaker.kind.label("speaker_kind"),
    Quote.speaker_name,
    Quote.speaker_titles,
    Quote.text,
    Quote.direct,
    Quote.cue,
    Quote.start,
    Quote.end,
    Article.published_at,
    Article.title.label("article_title"),
    Article.source,
    Article.canonical_url,
    Article.language,
)

QUOTE_ORDER: list[SortKey] = [(Quote.article_id, True), (Quote.position, False)]


def _quote_statement(session: Session, where: QuoteFilter) -> AnySelect:
    # The speaker condition goes on quotes directly; the rest are the article's conditions.
    article_where = replace(where.articles, speaker_ids=None)
    statement = (
        select(*QUOTE_COLUMNS)
        .join(Article, Article.id == Quote.article_id)
        .join(Speaker, Speaker.id == Quote.speaker_id)
        .where(*article_conditions(session, article_where))
    )
    if where.articles.speaker_ids is not None:
        statement = statement.where(Quote.speaker_id.in_(list(where.articles.speaker_ids)))
    if where.direct is not None:
        statement = statement.where(Quote.direct.is_(where.direct))
    return statement


def list_quotes(
    session: Session,
    where: QuoteFilter,
    after: tuple[datetime | None, tuple[int, ...]] | None,
    limit: int,
) -> list[AnyRow]:
    """Quotes of the newest articles first, in their order within each article."""
    statement = _quote_statement(session, where)
    return keyset_rows(session, statement, Article.published_at, QUOTE_ORDER, after, limit)


def count_quotes(session: Session, where: QuoteFilter) -> int:
    statement = _quote_statement(session, where).with_only_columns(func.count(Quote.id))
    return session.scalar(statement) or 0
