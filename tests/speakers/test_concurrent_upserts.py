"""Two PostgreSQL writers naming the same new speakers at once wait for each other, in key
order, instead of deadlocking (which would fail a request or stop a bulk run)."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from conftest import new_database_url
from newsarchive.db import create_engine
from newsarchive.migrate import upgrade
from newsarchive.models import Speaker
from newsarchive.speakers import repository as speakers_repository


def speaker_rows(*keys: str) -> list[dict[str, str]]:
    return [{"name": key, "kind": "person", "key": key, "pinyin_key": key} for key in keys]


def wait_until_blocked(session: Session, deadline_seconds: float = 20.0) -> None:
    """Until another connection waits for a row lock held by this session's transaction."""
    deadline = time.monotonic() + deadline_seconds
    query = text(
        "SELECT count(*) FROM pg_stat_activity "
        "WHERE wait_event_type = 'Lock' AND datname = current_database()"
    )
    while time.monotonic() < deadline:
        with Session(session.get_bind()) as observer:
            if observer.scalar(query):
                return
        time.sleep(0.05)
    raise AssertionError("the second writer never waited for the first")


def test_speakers_named_in_another_order_by_a_concurrent_writer_do_not_deadlock(
    request: pytest.FixtureRequest, tmp_path: Path
) -> None:
    url = new_database_url("postgres", request, tmp_path)
    upgrade(url)
    engine = create_engine(url)
    failures: list[BaseException] = []
    try:
        with Session(engine) as first, Session(engine) as second:
            # 丙 (U+4E19) sorts before 乙 (U+4E59): each writer takes its keys in that order.
            speakers_repository.by_key(first, speaker_rows("丙"))  # holds 丙, uncommitted

            def second_writer() -> None:
                try:
                    # Given as 乙, 丙: written as 丙, 乙, so it waits for 丙 holding nothing.
                    speakers_repository.by_key(second, speaker_rows("乙", "丙"))
                    second.commit()
                except BaseException as error:  # reported by the main thread
                    failures.append(error)

            writer = threading.Thread(target=second_writer)
            writer.start()
            wait_until_blocked(first)
            # Unsorted, the second writer would now hold 乙 and this insert would wait for
            # it while it waits for 丙: PostgreSQL would abort one of the two.
            speakers_repository.by_key(first, speaker_rows("乙"))
            first.commit()
            writer.join(timeout=30)
            assert not writer.is_alive()
        assert failures == []
        with Session(engine) as reader:
            assert sorted(reader.scalars(select(Speaker.key))) == sorted(["乙", "丙"])
    finally:
        engine.dispose()
