"""Request dependencies shared by the routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from newsarchive.config import Settings


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
