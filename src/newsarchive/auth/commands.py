"""`newsarchive token create | revoke | list`: API tokens, committed here at the edge."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from newsarchive.auth import service
from newsarchive.config import get_settings


def register(subparsers: Any) -> None:
    token = subparsers.add_parser("token", help="create, revoke and list API tokens")
    actions = token.add_subparsers(dest="token_command", required=True)

    create = actions.add_parser(
        "create", help="create a token and print it once (only its hash is kept)"
    )
    create.add_argument("name", help="who or what the token is for")
    create.add_argument(
        "--read-only", action="store_true", help="a token that may only read (default: read-write)"
    )
    create.set_defaults(handler=_create)

    revoke = actions.add_parser("revoke", help="revoke a token by id, or all tokens of a name")
    revoke.add_argument("token", metavar="ID_OR_NAME")
    revoke.set_defaults(handler=_revoke)

    listing = actions.add_parser("list", help="list tokens (never the tokens themselves)")
    listing.set_defaults(handler=_list)


def _factory() -> Any:
    from newsarchive.db import create_engine, create_session_factory

    engine = create_engine(get_settings().database_url)
    return engine, create_session_factory(engine)


def _create(args: argparse.Namespace) -> int:
    engine, factory = _factory()
    try:
        with factory() as session:
            try:
                made = service.create_token(
                    session, args.name, "read" if args.read_only else "write"
                )
            except ValueError as exc:
                print(str(exc), file=sys.stderr)
                return 2
            session.commit()
            record = made.record
            print(made.token)
            print(
                f"token {record.id} ({record.name}, {record.scope}) created; "
                "it is shown only now: keep it somewhere safe",
                file=sys.stderr,
            )
    finally:
        engine.dispose()
    return 0


def _revoke(args: argparse.Namespace) -> int:
    engine, factory = _factory()
    try:
        with factory() as session:
            revoked = service.revoke(session, args.token)
            session.commit()
            if not revoked:
                print(f"no active token {args.token!r}", file=sys.stderr)
                return 1
            for record in revoked:
                print(f"revoked\t{record.id}\t{record.name}")
    finally:
        engine.dispose()
    return 0


def _list(_args: argparse.Namespace) -> int:
    engine, factory = _factory()
    try:
        with factory() as session:
            print("id\tname\tscope\tprefix\tcreated_at\trevoked_at")
            for record in service.list_tokens(session):
                revoked = record.revoked_at.isoformat() if record.revoked_at else "-"
                print(
                    f"{record.id}\t{record.name}\t{record.scope}\tna_{record.prefix}_…\t"
                    f"{record.created_at.isoformat()}\t{revoked}"
                )
    finally:
        engine.dispose()
    return 0
