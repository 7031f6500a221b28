"""The full-text index follows the articles: insert, update, delete — on both databases."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.engine import Connection

from newsarchive.search.query import parse
from newsarchive.search.repository import matching_ids
from search.archive import ZH_COMPUTE, get_ok, ids, ingest


def test_a_new_article_is_found_at_once(client: TestClient) -> None:
    created = ingest(client, ZH_COMPUTE)

    assert ids(get_ok(client, "/articles", q="算力")) == [created["id"]]


def test_a_deleted_article_is_no_longer_found(client: TestClient) -> None:
    created = ingest(client, ZH_COMPUTE)

    assert client.delete(f"/articles/{created['id']}").status_code == 204

    assert get_ok(client, "/articles", q="算力")["items"] == []


def test_changed_tokens_are_searched_after_an_update(
    client: TestClient, connection: Connection
) -> None:
    created = ingest(client, ZH_COMPUTE)

    connection.execute(
        text("UPDATE articles SET search_tokens = '量子 计算' WHERE id = :id"),
        {"id": created["id"]},
    )

    assert ids(get_ok(client, "/articles", q="量子")) == [created["id"]]
    assert get_ok(client, "/articles", q="算力")["items"] == []


def test_the_search_condition_uses_the_index(connection: Connection) -> None:
    dialect = connection.dialect
    # The ids of the matching articles: what every listing with `q` reads through the index.
    statement = matching_ids(dialect.name, parse("东盟 算力"))
    sql = str(statement.compile(dialect=dialect, compile_kwargs={"literal_binds": True}))
    if dialect.name == "postgresql":
        connection.execute(text("SET LOCAL enable_seqscan = off"))
        connection.execute(text("SET LOCAL enable_indexscan = off"))
        plan = "\n".join(connection.execute(text(f"EXPLAIN {sql}")).scalars())
        assert "ix_articles_search_vector" in plan
    else:
        plan = " ".join(
            str(row[-1]) for row in connection.execute(text(f"EXPLAIN QUERY PLAN {sql}"))
        )
        assert "VIRTUAL TABLE INDEX" in plan
