"""Request and response shapes of the articles API."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

_SEED_PATH = Path(__file__).resolve().parents[3] / "seeds" / "000_7e0d1ae2f8f72497.txt"


def seed_example() -> str:
    """The seed page, used as the request example in the OpenAPI docs."""
    try:
        return _SEED_PATH.read_text(encoding="utf-8")
    except OSError:
        return "中新网北京3月11日电 ……"


class ArticleIn(BaseModel):
    """One page to archive: raw scraped text, HTML (with its URL when known), or a URL to fetch."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="Raw text a scraper saved")
    html: str | None = Field(default=None, description="The page's HTML")
    url: str | None = Field(
        default=None,
        description="The page's URL: fetched when neither text nor html is given, "
        "otherwise recorded as where the page came from",
    )

    @model_validator(mode="after")
    def _one_payload(self) -> ArticleIn:
        if self.text is not None and self.html is not None:
            raise ValueError("give either text or html, not both")
        if self.text is None and self.html is None and self.url is None:
            raise ValueError("give one of text, html or url")
        return self


class DocumentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    kind: str
    url: str | None
    final_url: str | None
    http_status: int | None
    content_type: str | None
    charset: str | None
    size: int
    sha256: str
    received_at: datetime
    fetched_at: datetime | None


class SpeakerRef(BaseModel):
    id: int
    name: str
    kind: str


class QuoteOut(BaseModel):
    id: int
    speaker: SpeakerRef
    speaker_name: str = Field(description="The name as written in this article")
    speaker_titles: list[str]
    text: str
    direct: bool
    cue: str
    start: int = Field(description="Character offset of the quote in the article body")
    end: int


class ArticleSpeaker(BaseModel):
    id: int
    name: str
    kind: str
    titles: list[str]
    quote_count: int


class ArticleTopicOut(BaseModel):
    id: int
    term: str
    weight: float
    rank: int


class CopyOut(BaseModel):
    """Another article that tells the same story (a near-duplicate)."""

    id: int
    source: str | None
    url: str | None
    title: str | None
    published_at: datetime | None


class ArticleOut(BaseModel):
    id: int
    url: str | None
    title: str | None
    byline: str | None
    source: str | None
    dateline_place: str | None
    published_at: datetime | None
    language: str
    script: str | None
    body: str
    duplicate_of_id: int | None
    pipeline_version: int
    created_at: datetime
    updated_at: datetime
    document: DocumentOut | None
    quotes: list[QuoteOut]
    speakers: list[ArticleSpeaker]
    topics: list[ArticleTopicOut]
    copies: list[CopyOut] = Field(
        default_factory=list, description="Other copies of the same story in the archive"
    )


class IngestOut(ArticleOut):
    duplicate: bool = Field(
        description="True when the page was already archived; the existing article is returned"
    )


class AnalysisQuote(BaseModel):
    speaker: str
    speaker_titles: list[str]
    text: str
    direct: bool
    cue: str
    start: int
    end: int


class AnalysisOut(BaseModel):
    """The analysis contract of DESIGN.md (also printed by `newsarchive analyze`)."""

    path: str | None
    language: Literal["zh", "en", "other"] | None
    title: str | None
    byline: str | None
    source: str | None
    dateline_place: str | None
    published_at: str | None
    body: str | None
    quotes: list[AnalysisQuote]
    topics: list[str]
    error: str | None


class ErrorOut(BaseModel):
    error: str = Field(description="A short machine-readable code")
    detail: str = Field(description="What was wrong, for a person")


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI entries for the errors a route can answer, all in the one error shape."""
    descriptions = {
        400: "Malformed request",
        401: "Missing or wrong API token",
        403: "The token may not do this",
        404: "No such resource",
        413: "Body over the size limit",
        415: "Unsupported content type",
        422: "The input was understood but cannot be used; detail says why",
        429: "Rate limit reached; retry after the Retry-After header",
        502: "The page's server answered with an error",
        503: "The database is unavailable; retry after the Retry-After header",
        504: "The page's server did not answer in time",
    }
    return {code: {"model": ErrorOut, "description": descriptions[code]} for code in codes}


# --- the read side: GET /articles (issue 5) ------------------------------------------------

ExportFormat = Literal["json", "csv", "ndjson"]


class PageQuery(BaseModel):
    """Paging and answer format, shared by every listing."""

    limit: int | None = Field(
        default=None,
        ge=1,
        description="Rows per page: 20 when not given; values above the cap (200 unless "
        "configured) are lowered to it. For csv/ndjson, the most rows to export (all when "
        "not given).",
    )
    cursor: str | None = Field(
        default=None,
        max_length=1000,
        description="The `next` value of the previous page, to read the page after it. "
        "Opaque; a malformed cursor is a 422.",
    )
    count: bool = Field(
        default=False,
        description="Also answer `total`, the number of matching rows (costs one count query)",
    )
    format: ExportFormat | None = Field(
        default=None,
        description="`json` (a page), `csv` or `ndjson` (every matching row, streamed). "
        "Overrides the Accept header (text/csv, application/x-ndjson).",
    )


class ArticleQuery(PageQuery):
    """Filters of GET /articles; all of them combine (AND)."""

    speaker: str | None = Field(
        default=None,
        max_length=200,
        description="Articles quoting this person or organisation, by name or alias, written "
        "in simplified or traditional characters or in pinyin with or without spaces and "
        "tones (连玉明, 連玉明, Lian Yuming, lianyuming). An unknown name gives an empty page.",
        examples=["连玉明"],
    )
    speaker_id: int | None = Field(default=None, description="Articles quoting this speaker id")
    topic: str | None = Field(
        default=None,
        max_length=200,
        description="Articles with this topic (a term of GET /topics; traditional or "
        "simplified, any case)",
        examples=["东盟"],
    )
    q: str | None = Field(
        default=None,
        max_length=500,
        description="Full text of title and body. Words must all occur; a part in double "
        'quotes ("…", “…”) must occur as a phrase. Chinese is segmented like the articles, '
        "so two-character words (东盟, 算力) are found, and traditional finds simplified.",
        examples=["东盟 算力"],
    )
    language: Literal["zh", "en", "other"] | None = Field(
        default=None, description="The article's language"
    )
    source: str | None = Field(
        default=None, max_length=200, description="The site or agency exactly, e.g. 中新网"
    )
    published_after: datetime | None = Field(
        default=None,
        description="Published at or after this time (ISO 8601 date or date-time; UTC when "
        "no offset is given)",
        examples=["2026-03-01"],
    )
    published_before: datetime | None = Field(
        default=None,
        description="Published strictly before this time (ISO 8601; UTC when no offset)",
        examples=["2026-04-01T00:00:00+08:00"],
    )
    include_duplicates: bool = Field(
        default=False,
        description="Also list near-duplicate copies of a story; by default one article per "
        "story (the first one archived)",
    )


class ListedSpeaker(BaseModel):
    id: int
    name: str
    kind: str
    quote_count: int = Field(description="Quotes of this speaker in the article")


class ListedTopic(BaseModel):
    id: int
    term: str


class ArticleListItem(BaseModel):
    id: int
    url: str | None
    title: str | None
    byline: str | None
    source: str | None
    dateline_place: str | None
    published_at: datetime | None
    language: str
    duplicate_of_id: int | None
    speakers: list[ListedSpeaker] = Field(description="Who is quoted, in order of first quote")
    topics: list[ListedTopic] = Field(description="The article's topics, best first")


class ArticlePage(BaseModel):
    items: list[ArticleListItem]
    next: str | None = Field(
        description="Cursor of the next page (pass as `cursor`); null on the last page"
    )
    total: int | None = Field(default=None, description="All matching rows, when `count=true`")
