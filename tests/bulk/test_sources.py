"""Collection readers: folders of pages, JSON-lines dumps and WARC files, with broken items."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from bulk.collection import HARBOUR, article_html, make_collection, write_warc
from newsarchive.bulk.sources import (
    BadItem,
    RawItem,
    collect_files,
    count_items,
    iter_items,
    read_jsonl,
    read_warc,
)

MAX = 5 * 1024 * 1024


def test_folders_are_walked_recursively_for_known_page_types(tmp_path: Path) -> None:
    collection = make_collection(tmp_path)

    files = collect_files([collection.root])

    names = [p.relative_to(tmp_path).as_posix() for p in files]
    assert names == sorted(names)
    assert "pages/nested/harbour.html" in names
    assert "pages/nested/people.html.gz" in names
    assert "dump.jsonl" in names and "crawl.warc.gz" in names
    assert "pages/notes.md" not in names


def test_every_item_of_the_collection_is_read_or_reported(tmp_path: Path) -> None:
    collection = make_collection(tmp_path)
    files = collect_files([collection.root])

    items = list(iter_items(files, MAX))

    assert len(items) == count_items(files) == collection.items
    bad = {item.origin: item.reason for item in items if isinstance(item, BadItem)}
    assert set(bad) == {
        f"{tmp_path}/dump.jsonl:2",
        f"{tmp_path}/dump.jsonl:3",
        f"{tmp_path}/pages/broken.html.gz",
    }
    assert "malformed JSON" in bad[f"{tmp_path}/dump.jsonl:2"]
    assert "no html or text" in bad[f"{tmp_path}/dump.jsonl:3"]
    assert "cannot read" in bad[f"{tmp_path}/pages/broken.html.gz"]
    good = {item.origin: item for item in items if isinstance(item, RawItem)}
    people = good[f"{tmp_path}/pages/nested/people.html.gz"]
    assert people.kind == "html"
    assert people.payload.lstrip()[:1] == b"<"  # decompressed
    assert good[f"{tmp_path}/pages/seed.txt"].kind == "text"


def test_jsonl_items_keep_url_kind_and_extra_metadata(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"url": "https://a.example/1", "html": "<p>x</p>", "site": "A", "n": 2})
        + "\n\n"
        + json.dumps({"text": "正文"})
        + "\n"
        + json.dumps(["not", "an", "object"])
        + "\n"
        + json.dumps({"html": "<p>a</p>", "text": "b"})
        + "\n",
        encoding="utf-8",
    )

    items = list(read_jsonl(dump))

    first, second, third, fourth = items
    assert isinstance(first, RawItem)
    assert (first.url, first.kind, first.payload) == ("https://a.example/1", "html", b"<p>x</p>")
    assert first.meta == {"file": str(dump), "line": 1, "site": "A", "n": 2}
    assert isinstance(second, RawItem) and second.kind == "text" and second.origin.endswith(":3")
    assert second.payload == "正文".encode()
    assert isinstance(third, BadItem) and "expected a JSON object" in third.reason
    assert isinstance(fourth, BadItem) and "not both" in fourth.reason


def test_warc_html_responses_keep_url_date_status_and_headers(tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    page = article_html("Harbour reopens", HARBOUR).encode()
    write_warc(
        warc,
        [
            ("https://news.example.org/harbour", 200, "text/html; charset=utf-8", page),
            ("https://news.example.org/logo.png", 200, "image/png", b"\x89PNG"),
            ("https://news.example.org/gone", 404, "text/html", b"<html>gone</html>"),
        ],
    )

    items = list(read_warc(warc, MAX))

    assert len(items) == 1
    item = items[0]
    assert isinstance(item, RawItem)
    assert item.payload == page
    assert item.url == "https://news.example.org/harbour"
    assert item.source_kind == "url" and item.kind == "html"
    assert item.http_status == 200
    assert item.content_type == "text/html; charset=utf-8"
    assert item.fetched_at is not None and item.fetched_at.tzinfo is not None
    assert item.meta is not None
    assert ["Server", "test"] in item.meta["http_headers"]
    assert item.meta["warc_record_id"].startswith("<urn:uuid:")
    assert count_items([warc]) == 1


def test_a_truncated_warc_reports_the_rest_of_the_file_and_stops(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc.gz"
    page = article_html("Harbour reopens", HARBOUR).encode()
    write_warc(whole, [("https://news.example.org/a", 200, "text/html", page)] * 2)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: len(data) - 200])

    items = list(read_warc(cut, MAX))

    assert isinstance(items[0], RawItem)
    assert isinstance(items[-1], BadItem)
    assert len(items) == 2


def test_missing_and_unsupported_files_are_bad_items(tmp_path: Path) -> None:
    odd = tmp_path / "page.pdf"
    odd.write_bytes(b"%PDF-1.4")
    plain = tmp_path / "page.html.gz"
    plain.write_bytes(gzip.compress(b"<html><body><p>hello</p></body></html>"))

    items = list(iter_items([tmp_path / "missing.html", odd, plain], MAX))

    assert isinstance(items[0], BadItem) and items[0].reason == "no such file"
    assert isinstance(items[1], BadItem) and "unsupported file type" in items[1].reason
    assert isinstance(items[2], RawItem) and items[2].payload.startswith(b"<html>")
