"""Request and response shapes of GET /quotes and GET /speakers/{id}/quotes."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field

from newsarchive.articles.schemas import ArticleQuery


class QuoteQuery(ArticleQuery):
    """Filters of GET /quotes: the article filters, applied to the quote's article, and
    `direct`. `speaker` keeps only that speaker's quotes; `q` keeps quotes whose own text
    contains the words (or phrases)."""

    direct: bool | None = Field(
        default=None,
        description="true: only direct quotes (in quotation marks); false: only reported speech",
    )


class QuotedArticle(BaseModel):
    id: int
    title: str | None
    url: str | None
    source: str | None
    published_at: datetime | None
    language: str


class QuoteSpeaker(BaseModel):
    id: int
    name: str
    kind: str


class QuoteListItem(BaseModel):
    id: int
    speaker: QuoteSpeaker
    speaker_name: str = Field(description="The name as written in the article")
    speaker_titles: list[str] = Field(description="Titles the article gives the speaker")
    text: str
    direct: bool
    cue: str = Field(description="The word that introduces the quote (said, 表示, 认为…)")
    start: int = Field(description="Character offset of the quote in the article body")
    end: int
    article: QuotedArticle


class QuotePage(BaseModel):
    items: list[QuoteListItem]
    next: str | None = Field(
        description="Cursor of the next page (pass as `cursor`); null on the last page"
    )
    total: int | None = Field(default=None, description="All matching quotes, when `count=true`")
