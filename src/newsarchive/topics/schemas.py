"""Request and response shapes of GET /topics."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field


class TopicQuery(BaseModel):
    language: Literal["zh", "en", "other"] | None = Field(
        default=None, description="Count only articles in this language"
    )
    published_after: datetime | None = Field(
        default=None,
        description="Count only articles published at or after this time (ISO 8601; UTC "
        "when no offset)",
        examples=["2026-03-01"],
    )
    published_before: datetime | None = Field(
        default=None,
        description="Count only articles published strictly before this time (ISO 8601)",
    )
    include_duplicates: bool = Field(
        default=False, description="Count near-duplicate copies of a story too"
    )
    limit: int | None = Field(
        default=None, ge=1, description="Topics per page: 20 when not given, capped (200)"
    )
    cursor: str | None = Field(
        default=None, max_length=1000, description="The `next` value of the previous page"
    )


class TopicListItem(BaseModel):
    id: int
    term: str
    language: str
    article_count: int = Field(description="Articles with this topic under the filters")


class TopicPage(BaseModel):
    items: list[TopicListItem]
    next: str | None = Field(
        description="Cursor of the next page (pass as `cursor`); null on the last page"
    )
