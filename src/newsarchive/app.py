"""create_app(): settings, database, routers, and the one error handler."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

import psycopg
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DataError, DBAPIError, InterfaceError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeoutError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsarchive import __version__
from newsarchive.articles.router import router as articles_router
from newsarchive.auth import openapi as auth_openapi
from newsarchive.auth import service as auth_service
from newsarchive.auth.dependencies import authorize
from newsarchive.auth.ratelimit import RateLimiter
from newsarchive.bulk.router import router as bulk_router
from newsarchive.config import Settings, get_settings
from newsarchive.db import create_engine, create_session_factory
from newsarchive.errors import AppError, PayloadTooLarge
from newsarchive.pipeline import segment
from newsarchive.quotes.router import router as quotes_router
from newsarchive.speakers import repository as speakers_repository
from newsarchive.speakers.router import router as speakers_router
from newsarchive.topics.router import router as topics_router

log = logging.getLogger("newsarchive")

DESCRIPTION = """\
A bilingual (Chinese / English) news archive.

Post a page — raw scraped text, HTML, or a URL to fetch — and the service keeps the original
bytes, extracts the clean article (title, byline, source, dateline, publication time), strips
related-content lists, segments Chinese, finds topics and extracts who said what.

Every error answers `{"error": "<code>", "detail": "<what was wrong>"}`.

Writes (ingest, batch, delete, reprocess) need an API token made with
`newsarchive token create`: `Authorization: Bearer na_…` (use **Authorize** above). Reads are
open unless the service runs with `NEWSARCHIVE_READ_REQUIRES_TOKEN=true`. In development,
while no token exists at all, nothing is asked for.
"""

# Seconds a client should wait before retrying when the database is unavailable.
DATABASE_RETRY_AFTER = "5"


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = engine or create_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        try:
            _refuse_production_without_write_token(app)
        except StartupRefused:
            if app.state.owns_engine:
                engine.dispose()
            raise
        _teach_segmenter_known_speakers(app)
        yield
        if app.state.owns_engine:
            engine.dispose()

    app = FastAPI(
        title="newsarchive",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        dependencies=[Depends(authorize)],
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.owns_engine = True
    app.state.session_factory = create_session_factory(engine)
    app.state.rate_limiter = RateLimiter(
        settings.ingest_rate_per_minute, settings.ingest_rate_burst
    )
    app.add_middleware(RequestSizeLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(RejectNulInUrl)
    auth_openapi.install(app, settings)

    app.include_router(articles_router)
    app.include_router(quotes_router)
    app.include_router(speakers_router)
    app.include_router(topics_router)
    app.include_router(bulk_router)
    _add_health_routes(app)
    _add_error_handlers(app)
    return app


class StartupRefused(RuntimeError):
    pass


def _refuse_production_without_write_token(app: FastAPI) -> None:
    """In production the service does not start unless a read-write token exists.

    When the database cannot be asked, the service starts anyway and stays closed: writes
    need a valid token whatever happens, and /readyz reports the database.
    """
    settings: Settings = app.state.settings
    if settings.environment != "production":
        return
    try:
        with app.state.session_factory() as session:
            has_token = auth_service.has_write_token(session)
    except (OperationalError, DBAPIError) as exc:
        log.warning("could not check for API tokens: %s", _first_line(exc))
        return
    if not has_token:
        raise StartupRefused(
            "NEWSARCHIVE_ENVIRONMENT=production and no read-write API token exists; "
            "create one with `newsarchive token create NAME` first"
        )


class RejectNulInUrl:
    """400 for a NUL character in the path or query: no route can use one, and PostgreSQL
    refuses them in text, so they would otherwise surface as database errors."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            query: bytes = scope.get("query_string", b"")
            if "\x00" in scope.get("path", "") or b"%00" in query or b"\x00" in query:
                response = _error(
                    400,
                    "bad_request",
                    "the URL contains a NUL character (%00), which is never valid",
                )
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


class RequestSizeLimit:
    """413 for any request body over `max_bytes`, declared or streamed, whatever the route.

    An HTTPException, not an AppError, because FastAPI turns other exceptions raised while it
    reads a body into 400s.
    """

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = self.max_bytes
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                declared = value.decode("latin-1").strip()
                if declared.isdigit() and int(declared) > limit:
                    response = _error(
                        413,
                        PayloadTooLarge.error,
                        f"the request body is {declared} bytes; the limit is {limit} bytes",
                    )
                    await response(scope, receive, send)
                    return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise StarletteHTTPException(
                        413, f"the request body is over the limit of {limit} bytes"
                    )
            return message

        await self.app(scope, limited_receive, send)


def _teach_segmenter_known_speakers(app: FastAPI) -> None:
    """Speaker names already in the archive segment as one word in every new article."""
    try:
        with app.state.session_factory() as session:
            segment.add_user_words(speakers_repository.all_names(session))
    except (OperationalError, DBAPIError) as exc:  # the service still starts; /readyz tells
        log.warning("could not load speaker names from the database: %s", exc)


def _add_health_routes(app: FastAPI) -> None:
    @app.get("/healthz", tags=["health"], summary="Liveness: the process answers")
    def healthz() -> dict[str, str]:
        return {"status": "ok"}

    @app.get(
        "/readyz",
        tags=["health"],
        summary="Readiness: the database answers",
        responses={503: {"description": "The database is unavailable"}},
    )
    def readyz(request: Request) -> JSONResponse:
        try:
            with request.app.state.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except (OperationalError, DBAPIError, PoolTimeoutError) as exc:
            return JSONResponse(
                {"status": "unavailable", "database": "down", "detail": _first_line(exc)},
                status_code=503,
                headers={"Retry-After": DATABASE_RETRY_AFTER},
            )
        return JSONResponse({"status": "ok", "database": "up"})


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _error(
    status: int, error: str, detail: str, headers: dict[str, str] | None = None
) -> JSONResponse:
    return JSONResponse({"error": error, "detail": detail}, status_code=status, headers=headers)


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def app_error(_request: Request, exc: AppError) -> JSONResponse:
        return _error(exc.status_code, exc.error, exc.detail, exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        return _error(422, "validation_error", _describe_validation(exc.errors()))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        codes = {404: "not_found", 405: "method_not_allowed", 413: PayloadTooLarge.error}
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))

    async def database_unavailable(_request: Request, exc: Exception) -> JSONResponse:
        log.error("database unavailable: %s", _first_line(exc))
        return _database_unavailable()

    # Connection refused or lost, server shutting down, pool exhausted: the client may retry.
    for fault in (OperationalError, InterfaceError, PoolTimeoutError, psycopg.OperationalError):
        app.add_exception_handler(fault, database_unavailable)

    @app.exception_handler(DBAPIError)
    async def database_error(_request: Request, exc: DBAPIError) -> JSONResponse:
        if exc.connection_invalidated or isinstance(
            exc.orig, (psycopg.OperationalError, psycopg.InterfaceError)
        ):
            log.error("database connection lost: %s", _first_line(exc))
            return _database_unavailable()
        if isinstance(exc, DataError):
            # A value the database cannot take (a NUL character in text, a number out of
            # range) that validation let through: the client's input, not a server fault.
            log.warning("database refused a value: %s", _first_line(exc.orig or exc))
            return _error(
                422,
                "unprocessable",
                f"the database cannot store or compare a value in this request: "
                f"{_first_line(exc.orig or exc)}",
            )
        log.exception("database error", exc_info=exc)
        return _error(500, "internal_error", "an unexpected error occurred")

    @app.exception_handler(OverflowError)
    async def out_of_range(_request: Request, exc: OverflowError) -> JSONResponse:
        # sqlite3 refuses integers beyond 64 bits while binding them (an id in the path, say)
        log.warning("number out of range: %s", exc)
        return _error(422, "unprocessable", "a number in this request is out of range")

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return _error(500, "internal_error", "an unexpected error occurred")


def _database_unavailable() -> JSONResponse:
    return _error(
        503,
        "service_unavailable",
        "the database is unavailable; try again shortly",
        {"Retry-After": DATABASE_RETRY_AFTER},
    )


def _describe_validation(errors: Any) -> str:
    parts = []
    for error in errors:
        location = ".".join(str(part) for part in error.get("loc", ())) or "request"
        parts.append(f"{location}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
