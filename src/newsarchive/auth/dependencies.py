"""The one access check, applied to every route by create_app.

- Unsafe methods (POST, PUT, PATCH, DELETE) need a read-write token, except routes that store
  nothing (POST /analyze), which need only what reads need.
- Reads are open unless `read_requires_token`; then any valid token may read.
- A token that is sent is always checked: a wrong one is 401 even where none is needed.
- Outside production, while no active token exists at all, nothing is asked for (local
  development and the test suite). Creating the first token switches checking on.
- Writes are rate limited per token (per client address while auth is open): 429 with
  Retry-After.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy.orm import Session, sessionmaker

from newsarchive.auth import service
from newsarchive.auth.ratelimit import RateLimiter
from newsarchive.auth.service import ANONYMOUS_DEVELOPER, Principal
from newsarchive.config import Settings
from newsarchive.errors import Forbidden, TooManyRequests, Unauthorized

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
# Routes that need no token at all, whatever the settings.
OPEN_PATHS = frozenset({"/healthz", "/readyz"})
# Unsafe-method routes that store nothing: they need what a read needs.
READ_ONLY_POSTS = frozenset({"/analyze"})

SCHEME_NAME = "ApiToken"

bearer = HTTPBearer(
    auto_error=False,
    scheme_name=SCHEME_NAME,
    description="An API token made with `newsarchive token create`: "
    "`Authorization: Bearer na_…`. Writes need a read-write token; reads need one only "
    "when NEWSARCHIVE_READ_REQUIRES_TOKEN=true.",
)

_CHALLENGE = {"WWW-Authenticate": "Bearer"}


def route_path(request: Request) -> str:
    route = request.scope.get("route")
    path = getattr(route, "path", None)
    return path if isinstance(path, str) else request.url.path


def is_write(method: str, path: str) -> bool:
    return method.upper() not in SAFE_METHODS and path not in READ_ONLY_POSTS


def authorize(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Principal | None:
    path = route_path(request)
    if path in OPEN_PATHS:
        return None
    settings: Settings = request.app.state.settings
    write = is_write(request.method, path)
    principal = _principal(
        request, credentials, settings, needed=write or settings.read_requires_token
    )
    if write:
        assert principal is not None
        if not principal.can_write:
            raise Forbidden(
                f"the token {principal.name!r} is read-only; this needs a read-write token"
            )
        _limit(request, principal)
    request.state.principal = principal
    return principal


def _principal(
    request: Request,
    credentials: HTTPAuthorizationCredentials | None,
    settings: Settings,
    *,
    needed: bool,
) -> Principal | None:
    header = request.headers.get("authorization")
    if credentials is None and header is None and not needed:
        return None
    factory: sessionmaker[Session] = request.app.state.session_factory
    with factory() as session:
        if credentials is None:
            if header is not None:
                raise Unauthorized(
                    "the Authorization header must be 'Bearer <token>'", headers=_CHALLENGE
                )
            if settings.environment != "production" and service.auth_is_open(session):
                return ANONYMOUS_DEVELOPER
            raise Unauthorized(
                "this needs an API token: send 'Authorization: Bearer <token>'", headers=_CHALLENGE
            )
        principal = service.verify(session, credentials.credentials)
    if principal is None:
        raise Unauthorized("the API token is not valid or was revoked", headers=_CHALLENGE)
    return principal


def _limit(request: Request, principal: Principal) -> None:
    limiter: RateLimiter = request.app.state.rate_limiter
    if principal.token_id is not None:
        key = f"token:{principal.token_id}"
    else:
        key = f"client:{request.client.host if request.client else '?'}"
    wait = limiter.acquire(key)
    if wait:
        raise TooManyRequests(
            f"rate limit of {request.app.state.settings.ingest_rate_per_minute} writes a "
            f"minute reached; retry in {wait} s",
            headers={"Retry-After": str(wait)},
        )


PrincipalDep = Annotated[Principal | None, Depends(authorize)]
