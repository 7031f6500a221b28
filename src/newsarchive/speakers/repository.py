"""Every query on speakers and their aliases."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from newsarchive.db import insert_ignoring_conflict
from newsarchive.models import Speaker, SpeakerAlias


def get_or_create(session: Session, *, name: str, kind: str, key: str, pinyin_key: str) -> Speaker:
    """The speaker with this key, created if new; safe when two requests create it at once."""
    insert_ignoring_conflict(
        session,
        Speaker,
        {"name": name, "kind": kind, "key": key, "pinyin_key": pinyin_key},
        ["key"],
    )
    return session.scalars(select(Speaker).where(Speaker.key == key)).one()


def add_alias(session: Session, *, speaker_id: int, alias: str, key: str, pinyin_key: str) -> None:
    insert_ignoring_conflict(
        session,
        SpeakerAlias,
        {"speaker_id": speaker_id, "alias": alias, "key": key, "pinyin_key": pinyin_key},
        ["speaker_id", "key"],
    )


def all_names(session: Session) -> list[str]:
    """Every name and alias in the archive (taught to the segmenter at start-up)."""
    names = list(session.scalars(select(Speaker.name)))
    names.extend(session.scalars(select(SpeakerAlias.alias)))
    return names
