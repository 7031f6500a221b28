"""Create, verify, list and revoke API tokens. No commits here: callers own the transaction.

A token is `na_<prefix>_<secret>`: 8 random bytes of prefix (public; it finds the row and is
shown by `newsarchive token list`) and 32 random bytes of secret, from `secrets`. Only the
SHA-256 of the whole token is stored. A fast hash is the right tool here: slow password hashes
(bcrypt, argon2) exist to make guessing low-entropy passwords expensive, but a 256-bit random
secret cannot be guessed whatever the hash costs, and SHA-256 keeps checking a token on every
request to microseconds. The stored hash is compared with `hmac.compare_digest`, in constant
time, so response timing says nothing about how much of a guessed token was right.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from sqlalchemy.orm import Session

from newsarchive.auth import repository
from newsarchive.models import ApiToken

Scope = Literal["read", "write"]
SCOPES: tuple[Scope, ...] = ("read", "write")

_TOKEN = re.compile(r"^na_([A-Za-z0-9_-]{11})_([A-Za-z0-9_-]{43})$")


@dataclass(frozen=True)
class Principal:
    """Who is making a request: a verified token, or nobody (open development mode)."""

    token_id: int | None
    name: str
    scope: Scope

    @property
    def can_write(self) -> bool:
        return self.scope == "write"


ANONYMOUS_DEVELOPER = Principal(token_id=None, name="anonymous (no tokens exist)", scope="write")


@dataclass(frozen=True)
class NewToken:
    token: str  # shown once, never stored
    record: ApiToken


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _new_token_text() -> tuple[str, str]:
    while True:
        prefix = secrets.token_urlsafe(8)
        secret = secrets.token_urlsafe(32)
        token = f"na_{prefix}_{secret}"
        if _TOKEN.match(token):  # token_urlsafe never pads, but keep the format checkable
            return prefix, token


def create_token(session: Session, name: str, scope: Scope) -> NewToken:
    name = name.strip()
    if not name:
        raise ValueError("a token needs a name")
    if scope not in SCOPES:
        raise ValueError(f"scope must be one of {', '.join(SCOPES)}")
    prefix, token = _new_token_text()
    record = repository.add(
        session,
        ApiToken(name=name[:100], prefix=prefix, token_hash=hash_token(token), scope=scope),
    )
    return NewToken(token=token, record=record)


def verify(session: Session, token: str) -> Principal | None:
    """The principal of a valid, unrevoked token; None for anything else."""
    match = _TOKEN.match(token)
    if match is None:
        return None
    record = repository.find_by_prefix(session, match.group(1))
    if record is None or record.revoked_at is not None:
        return None
    if not hmac.compare_digest(record.token_hash, hash_token(token)):
        return None
    scope: Scope = "write" if record.scope == "write" else "read"
    return Principal(token_id=record.id, name=record.name, scope=scope)


def auth_is_open(session: Session) -> bool:
    """Outside production only: no active token exists at all, so nobody can be asked for one."""
    return not repository.any_active(session)


def has_write_token(session: Session) -> bool:
    return repository.any_active(session, scope="write")


def list_tokens(session: Session) -> list[ApiToken]:
    return repository.all_tokens(session)


def revoke(session: Session, id_or_name: str) -> list[ApiToken]:
    """Revoke a token by id, or every active token with that name; returns what was revoked."""
    if id_or_name.isdigit():
        record = repository.get(session, int(id_or_name))
        found = [record] if record is not None and record.revoked_at is None else []
    else:
        found = repository.active_by_name(session, id_or_name)
    now = datetime.now(UTC)
    for record in found:
        repository.revoke(record, now)
    session.flush()
    return found
