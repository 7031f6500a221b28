"""Bulk ingestion and reprocessing plumbing: which items to analyse, batching, the errors file.

The command line (cli.py) drives these: it owns the transactions and commits once per
batch, so an interrupted run keeps every committed batch and running it again resumes
(archived items are skipped by their sha256 before any analysis is spent on them).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import IO, TypeVar

from sqlalchemy.orm import Session, sessionmaker

from newsarchive.articles import repository as articles_repository
from newsarchive.articles.service import validate_payload
from newsarchive.bulk.sources import BadItem, RawItem
from newsarchive.bulk.workers import AnalysisJob
from newsarchive.bulk.writer import Outcome, document_kind, failed
from newsarchive.errors import AppError
from newsarchive.models import Document

T = TypeVar("T")

# Items whose sha256 are looked up in one query before analysis.
LOOKUP_GROUP = 200


def batched(values: Iterable[T], size: int) -> Iterator[list[T]]:
    source = iter(values)
    while batch := list(islice(source, size)):
        yield batch


def jobs_for_items(
    items: Iterable[RawItem | BadItem],
    factory: sessionmaker[Session],
    max_bytes: int,
    report: Callable[[Outcome], None],
) -> Iterator[tuple[RawItem, AnalysisJob]]:
    """The items worth analysing, as jobs; the others are reported right away.

    Unreadable, empty or oversized items fail; an item whose bytes are archived already is
    skipped (this is what makes a second run resume the first); the same bytes twice in
    one run are analysed once, the repeat counts as a duplicate.
    """
    seen: set[bytes] = set()
    for group in batched(items, LOOKUP_GROUP):
        ready: list[tuple[RawItem, str]] = []
        for item in group:
            if isinstance(item, BadItem):
                report(failed(item, item.reason))
                continue
            try:
                validate_payload(item.payload, max_bytes)
            except AppError as exc:
                report(failed(item, exc.detail))
                continue
            digest = hashlib.sha256(item.payload).digest()
            if digest in seen:
                report(Outcome("duplicate", item.origin, item.url))
                continue
            seen.add(digest)
            ready.append((item, digest.hex()))
        if not ready:
            continue
        with factory() as session:
            archived = articles_repository.existing_sha256s(session, {d for _, d in ready})
        for item, hex_digest in ready:
            if hex_digest in archived:
                report(Outcome("skipped", item.origin, item.url))
                continue
            job = AnalysisJob(item.payload, item.kind, item.url, item.content_type)
            yield item, job


def documents_to_reprocess(
    factory: sessionmaker[Session],
    *,
    below_version: int,
    since_version: int | None,
    page_size: int = 200,
) -> Iterator[tuple[Document, AnalysisJob]]:
    """The newest document of every article analysed by an older pipeline, in id order.

    Read a page at a time in short sessions (the writer commits in between); keyset
    pagination on the article id, so articles re-analysed meanwhile are not read again.
    """
    after_id = 0
    while True:
        with factory() as session:
            documents = articles_repository.documents_to_reprocess(
                session,
                below_version=below_version,
                since_version=since_version,
                after_id=after_id,
                limit=page_size,
            )
        if not documents:
            return
        for document in documents:
            job = AnalysisJob(
                document.payload,
                document_kind(document),
                document.final_url or document.url,
                document.content_type,
            )
            yield document, job
        after_id = documents[-1].article_id


class ErrorLog:
    """The errors file: one JSON line per failed item (where it came from and why).

    Created on the first failure only, so a clean run leaves no file behind.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.count = 0
        self._stream: IO[str] | None = None

    def write(self, outcome: Outcome) -> None:
        self.count += 1
        if self.path is None:
            return
        if self._stream is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._stream = self.path.open("w", encoding="utf-8")
        record = {"source": outcome.origin, "url": outcome.url, "reason": outcome.reason}
        self._stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._stream.flush()

    def close(self) -> None:
        if self._stream is not None:
            self._stream.close()
            self._stream = None

    def __enter__(self) -> ErrorLog:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
