"""HTTP routes for quotes: GET /quotes, as a JSON page or a streamed CSV/NDJSON export."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from sqlalchemy.orm import Session

from newsarchive.articles.schemas import error_responses
from newsarchive.config import Settings
from newsarchive.db import SessionDep
from newsarchive.dependencies import SettingsDep
from newsarchive.quotes.schemas import QuotePage, QuoteQuery
from newsarchive.search import export
from newsarchive.search import service as search

router = APIRouter(tags=["quotes"])

EXPORT_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "A JSON page; or, with `format=csv|ndjson` or an Accept header of "
        "text/csv or application/x-ndjson, every matching row streamed (CSV with a UTF-8 "
        "byte-order mark for spreadsheets).",
        "content": {
            "text/csv": {"schema": {"type": "string"}},
            "application/x-ndjson": {"schema": {"type": "string"}},
        },
    }
}


def quotes_response(
    request: Request,
    session: Session,
    settings: Settings,
    params: QuoteQuery,
    *,
    speaker_id: int | None = None,
    name: str = "quotes",
) -> Any:
    fmt = export.negotiate(params.format, request.headers.get("accept"))
    if fmt == "json":
        return search.quote_page(session, params, settings, speaker_id=speaker_id)
    after = search.decode_after(params.cursor, "quotes", 2)
    resolved = search.quote_search(session, params, speaker_id=speaker_id)
    return export.stream(
        request,
        fmt,
        name,
        lambda s: search.iter_quotes(s, resolved, after, params.limit),
        export.QUOTE_CSV_COLUMNS,
        export.quote_csv_row,
    )


@router.get(
    "/quotes",
    summary="Find quotes",
    description="Who said what: quotes of the newest articles first, in their order within "
    "each article. `speaker` keeps that speaker's quotes; `q` keeps quotes whose own text "
    "holds the words; the other filters apply to the quote's article. Add `format=csv` "
    "(or Accept: text/csv) to export every matching quote.",
    response_model=QuotePage,
    responses={**EXPORT_RESPONSE, **error_responses(422, 503)},
)
def list_quotes(
    request: Request,
    session: SessionDep,
    settings: SettingsDep,
    params: Annotated[QuoteQuery, Query()],
) -> Any:
    return quotes_response(request, session, settings, params)
