"""`newsarchive reprocess [--since VERSION]`: re-analyse older articles in place, from the
archived originals, on SQLite and PostgreSQL; running it again finds nothing left to do."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select, update

from bulk.collection import HARBOUR, article_html, repost
from conftest import SEED_PAGE, count_rows, run_cli
from newsarchive.db import create_engine
from newsarchive.models import Article
from newsarchive.pipeline import fingerprint
from newsarchive.pipeline.analyze import PIPELINE_VERSION


def snapshot(database: str) -> dict[int, tuple[int, str, int | None, int | None, int]]:
    """id -> (pipeline_version, body, fingerprint, duplicate_of_id, quote count).

    The fingerprint is kept as 1 when it is within fingerprint.MAX_DISTANCE of the one the
    article got at ingest: names learnt from the archive may segment a word differently.
    """
    engine = create_engine(database)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(
                    Article.id,
                    Article.pipeline_version,
                    Article.body,
                    Article.fingerprint,
                    Article.duplicate_of_id,
                )
            ).all()
            quotes = dict(
                connection.exec_driver_sql(
                    "SELECT article_id, count(*) FROM quotes GROUP BY article_id"
                ).all()
            )
    finally:
        engine.dispose()
    return {r[0]: (r[1], r[2], _near(r[0], r[3]), r[4], quotes.get(r[0], 0)) for r in rows}


FIRST_FINGERPRINTS: dict[int, int | None] = {}


def _near(article_id: int, value: int | None) -> int | None:
    first = FIRST_FINGERPRINTS.setdefault(article_id, value)
    return 1 if value is not None and fingerprint.same_story(first, value) else value


def test_reprocess_reanalyses_older_articles_in_place(database: str, tmp_path: Path) -> None:
    FIRST_FINGERPRINTS.clear()
    pages = tmp_path / "pages"
    pages.mkdir()
    seed = SEED_PAGE.read_text(encoding="utf-8")
    (pages / "1_seed.txt").write_text(seed, encoding="utf-8")
    (pages / "2_repost.txt").write_text(repost(seed), encoding="utf-8")
    (pages / "3_harbour.html").write_text(article_html("Harbour", HARBOUR), encoding="utf-8")
    stored = run_cli(database, tmp_path, "ingest", str(pages), "--workers", "0")
    assert stored.returncode == 0, stored.stderr
    fresh = snapshot(database)
    seed_id, repost_id, harbour_id = sorted(fresh)
    assert fresh[repost_id][3] == seed_id and fresh[seed_id][4] > 0
    # As an older pipeline left them: the seed and its repost at version 1 (the repost with a
    # stale body and no fingerprint), the harbour story at version 0.
    engine = create_engine(database)
    with engine.begin() as connection:
        connection.execute(update(Article).values(pipeline_version=1))
        connection.execute(
            update(Article)
            .where(Article.id == repost_id)
            .values(body="stale", fingerprint=None, fingerprint_band0=None, duplicate_of_id=None)
        )
        connection.execute(update(Article).where(Article.id == harbour_id).values(
            pipeline_version=0, body="old"
        ))  # fmt: skip
        connection.exec_driver_sql(f"DELETE FROM quotes WHERE article_id = {seed_id}")
    engine.dispose()

    since = run_cli(database, tmp_path, "reprocess", "--since", "1", "--workers", "1")
    after_since = snapshot(database)
    rest = run_cli(database, tmp_path, "reprocess", "--no-progress")
    again = run_cli(database, tmp_path, "reprocess", "--no-progress", "--workers", "0")

    assert since.returncode == 0, since.stderr
    assert f"2 re-analysed, 0 skipped, 0 failed (pipeline version {PIPELINE_VERSION})" in (
        since.stderr
    )
    assert after_since[harbour_id][:2] == (0, "old")  # older than --since: left alone
    assert after_since[repost_id] == (PIPELINE_VERSION, *fresh[repost_id][1:])
    assert after_since[seed_id] == (PIPELINE_VERSION, *fresh[seed_id][1:])  # quotes back
    assert "1 re-analysed, 0 skipped, 0 failed" in rest.stderr
    assert "0 re-analysed, 0 skipped, 0 failed" in again.stderr
    final = snapshot(database)
    assert set(final) == set(fresh)  # same ids, nothing added
    assert final[harbour_id] == (PIPELINE_VERSION, *fresh[harbour_id][1:])
    engine = create_engine(database)
    with engine.connect() as connection:
        assert count_rows(connection, "documents") == 3  # originals kept, none added
    engine.dispose()
