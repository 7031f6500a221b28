"""Response shapes of the speakers API."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class SpeakerListItem(BaseModel):
    id: int
    name: str
    kind: str = Field(description="person or organisation")
    quote_count: int
    article_count: int


class SpeakerPage(BaseModel):
    items: list[SpeakerListItem]
    next: str | None = Field(
        description="Cursor of the next page (pass as `cursor`); null on the last page"
    )


class SpeakerArticleRef(BaseModel):
    id: int
    title: str | None
    published_at: datetime | None


class SpeakerTitle(BaseModel):
    title: str = Field(description="A title as an article gave it, e.g. 全国政协委员")
    article_count: int = Field(description="Articles that give the speaker this title")
    articles: list[SpeakerArticleRef] = Field(description="The newest of those articles")


class SpeakerTopic(BaseModel):
    id: int
    term: str
    article_count: int = Field(description="Articles quoting the speaker with this topic")


class SpeakerOut(BaseModel):
    id: int
    name: str
    kind: str
    aliases: list[str] = Field(description="Other forms of the name met in articles")
    quote_count: int
    article_count: int
    first_seen: datetime | None = Field(description="Publication time of the oldest article")
    last_seen: datetime | None = Field(description="Publication time of the newest article")
    titles: list[SpeakerTitle] = Field(description="Titles seen, most frequent first")
    top_topics: list[SpeakerTopic] = Field(description="Topics of the speaker's articles")
