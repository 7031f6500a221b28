"""Engine, session factory, declarative Base and the request-scoped session dependency."""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, Request
from sqlalchemy import (
    ARRAY,
    ColumnElement,
    DateTime,
    Integer,
    MetaData,
    String,
    any_,
    bindparam,
    event,
    func,
    literal_column,
    select,
)
from sqlalchemy import create_engine as sa_create_engine
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.engine import Dialect, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, InstrumentedAttribute, Session, sessionmaker
from sqlalchemy.types import TypeDecorator

# Stable constraint names, so that migrations can name what they alter on both databases.
NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def create_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for either database; SQLite gets the pragmas a concurrent service needs."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa_create_engine(
            url, connect_args={"check_same_thread": False, "timeout": 30}, **kwargs
        )
        event.listen(engine, "connect", _sqlite_on_connect)
        event.listen(engine, "begin", _sqlite_on_begin)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    return sa_create_engine(url, **kwargs)


def _sqlite_on_connect(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy issue BEGIN itself (below), so that writers take the lock up front
    # instead of failing with "database is locked" when a read upgrades to a write.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_on_begin(connection: Any) -> None:
    # Writers take SQLite's write lock when they begin; readers stay concurrent under WAL.
    immediate = connection.get_execution_options().get("sqlite_begin") == "immediate"
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def begin_write(session: Session) -> None:
    """Start the session's transaction as a writer (BEGIN IMMEDIATE on SQLite).

    A deferred SQLite transaction that reads and then writes can fail with "database is
    locked" when another writer committed in between; taking the lock first avoids that.
    """
    session.connection(execution_options={"sqlite_begin": "immediate"})


def create_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=False)


def get_session(request: Request) -> Iterator[Session]:
    """The request's session: commits once when the route returns, rolls back on error.

    Used with scope="function" so the commit happens before the response is sent, and a
    failed commit reaches the client as an error rather than a false success.
    """
    factory: sessionmaker[Session] = request.app.state.session_factory
    session = factory()
    try:
        if request.method not in ("GET", "HEAD", "OPTIONS"):
            begin_write(session)
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


SessionDep = Annotated[Session, Depends(get_session, scope="function")]


INSERT_CHUNK = 1000


def insert_ignoring_conflict(
    session: Session,
    model: type[Base],
    values: dict[str, Any] | list[dict[str, Any]],
    conflict_columns: list[str],
) -> None:
    """INSERT … ON CONFLICT DO NOTHING on either database.

    Get-or-create under concurrency: two requests that create the same speaker or topic at
    once both succeed, and the second simply finds the first one's row.
    """
    rows = values if isinstance(values, list) else [values]
    if not rows:
        return
    insert: Any = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    # Many rows go as one executemany of a statement compiled once (the drivers send them
    # in order). In key order: two PostgreSQL writers then take the rows' locks in the same
    # order and one waits for the other instead of deadlocking (a batch naming speakers
    # b, c against a request holding b, then naming c). The sort is stable, so the first
    # row of a key still wins.
    rows = sorted(rows, key=lambda row: tuple(row[column] for column in conflict_columns))
    statement = insert(model.__table__).on_conflict_do_nothing(index_elements=conflict_columns)
    session.execute(statement, rows)


def one_of(
    session: Session, column: InstrumentedAttribute[Any], values: Collection[int] | Collection[str]
) -> ColumnElement[bool]:
    """`column IN values` with the values as one bound parameter (a PostgreSQL array, a
    JSON list on SQLite), for the thousands of keys or band values of a bulk batch: no
    query text, placeholders or parsing per value, and one cached statement for any count.
    Both databases still look the values up through the column's index."""
    listed = sorted(values)
    element: Any = Integer if listed and isinstance(listed[0], int) else String
    if session.get_bind().dialect.name == "postgresql":
        return column == any_(bindparam(None, listed, type_=ARRAY(element)))
    json_values = select(literal_column("value", element)).select_from(
        func.json_each(bindparam(None, json.dumps(listed, ensure_ascii=False)))
    )
    return column.in_(json_values)


class UTCDateTime(TypeDecorator[datetime]):
    """A timezone-aware timestamp that is stored in UTC and always read back aware.

    SQLite has no timestamp type: SQLAlchemy stores the wall-clock digits and drops the
    offset, so 19:02+08:00 and 19:02 UTC would compare equal and come back naive. Storing
    UTC makes ordering, date filters and cursors agree on both databases.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:  # a naive value can only be meant as UTC here
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)
