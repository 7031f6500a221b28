"""Fixtures: both databases built by the migrations, each test in a rolled-back transaction.

`backend` runs a test once on SQLite and once on a real PostgreSQL that the suite starts
itself. With CI=true a missing PostgreSQL is a failure, never a skip.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session, sessionmaker

sys.path.insert(0, str(Path(__file__).parent))

import pg_server
from newsarchive.app import create_app
from newsarchive.config import Settings
from newsarchive.db import create_engine
from newsarchive.migrate import upgrade

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSARCHIVE_SHARED", REPO.parent / "shared"))
FIXTURES = Path(__file__).parent / "fixtures"
SEED_PAGE = REPO / "seeds" / "000_7e0d1ae2f8f72497.txt"
IN_CI = os.environ.get("CI", "").lower() == "true"

BACKENDS = ["sqlite", "postgres"]


def start_postgres_or_skip() -> pg_server.PostgresServer:
    """A new PostgreSQL server; without server binaries a skip, or a failure under CI=true."""
    try:
        return pg_server.start_server()
    except pg_server.PostgresUnavailable as exc:
        if IN_CI:
            pytest.fail(f"CI=true requires the PostgreSQL tests to run: {exc}")
        pytest.skip(str(exc))


@pytest.fixture(scope="session")
def postgres() -> Iterator[pg_server.PostgresServer]:
    server = start_postgres_or_skip()
    try:
        yield server
    finally:
        pg_server.destroy(server)


def create_postgres_database(server: pg_server.PostgresServer) -> str:
    name = f"test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(
        f"postgresql://postgres@127.0.0.1:{server.port}/postgres", autocommit=True
    ) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return server.url(name)


def new_database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh, empty database of the backend (not migrated)."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / f'{uuid.uuid4().hex[:8]}.sqlite3'}"
    server: pg_server.PostgresServer = request.getfixturevalue("postgres")
    return create_postgres_database(server)


@pytest.fixture(scope="session", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture(scope="session")
def migrated_url(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> str:
    """One database per backend for the whole session, built by the migrations."""
    url = new_database_url(backend, request, tmp_path_factory.mktemp("db"))
    upgrade(url)
    return url


@pytest.fixture(scope="session")
def engine(migrated_url: str) -> Iterator[Engine]:
    engine = create_engine(migrated_url)
    yield engine
    engine.dispose()


@pytest.fixture
def connection(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that is rolled back after the test."""
    with engine.connect() as connection:
        transaction = connection.begin()
        try:
            yield connection
        finally:
            transaction.rollback()


@pytest.fixture
def session_factory(connection: Connection) -> sessionmaker[Session]:
    # Commits inside the code under test release savepoints of the outer transaction.
    return sessionmaker(
        bind=connection,
        expire_on_commit=False,
        autoflush=False,
        join_transaction_mode="create_savepoint",
    )


@pytest.fixture
def db_session(session_factory: sessionmaker[Session]) -> Iterator[Session]:
    with session_factory() as session:
        yield session


def make_settings(database_url: str, **overrides: object) -> Settings:
    return Settings(database_url=database_url, environment="test", **overrides)  # type: ignore[arg-type]


@pytest.fixture
def settings(migrated_url: str) -> Settings:
    return make_settings(migrated_url)


@pytest.fixture
def app(settings: Settings, engine: Engine, session_factory: sessionmaker[Session]) -> FastAPI:
    app = create_app(settings, engine=engine)
    app.state.owns_engine = False
    app.state.session_factory = session_factory
    return app


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as client:
        yield client


@pytest.fixture
def committing_app(
    backend: str, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[FastAPI]:
    """An app on its own fresh migrated database whose commits are real (concurrency tests)."""
    url = new_database_url(backend, request, tmp_path)
    upgrade(url)
    app = create_app(make_settings(url))
    yield app
    app.state.engine.dispose()


@pytest.fixture
def seed_bytes() -> bytes:
    return SEED_PAGE.read_bytes()


def count_rows(connection: Connection, table: str) -> int:
    return int(connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one())


@pytest.fixture
def database(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A fresh migrated database of the backend, for commands run in another process."""
    url = new_database_url(backend, request, tmp_path)
    upgrade(url)
    return url


def run_cli(database: str, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """`newsarchive ARGS` in a subprocess against `database`, run from `cwd`."""
    return subprocess.run(
        [sys.executable, "-m", "newsarchive.cli", *args],
        env={**os.environ, "NEWSARCHIVE_DATABASE_URL": database},
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
