"""Every query on topics."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsarchive.db import insert_ignoring_conflict
from newsarchive.models import Topic


def get_or_create(session: Session, *, term: str, key: str, language: str) -> Topic:
    insert_ignoring_conflict(
        session, Topic, {"term": term, "key": key, "language": language}, ["key"]
    )
    return session.scalars(select(Topic).where(Topic.key == key)).one()
