"""Database faults short of an outage: an exhausted connection pool is a 503 with
Retry-After after the pool's timeout, not a hang and not a 500."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from conftest import make_settings
from newsarchive.app import create_app
from newsarchive.db import create_engine

pytestmark = pytest.mark.timeout(120)


def test_an_exhausted_connection_pool_is_503_with_retry_after(migrated_url: str) -> None:
    engine = create_engine(migrated_url, pool_size=1, max_overflow=0, pool_timeout=0.5)
    app = create_app(make_settings(migrated_url), engine=engine)
    app.state.owns_engine = False
    try:
        with TestClient(app) as client:
            with engine.connect() as held:  # the only connection, taken
                held.exec_driver_sql("SELECT 1")
                busy = client.get("/articles/1")
                ready = client.get("/readyz")
            after = client.get("/articles/1")
    finally:
        engine.dispose()

    assert busy.status_code == 503, busy.text
    assert busy.json()["error"] == "service_unavailable"
    assert int(busy.headers["Retry-After"]) > 0
    assert ready.status_code == 503
    assert ready.json()["database"] == "down"
    assert after.status_code == 404  # the connection is back: a normal answer
