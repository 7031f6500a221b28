"""Full-text search and the indexes of the read side.

PostgreSQL: a GIN index on to_tsvector('simple', search_tokens). SQLite: an FTS5 table over
articles.search_tokens (external content), kept in step by triggers. Both: composite indexes
for the speaker and topic filters (EXISTS probes and index-only lookups of article ids).

Revision ID: 20261124_search
Revises: 20261124_initial
Create Date: 2026-11-24 19:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "20261124_search"
down_revision: str | None = "20261124_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SQLITE_FTS = [
    # unicode61 without diacritics removal: the same lexemes as PostgreSQL's `simple`.
    "CREATE VIRTUAL TABLE articles_fts USING fts5(search_tokens, content='articles', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles BEGIN "
    "INSERT INTO articles_fts(rowid, search_tokens) VALUES (new.id, new.search_tokens); END",
    "CREATE TRIGGER articles_fts_after_delete AFTER DELETE ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, search_tokens) "
    "VALUES ('delete', old.id, old.search_tokens); END",
    "CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF search_tokens ON articles BEGIN "
    "INSERT INTO articles_fts(articles_fts, rowid, search_tokens) "
    "VALUES ('delete', old.id, old.search_tokens); "
    "INSERT INTO articles_fts(rowid, search_tokens) VALUES (new.id, new.search_tokens); END",
    "INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')",
]


def upgrade() -> None:
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.create_index(
            "ix_quotes_speaker_id_article_id", ["speaker_id", "article_id"], unique=False
        )
    with op.batch_alter_table("article_topics", schema=None) as batch_op:
        batch_op.create_index(
            "ix_article_topics_topic_id_article_id", ["topic_id", "article_id"], unique=False
        )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_articles_search_vector ON articles "
            "USING gin (to_tsvector('simple'::regconfig, search_tokens))"
        )
    else:
        for statement in SQLITE_FTS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_articles_search_vector")
    else:
        for trigger in ("after_insert", "after_delete", "after_update"):
            op.execute(f"DROP TRIGGER IF EXISTS articles_fts_{trigger}")
        op.execute("DROP TABLE IF EXISTS articles_fts")
    with op.batch_alter_table("article_topics", schema=None) as batch_op:
        batch_op.drop_index("ix_article_topics_topic_id_article_id")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_speaker_id_article_id")
