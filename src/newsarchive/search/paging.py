"""Opaque keyset cursors and request validation errors that name their parameter.

A cursor is base64url of a small JSON object: the kind of listing it belongs to and the sort
key of the last row returned (published_at, then the ids that break ties). Rows without a
publication time sort after every dated row, on both databases.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from fastapi.exceptions import RequestValidationError


def invalid_query_parameter(name: str, message: str, value: Any = None) -> RequestValidationError:
    """A 422 in the one error format, e.g. `query.cursor: not a cursor of this listing`."""
    return RequestValidationError(
        [{"loc": ("query", name), "msg": message, "type": "value_error", "input": value}]
    )


@dataclass(frozen=True)
class Cursor:
    """The sort key of the last row of a page: the next page starts after it."""

    kind: str  # "articles", "quotes", "speakers", "topics"
    published_at: datetime | None
    ids: tuple[int, ...]

    def encode(self) -> str:
        data = {
            "k": self.kind,
            "p": self.published_at.isoformat() if self.published_at else None,
            "i": list(self.ids),
        }
        raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
        return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(value: str, kind: str, id_count: int, *, parameter: str = "cursor") -> Cursor:
    """The cursor a client sent back; a 422 naming the parameter when it is not one of ours."""
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4))
        data = json.loads(raw)
        if not isinstance(data, dict) or data.get("k") != kind:
            raise ValueError
        published = data.get("p")
        ids = data.get("i")
        if not isinstance(ids, list) or len(ids) != id_count:
            raise ValueError
        if not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
            raise ValueError
        if published is not None and not isinstance(published, str):
            raise ValueError
        when = datetime.fromisoformat(published) if published is not None else None
    except (ValueError, binascii.Error, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise invalid_query_parameter(
            parameter,
            f"not a cursor of this listing; pass the `next` value of a previous {kind} page",
            value,
        ) from exc
    return Cursor(kind=kind, published_at=when, ids=tuple(ids))


def as_utc(value: datetime | None) -> datetime | None:
    """Date filters: a time without an offset is taken as UTC."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
