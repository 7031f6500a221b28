"""The bulk writer: each item in its own savepoint, topic ids kept only for stored items."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from newsarchive.articles import service as articles_service
from newsarchive.bulk.sources import RawItem
from newsarchive.bulk.writer import store_batch, store_item
from newsarchive.models import Article, ArticleTopic, Topic
from newsarchive.pipeline.model import Analysis
from newsarchive.pipeline.model import Topic as FoundTopic


def item(n: int) -> RawItem:
    return RawItem(
        origin=f"dump.jsonl:{n}",
        payload=f"<p>story {n}</p>".encode(),
        kind="html",
        source_kind="html",
        url=f"https://news.example.com/{n}.html",
    )


def analysis(n: int, *terms: str) -> Analysis:
    return Analysis(
        language="en",
        body=f"Story number {n} about the harbour and the storms that closed it.",
        title=f"Story {n}",
        topics=[FoundTopic(term, 1.0) for term in terms],
    )


def topic_count(session: Session, key: str) -> int:
    return session.scalar(select(func.count()).select_from(Topic).where(Topic.key == key)) or 0


def failing_on(title: str) -> object:
    """_store_children that writes, then fails when one of the articles has that title."""
    original = articles_service._store_children

    def then_fail(session: Session, articles: Sequence[tuple[int, Analysis]]) -> None:
        original(session, articles)
        if any(found.title == title for _, found in articles):
            raise IntegrityError("INSERT", None, Exception("refused after the topics"))

    return then_fail


@pytest.mark.parametrize("batch", [False, True], ids=["item by item", "set-wise"])
def test_items_share_topic_ids_and_a_failed_item_leaves_none_behind(
    db_session: Session, monkeypatch: pytest.MonkeyPatch, batch: bool
) -> None:
    first = store_item(db_session, item(1), analysis(1, "harbour", "storms"))
    assert first.status == "stored"

    monkeypatch.setattr(articles_service, "_store_children", failing_on("Story 2"))
    pairs: list[tuple[RawItem, Analysis | str]] = [
        (item(2), analysis(2, "harbour", "shipping")),
        (item(3), analysis(3, "shipping", "harbour")),
    ]
    if batch:  # the batch is refused as a whole, then stored item by item
        broken, third = store_batch(db_session, pairs)
    else:
        broken, third = (store_item(db_session, i, r) for i, r in pairs)
    monkeypatch.undo()

    assert broken.status == "failed"
    assert "refused after the topics" in (broken.reason or "")
    assert third.status == "stored"
    db_session.flush()
    links = db_session.execute(
        select(ArticleTopic.article_id, Topic.key).join(Topic).order_by(ArticleTopic.rank)
    ).all()
    assert {(a, k) for a, k in links} == {
        (first.article_id, "harbour"),
        (first.article_id, "storms"),
        (third.article_id, "shipping"),
        (third.article_id, "harbour"),
    }
    assert topic_count(db_session, "harbour") == 1
    assert topic_count(db_session, "shipping") == 1  # item 2's went with it; item 3 made it


def test_an_analysis_failure_is_reported_with_its_reason(db_session: Session) -> None:
    outcome = store_item(db_session, item(4), "no article text found")

    assert (outcome.status, outcome.reason, outcome.url) == (
        "failed",
        "no article text found",
        "https://news.example.com/4.html",
    )
    assert db_session.scalar(select(func.count()).select_from(Article)) == 0
