"""HTTP routes for topics: GET /topics with article counts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from newsarchive.articles.schemas import error_responses
from newsarchive.db import SessionDep
from newsarchive.dependencies import SettingsDep
from newsarchive.topics import service
from newsarchive.topics.schemas import TopicPage, TopicQuery

router = APIRouter(tags=["topics"])


@router.get(
    "/topics",
    summary="Topics with article counts",
    description="Topics, the most articles first, counted over the articles that match the "
    "filters (one copy of each story by default). Find a topic's articles with "
    "GET /articles?topic=…",
    response_model=TopicPage,
    responses=error_responses(422, 503),
)
def list_topics(
    session: SessionDep, settings: SettingsDep, params: Annotated[TopicQuery, Query()]
) -> TopicPage:
    return service.list_topics(session, params, settings)
