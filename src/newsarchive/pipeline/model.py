"""Data passed between pipeline stages, and the pipeline's own errors."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

PageKind = Literal["html", "text"]
Language = Literal["zh", "en", "other"]
SpeakerKind = Literal["person", "organisation"]


class AnalysisError(ValueError):
    """The input cannot be turned into an article; the message says why."""


class NotTextError(AnalysisError):
    def __init__(self, detail: str = "not text") -> None:
        super().__init__(detail)


class NoArticleError(AnalysisError):
    def __init__(self, detail: str = "no article text found") -> None:
        super().__init__(detail)


@dataclass(frozen=True)
class Page:
    """One page as received: raw bytes (or text already decoded) and what is known of it."""

    content: bytes | str
    kind: PageKind
    url: str | None = None
    # The HTTP Content-Type header when the page was fetched; its charset wins over <meta>.
    content_type: str | None = None


@dataclass(frozen=True)
class Decoded:
    text: str
    charset: str  # the codec actually used, e.g. "gb18030", "utf-8"


@dataclass(frozen=True)
class Extracted:
    """The article found in a page, before language and quote analysis."""

    paragraphs: list[str]
    title: str | None = None
    byline: str | None = None
    source: str | None = None  # the site or news agency, e.g. 中新网, Reuters
    dateline_place: str | None = None  # 北京 in 中新网北京3月11日电
    published_at: datetime | None = None  # always timezone-aware when set
    canonical_url: str | None = None
    site_name: str | None = None

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass(frozen=True)
class Token:
    word: str
    pos: str  # jieba part-of-speech tag: nr person, ns place, nt organisation, v verb, ...
    start: int  # character offset into the segmented text


@dataclass(frozen=True)
class Quote:
    speaker: str  # the fullest form of the name used in the article
    text: str  # always equal to body[start:end]
    direct: bool
    cue: str
    start: int
    end: int
    speaker_titles: tuple[str, ...] = ()
    speaker_kind: SpeakerKind = "person"


@dataclass(frozen=True)
class Topic:
    term: str
    weight: float


@dataclass(frozen=True)
class Analysis:
    language: Language
    body: str
    title: str | None = None
    byline: str | None = None
    source: str | None = None
    dateline_place: str | None = None
    published_at: datetime | None = None
    canonical_url: str | None = None
    script: Literal["hans", "hant"] | None = None  # for Chinese: simplified or traditional
    charset: str | None = None
    tokens: list[str] = field(default_factory=list)  # search tokens of title + body
    quotes: list[Quote] = field(default_factory=list)
    topics: list[Topic] = field(default_factory=list)
    pipeline_version: str = ""
    # 64-bit SimHash of the body (pipeline/fingerprint.py), signed; None for a short body.
    fingerprint: int | None = None

    @property
    def paragraphs(self) -> list[str]:
        return self.body.split("\n") if self.body else []
