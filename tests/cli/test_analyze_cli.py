"""`newsarchive analyze`: the analysis contract of DESIGN.md, one JSON line per input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

from conftest import SEED_PAGE

CONTRACT_KEYS = {
    "path",
    "language",
    "title",
    "byline",
    "source",
    "dateline_place",
    "published_at",
    "body",
    "quotes",
    "topics",
    "error",
}


def run_cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "newsarchive.cli", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        check=False,
    )


def lines(result: subprocess.CompletedProcess[bytes]) -> list[dict[str, object]]:
    return [json.loads(line) for line in result.stdout.decode("utf-8").splitlines()]


def test_one_object_per_input_in_order(tmp_path: Path) -> None:
    html = tmp_path / "page.html.gz"
    html.write_bytes(
        gzip.compress(
            b"<html><head><title>Harbour reopens</title></head><body><article>"
            + b"<p>The harbour reopened on Monday after a week of storms closed it to ships.</p>"
            * 5
            + b"</article></body></html>"
        )
    )

    result = run_cli("analyze", str(SEED_PAGE), str(html))

    assert result.returncode == 0, result.stderr.decode()
    records = lines(result)
    assert [r["path"] for r in records] == [str(SEED_PAGE), str(html)]
    assert all(set(r) >= CONTRACT_KEYS for r in records)
    assert records[0]["language"] == "zh"
    assert records[1]["language"] == "en"
    assert all(r["error"] is None for r in records)


def test_a_failing_input_gets_an_error_and_the_run_goes_on(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")

    result = run_cli("analyze", str(tmp_path / "missing.txt"), str(empty), str(SEED_PAGE))

    assert result.returncode == 1
    records = lines(result)
    assert len(records) == 3
    assert "no such file" in str(records[0]["error"])
    assert records[1]["error"] == "no article text found"
    assert records[2]["error"] is None


def test_standard_input(tmp_path: Path) -> None:
    result = run_cli("analyze", "-", stdin=SEED_PAGE.read_bytes())

    assert result.returncode == 0
    [record] = lines(result)
    assert record["path"] == "-"
    assert "中新网北京3月11日电" in str(record["body"])
