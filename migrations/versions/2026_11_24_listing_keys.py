"""PostgreSQL full text: the listing keys beside the vector, and word pairs for phrases.

PostgreSQL only (SQLite's FTS5 table is unchanged). `articles_fts` gains

* published_at, language, duplicate_of_id: copies of the article's columns, so that a
  listing with `q` filters and orders the matching rows (newest first on (published_at, id),
  one copy of each story, a language, a date window) from `articles_fts` alone, and reads
  `articles` only for the page it returns. Before, every match was looked up in `articles`
  for its date before the top of the list could be taken (bench/query.py: a word in 2,000
  of 100,000 articles cost 7.9 ms, 6 of them in those look-ups).
* an index on (published_at, id), the same keyset order as ix_articles_published_at_id.
* phrase_vector: every pair of adjacent lexemes of search_vector as one lexeme `a b`
  (without positions), with its own GIN index. A quoted two-word phrase is then one exact
  lexeme, found in the index without reading any vector; a longer phrase needs all its
  pairs, and only those candidates are checked for positions. Before, the GIN index gave
  every article holding both words and each one's vector was decompressed to compare
  positions (bench/query.py: p95 126 ms, up to 640 ms for a phrase of two common words).
  A pair is taken from the stored positions themselves, so `a b` is in phrase_vector
  exactly when search_vector matches the phrase 'a' <-> 'b'. The lexemes of `simple`
  never contain a space, so a pair never equals a word.

The trigger function writes all of these on insert and whenever any of their sources
changes (search_tokens, published_at, language, duplicate_of_id); the writers of `articles`
do not change.

Revision ID: 20261124_listing
Revises: 20261124_tokens
Create Date: 2026-11-24 21:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "20261124_listing"
down_revision: str | None = "20261124_tokens"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The pairs of adjacent lexemes of a vector: lexemes at positions p and p + 1.
PAIRS = """
CREATE FUNCTION articles_fts_pairs(vector tsvector) RETURNS tsvector
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
WITH at AS (SELECT u.lexeme, p FROM unnest(vector) AS u, unnest(u.positions) AS p)
SELECT coalesce(array_to_tsvector(array_agg(DISTINCT a.lexeme || ' ' || b.lexeme)), ''::tsvector)
FROM at AS a JOIN at AS b ON b.p = a.p + 1
$$
"""

# The pairs of a phrase as a query: all of them (`'a b' & 'b c'`). NULL for fewer than two
# lexemes. Each lexeme is quoted for tsquery input (quotes doubled, backslashes escaped).
PAIR_QUERY = """
CREATE FUNCTION articles_fts_pair_query(phrase text) RETURNS tsquery
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
SELECT string_agg(
    '''' || replace(replace(pair, '\\', '\\\\'), '''', '''''') || '''', ' & ' ORDER BY pair
)::tsquery
FROM unnest(tsvector_to_array(articles_fts_pairs(to_tsvector('simple'::regconfig, phrase))))
    AS pair
$$
"""

SYNC = """
CREATE OR REPLACE FUNCTION articles_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    vector tsvector := to_tsvector('simple'::regconfig, NEW.search_tokens);
BEGIN
    INSERT INTO articles_fts
        (id, search_vector, phrase_vector, published_at, language, duplicate_of_id)
    VALUES (NEW.id, vector, articles_fts_pairs(vector), NEW.published_at, NEW.language,
            NEW.duplicate_of_id)
    ON CONFLICT (id) DO UPDATE SET
        search_vector = EXCLUDED.search_vector,
        phrase_vector = EXCLUDED.phrase_vector,
        published_at = EXCLUDED.published_at,
        language = EXCLUDED.language,
        duplicate_of_id = EXCLUDED.duplicate_of_id;
    RETURN NULL;
END $$
"""

OLD_SYNC = """
CREATE OR REPLACE FUNCTION articles_fts_sync() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
INSERT INTO articles_fts (id, search_vector)
VALUES (NEW.id, to_tsvector('simple'::regconfig, NEW.search_tokens))
ON CONFLICT (id) DO UPDATE SET search_vector = EXCLUDED.search_vector;
RETURN NULL; END $$
"""

UPDATE_TRIGGER = (
    "CREATE TRIGGER articles_fts_after_update "
    "AFTER UPDATE OF search_tokens, published_at, language, duplicate_of_id ON articles "
    "FOR EACH ROW WHEN ("
    "OLD.search_tokens IS DISTINCT FROM NEW.search_tokens "
    "OR OLD.published_at IS DISTINCT FROM NEW.published_at "
    "OR OLD.language IS DISTINCT FROM NEW.language "
    "OR OLD.duplicate_of_id IS DISTINCT FROM NEW.duplicate_of_id) "
    "EXECUTE FUNCTION articles_fts_sync()"
)

OLD_UPDATE_TRIGGER = (
    "CREATE TRIGGER articles_fts_after_update AFTER UPDATE OF search_tokens ON articles "
    "FOR EACH ROW WHEN (OLD.search_tokens IS DISTINCT FROM NEW.search_tokens) "
    "EXECUTE FUNCTION articles_fts_sync()"
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (
        "ALTER TABLE articles_fts "
        "ADD COLUMN phrase_vector tsvector NOT NULL DEFAULT ''::tsvector, "
        "ADD COLUMN published_at timestamp with time zone, "
        "ADD COLUMN language varchar(8), "
        "ADD COLUMN duplicate_of_id integer",
        PAIRS,
        PAIR_QUERY,
        SYNC,
        "DROP TRIGGER articles_fts_after_update ON articles",
        UPDATE_TRIGGER,
        "UPDATE articles_fts AS f SET phrase_vector = articles_fts_pairs(f.search_vector), "
        "published_at = a.published_at, language = a.language, "
        "duplicate_of_id = a.duplicate_of_id FROM articles AS a WHERE a.id = f.id",
        "CREATE INDEX ix_articles_fts_published_at_id ON articles_fts (published_at, id)",
        "CREATE INDEX ix_articles_fts_phrase_vector ON articles_fts USING gin (phrase_vector)",
        # The listing chooses its plan from the estimated matches of `q`
        # (search/repository.py): statistics on the 10,000 most common lexemes and pairs
        # rather than 1,000.
        "ALTER TABLE articles_fts ALTER COLUMN search_vector SET STATISTICS 1000, "
        "ALTER COLUMN phrase_vector SET STATISTICS 1000",
        "ANALYZE articles_fts",
    ):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for statement in (
        "ALTER TABLE articles_fts ALTER COLUMN search_vector SET STATISTICS -1",
        "DROP TRIGGER articles_fts_after_update ON articles",
        OLD_UPDATE_TRIGGER,
        OLD_SYNC,
        "DROP FUNCTION articles_fts_pair_query(text)",
        "DROP FUNCTION articles_fts_pairs(tsvector)",
        "DROP INDEX ix_articles_fts_phrase_vector",
        "DROP INDEX ix_articles_fts_published_at_id",
        "ALTER TABLE articles_fts DROP COLUMN phrase_vector, DROP COLUMN published_at, "
        "DROP COLUMN language, DROP COLUMN duplicate_of_id",
    ):
        op.execute(statement)
