"""One error family and one JSON shape: {"error": "...", "detail": "..."}.

Services raise these; the single handler in app.py turns them into responses.
"""

from __future__ import annotations


class AppError(Exception):
    status_code = 400
    error = "bad_request"

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.headers = headers or {}


class BadRequest(AppError):
    status_code = 400
    error = "bad_request"


class Unauthorized(AppError):
    status_code = 401
    error = "unauthorized"


class Forbidden(AppError):
    status_code = 403
    error = "forbidden"


class NotFound(AppError):
    status_code = 404
    error = "not_found"


class PayloadTooLarge(AppError):
    status_code = 413
    error = "payload_too_large"


class UnsupportedMediaType(AppError):
    status_code = 415
    error = "unsupported_media_type"


class Unprocessable(AppError):
    status_code = 422
    error = "unprocessable"


class TooManyRequests(AppError):
    status_code = 429
    error = "too_many_requests"


class UpstreamError(AppError):
    status_code = 502
    error = "upstream_error"


class ServiceUnavailable(AppError):
    status_code = 503
    error = "service_unavailable"


class UpstreamTimeout(AppError):
    status_code = 504
    error = "upstream_timeout"
