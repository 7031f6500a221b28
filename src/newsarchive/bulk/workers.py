"""Analysis in worker processes: `analyze()` is CPU work, so a collection is analysed on
every core while the parent process writes the results to the database.

Only picklable values cross the process boundary: an `AnalysisJob` (the bytes and what is
known of them) goes out, an `Analysis` or the reason it failed comes back.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from newsarchive.pipeline import segment
from newsarchive.pipeline.analyze import analyze
from newsarchive.pipeline.model import Analysis, AnalysisError, Page, PageKind

T = TypeVar("T")

# Jobs sent to a worker at once: enough to make the inter-process overhead small next to an
# analysis (milliseconds to a second each), few enough to keep every worker busy.
JOBS_PER_TASK = 4
# Tasks queued per worker ahead of the one it runs, so workers never wait for the writer.
TASKS_AHEAD = 3


@dataclass(frozen=True)
class AnalysisJob:
    payload: bytes
    kind: PageKind
    url: str | None = None
    content_type: str | None = None


def analyse_job(job: AnalysisJob) -> Analysis | str:
    """The analysis, or why there is none (a failing page never stops the others)."""
    try:
        return analyze(
            Page(content=job.payload, kind=job.kind, url=job.url, content_type=job.content_type)
        )
    except AnalysisError as exc:
        return str(exc) or type(exc).__name__
    except Exception as exc:  # a pipeline bug on one page: report it, go on with the rest
        return f"analysis failed: {type(exc).__name__}: {exc}"


def analyse_jobs(jobs: Sequence[AnalysisJob]) -> list[Analysis | str]:
    return [analyse_job(job) for job in jobs]


def _init_worker(user_words: Sequence[str]) -> None:
    segment.add_user_words(user_words)


def analyse_stream(
    jobs: Iterable[tuple[T, AnalysisJob]],
    workers: int,
    *,
    user_words: Sequence[str] = (),
    in_flight: int = 0,
) -> Iterator[tuple[T, Analysis | str]]:
    """Analyse `(tag, job)` pairs in `workers` processes; yields `(tag, result)` in order.

    The input is read lazily and a bounded number of jobs is in flight (workers *
    TASKS_AHEAD tasks, or `in_flight` jobs if more), so a collection of any size streams
    through in bounded memory. While the caller handles results (writes a batch), the
    workers go on with the queued jobs: a caller that writes N results at a time should
    ask for about 2 * N in flight, or the workers run dry during its writes.
    `workers=0` analyses in this process (no pool).
    """
    if workers <= 0:
        segment.add_user_words(user_words)
        for tag, job in jobs:
            yield tag, analyse_job(job)
        return
    # forkserver: workers start from a clean process with the pipeline already imported,
    # not as copies of a parent holding database connections and threads.
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["newsarchive.pipeline.analyze"])
    pool = ProcessPoolExecutor(
        max_workers=workers,
        mp_context=context,
        initializer=_init_worker,
        initargs=(list(user_words),),
    )
    pending: deque[tuple[list[T], Future[list[Analysis | str]]]] = deque()
    most = max(workers * TASKS_AHEAD, -(-in_flight // JOBS_PER_TASK))
    source = iter(jobs)
    try:
        while True:
            chunk = list(islice(source, JOBS_PER_TASK))
            if not chunk:
                break
            future = pool.submit(analyse_jobs, [job for _, job in chunk])
            pending.append(([tag for tag, _ in chunk], future))
            while len(pending) >= most:
                yield from _collect(pending.popleft())
        while pending:
            yield from _collect(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _collect(
    entry: tuple[list[T], Future[list[Analysis | str]]],
) -> Iterator[tuple[T, Analysis | str]]:
    tags, future = entry
    yield from zip(tags, future.result(), strict=True)
