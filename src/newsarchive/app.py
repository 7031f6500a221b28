"""create_app(): settings, database, routers, and the one error handler."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsarchive import __version__
from newsarchive.articles.router import router as articles_router
from newsarchive.config import Settings, get_settings
from newsarchive.db import create_engine, create_session_factory
from newsarchive.errors import AppError
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
"""

# Seconds a client should wait before retrying when the database is unavailable.
DATABASE_RETRY_AFTER = "5"


def create_app(settings: Settings | None = None, *, engine: Engine | None = None) -> FastAPI:
    settings = settings or get_settings()
    engine = engine or create_engine(settings.database_url)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _teach_segmenter_known_speakers(app)
        yield
        if app.state.owns_engine:
            engine.dispose()

    app = FastAPI(
        title="newsarchive",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.engine = engine
    app.state.owns_engine = True
    app.state.session_factory = create_session_factory(engine)

    app.include_router(articles_router)
    app.include_router(quotes_router)
    app.include_router(speakers_router)
    app.include_router(topics_router)
    _add_health_routes(app)
    _add_error_handlers(app)
    return app


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
        except (OperationalError, DBAPIError) as exc:
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
        codes = {404: "not_found", 405: "method_not_allowed"}
        return _error(exc.status_code, codes.get(exc.status_code, "http_error"), str(exc.detail))

    @app.exception_handler(OperationalError)
    async def database_unavailable(_request: Request, exc: OperationalError) -> JSONResponse:
        log.error("database error: %s", _first_line(exc))
        return _error(
            503,
            "service_unavailable",
            "the database is unavailable; try again shortly",
            {"Retry-After": DATABASE_RETRY_AFTER},
        )

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error", exc_info=exc)
        return _error(500, "internal_error", "an unexpected error occurred")


def _describe_validation(errors: Any) -> str:
    parts = []
    for error in errors:
        location = ".".join(str(part) for part in error.get("loc", ())) or "request"
        parts.append(f"{location}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
