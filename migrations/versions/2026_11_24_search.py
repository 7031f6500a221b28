"""Full-text search and the indexes of the read side.

Both databases get a table `articles_fts` over articles.search_tokens, kept in step by
triggers, so the ORM and the ingest code never see it:

* PostgreSQL: (id, search_vector tsvector) with a GIN index, the vector computed once by
  to_tsvector('simple', search_tokens). Stored rather than an expression index, because a
  newest-first listing that scans by date tests each row, and recomputing to_tsvector per
  row costs about 100 times more than reading a stored vector (measured: 0.36 ms against
  3.4 us per article of ~1,200 characters, bench/query.py archive).
* SQLite: an FTS5 table (external content over articles).

Both: composite indexes for the speaker and topic filters.

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


POSTGRES_FTS = [
    "CREATE TABLE articles_fts ("
    " id integer PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,"
    " search_vector tsvector NOT NULL)",
    "CREATE INDEX ix_articles_search_vector ON articles_fts USING gin (search_vector)",
    "CREATE FUNCTION articles_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
    "INSERT INTO articles_fts (id, search_vector) "
    "VALUES (NEW.id, to_tsvector('simple'::regconfig, NEW.search_tokens)) "
    "ON CONFLICT (id) DO UPDATE SET search_vector = EXCLUDED.search_vector; "
    "RETURN NULL; END $$",
    "CREATE TRIGGER articles_fts_after_insert AFTER INSERT ON articles "
    "FOR EACH ROW EXECUTE FUNCTION articles_fts_sync()",
    "CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF search_tokens ON articles "
    "FOR EACH ROW WHEN (OLD.search_tokens IS DISTINCT FROM NEW.search_tokens) "
    "EXECUTE FUNCTION articles_fts_sync()",
    "INSERT INTO articles_fts (id, search_vector) "
    "SELECT id, to_tsvector('simple'::regconfig, search_tokens) FROM articles",
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
    statements = POSTGRES_FTS if op.get_bind().dialect.name == "postgresql" else SQLITE_FTS
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for trigger in ("after_insert", "after_delete", "after_update"):
        op.execute(
            f"DROP TRIGGER IF EXISTS articles_fts_{trigger}" + (" ON articles" if postgres else "")
        )
    op.execute("DROP TABLE IF EXISTS articles_fts")
    if postgres:
        op.execute("DROP FUNCTION IF EXISTS articles_fts_sync()")
    with op.batch_alter_table("article_topics", schema=None) as batch_op:
        batch_op.drop_index("ix_article_topics_topic_id_article_id")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_index("ix_quotes_speaker_id_article_id")
