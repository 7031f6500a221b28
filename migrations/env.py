"""Alembic environment: the URL comes from Settings unless the caller passed a connection."""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from newsarchive import models  # noqa: F401  (registers every table on Base.metadata)
from newsarchive.config import get_settings
from newsarchive.db import Base, create_engine

target_metadata = Base.metadata

# Objects the migrations create by hand that the ORM metadata does not describe
# (full-text index structures); `alembic check` must not call them drift.
UNMANAGED_TABLE_PREFIXES = ("articles_fts",)
UNMANAGED_INDEXES = {"ix_articles_search_vector"}


def include_object(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    if type_ == "table" and name and name.startswith(UNMANAGED_TABLE_PREFIXES):
        return False
    return not (type_ == "index" and name in UNMANAGED_INDEXES)


def run_with(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        run_with(connection)
        return
    url = context.config.attributes.get("database_url") or get_settings().database_url
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            run_with(conn)
    finally:
        engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (SQL script) migrations are not supported; run `newsarchive migrate`")
run_migrations_online()
