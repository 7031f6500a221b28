"""Speakers: find by name, rank by quotes, one speaker's record. No commits here."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy.orm import Session

from newsarchive.config import Settings
from newsarchive.errors import NotFound
from newsarchive.search.paging import Cursor
from newsarchive.search.service import decode_after, page_limit, speaker_ids_for_name
from newsarchive.speakers import repository
from newsarchive.speakers.schemas import (
    SpeakerArticleRef,
    SpeakerListItem,
    SpeakerOut,
    SpeakerPage,
    SpeakerTitle,
    SpeakerTopic,
)

# Articles listed under each title, and topics in a speaker's record.
ARTICLES_PER_TITLE = 10
TOP_TOPICS = 10


def list_speakers(
    session: Session, q: str | None, cursor: str | None, limit: int | None, settings: Settings
) -> SpeakerPage:
    size = page_limit(limit, settings)
    if q is not None and q.strip():
        ids = speaker_ids_for_name(session, q)
        rows = repository.with_counts(session, ids)[:size]
        return SpeakerPage(items=[_item(row) for row in rows], next=None)
    after_key = decode_after(cursor, "speakers", 2)
    after = (after_key[1][0], after_key[1][1]) if after_key else None
    rows = repository.ranked(session, after=after, limit=size + 1)
    more = len(rows) > size
    rows = rows[:size]
    next_cursor = None
    if more:
        last = rows[-1]
        next_cursor = Cursor("speakers", None, (last.quote_count, last.id)).encode()
    return SpeakerPage(items=[_item(row) for row in rows], next=next_cursor)


def _item(row: tuple[int, str, str, int, int]) -> SpeakerListItem:
    speaker_id, name, kind, quote_count, article_count = row
    return SpeakerListItem(
        id=speaker_id,
        name=name,
        kind=kind,
        quote_count=quote_count,
        article_count=article_count,
    )


def require(session: Session, speaker_id: int) -> None:
    if repository.get(session, speaker_id) is None:
        raise NotFound(f"no speaker with id {speaker_id}")


def get_speaker(session: Session, speaker_id: int) -> SpeakerOut:
    speaker = repository.get(session, speaker_id)
    if speaker is None:
        raise NotFound(f"no speaker with id {speaker_id}")
    quote_count, article_count, first_seen, last_seen = repository.record(session, speaker_id)

    articles_by_title: dict[str, list[SpeakerArticleRef]] = defaultdict(list)
    seen: dict[str, set[int]] = defaultdict(set)
    for titles, article_id, article_title, published_at in repository.titles_with_articles(
        session, speaker_id
    ):
        for title in titles or []:
            if article_id in seen[title]:
                continue
            seen[title].add(article_id)
            articles_by_title[title].append(
                SpeakerArticleRef(id=article_id, title=article_title, published_at=published_at)
            )
    titles_out = [
        SpeakerTitle(title=title, article_count=len(refs), articles=refs[:ARTICLES_PER_TITLE])
        for title, refs in sorted(articles_by_title.items(), key=lambda item: -len(item[1]))
    ]
    return SpeakerOut(
        id=speaker.id,
        name=speaker.name,
        kind=speaker.kind,
        aliases=sorted({alias.alias for alias in speaker.aliases if alias.alias != speaker.name}),
        quote_count=quote_count,
        article_count=article_count,
        first_seen=first_seen,
        last_seen=last_seen,
        titles=titles_out,
        top_topics=[
            SpeakerTopic(id=topic_id, term=term, article_count=count)
            for topic_id, term, count in repository.top_topics(session, speaker_id, TOP_TOPICS)
        ],
    )
