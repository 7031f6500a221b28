"""The read side: article and quote listings by speaker, topic and full text.

Filters are resolved first (a speaker name to speaker ids, a topic to topic ids, `q` to a
SearchQuery); an unknown name makes an empty page without touching the articles. Pages are
keyset pages on (published_at, id): the cost of a page does not depend on how deep it is.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from newsarchive.articles.schemas import (
    ArticleListItem,
    ArticlePage,
    ArticleQuery,
    ListedSpeaker,
    ListedTopic,
)
from newsarchive.config import Settings
from newsarchive.pipeline import segment
from newsarchive.pipeline.names import name_key, pinyin_key
from newsarchive.quotes.schemas import (
    QuotedArticle,
    QuoteListItem,
    QuotePage,
    QuoteQuery,
    QuoteSpeaker,
)
from newsarchive.search import repository
from newsarchive.search.paging import Cursor, as_utc, decode_cursor, invalid_query_parameter
from newsarchive.search.query import EmptyQuery, SearchQuery, matches_tokens, parse
from newsarchive.search.repository import AnyRow, ArticleFilter, QuoteFilter
from newsarchive.speakers import repository as speakers_repository
from newsarchive.topics import repository as topics_repository

# Rows read per round trip when a listing is exported or post-filtered.
BATCH = 500
# How many topics each listed article shows.
TOPICS_PER_ARTICLE = 5

After = tuple[datetime | None, tuple[int, ...]]


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def speaker_ids_for_name(session: Session, name: str) -> list[int]:
    """Speakers known by this name: key of name or alias, or pinyin for a Latin query.

    A query in Chinese characters matches characters only (连玉明 never finds 廉玉明, who
    has the same pinyin); a query in Latin letters matches names and pinyin.
    """
    key = name_key(name)
    if not key:
        return []
    pinyin = None if _has_cjk(name) else pinyin_key(name)
    return speakers_repository.ids_for_name(session, key=key, pinyin=pinyin or None)


def parse_q(q: str | None, parameter: str = "q") -> SearchQuery | None:
    if q is None or not q.strip():
        return None
    try:
        return parse(q)
    except EmptyQuery as exc:
        raise invalid_query_parameter(
            parameter, "the query has no word or number to search for", q
        ) from exc


def article_filter(session: Session, params: ArticleQuery) -> ArticleFilter | None:
    """The filter of a listing, or None when it can match nothing (e.g. an unknown speaker)."""
    query = parse_q(params.q)
    speaker_ids: list[int] | None = None
    if params.speaker is not None and params.speaker.strip():
        speaker_ids = speaker_ids_for_name(session, params.speaker)
    if params.speaker_id is not None:
        speaker_ids = [
            i
            for i in (speaker_ids if speaker_ids is not None else [params.speaker_id])
            if i == params.speaker_id
        ]
    topic_ids: list[int] | None = None
    if params.topic is not None and params.topic.strip():
        topic_ids = topics_repository.ids_for_key(session, name_key(params.topic))
    if (speaker_ids is not None and not speaker_ids) or (topic_ids is not None and not topic_ids):
        return None
    return ArticleFilter(
        speaker_ids=speaker_ids,
        topic_ids=topic_ids,
        query=query,
        language=params.language,
        source=params.source,
        published_after=as_utc(params.published_after),
        published_before=as_utc(params.published_before),
        include_duplicates=params.include_duplicates,
    )


def page_limit(limit: int | None, settings: Settings) -> int:
    return min(limit or settings.default_page_limit, settings.max_page_limit)


def decode_after(cursor: str | None, kind: str, ids: int) -> After | None:
    if cursor is None or cursor == "":
        return None
    decoded = decode_cursor(cursor, kind, ids)
    return decoded.published_at, decoded.ids


# --- articles ---------------------------------------------------------------------------


def _article_items(session: Session, rows: list[AnyRow]) -> list[ArticleListItem]:
    ids = [row.id for row in rows]
    speakers: dict[int, list[ListedSpeaker]] = defaultdict(list)
    for article_id, speaker_id, name, kind, count, _first in repository.speakers_of_articles(
        session, ids
    ):
        speakers[article_id].append(
            ListedSpeaker(id=speaker_id, name=name, kind=kind, quote_count=count)
        )
    topics: dict[int, list[ListedTopic]] = defaultdict(list)
    for article_id, topic_id, term, _rank in repository.topics_of_articles(session, ids):
        if len(topics[article_id]) < TOPICS_PER_ARTICLE:
            topics[article_id].append(ListedTopic(id=topic_id, term=term))
    return [
        ArticleListItem(
            id=row.id,
            url=row.canonical_url,
            title=row.title,
            byline=row.byline,
            source=row.source,
            dateline_place=row.dateline_place,
            published_at=row.published_at,
            language=row.language,
            duplicate_of_id=row.duplicate_of_id,
            speakers=speakers[row.id],
            topics=topics[row.id],
        )
        for row in rows
    ]


def article_page(session: Session, params: ArticleQuery, settings: Settings) -> ArticlePage:
    limit = page_limit(params.limit, settings)
    after = decode_after(params.cursor, "articles", 1)
    where = article_filter(session, params)
    if where is None:
        return ArticlePage(items=[], next=None, total=0 if params.count else None)
    rows = repository.list_articles(session, where, after, limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = (
        Cursor("articles", rows[-1].published_at, (rows[-1].id,)).encode() if more else None
    )
    total = repository.count_articles(session, where) if params.count else None
    return ArticlePage(items=_article_items(session, rows), next=next_cursor, total=total)


def iter_articles(
    session: Session, where: ArticleFilter | None, after: After | None, limit: int | None
) -> Iterator[ArticleListItem]:
    """Every matching article from `after` on (at most `limit`), read in batches."""
    if where is None:
        return
    remaining = limit
    while remaining is None or remaining > 0:
        size = BATCH if remaining is None else min(BATCH, remaining)
        rows = repository.list_articles(session, where, after, size)
        yield from _article_items(session, rows)
        if len(rows) < size:
            return
        after = (rows[-1].published_at, (rows[-1].id,))
        if remaining is not None:
            remaining -= len(rows)


# --- quotes -----------------------------------------------------------------------------


@dataclass(frozen=True)
class QuoteSearch:
    """A resolved quote listing: the SQL filter, and the words the quote text must hold."""

    where: QuoteFilter
    text_query: SearchQuery | None

    def keeps(self, row: AnyRow) -> bool:
        if self.text_query is None:
            return True
        return matches_tokens(self.text_query, segment.search_tokens(row.text))


def quote_search(
    session: Session, params: QuoteQuery, *, speaker_id: int | None = None
) -> QuoteSearch | None:
    if speaker_id is not None:
        params = params.model_copy(update={"speaker_id": speaker_id})
    articles = article_filter(session, params)
    if articles is None:
        return None
    return QuoteSearch(QuoteFilter(articles=articles, direct=params.direct), articles.query)


def _quote_key(row: AnyRow) -> After:
    return row.published_at, (row.article_id, row.position)


def iter_quote_rows(
    session: Session, search: QuoteSearch, after: After | None, limit: int | None
) -> Iterator[AnyRow]:
    """Matching quotes in listing order. The article condition uses the indexes; the words
    of `q` are then checked in each quote's own text."""
    produced = 0
    while True:
        rows = repository.list_quotes(session, search.where, after, BATCH)
        for row in rows:
            if search.keeps(row):
                yield row
                produced += 1
                if limit is not None and produced >= limit:
                    return
        if len(rows) < BATCH:
            return
        after = _quote_key(rows[-1])


def quote_item(row: AnyRow) -> QuoteListItem:
    return QuoteListItem(
        id=row.id,
        speaker=QuoteSpeaker(id=row.speaker_id, name=row.speaker, kind=row.speaker_kind),
        speaker_name=row.speaker_name,
        speaker_titles=list(row.speaker_titles or []),
        text=row.text,
        direct=row.direct,
        cue=row.cue,
        start=row.start,
        end=row.end,
        article=QuotedArticle(
            id=row.article_id,
            title=row.article_title,
            url=row.canonical_url,
            source=row.source,
            published_at=row.published_at,
            language=row.language,
        ),
    )


def quote_page(
    session: Session, params: QuoteQuery, settings: Settings, *, speaker_id: int | None = None
) -> QuotePage:
    limit = page_limit(params.limit, settings)
    after = decode_after(params.cursor, "quotes", 2)
    search = quote_search(session, params, speaker_id=speaker_id)
    if search is None:
        return QuotePage(items=[], next=None, total=0 if params.count else None)
    if search.text_query is None:
        rows = repository.list_quotes(session, search.where, after, limit + 1)
    else:
        rows = list(iter_quote_rows(session, search, after, limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    next_cursor = None
    if more:
        published, ids = _quote_key(rows[-1])
        next_cursor = Cursor("quotes", published, ids).encode()
    total: int | None = None
    if params.count:
        if search.text_query is None:
            total = repository.count_quotes(session, search.where)
        else:
            total = sum(1 for _ in iter_quote_rows(session, search, None, None))
    return QuotePage(items=[quote_item(row) for row in rows], next=next_cursor, total=total)


def iter_quotes(
    session: Session, search: QuoteSearch | None, after: After | None, limit: int | None
) -> Iterator[QuoteListItem]:
    if search is None:
        return
    for row in iter_quote_rows(session, search, after, limit):
        yield quote_item(row)
