"""The one full-text condition on articles, for both databases, and the listing queries.

Both databases keep a table `articles_fts` beside `articles` (migrations 20261124_search
and 20261124_listing), filled by triggers from articles.search_tokens:

* PostgreSQL: `articles_fts(id, search_vector, phrase_vector, published_at, language,
  duplicate_of_id)`: the stored `to_tsvector('simple', …)` and the pairs of adjacent lexemes,
  each with a GIN index, and copies of the listing keys of the article with an index on
  (published_at, id). The query is built by `plainto_tsquery` / `phraseto_tsquery` /
  `articles_fts_pair_query` from bound text, which the server parses with the same parser
  as the stored tokens. A listing with `q` filters and orders in `articles_fts` and joins
  `articles` for the rows it returns.
* SQLite: an FTS5 table; the MATCH expression is a bound parameter made only of
  double-quoted strings.

`q` never reaches SQL as text: both forms bind it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
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
    union_all,
)
from sqlalchemy.orm import Session

from newsarchive.db import UTCDateTime
from newsarchive.models import Article, ArticleTopic, Quote, Speaker, Topic
from newsarchive.search.query import SearchQuery, fts5_match

_SIMPLE: ColumnElement[Any] = literal_column("'simple'::regconfig")
# SQLite: the FTS5 table (its hidden column of the same name takes MATCH).
_fts5 = table("articles_fts", column("rowid", Integer), column("articles_fts", Text))
# PostgreSQL: the stored vectors and the listing keys copied from `articles`.
_vectors = table(
    "articles_fts",
    column("id", Integer),
    column("search_vector"),
    column("phrase_vector"),
    column("published_at", UTCDateTime()),
    column("language", Text),
    column("duplicate_of_id", Integer),
)


def dialect_name(session: Session) -> str:
    return session.get_bind().dialect.name


def _matches(vector: ColumnElement[Any], tsquery: ColumnElement[Any]) -> ColumnElement[bool]:
    return vector.op("@@")(tsquery)


def _phrase_condition(phrase: tuple[str, ...]) -> ColumnElement[bool]:
    """A phrase on PostgreSQL. Two lexemes: their pair, one exact lexeme of phrase_vector.
    More: all their pairs, then positions for those candidates only. One lexeme (the server
    may join what the segmenter split): the vector itself. `numnode` of the bound phrase is
    a constant, so the server keeps only the branch that applies when it plans.

    The positions are tested on `coalesce(search_vector)`, which no index answers: with
    the GIN index of search_vector in the plan, every candidate would be rechecked against
    both vectors (about 20 us); this way the pairs come exactly from their own index and
    only search_vector is read for the positions."""
    text = bindparam(None, " ".join(phrase), Text)
    positional = func.phraseto_tsquery(_SIMPLE, text)
    nodes = func.numnode(positional)
    unindexed = func.coalesce(_vectors.c.search_vector, literal_column("''::tsvector"))
    return or_(
        and_(nodes <= 1, _matches(_vectors.c.search_vector, positional)),
        and_(
            nodes > 1,
            _matches(_vectors.c.phrase_vector, func.articles_fts_pair_query(text)),
            or_(nodes <= 3, _matches(unindexed, positional)),
        ),
    )


def vector_conditions(query: SearchQuery) -> list[ColumnElement[bool]]:
    """PostgreSQL: the conditions on `articles_fts` of the articles that match the query."""
    conditions: list[ColumnElement[bool]] = []
    if query.words:
        words = bindparam(None, " ".join(query.words), Text)
        conditions.append(_matches(_vectors.c.search_vector, func.plainto_tsquery(_SIMPLE, words)))
    conditions.extend(_phrase_condition(phrase) for phrase in query.phrases)
    return conditions


def matching_ids(dialect: str, query: SearchQuery) -> Select[int]:
    """The ids of the articles that match the query, through the full-text index."""
    if dialect == "postgresql":
        return select(_vectors.c.id).where(*vector_conditions(query))
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


def _date_conditions(
    where: ArticleFilter, published_at: Any = Article.published_at
) -> list[ColumnElement[bool]]:
    """The date window on `published_at` (the article's, or its copy beside the vector)."""
    conditions: list[ColumnElement[bool]] = []
    if where.published_after is not None:
        conditions.append(published_at >= where.published_after)
    if where.published_before is not None:
        conditions.append(published_at < where.published_before)
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


# PostgreSQL lists the matches of `q` one of two ways, and its planner cannot tell which is
# cheaper: it does not count the decompression of each stored vector that testing a row
# costs (about 5 us), so it walks the (published_at, id) index testing each row even for a
# word in 1% of the articles (20-28 ms on bench/query.py), and it takes the pairs of a
# phrase for independent words (see _estimated_matches). So the listing chooses from the
# estimated matches: up to this many, all matches are taken from the GIN indexes and
# sorted by their stored keys (about 1 us a match); more, the date index is walked newest
# first, which finds a page after testing about limit x (articles / matches) rows.
POSTGRES_SORTED_MATCHES = 3000


def _estimated_matches(
    session: Session, query: SearchQuery, keys: Sequence[ColumnElement[bool]]
) -> float:
    """The planner's estimate of the articles_fts rows that match (EXPLAIN, not run).

    The planner multiplies the frequencies of the lexemes it ANDs, as if they were
    independent; the pairs of one phrase are anything but (人工 智能 and 智能 人工智能 go
    together), which made a phrase in 5,000 articles look like one in 1. So the words are
    estimated together, each pair of a phrase alone, and the smallest estimate is taken.
    """
    parts: list[Select[Any]] = []
    if query.words:
        words = bindparam(None, " ".join(query.words), Text)
        parts.append(
            select(_vectors.c.id).where(
                _matches(_vectors.c.search_vector, func.plainto_tsquery(_SIMPLE, words)), *keys
            )
        )
    for phrase in query.phrases:
        for first, second in itertools.pairwise(phrase):
            pair = func.articles_fts_pair_query(bindparam(None, f"{first} {second}", Text))
            parts.append(
                select(_vectors.c.id).where(_matches(_vectors.c.phrase_vector, pair), *keys)
            )
    statement = union_all(*parts) if len(parts) > 1 else parts[0]
    compiled = statement.compile(
        dialect=session.get_bind().dialect, compile_kwargs={"render_postcompile": True}
    )
    explained = session.connection().exec_driver_sql(
        f"EXPLAIN (FORMAT JSON) {compiled}", compiled.params
    )
    plan = explained.scalar_one()[0]["Plan"]
    branches = plan["Plans"] if len(parts) > 1 else [plan]  # under the Append of UNION ALL
    return min(float(branch["Plan Rows"]) for branch in branches)


@dataclass(frozen=True)
class _Listing:
    """An article listing: its statement, its keyset columns (published_at, id), whether
    it selects only those (ids_only: the rows are read afterwards) and whether PostgreSQL
    must walk the date index for it (walk)."""

    statement: AnySelect
    published: Any
    article_id: Any
    ids_only: bool = False
    walk: bool = False


@contextmanager
def _walking(session: Session, walk: bool) -> Iterator[None]:
    """PostgreSQL: no sorting in the statements inside, so that the listing order can only
    come from walking the (published_at, id) index; then as before."""
    if not walk:
        yield
        return
    settings = ("enable_sort",)
    # set_config(…, true) is SET LOCAL: it ends with the transaction at the latest.
    row = session.execute(
        select(
            *(func.current_setting(name) for name in settings),
            *(func.set_config(name, "off", True) for name in settings),
        )
    ).one()
    before = row[: len(settings)]
    # Not in a `finally`: after an error the transaction is rolled back, which undoes the
    # setting, and a statement sent to an aborted transaction would hide the error.
    yield
    session.execute(
        select(*(func.set_config(n, v, True) for n, v in zip(settings, before, strict=True)))
    )


# The same choice for a speaker or a topic on PostgreSQL: the planner walks the date index
# testing each article for the speaker's quotes even when the speaker is in 1% of them
# (2,000 articles read, 8 ms). Up to this many quotes (or topic links), the articles are
# taken from the speaker's (topic's) index and sorted instead (about 3 us each).
POSTGRES_DRIVING_ROWS = 1500


def _small_driver(
    session: Session, where: ArticleFilter
) -> tuple[Select[Any], ArticleFilter] | None:
    """The ids of the articles of the filter's speaker or topic when there are at most
    POSTGRES_DRIVING_ROWS of them, with the filter left to test on those; else None."""
    drivers: list[tuple[Select[Any], ArticleFilter]] = []
    if where.speaker_ids is not None:
        speakers = list(where.speaker_ids)
        drivers.append(
            (
                select(Quote.article_id).where(Quote.speaker_id.in_(speakers)),
                replace(where, speaker_ids=None),
            )
        )
    if where.topic_ids is not None:
        topics = list(where.topic_ids)
        drivers.append(
            (
                select(ArticleTopic.article_id).where(ArticleTopic.topic_id.in_(topics)),
                replace(where, topic_ids=None),
            )
        )
    for article_ids, rest in drivers:
        if _capped_count(session, article_ids, POSTGRES_DRIVING_ROWS) <= POSTGRES_DRIVING_ROWS:
            return article_ids.distinct(), rest
    return None


def _postgres_listing(session: Session, where: ArticleFilter) -> _Listing:
    """A PostgreSQL listing without `q`: from the articles of the speaker or topic when
    they are few, otherwise as the planner likes (it walks the date index)."""
    driver = _small_driver(session, where)
    if driver is not None:
        article_ids, rest = driver
        found = article_ids.cte("driving").prefix_with("MATERIALIZED")
        statement = (
            select(*ARTICLE_COLUMNS)
            .select_from(found)
            .join(Article, Article.id == found.c.article_id)
            .where(*article_conditions(session, rest))
        )
        return _Listing(statement, Article.published_at, Article.id)
    statement = select(*ARTICLE_COLUMNS).where(*article_conditions(session, where))
    return _Listing(statement, Article.published_at, Article.id)


def _article_listing(session: Session, where: ArticleFilter) -> _Listing:
    """The article listing of a filter.

    On PostgreSQL a listing with `q` starts from `articles_fts`: the text, the date window,
    the language and "one copy of each story" are all decided there, and the matches are
    put in order by the keys stored beside their vectors; `articles` is joined for the other
    conditions and the returned columns.
    """
    if dialect_name(session) != "postgresql":
        statement = select(*ARTICLE_COLUMNS).where(*article_conditions(session, where))
        return _Listing(statement, Article.published_at, Article.id)
    if where.query is None:
        return _postgres_listing(session, where)
    keys = _vectors.c
    text = vector_conditions(where.query)
    key_conditions: list[ColumnElement[bool]] = []
    if not where.include_duplicates:
        key_conditions.append(keys.duplicate_of_id.is_(None))
    if where.language is not None:
        key_conditions.append(keys.language == where.language)
    key_conditions.extend(_date_conditions(where, keys.published_at))
    rest = replace(
        where,
        query=None,
        language=None,
        published_after=None,
        published_before=None,
        include_duplicates=True,
    )
    others = article_conditions(session, rest)
    estimate = _estimated_matches(session, where.query, key_conditions)
    if estimate <= POSTGRES_SORTED_MATCHES:
        # MATERIALIZED: the planner may not turn this back into a walk of the date index.
        found = (
            select(keys.id, keys.published_at)
            .where(*text, *key_conditions)
            .cte("matches")
            .prefix_with("MATERIALIZED")
        )
        if not others:
            # Only the page's ids: the planner would otherwise join every match to
            # `articles` before sorting; list_articles reads the page's rows afterwards.
            statement = select(found.c.id, found.c.published_at)
            return _Listing(statement, found.c.published_at, found.c.id, ids_only=True)
        statement = (
            select(*ARTICLE_COLUMNS)
            .select_from(found)
            .join(Article, Article.id == found.c.id)
            .where(*others)
        )
        return _Listing(statement, found.c.published_at, found.c.id)
    # Many matches. A speaker or topic with few articles: those articles, tested for the text.
    driver = _small_driver(session, rest)
    if driver is not None:
        article_ids, rest = driver
        driving = article_ids.cte("driving").prefix_with("MATERIALIZED")
        statement = (
            select(*ARTICLE_COLUMNS)
            .select_from(driving)
            .join(_vectors, keys.id == driving.c.article_id)
            .join(Article, Article.id == keys.id)
            .where(*text, *key_conditions, *article_conditions(session, rest))
        )
        return _Listing(statement, keys.published_at, keys.id)
    statement = (
        select(*ARTICLE_COLUMNS)
        .select_from(_vectors)
        .join(Article, Article.id == keys.id)
        .where(*text, *key_conditions, *others)
    )
    # Walking the date index is right for the text alone; with other conditions (a common
    # speaker or topic, a source) the planner weighs them itself.
    return _Listing(statement, keys.published_at, keys.id, walk=not others)


def list_articles(
    session: Session,
    where: ArticleFilter,
    after: tuple[datetime | None, tuple[int, ...]] | None,
    limit: int,
) -> list[AnyRow]:
    listing = _article_listing(session, where)
    with _walking(session, listing.walk):
        rows = keyset_rows(
            session,
            listing.statement,
            listing.published,
            [(listing.article_id, True)],
            after,
            limit,
        )
    if not listing.ids_only or not rows:
        return rows
    # A page of ids (see _article_listing): their rows, in the page's order.
    by_id = {
        row.id: row
        for row in session.execute(
            select(*ARTICLE_COLUMNS).where(Article.id.in_([row.id for row in rows]))
        )
    }
    return [by_id[row.id] for row in rows]


def count_articles(session: Session, where: ArticleFilter) -> int:
    # Counting reads every match: never walking (whatever a page of the same filter does).
    statement = _article_listing(session, where).statement
    counted = statement.with_only_columns(func.count(), maintain_column_froms=True)
    return session.scalar(counted) or 0


# The speakers and topics of a page are looked up by primary key, one per row listed, in
# correlated subqueries: PostgreSQL would otherwise hash the whole speakers and topics
# tables for a page of twenty articles (1.7 ms at 3,000 speakers and 5,000 topics, and
# growing with them).


def speakers_of_articles(session: Session, article_ids: Sequence[int]) -> list[AnyRow]:
    """(article_id, speaker id, name, kind, quotes in that article), first quote first."""
    if not article_ids:
        return []

    def of_speaker(column: Any) -> Any:
        return select(column).where(Speaker.id == Quote.speaker_id).scalar_subquery()

    first = func.min(Quote.position)
    rows: Sequence[AnyRow] = session.execute(
        select(
            Quote.article_id,
            Quote.speaker_id,
            of_speaker(Speaker.name),
            of_speaker(Speaker.kind),
            func.count(Quote.id),
            first,
        )
        .where(Quote.article_id.in_(list(article_ids)))
        .group_by(Quote.article_id, Quote.speaker_id)
        .order_by(Quote.article_id, first)
    ).all()
    return list(rows)


def topics_of_articles(session: Session, article_ids: Sequence[int]) -> list[AnyRow]:
    """(article_id, topic id, term, rank), best first."""
    if not article_ids:
        return []
    term = select(Topic.term).where(Topic.id == ArticleTopic.topic_id).scalar_subquery()
    rows: Sequence[AnyRow] = session.execute(
        select(ArticleTopic.article_id, ArticleTopic.topic_id, term, ArticleTopic.rank)
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
