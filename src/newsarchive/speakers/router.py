"""HTTP routes for speakers: find by name, one speaker's record, their quotes."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from newsarchive.articles.schemas import error_responses
from newsarchive.db import SessionDep
from newsarchive.dependencies import SettingsDep, SpeakerIdPath
from newsarchive.quotes.router import EXPORT_RESPONSE, quotes_response
from newsarchive.quotes.schemas import QuotePage, QuoteQuery
from newsarchive.speakers import service
from newsarchive.speakers.schemas import SpeakerOut, SpeakerPage

router = APIRouter(tags=["speakers"])


@router.get(
    "/speakers",
    summary="Find speakers",
    description="With `q`: the speakers known by that name or alias — simplified or "
    "traditional characters, or pinyin with or without spaces and tones (连玉明, 連玉明, "
    "Lian Yuming, lianyuming) — most quoted first; an unknown name is an empty list. "
    "Without `q`: every quoted speaker, most quoted first, a page at a time.",
    response_model=SpeakerPage,
    responses=error_responses(422, 503),
)
def list_speakers(
    session: SessionDep,
    settings: SettingsDep,
    q: Annotated[
        str | None,
        Query(max_length=200, description="A name or alias", examples=["Lian Yuming"]),
    ] = None,
    limit: Annotated[
        int | None, Query(ge=1, description="Speakers per page: 20 when not given, capped")
    ] = None,
    cursor: Annotated[
        str | None,
        Query(max_length=1000, description="The `next` value of the previous page (without q)"),
    ] = None,
) -> SpeakerPage:
    return service.list_speakers(session, q, cursor, limit, settings)


@router.get(
    "/speakers/{speaker_id}",
    summary="One speaker's record",
    description="Name and aliases; every title articles gave the speaker, with the articles "
    "it came from; quote and article counts; first and last seen; top topics. Counts take "
    "one copy of each story.",
    response_model=SpeakerOut,
    responses=error_responses(404, 422, 503),
)
def read_speaker(speaker_id: SpeakerIdPath, session: SessionDep) -> SpeakerOut:
    return service.get_speaker(session, speaker_id)


@router.get(
    "/speakers/{speaker_id}/quotes",
    summary="A speaker's quotes",
    description="The speaker's quotes, newest article first, with the filters of GET /quotes. "
    "Answers CSV or NDJSON (`format=` or Accept) to take the whole record to a spreadsheet.",
    response_model=QuotePage,
    responses={**EXPORT_RESPONSE, **error_responses(404, 422, 503)},
)
def speaker_quotes(
    speaker_id: SpeakerIdPath,
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    params: Annotated[QuoteQuery, Query()],
) -> Any:
    service.require(session, speaker_id)
    return quotes_response(
        request, session, settings, params, speaker_id=speaker_id, name=f"speaker-{speaker_id}"
    )
