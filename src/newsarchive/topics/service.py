"""Topics with their article counts. No commits here."""

from __future__ import annotations

from sqlalchemy.orm import Session

from newsarchive.config import Settings
from newsarchive.search.paging import Cursor, as_utc
from newsarchive.search.service import decode_after, page_limit
from newsarchive.topics import repository
from newsarchive.topics.schemas import TopicListItem, TopicPage, TopicQuery


def list_topics(session: Session, params: TopicQuery, settings: Settings) -> TopicPage:
    size = page_limit(params.limit, settings)
    after_key = decode_after(params.cursor, "topics", 2)
    rows = repository.ranked(
        session,
        language=params.language,
        published_after=as_utc(params.published_after),
        published_before=as_utc(params.published_before),
        include_duplicates=params.include_duplicates,
        after=(after_key[1][0], after_key[1][1]) if after_key else None,
        limit=size + 1,
    )
    more = len(rows) > size
    rows = rows[:size]
    next_cursor = None
    if more:
        next_cursor = Cursor("topics", None, (rows[-1].article_count, rows[-1].id)).encode()
    return TopicPage(
        items=[
            TopicListItem(
                id=row.id, term=row.term, language=row.language, article_count=row.article_count
            )
            for row in rows
        ],
        next=next_cursor,
    )
