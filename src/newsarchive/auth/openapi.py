"""The OpenAPI document says who may call what: the bearer scheme, and per operation whether
a token is optional, needed, or never looked at, with the 401/403/429/503 answers."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi

from newsarchive.auth.dependencies import OPEN_PATHS, SCHEME_NAME, is_write
from newsarchive.config import Settings

_ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}
_ERROR_SCHEMA = {
    "title": "ErrorOut",
    "type": "object",
    "required": ["error", "detail"],
    "properties": {
        "error": {
            "type": "string",
            "title": "Error",
            "description": "A short machine-readable code",
        },
        "detail": {
            "type": "string",
            "title": "Detail",
            "description": "What was wrong, for a person",
        },
    },
}

_DESCRIPTIONS = {
    "401": "Missing or wrong API token",
    "403": "The token is read-only; this needs a read-write token",
    "413": "Request body over the size limit",
    "429": "Write rate limit reached; retry after the Retry-After header",
    "503": "The database is unavailable; retry after the Retry-After header",
}
_RETRY_AFTER = {
    "Retry-After": {"description": "Seconds to wait before retrying", "schema": {"type": "integer"}}
}

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


def install(app: FastAPI, settings: Settings) -> None:
    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            annotate(schema, settings)
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]


def _document_validation_errors(responses: dict[str, Any]) -> None:
    """FastAPI documents 422 as its own list-shaped error; the handler in app.py answers the
    one error format instead, so say that."""
    entry = responses.get("422")
    if entry is None:
        return
    content = entry.get("content", {}).get("application/json", {})
    if content.get("schema", {}).get("$ref", "").endswith("/HTTPValidationError"):
        content["schema"] = _ERROR_REF
        entry["description"] = "The request did not validate; detail says which part and why"


def annotate(schema: dict[str, Any], settings: Settings) -> None:
    components = schema.setdefault("components", {})
    components.setdefault("schemas", {}).setdefault("ErrorOut", _ERROR_SCHEMA)
    components.setdefault("securitySchemes", {})[SCHEME_NAME] = {
        "type": "http",
        "scheme": "bearer",
        "description": "An API token from `newsarchive token create`. Writes need a "
        "read-write token; reads need one only when NEWSARCHIVE_READ_REQUIRES_TOKEN=true.",
    }
    for path, item in schema.get("paths", {}).items():
        for method in _METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            responses = operation.setdefault("responses", {})
            _document_validation_errors(responses)
            if path in OPEN_PATHS:
                operation.pop("security", None)
                continue
            write = is_write(method, path)
            if write or settings.read_requires_token:
                operation["security"] = [{SCHEME_NAME: []}]
            else:  # a token is optional: checked when sent
                operation["security"] = [{}, {SCHEME_NAME: []}]
            codes = ["401", "503"]
            if write:
                codes += ["403", "429"]
            if method in ("post", "put", "patch"):
                codes.append("413")
            for code in codes:
                entry = responses.setdefault(
                    code,
                    {
                        "description": _DESCRIPTIONS[code],
                        "content": {"application/json": {"schema": _ERROR_REF}},
                    },
                )
                if code in ("429", "503"):
                    entry.setdefault("headers", _RETRY_AFTER)
