"""`newsarchive serve | migrate | analyze | seed | ingest | reprocess`."""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from newsarchive.auth.commands import register as register_token_commands
from newsarchive.config import get_settings
from newsarchive.pipeline.model import AnalysisError, Page, PageKind

SEEDS_DIR = Path(__file__).resolve().parents[2] / "seeds"
PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".txt")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    result: int = args.handler(args)
    return result


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsarchive", description=__doc__)
    commands = parser.add_subparsers(dest="command")

    serve = commands.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--workers", type=int, default=1)
    serve.add_argument("--no-migrate", action="store_true", help="do not migrate on start")
    serve.set_defaults(handler=_serve)

    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    migrate.add_argument("--revision", default="head")
    migrate.set_defaults(handler=_migrate)

    analyze = commands.add_parser(
        "analyze", help="analyse files without a database; one JSON object per input"
    )
    analyze.add_argument("paths", nargs="+", metavar="PATH", help="files, or - for stdin")
    analyze.add_argument("--kind", choices=["html", "text"], help="override the file kind")
    analyze.set_defaults(handler=_analyze)

    seed = commands.add_parser("seed", help="load the sample pages in seeds/")
    seed.add_argument("--dir", type=Path, default=SEEDS_DIR)
    seed.set_defaults(handler=_seed)

    ingest = commands.add_parser(
        "ingest",
        help="archive files, folders or a list of URLs",
        description="Archive collections: files and folders (recursively) of .html, .htm, "
        ".html.gz, .txt, .jsonl (one object per line: url and html or text, other keys kept "
        "as metadata) and .warc / .warc.gz (HTML responses). Pages are analysed in worker "
        "processes and written in batches; pages archived already are skipped, so running "
        "the same command again resumes an interrupted run.",
    )
    ingest.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    ingest.add_argument("--urls", type=Path, help="a file with one URL per line")
    ingest.add_argument("--concurrency", type=int, default=4, help="with --urls: fetches at once")
    ingest.add_argument("--per-host", type=int, default=2, help="with --urls: per host")
    _add_bulk_options(ingest)
    ingest.add_argument(
        "--errors",
        type=Path,
        default=Path("ingest-errors.jsonl"),
        help="where failed items are listed, one JSON line each (default: %(default)s)",
    )
    ingest.set_defaults(handler=_ingest)

    reprocess = commands.add_parser(
        "reprocess",
        help="re-analyse archived documents with the current pipeline",
        description="Re-analyse, from the archived originals, every article analysed by an "
        "older pipeline version, in place (article ids stay). Each batch is committed, so an "
        "interrupted run is resumed by running it again.",
    )
    reprocess.add_argument(
        "--since",
        type=int,
        metavar="VERSION",
        help="only articles analysed by pipeline VERSION or newer (still older than current)",
    )
    _add_bulk_options(reprocess)
    reprocess.set_defaults(handler=_reprocess)
    register_token_commands(commands)
    return parser


def _add_bulk_options(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--workers",
        type=int,
        default=os.cpu_count() or 1,
        help="analysis processes (default: the number of cores, %(default)s; 0: in-process)",
    )
    command.add_argument(
        "--batch-size", type=int, default=100, help="items per transaction (default: 100)"
    )
    command.add_argument("--no-progress", action="store_true", help="no progress bar")


def _serve(args: argparse.Namespace) -> int:
    import uvicorn

    if not args.no_migrate:
        _migrate(argparse.Namespace(revision="head"))
    uvicorn.run(
        "newsarchive.app:create_app",
        factory=True,
        host=args.host,
        port=args.port,
        workers=args.workers,
    )
    return 0


def _migrate(args: argparse.Namespace) -> int:
    from newsarchive.migrate import upgrade

    upgrade(get_settings().database_url, args.revision)
    return 0


def kind_of(path: str, override: PageKind | None = None) -> PageKind:
    if override:
        return override
    name = path.lower()
    if name.endswith((".html", ".htm", ".gz", ".xhtml")):
        return "html"
    return "text"


def read_page_bytes(path: str) -> bytes:
    if path == "-":
        return sys.stdin.buffer.read()
    data = Path(path).read_bytes()
    if path.lower().endswith(".gz"):
        data = gzip.decompress(data)
    return data


def _analyze(args: argparse.Namespace) -> int:
    from newsarchive.pipeline.analyze import analyze, error_contract, to_contract

    failed = False
    for path in args.paths:
        try:
            content = read_page_bytes(path)
            if path == "-" and args.kind is None:
                kind: PageKind = "html" if content.lstrip()[:1] == b"<" else "text"
            else:
                kind = kind_of(path, args.kind)
            record = to_contract(analyze(Page(content=content, kind=kind)), path=path)
        except (OSError, EOFError, AnalysisError) as exc:
            failed = True
            record = error_contract(path, _reason(exc))
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        sys.stdout.flush()
    return 1 if failed else 0


def _reason(exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError):
        return f"no such file: {exc.filename}"
    if isinstance(exc, OSError) and not isinstance(exc, EOFError):
        return f"cannot read: {exc.strerror or exc}"
    return str(exc) or type(exc).__name__


def page_files(paths: Sequence[Path]) -> list[Path]:
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and p.name.lower().endswith(PAGE_SUFFIXES)
                )
            )
        else:
            found.append(path)
    return found


def _seed(args: argparse.Namespace) -> int:
    files = page_files([args.dir])
    if not files:
        print(f"no sample pages in {args.dir}", file=sys.stderr)
        return 1
    return _store_files(files)


def _store_files(files: Sequence[Path]) -> int:
    """Archive each file in its own transaction; a bad file is reported and skipped."""
    from newsarchive.articles import service
    from newsarchive.articles.service import IncomingPage
    from newsarchive.db import begin_write, create_engine, create_session_factory
    from newsarchive.errors import AppError

    settings = get_settings()
    engine = create_engine(settings.database_url)
    factory = create_session_factory(engine)
    counts = {"stored": 0, "duplicate": 0, "failed": 0}
    try:
        for path in files:
            name = str(path)
            try:
                payload = read_page_bytes(name)
                kind = kind_of(name)
                service.validate_payload(payload, settings.max_body_bytes)
                page = IncomingPage(
                    payload=payload,
                    kind=kind,
                    source_kind=kind,
                    content_type=None,
                    meta={"file": path.name},
                )
                with factory() as session:
                    begin_write(session)
                    result = service.ingest(session, page)
                    session.commit()
                counts["duplicate" if result.duplicate else "stored"] += 1
                state = "duplicate" if result.duplicate else "stored"
                print(f"{state}\t{result.article.id}\t{name}")
            except (OSError, AppError) as exc:
                counts["failed"] += 1
                detail = exc.detail if isinstance(exc, AppError) else _reason(exc)
                print(f"failed\t-\t{name}\t{detail}", file=sys.stderr)
    finally:
        engine.dispose()
    print(
        f"{counts['stored']} stored, {counts['duplicate']} duplicate, {counts['failed']} failed",
        file=sys.stderr,
    )
    return 1 if counts["failed"] else 0


def _ingest(args: argparse.Namespace) -> int:
    if args.urls is None and not args.paths:
        print("give files or folders to ingest, or --urls FILE", file=sys.stderr)
        return 2
    if args.batch_size < 1 or args.workers < 0:
        print("--batch-size must be at least 1 and --workers at least 0", file=sys.stderr)
        return 2
    status = 0
    if args.paths:
        status |= _ingest_collection(args)
    if args.urls is not None:
        status |= _ingest_urls(args.urls, args.concurrency, args.per_host)
    return status


def _ingest_urls(list_path: Path, concurrency: int, per_host: int) -> int:
    """Fetch a list of URLs with bounded concurrency and archive each page as it arrives."""
    from tqdm import tqdm

    from newsarchive.articles import service
    from newsarchive.db import begin_write, create_engine, create_session_factory
    from newsarchive.errors import AppError
    from newsarchive.fetch import canonical_url, fetch_many

    try:
        lines = list_path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        print(f"cannot read {list_path}: {_reason(exc)}", file=sys.stderr)
        return 2
    urls = [line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#")]
    settings = get_settings()
    engine = create_engine(settings.database_url)
    factory = create_session_factory(engine)
    counts = {"stored": 0, "duplicate": 0, "failed": 0}
    failures: list[tuple[str, str]] = []
    try:
        with tqdm(total=len(urls), unit="page", desc="fetching", file=sys.stderr) as progress:
            for result in fetch_many(urls, settings, concurrency=concurrency, per_host=per_host):
                progress.update(1)
                if result.page is None:
                    counts["failed"] += 1
                    failures.append((result.url, result.error.detail if result.error else "?"))
                    continue
                page = service.page_from_fetch(result.page)
                try:
                    with factory() as session:
                        begin_write(session)
                        stored = service.ingest(
                            session, page, canonical_url=canonical_url(result.page.final_url)
                        )
                        session.commit()
                except AppError as exc:
                    counts["failed"] += 1
                    failures.append((result.url, exc.detail))
                    continue
                counts["duplicate" if stored.duplicate else "stored"] += 1
    finally:
        engine.dispose()
    print(
        f"{counts['stored']} stored, {counts['duplicate']} duplicate, {counts['failed']} failed",
        file=sys.stderr,
    )
    for url, reason in failures:
        print(f"failed\t{url}\t{reason}", file=sys.stderr)
    return 1 if failures else 0


def _ingest_collection(args: argparse.Namespace) -> int:
    """Bulk ingestion: analysis in worker processes, one transaction per batch."""
    from tqdm import tqdm

    from newsarchive.bulk.ingest import ErrorLog, batched, jobs_for_items
    from newsarchive.bulk.sources import collect_files, count_items, iter_items
    from newsarchive.bulk.workers import analyse_stream
    from newsarchive.bulk.writer import Outcome, store_batch
    from newsarchive.db import begin_write, create_engine, create_session_factory
    from newsarchive.speakers import repository as speakers_repository

    settings = get_settings()
    files = collect_files(args.paths)
    engine = create_engine(settings.database_url)
    factory = create_session_factory(engine)
    counts: Counter[str] = Counter()
    try:
        with factory() as session:
            known_names = speakers_repository.all_names(session)
        with (
            ErrorLog(args.errors) as errors,
            tqdm(
                total=count_items(files),
                unit="page",
                desc="ingesting",
                file=sys.stderr,
                disable=args.no_progress,
                smoothing=0.1,
            ) as progress,
        ):

            def report(outcome: Outcome) -> None:
                counts[outcome.status] += 1
                if outcome.status == "stored" and outcome.duplicate_of_id is not None:
                    counts["near-duplicate"] += 1
                if outcome.status == "failed":
                    errors.write(outcome)
                    progress.write(f"failed\t{outcome.origin}\t{outcome.reason}", file=sys.stderr)
                progress.update(1)

            items = iter_items(files, settings.max_body_bytes)
            jobs = jobs_for_items(items, factory, settings.max_body_bytes, report)
            results = analyse_stream(
                jobs, args.workers, user_words=known_names, in_flight=2 * args.batch_size
            )
            for batch in batched(results, args.batch_size):
                with factory() as session:
                    begin_write(session)
                    outcomes = store_batch(session, batch)
                    session.commit()
                for outcome in outcomes:
                    report(outcome)
                progress.set_postfix(
                    stored=counts["stored"], failed=counts["failed"], refresh=False
                )
    finally:
        engine.dispose()
    near = f" ({counts['near-duplicate']} near-duplicates of earlier stories)"
    print(
        f"{counts['stored']} stored{near if counts['near-duplicate'] else ''}, "
        f"{counts['duplicate']} duplicate, {counts['skipped']} skipped, "
        f"{counts['failed']} failed",
        file=sys.stderr,
    )
    if counts["failed"] and args.errors is not None:
        print(f"failed items are listed in {args.errors}", file=sys.stderr)
    return 1 if counts["failed"] else 0


def _reprocess(args: argparse.Namespace) -> int:
    """Re-analyse articles of older pipeline versions in place, a committed batch at a time."""
    from tqdm import tqdm

    from newsarchive.articles import repository as articles_repository
    from newsarchive.bulk.ingest import batched, documents_to_reprocess
    from newsarchive.bulk.workers import analyse_stream
    from newsarchive.bulk.writer import reanalyse_item
    from newsarchive.db import begin_write, create_engine, create_session_factory
    from newsarchive.pipeline.analyze import PIPELINE_VERSION
    from newsarchive.speakers import repository as speakers_repository

    if args.batch_size < 1 or args.workers < 0:
        print("--batch-size must be at least 1 and --workers at least 0", file=sys.stderr)
        return 2
    settings = get_settings()
    engine = create_engine(settings.database_url)
    factory = create_session_factory(engine)
    counts: Counter[str] = Counter()
    try:
        with factory() as session:
            known_names = speakers_repository.all_names(session)
            total = articles_repository.count_to_reprocess(session, PIPELINE_VERSION, args.since)
        with tqdm(
            total=total,
            unit="article",
            desc=f"re-analysing (pipeline {PIPELINE_VERSION})",
            file=sys.stderr,
            disable=args.no_progress,
            smoothing=0.1,
        ) as progress:
            jobs = documents_to_reprocess(
                factory, below_version=PIPELINE_VERSION, since_version=args.since
            )
            results = analyse_stream(
                jobs, args.workers, user_words=known_names, in_flight=2 * args.batch_size
            )
            for batch in batched(results, args.batch_size):
                with factory() as session:
                    begin_write(session)
                    outcomes = [reanalyse_item(session, doc, result) for doc, result in batch]
                    session.commit()
                for outcome in outcomes:
                    counts[outcome.status] += 1
                    if outcome.status == "failed":
                        progress.write(
                            f"failed\t{outcome.origin}\t{outcome.reason}", file=sys.stderr
                        )
                progress.update(len(outcomes))
    finally:
        engine.dispose()
    print(
        f"{counts['stored']} re-analysed, {counts['skipped']} skipped, "
        f"{counts['failed']} failed (pipeline version {PIPELINE_VERSION})",
        file=sys.stderr,
    )
    return 1 if counts["failed"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
