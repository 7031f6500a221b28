"""`newsarchive migrate` and `newsarchive seed` on a fresh SQLite file database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import REPO, count_rows
from newsarchive.db import create_engine


def test_migrate_then_seed_loads_every_sample_page_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'archive.sqlite3'}"
    env = {**os.environ, "NEWSARCHIVE_DATABASE_URL": url}
    sample_pages = [p for p in (REPO / "seeds").iterdir() if p.name.endswith((".txt", ".html.gz"))]

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "newsarchive.cli", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    assert run("migrate").returncode == 0
    first = run("seed")
    second = run("seed")

    assert first.returncode == 0, first.stderr
    assert f"{len(sample_pages)} stored, 0 duplicate, 0 failed" in first.stderr
    assert f"0 stored, {len(sample_pages)} duplicate, 0 failed" in second.stderr
    engine = create_engine(url)
    with engine.connect() as connection:
        assert count_rows(connection, "articles") == len(sample_pages)
    engine.dispose()
