"""Parse JSON from request bodies so that no malformed input can become a 500."""

from __future__ import annotations

import json
from typing import Any

from newsarchive.errors import BadRequest, Unprocessable


def load_json(raw: bytes | str, *, what: str = "the request body") -> Any:
    """The parsed JSON, or 400 saying what is wrong with it.

    json.loads raises RecursionError on very deep nesting ([[[[…), a plain ValueError on
    integers over Python's digit limit, and UnicodeDecodeError on bytes that are not UTF-8.
    """
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise BadRequest(f"malformed JSON in {what}: {exc}") from exc
    except UnicodeDecodeError as exc:
        raise BadRequest(f"{what} is not UTF-8: {exc.reason} at byte {exc.start}") from exc
    except RecursionError as exc:
        raise BadRequest(f"{what} is nested too deeply to be JSON we accept") from exc
    except ValueError as exc:  # e.g. an integer of more than 4300 digits
        raise BadRequest(f"unusable JSON in {what}: {exc}") from exc


def encode_text(text: str, *, field: str) -> bytes:
    """UTF-8 bytes of a JSON string field; a lone surrogate (\\ud800) is 422, not a crash."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise Unprocessable(
            f"{field} contains invalid Unicode (a lone surrogate at character {exc.start})"
        ) from exc
