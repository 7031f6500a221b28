"""The data model (DESIGN.md): documents, articles, speakers and aliases, quotes, topics.

Migrations under migrations/ are the only way this schema is made; tests/test_migrations.py
fails when these classes and the migrations drift apart.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from newsarchive.db import Base, UTCDateTime


def utcnow() -> datetime:
    return datetime.now(UTC)


class Article(Base):
    __tablename__ = "articles"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    canonical_url: Mapped[str | None] = mapped_column(Text, unique=True)
    title: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    dateline_place: Mapped[str | None] = mapped_column(String(200))
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    language: Mapped[str] = mapped_column(String(8), index=True)
    script: Mapped[str | None] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    # Space-separated search tokens of title + body (segmented, simplified, case-folded):
    # what the full-text indexes are built on.
    search_tokens: Mapped[str] = mapped_column(Text, default="")
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # 64-bit SimHash of the body's tokens, stored signed to fit BIGINT on both databases.
    fingerprint: Mapped[int | None] = mapped_column(BigInteger, index=True)
    # The fingerprint's four 16-bit bands (pipeline/fingerprint.py `bands`): near-duplicate
    # candidates are the articles sharing at least one band, found through these indexes.
    fingerprint_band0: Mapped[int | None] = mapped_column(Integer, index=True)
    fingerprint_band1: Mapped[int | None] = mapped_column(Integer, index=True)
    fingerprint_band2: Mapped[int | None] = mapped_column(Integer, index=True)
    fingerprint_band3: Mapped[int | None] = mapped_column(Integer, index=True)
    duplicate_of_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    pipeline_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)

    documents: Mapped[list[Document]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Document.id",
    )
    quotes: Mapped[list[Quote]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Quote.position",
    )
    topic_links: Mapped[list[ArticleTopic]] = relationship(
        back_populates="article",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ArticleTopic.rank",
    )

    __table_args__ = (
        # Keyset pagination: newest first on (published_at, id).
        Index("ix_articles_published_at_id", "published_at", "id"),
    )


class Document(Base):
    """The original bytes of a page, kept so any article can be re-analysed later.

    An article can have several documents: `?refresh=true` stores a new version when the
    page changed. The newest one is the article's current original.
    """

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(8))  # url / html / text
    url: Mapped[str | None] = mapped_column(Text)
    final_url: Mapped[str | None] = mapped_column(Text)
    http_status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(200))
    charset: Mapped[str | None] = mapped_column(String(40))
    payload: Mapped[bytes] = mapped_column(LargeBinary)
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    fetched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Extra metadata that came with the item (bulk JSON-lines, WARC headers).
    meta: Mapped[dict[str, Any] | None] = mapped_column(JSON)

    article: Mapped[Article] = relationship(back_populates="documents")


class Speaker(Base):
    __tablename__ = "speakers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))  # person / organisation
    # name_key(): simplified, case-folded, separators removed. One speaker per key.
    key: Mapped[str] = mapped_column(String(200), unique=True)
    pinyin_key: Mapped[str] = mapped_column(String(400), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    aliases: Mapped[list[SpeakerAlias]] = relationship(
        back_populates="speaker", cascade="all, delete-orphan", passive_deletes=True
    )


class SpeakerAlias(Base):
    __tablename__ = "speaker_aliases"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="CASCADE"), index=True
    )
    alias: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), index=True)
    pinyin_key: Mapped[str] = mapped_column(String(400), index=True)

    speaker: Mapped[Speaker] = relationship(back_populates="aliases")

    __table_args__ = (UniqueConstraint("speaker_id", "key"),)


class Quote(Base):
    __tablename__ = "quotes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), index=True
    )
    speaker_id: Mapped[int] = mapped_column(
        ForeignKey("speakers.id", ondelete="RESTRICT"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)  # order within the article
    speaker_name: Mapped[str] = mapped_column(String(200))  # as written in this article
    speaker_titles: Mapped[list[str]] = mapped_column(JSON, default=list)
    text: Mapped[str] = mapped_column(Text)
    direct: Mapped[bool] = mapped_column(Boolean)
    cue: Mapped[str] = mapped_column(String(100))
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="quotes")
    speaker: Mapped[Speaker] = relationship()

    __table_args__ = (
        # The speaker filter: article ids of a speaker's quotes from the index alone.
        Index("ix_quotes_speaker_id_article_id", "speaker_id", "article_id"),
    )


class Topic(Base):
    __tablename__ = "topics"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    term: Mapped[str] = mapped_column(String(200))
    key: Mapped[str] = mapped_column(String(200), unique=True)  # name_key(term)
    language: Mapped[str] = mapped_column(String(8), index=True)


class ArticleTopic(Base):
    __tablename__ = "article_topics"

    article_id: Mapped[int] = mapped_column(
        ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True
    )
    topic_id: Mapped[int] = mapped_column(
        ForeignKey("topics.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    weight: Mapped[float] = mapped_column(Float)
    rank: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="topic_links")
    topic: Mapped[Topic] = relationship()

    __table_args__ = (
        # The topic filter: article ids of a topic from the index alone.
        Index("ix_article_topics_topic_id_article_id", "topic_id", "article_id"),
    )


class ApiToken(Base):
    """An API token for the HTTP API. Only its SHA-256 is stored, never the token itself.

    The token is `na_<prefix>_<secret>`: the prefix finds the row, the hash of the whole token
    is compared in constant time. Scope "read" may read; "write" may read and write.
    """

    __tablename__ = "api_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    token_hash: Mapped[str] = mapped_column(String(64))
    scope: Mapped[str] = mapped_column(String(8))  # read / write
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
