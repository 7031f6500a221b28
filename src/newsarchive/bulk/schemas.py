"""Request and response shapes of POST /articles/batch."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class BatchItemIn(BaseModel):
    """One item of a batch (documentation only: items are validated one by one, so that a
    bad item gets its own error instead of failing the request)."""

    url: str | None = Field(default=None, description="Where the page came from")
    html: str | None = Field(default=None, description="The page's HTML")
    text: str | None = Field(default=None, description="Raw text a scraper saved")


class BatchItemResult(BaseModel):
    index: int = Field(description="Position of the item in the request, from 0")
    status: Literal["created", "duplicate", "error"]
    id: int | None = Field(default=None, description="The article (new or already archived)")
    duplicate_of_id: int | None = Field(
        default=None, description="For a new article: the first article of the same story"
    )
    url: str | None = None
    error: str | None = Field(default=None, description="Error code, for status=error")
    detail: str | None = Field(default=None, description="Why the item failed")


class BatchOut(BaseModel):
    created: int
    duplicate: int
    failed: int
    results: list[BatchItemResult]
