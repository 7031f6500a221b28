"""HTTP routes for articles: ingest, read back, original bytes, delete; and /analyze."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request, Response, status
from pydantic import ValidationError

from newsarchive.articles import service
from newsarchive.articles.schemas import (
    AnalysisOut,
    ArticleIn,
    ArticleOut,
    ArticlePage,
    ArticleQuery,
    IngestOut,
    error_responses,
    seed_example,
)
from newsarchive.articles.service import IncomingPage
from newsarchive.config import Settings
from newsarchive.db import SessionDep
from newsarchive.dependencies import ArticleIdPath, SettingsDep, read_limited_body
from newsarchive.errors import Unprocessable, UnsupportedMediaType
from newsarchive.fetch import canonical_url
from newsarchive.json_input import encode_text, load_json
from newsarchive.pipeline.analyze import to_contract
from newsarchive.pipeline.model import PageKind
from newsarchive.search import export
from newsarchive.search import service as search

router = APIRouter(tags=["articles"])

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)


def _ingest_openapi() -> dict[str, Any]:
    example = seed_example()
    return {
        "requestBody": {
            "required": True,
            "description": "A page as JSON (text, html or url), or the raw page itself as "
            "text/plain (scraped text) or text/html, in any charset declared in Content-Type.",
            "content": {
                "application/json": {
                    "schema": {"$ref": "#/components/schemas/ArticleIn"},
                    "examples": {
                        "scraped text": {"value": {"text": example}},
                        "html": {
                            "value": {
                                "html": "<html><head><title>…</title></head><body>…</body></html>",
                                "url": "https://www.example.com/news/2026/03/11/1.html",
                            }
                        },
                        "url to fetch": {"value": {"url": "https://www.example.com/news/1.html"}},
                    },
                },
                "text/plain": {"schema": {"type": "string"}, "example": example},
                "text/html": {"schema": {"type": "string"}},
            },
        }
    }


class ReceivedBody:
    """The request body read with the size limit enforced while it streams in."""

    def __init__(self, content: bytes, content_type: str) -> None:
        self.content = content
        self.content_type = content_type

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()


async def read_body(request: Request) -> ReceivedBody:
    settings: Settings = request.app.state.settings
    content = await read_limited_body(request, settings.max_body_bytes)
    return ReceivedBody(content, request.headers.get("content-type", ""))


BodyDep = Annotated[ReceivedBody, Depends(read_body)]


def incoming_from_body(
    body: ReceivedBody, settings: Settings
) -> tuple[IncomingPage | None, ArticleIn | None]:
    """A raw page (text/plain, text/html) or the parsed JSON request; 4xx for anything else."""
    media_type = body.media_type
    if media_type in TEXT_TYPES or media_type in HTML_TYPES:
        service.validate_payload(body.content, settings.max_body_bytes)
        kind: PageKind = "html" if media_type in HTML_TYPES else "text"
        page = IncomingPage(
            payload=body.content, kind=kind, source_kind=kind, content_type=body.content_type
        )
        return page, None
    if media_type != "application/json":
        shown = media_type or "none"
        raise UnsupportedMediaType(
            f"content type {shown} is not accepted; send application/json, text/plain or text/html"
        )
    data = load_json(body.content)
    try:
        request_in = ArticleIn.model_validate(data)
    except ValidationError as exc:
        raise Unprocessable(_validation_message(exc)) from exc
    given: tuple[tuple[PageKind, str | None], ...] = (
        ("text", request_in.text),
        ("html", request_in.html),
    )
    for kind, text in given:
        if text is None:
            continue
        service.validate_text(text)
        payload = encode_text(text, field=kind)
        service.validate_payload(payload, settings.max_body_bytes)
        page = IncomingPage(
            payload=payload,
            kind=kind,
            source_kind=kind,
            url=request_in.url,
            content_type=f"{TEXT_TYPES[0] if kind == 'text' else HTML_TYPES[0]}; charset=utf-8",
        )
        return page, request_in
    return None, request_in


def _validation_message(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors():
        location = ".".join(str(part) for part in error["loc"]) or "body"
        parts.append(f"{location}: {error['msg']}")
    return "; ".join(parts)


@router.post(
    "/articles",
    summary="Archive a page",
    description="Archive a page's original bytes, analyse it and store the article with its "
    "quotes, speakers and topics in one transaction. The same page again returns the "
    "existing article with `duplicate: true` (status 200) and stores nothing.",
    response_model=IngestOut,
    status_code=status.HTTP_201_CREATED,
    responses={
        200: {"model": IngestOut, "description": "Already archived"},
        **error_responses(400, 413, 415, 422, 502, 503, 504),
    },
    openapi_extra=_ingest_openapi(),
)
def create_article(
    body: BodyDep,
    session: SessionDep,
    settings: SettingsDep,
    response: Response,
    refresh: Annotated[
        bool, Query(description="For a URL: fetch again and store a new version if it changed")
    ] = False,
) -> IngestOut:
    page, request_in = incoming_from_body(body, settings)
    if page is None:
        assert request_in is not None and request_in.url is not None
        result = service.ingest_url(session, request_in.url, settings, refresh=refresh)
    else:
        url = request_in.url if request_in else None
        result = service.ingest(session, page, canonical_url=canonical_url(url) if url else None)
    if result.duplicate:
        response.status_code = status.HTTP_200_OK
    return service.to_ingest_out(session, result)


@router.get(
    "/articles/{article_id}",
    summary="One article",
    description="The article with its quotes, speakers, topics, archived document and copies.",
    response_model=ArticleOut,
    responses=error_responses(404),
)
def read_article(article_id: ArticleIdPath, session: SessionDep) -> ArticleOut:
    return service.to_out(session, service.get_article(session, article_id))


@router.get(
    "/articles/{article_id}/document",
    summary="The archived original",
    description="The original bytes of the page exactly as received, with their content type.",
    response_class=Response,
    responses={200: {"content": {"text/html": {}, "text/plain": {}}}, **error_responses(404)},
)
def read_document(article_id: ArticleIdPath, session: SessionDep) -> Response:
    document = service.get_original(session, article_id)
    return Response(
        content=document.payload,
        media_type=document.content_type or "application/octet-stream",
        headers={"X-Content-SHA256": document.sha256},
    )


@router.delete(
    "/articles/{article_id}",
    summary="Delete an article",
    description="Deletes the article, its archived documents, quotes and topic links.",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=error_responses(404),
)
def delete_article(article_id: ArticleIdPath, session: SessionDep) -> Response:
    service.delete_article(session, article_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.post(
    "/analyze",
    summary="Analyse a page without storing it",
    description="Runs the pipeline on one page and returns the analysis contract of DESIGN.md. "
    "Nothing is stored. A page that cannot be analysed answers 422 with the reason.",
    response_model=AnalysisOut,
    tags=["analysis"],
    responses=error_responses(400, 413, 415, 422),
    openapi_extra=_ingest_openapi(),
)
def analyze_page(body: BodyDep, settings: SettingsDep) -> dict[str, Any]:
    page, request_in = incoming_from_body(body, settings)
    if page is None:
        raise Unprocessable("POST /analyze takes text or html, not a URL to fetch")
    analysis = service.analyze_page(page)
    return to_contract(analysis, path=request_in.url if request_in else None)


# --- the read side: GET /articles (issue 5) ------------------------------------------------


@router.get(
    "/articles",
    summary="Find articles",
    description="Articles newest first (undated ones last), one copy of each story unless "
    "`include_duplicates=true`. Filters combine: who is quoted (`speaker` by any form of the "
    "name, `speaker_id`), `topic`, full text `q`, `language`, `source` and publication "
    "dates. Pages are read with `cursor` (the previous page's `next`); `count=true` adds the "
    "total. With `format=csv|ndjson` or Accept: text/csv / application/x-ndjson, every "
    "matching article is streamed instead of one page.",
    response_model=ArticlePage,
    responses={
        200: {
            "description": "A JSON page; or every matching article as CSV (UTF-8 with a "
            "byte-order mark, for spreadsheets) or NDJSON.",
            "content": {
                "text/csv": {"schema": {"type": "string"}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        },
        **error_responses(422, 503),
    },
)
def list_articles(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    params: Annotated[ArticleQuery, Query()],
) -> Any:
    fmt = export.negotiate(params.format, request.headers.get("accept"))
    if fmt == "json":
        return search.article_page(session, params, settings)
    after = search.decode_after(params.cursor, "articles", 1)
    where = search.article_filter(session, params)
    return export.stream(
        request,
        fmt,
        "articles",
        lambda s: search.iter_articles(s, where, after, params.limit),
        export.ARTICLE_CSV_COLUMNS,
        export.article_csv_row,
    )
