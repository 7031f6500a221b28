"""Request dependencies shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from newsarchive.config import Settings
from newsarchive.errors import PayloadTooLarge


def get_app_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


SettingsDep = Annotated[Settings, Depends(get_app_settings)]


# Ids are 64-bit on PostgreSQL and SQLite; anything outside is a 422, never a database error.
MAX_ID = 2**63 - 1


def id_path(what: str) -> object:
    return Path(ge=1, le=MAX_ID, description=f"The {what}'s id")


ArticleIdPath = Annotated[int, id_path("article")]
SpeakerIdPath = Annotated[int, id_path("speaker")]


async def read_limited_body(request: Request, limit: int) -> bytes:
    """The request body, refused with 413 as soon as it is known to be over `limit` bytes:
    by its declared Content-Length, or while it streams in (no buffering past the limit)."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        raise PayloadTooLarge(f"the request body is {declared} bytes; the limit is {limit} bytes")
    chunks: list[bytes] = []
    received = 0
    async for chunk in request.stream():
        received += len(chunk)
        if received > limit:
            raise PayloadTooLarge(f"the request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)
