"""schemathesis against the OpenAPI schema, every operation, both databases: no 5xx, and
every response valid for its documented schema. Bounded and derandomised for CI."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

import pytest
import schemathesis
from fastapi import FastAPI
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from conftest import make_settings
from newsarchive.app import create_app
from newsarchive.articles import service as articles_service
from newsarchive.auth import service as auth_service
from newsarchive.config import Settings
from newsarchive.errors import UpstreamError

pytestmark = pytest.mark.timeout(600)

EXAMPLES_PER_OPERATION = 25


@pytest.fixture
def fuzz_app(
    migrated_url: str,
    engine: Engine,
    session_factory: sessionmaker[Session],
    monkeypatch: pytest.MonkeyPatch,
) -> FastAPI:
    # No network: a URL to fetch answers 502 as if its server had failed.
    def no_fetch(url: str, *_args: Any, **_kwargs: Any) -> Any:
        raise UpstreamError(f"fetching is disabled in this test: {url[:50]}")

    monkeypatch.setattr(articles_service, "fetch_page", no_fetch)
    # The rate limit is tested elsewhere; here it would only turn examples into 429s.
    app = create_app(make_settings(migrated_url, ingest_rate_per_minute=0), engine=engine)
    app.state.owns_engine = False
    app.state.session_factory = session_factory
    with session_factory() as session:
        app.state.fuzz_token = auth_service.create_token(session, "fuzz", "write").token
        session.commit()
    return app


def _openapi_document() -> dict[str, Any]:
    # The document does not depend on the database; the engine here is never connected.
    # (schemathesis.pytest.from_fixture would load it per test, but its lazy loader does not
    # work with pytest 9: it writes Node._nodeid.)
    return create_app(Settings(database_url="sqlite://", environment="test")).openapi()


schema = schemathesis.openapi.from_dict(_openapi_document())


@schemathesis.serializer("application/x-ndjson")
def _ndjson(_ctx: Any, value: Any) -> bytes:
    if isinstance(value, str):
        return value.encode("utf-8", "replace")
    items = value if isinstance(value, list) else [value]
    return "\n".join(json.dumps(item) for item in items).encode()


@schema.parametrize()
@settings(
    max_examples=EXAMPLES_PER_OPERATION,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
def test_every_operation_answers_within_its_schema(case: Any, fuzz_app: FastAPI) -> None:
    case.call_and_validate(
        app=fuzz_app,
        headers={"Authorization": f"Bearer {fuzz_app.state.fuzz_token}"},
        checks=[not_a_server_error, response_schema_conformance],
    )


def test_datetimes_in_responses_carry_their_utc_offset(client: TestClient) -> None:
    created = client.post("/articles", json={"text": "Title\n\nBody of the story, said Bob Li."})
    assert created.status_code == 201, created.text

    article = client.get(f"/articles/{created.json()['id']}").json()

    for stamp in (article["created_at"], article["document"]["received_at"]):
        assert datetime.fromisoformat(stamp).utcoffset() is not None, stamp
