"""Every query on api_tokens."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from newsarchive.models import ApiToken


def add(session: Session, token: ApiToken) -> ApiToken:
    session.add(token)
    session.flush()
    return token


def find_by_prefix(session: Session, prefix: str) -> ApiToken | None:
    return session.scalars(select(ApiToken).where(ApiToken.prefix == prefix)).one_or_none()


def get(session: Session, token_id: int) -> ApiToken | None:
    return session.get(ApiToken, token_id)


def active_by_name(session: Session, name: str) -> list[ApiToken]:
    return list(
        session.scalars(
            select(ApiToken)
            .where(ApiToken.name == name, ApiToken.revoked_at.is_(None))
            .order_by(ApiToken.id)
        )
    )


def all_tokens(session: Session) -> list[ApiToken]:
    return list(session.scalars(select(ApiToken).order_by(ApiToken.id)))


def any_active(session: Session, *, scope: str | None = None) -> bool:
    query = exists().where(ApiToken.revoked_at.is_(None))
    if scope is not None:
        query = query.where(ApiToken.scope == scope)
    return bool(session.scalar(select(query)))


def revoke(token: ApiToken, when: datetime) -> None:
    token.revoked_at = when
