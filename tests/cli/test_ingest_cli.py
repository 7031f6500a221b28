"""`newsarchive ingest PATH...`: a collection of files, JSON lines and a WARC, on SQLite and
PostgreSQL; bad items reported and listed, a second run resumes by skipping what is archived."""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import select

from bulk.collection import make_collection
from conftest import count_rows, run_cli
from newsarchive.db import create_engine
from newsarchive.models import Article, Document


def test_ingest_a_collection_reports_bad_items_and_resumes(database: str, tmp_path: Path) -> None:
    collection = make_collection(tmp_path / "collection")
    errors = tmp_path / "errors.jsonl"

    first = run_cli(
        database, tmp_path, "ingest", str(collection.root), "--workers", "2",
        "--batch-size", "2", "--errors", str(errors),
    )  # fmt: skip
    second = run_cli(
        database, tmp_path, "ingest", str(collection.root), "--workers", "1", "--no-progress"
    )

    assert first.returncode == 1, first.stderr
    assert (
        f"{collection.stored} stored (1 near-duplicates of earlier stories), 0 duplicate, "
        f"0 skipped, {collection.failed} failed" in first.stderr
    )
    assert "ingesting" in first.stderr and "page/s" in first.stderr  # the progress bar
    listed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    assert {Path(e["source"]).name for e in listed} == {
        "dump.jsonl:2",
        "dump.jsonl:3",
        "broken.html.gz",
        "empty.txt",
    }
    assert all(e["reason"] for e in listed)
    assert f"0 stored, 0 duplicate, {collection.stored} skipped, 4 failed" in second.stderr
    assert (tmp_path / "ingest-errors.jsonl").exists()  # the default errors file

    engine = create_engine(database)
    try:
        with engine.connect() as connection:
            assert count_rows(connection, "articles") == collection.stored
            rows = connection.execute(
                select(Article.id, Article.canonical_url, Article.duplicate_of_id, Article.source)
            ).all()
            warc = connection.execute(
                select(Document.kind, Document.url, Document.http_status, Document.meta).where(
                    Document.url == "https://news.example.org/floods"
                )
            ).one()
    finally:
        engine.dispose()
    copies = [row for row in rows if row.duplicate_of_id is not None]
    assert len(copies) == 1
    original = next(row for row in rows if row.id == copies[0].duplicate_of_id)
    assert {original.canonical_url, copies[0].canonical_url} == {None, collection.repost_url}
    assert original.source == copies[0].source == "中新网"
    assert warc.kind == "url" and warc.http_status == 200
    assert warc.meta["warc_record_id"].startswith("<urn:uuid:")


def test_same_page_twice_in_one_run_is_one_article(database: str, tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    seed = (Path(__file__).resolve().parents[2] / "seeds" / "000_7e0d1ae2f8f72497.txt").read_bytes()
    (folder / "a.txt").write_bytes(seed)
    (folder / "b.txt").write_bytes(seed)

    result = run_cli(database, tmp_path, "ingest", str(folder), "--workers", "0")

    assert result.returncode == 0, result.stderr
    assert "1 stored, 1 duplicate, 0 skipped, 0 failed" in result.stderr
    assert not (tmp_path / "ingest-errors.jsonl").exists()


def test_ingest_needs_paths_or_urls(tmp_path: Path) -> None:
    result = run_cli(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path, "ingest")

    assert result.returncode == 2
    assert "give files or folders" in result.stderr
