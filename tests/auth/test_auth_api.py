"""API tokens over HTTP: who may write, who may read, what is open, rate limits."""

from __future__ import annotations

import hashlib

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

from conftest import count_rows
from newsarchive.app import StartupRefused, create_app
from newsarchive.auth import service
from newsarchive.config import Settings
from newsarchive.models import ApiToken

PAGE = "Ministers agree new plan\n\nBEIJING, March 11 (Reuters) - Ministers agreed on a plan.\n"


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def make_token(factory: sessionmaker[Session], name: str, scope: service.Scope) -> str:
    with factory() as session:
        made = service.create_token(session, name, scope)
        session.commit()
        return made.token


def app_with(
    migrated_url: str,
    engine: Engine,
    session_factory: sessionmaker[Session],
    **overrides: object,
) -> FastAPI:
    options: dict[str, object] = {"environment": "test", **overrides}
    app = create_app(Settings(database_url=migrated_url, **options), engine=engine)  # type: ignore[arg-type]
    app.state.owns_engine = False
    app.state.session_factory = session_factory
    return app


@pytest.fixture
def writer(session_factory: sessionmaker[Session]) -> str:
    return make_token(session_factory, "scraper", "write")


@pytest.fixture
def reader(session_factory: sessionmaker[Session]) -> str:
    return make_token(session_factory, "dashboard", "read")


def test_without_any_token_in_the_database_writes_are_open_outside_production(
    client: TestClient,
) -> None:
    response = client.post("/articles", json={"text": PAGE})

    assert response.status_code == 201, response.text


def test_once_a_token_exists_a_write_without_one_is_401_and_stores_nothing(
    client: TestClient, writer: str, connection: Connection
) -> None:
    response = client.post("/articles", json={"text": PAGE})

    assert response.status_code == 401
    assert response.json()["error"] == "unauthorized"
    assert set(response.json()) == {"error", "detail"}
    assert response.headers["WWW-Authenticate"] == "Bearer"
    assert count_rows(connection, "articles") == 0


@pytest.mark.parametrize(
    "header",
    [
        "Bearer na_AAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
        "Bearer not-a-token",
        "Bearer ",
        "Basic dXNlcjpwYXNz",
        "na_AAAAAAAAAAA_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA",
    ],
)
def test_a_wrong_or_malformed_token_is_401(client: TestClient, writer: str, header: str) -> None:
    response = client.post("/articles", json={"text": PAGE}, headers={"Authorization": header})

    assert response.status_code == 401, response.text
    assert response.json()["error"] == "unauthorized"


def test_a_token_with_the_right_prefix_but_another_secret_is_401(
    client: TestClient, writer: str
) -> None:
    forged = writer[:-5] + ("AAAAA" if not writer.endswith("AAAAA") else "BBBBB")

    assert client.post("/articles", json={"text": PAGE}, headers=bearer(forged)).status_code == 401


def test_a_read_write_token_may_ingest_and_delete(
    client: TestClient, writer: str, connection: Connection
) -> None:
    created = client.post("/articles", json={"text": PAGE}, headers=bearer(writer))
    assert created.status_code == 201, created.text

    article_id = created.json()["id"]
    assert client.delete(f"/articles/{article_id}").status_code == 401
    assert client.delete(f"/articles/{article_id}", headers=bearer(writer)).status_code == 204
    assert count_rows(connection, "articles") == 0


def test_a_read_only_token_on_a_write_is_403(
    client: TestClient, writer: str, reader: str, connection: Connection
) -> None:
    response = client.post("/articles", json={"text": PAGE}, headers=bearer(reader))
    deleted = client.delete("/articles/1", headers=bearer(reader))

    assert response.status_code == 403
    assert response.json()["error"] == "forbidden"
    assert deleted.status_code == 403
    assert count_rows(connection, "articles") == 0


def test_a_revoked_token_is_401(
    client: TestClient, writer: str, session_factory: sessionmaker[Session]
) -> None:
    assert client.post("/articles", json={"text": PAGE}, headers=bearer(writer)).status_code == 201
    with session_factory() as session:
        assert [t.name for t in service.revoke(session, "scraper")] == ["scraper"]
        session.commit()

    response = client.delete("/articles/1", headers=bearer(writer))

    assert response.status_code == 401


def test_reads_are_open_by_default_but_a_wrong_token_sent_on_a_read_is_401(
    client: TestClient, writer: str
) -> None:
    article_id = client.post("/articles", json={"text": PAGE}, headers=bearer(writer)).json()["id"]

    assert client.get(f"/articles/{article_id}").status_code == 200
    assert client.get(f"/articles/{article_id}", headers=bearer("na_x")).status_code == 401
    assert client.post("/analyze", json={"text": PAGE}).status_code == 200


def test_read_requires_token_setting_closes_reads_but_not_health(
    migrated_url: str,
    engine: Engine,
    session_factory: sessionmaker[Session],
    writer: str,
    reader: str,
) -> None:
    app = app_with(migrated_url, engine, session_factory, read_requires_token=True)
    with TestClient(app) as client:
        article_id = client.post("/articles", json={"text": PAGE}, headers=bearer(writer)).json()[
            "id"
        ]

        assert client.get(f"/articles/{article_id}").status_code == 401
        assert client.post("/analyze", json={"text": PAGE}).status_code == 401
        assert client.get(f"/articles/{article_id}", headers=bearer(reader)).status_code == 200
        assert client.get(f"/articles/{article_id}", headers=bearer(writer)).status_code == 200
        assert (
            client.post("/analyze", json={"text": PAGE}, headers=bearer(reader)).status_code == 200
        )
        assert client.get("/healthz").status_code == 200
        assert client.get("/readyz").status_code == 200
        assert client.get("/openapi.json").status_code == 200
        assert client.get("/docs").status_code == 200


def test_production_refuses_to_start_without_a_read_write_token(
    migrated_url: str, engine: Engine, session_factory: sessionmaker[Session], reader: str
) -> None:
    app = app_with(migrated_url, engine, session_factory, environment="production")

    with pytest.raises(StartupRefused, match="token create"), TestClient(app):
        pass


def test_production_with_a_token_starts_and_never_leaves_writes_open(
    migrated_url: str, engine: Engine, session_factory: sessionmaker[Session], writer: str
) -> None:
    app = app_with(migrated_url, engine, session_factory, environment="production")
    with TestClient(app) as client:
        assert client.post("/articles", json={"text": PAGE}).status_code == 401
        assert (
            client.post("/articles", json={"text": PAGE}, headers=bearer(writer)).status_code == 201
        )


def test_writes_are_rate_limited_per_token_with_retry_after(
    migrated_url: str, engine: Engine, session_factory: sessionmaker[Session]
) -> None:
    first = make_token(session_factory, "first", "write")
    second = make_token(session_factory, "second", "write")
    app = app_with(
        migrated_url, engine, session_factory, ingest_rate_per_minute=6, ingest_rate_burst=2
    )
    with TestClient(app) as client:
        answers = [client.delete("/articles/999999", headers=bearer(first)) for _ in range(3)]
        other = client.delete("/articles/999999", headers=bearer(second))
        read = client.get("/articles/999999", headers=bearer(first))

    assert [a.status_code for a in answers] == [404, 404, 429]
    assert answers[2].json()["error"] == "too_many_requests"
    assert 1 <= int(answers[2].headers["Retry-After"]) <= 10
    assert other.status_code == 404
    assert read.status_code == 404


def test_the_database_keeps_only_a_hash_of_each_token(writer: str, db_session: Session) -> None:
    rows = db_session.scalars(select(ApiToken)).all()

    assert len(rows) == 1
    stored = rows[0]
    assert stored.token_hash == hashlib.sha256(writer.encode()).hexdigest()
    assert writer not in {stored.name, stored.prefix, stored.token_hash}
    assert stored.scope == "write"


def test_openapi_documents_the_bearer_scheme_per_operation(client: TestClient) -> None:
    schema = client.get("/openapi.json").json()

    assert schema["components"]["securitySchemes"]["ApiToken"]["scheme"] == "bearer"
    ingest = schema["paths"]["/articles"]["post"]
    assert ingest["security"] == [{"ApiToken": []}]
    assert {"401", "403", "429", "503"} <= set(ingest["responses"])
    read = schema["paths"]["/articles/{article_id}"]["get"]
    assert read["security"] == [{}, {"ApiToken": []}]
    assert "security" not in schema["paths"]["/healthz"]["get"]
    assert "security" not in schema["paths"]["/readyz"]["get"]
