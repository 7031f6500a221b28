"""POST /articles/batch: archive many pages in one request."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request

from newsarchive.articles.schemas import error_responses
from newsarchive.bulk import service
from newsarchive.bulk.schemas import BatchItemIn, BatchOut
from newsarchive.config import Settings
from newsarchive.db import SessionDep
from newsarchive.dependencies import SettingsDep, read_limited_body
from newsarchive.errors import UnsupportedMediaType

router = APIRouter(tags=["articles"])

# A batch may be this many times larger than one page (the per-item limit still applies).
BATCH_BODY_FACTOR = 10


class BatchBody:
    def __init__(self, content: bytes, media_type: str) -> None:
        self.content = content
        self.media_type = media_type


async def read_batch_body(request: Request) -> BatchBody:
    """The body, with its size limit enforced while it streams in."""
    settings: Settings = request.app.state.settings
    limit = settings.max_body_bytes * BATCH_BODY_FACTOR
    media_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if media_type != "application/json" and media_type not in service.NDJSON_TYPES:
        raise UnsupportedMediaType(
            f"content type {media_type or 'none'} is not accepted; send a JSON array "
            "(application/json) or NDJSON (application/x-ndjson)"
        )
    return BatchBody(await read_limited_body(request, limit), media_type)


def _openapi() -> dict[str, Any]:
    item = BatchItemIn.model_json_schema()
    return {
        "requestBody": {
            "required": True,
            "description": "A JSON array of items, or NDJSON (one item per line). Each item: "
            "`url` and `html` or `text`; other keys are kept as metadata.",
            "content": {
                "application/json": {"schema": {"type": "array", "items": item}},
                "application/x-ndjson": {"schema": {"type": "string"}},
            },
        }
    }


@router.post(
    "/articles/batch",
    summary="Archive many pages",
    description="Archive up to `max_batch_items` pages (500 by default) in one request. Each "
    "item gets its own result — created, duplicate (already archived) or error with the "
    "reason — and a bad item never fails the others. A new article that tells a story "
    "already archived has `duplicate_of_id` set to the first article of that story.",
    response_model=BatchOut,
    responses=error_responses(400, 413, 415, 422, 503),
    openapi_extra=_openapi(),
)
def create_articles_batch(
    body: Annotated[BatchBody, Depends(read_batch_body)],
    session: SessionDep,
    settings: SettingsDep,
) -> BatchOut:
    items = service.parse_items(body.content, body.media_type, settings.max_batch_items)
    return service.ingest_batch(session, items, settings)
