"""One error shape for every failure: `{"error": {"code", "message", "hint"}}`.

API paths (`/api/…`, `/openapi.json`) and `?format=json` always get JSON; a browser asking for a page
gets the same code, message and hint as an HTML page.
"""

from __future__ import annotations

import logging
import re

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsgraph.errors import (
    BlockedAddress,
    FetchError,
    InputError,
    ModelNotInstalled,
    NewsgraphError,
    NotFound,
    StoreError,
    TooLarge,
    UsageError,
)
from newsgraph.serve.schemas import ErrorBody, ErrorDetail

log = logging.getLogger("newsgraph.serve")


class ApiError(Exception):
    """Raised by the serving layer to answer with an error status, a code, a message and a hint."""

    def __init__(self, status: int, code: str, message: str, hint: str | None = None,
                 headers: dict[str, str] | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.hint = status, code, message, hint
        self.headers = headers


# most specific first: the first class an error is an instance of decides its status
_STATUS: tuple[tuple[type[NewsgraphError], int], ...] = (
    (NotFound, 404), (TooLarge, 413), (BlockedAddress, 400), (FetchError, 502), (InputError, 400),
    (UsageError, 400), (ModelNotInstalled, 503), (StoreError, 503),
)

_TITLES = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
           405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type", 422: "invalid_request",
           429: "too_many_requests", 500: "internal_error", 502: "bad_gateway", 503: "unavailable"}


def code_of(error: Exception) -> str:
    """A snake_case code from an exception class name: TooLarge -> too_large."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", type(error).__name__).lower()


def error_body(code: str, message: str, hint: str | None = None) -> dict:
    """The JSON body of an error."""
    return ErrorBody(error=ErrorDetail(code=code, message=message, hint=hint)).model_dump()


def wants_json(request: Request) -> bool:
    """True for API paths, ?format=json, and clients that do not ask for HTML."""
    path = request.url.path
    if path.startswith("/api/") or path == "/api" or path == "/openapi.json":
        return True
    if request.query_params.get("format") == "json":
        return True
    return "text/html" not in request.headers.get("accept", "")


def respond_error(request: Request, status: int, code: str, message: str, hint: str | None = None,
                  headers: dict[str, str] | None = None) -> Response:
    """An error answer in the form the client wants (JSON, or the error page)."""
    if wants_json(request):
        return JSONResponse(error_body(code, message, hint), status_code=status, headers=headers)
    from newsgraph.serve.templating import render

    return render(request, "error.html", {"status": status, "code": code, "message": message, "hint": hint},
                  status_code=status, headers=headers)


def install_error_handlers(app: FastAPI) -> None:
    """Route every error (ours, the library's, HTTP, validation, unexpected) to one shape."""

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError):
        return respond_error(request, exc.status, exc.code, exc.message, exc.hint, headers=exc.headers)

    @app.exception_handler(NewsgraphError)
    async def _library(request: Request, exc: NewsgraphError):
        status = next((s for cls, s in _STATUS if isinstance(exc, cls)), 500)
        message = Exception.__str__(exc)
        if status >= 500:
            log.error("%s on %s: %s", type(exc).__name__, request.url.path, exc)
        return respond_error(request, status, code_of(exc), message, exc.hint or None)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = _TITLES.get(exc.status_code, f"http_{exc.status_code}")
        if exc.status_code == 404 and exc.detail in (None, "Not Found"):
            message, hint = f"nothing at {request.url.path}", "the API is described at /openapi.json"
        elif exc.status_code == 405:
            message, hint = f"{request.method} is not allowed on {request.url.path}", "see /openapi.json"
        else:
            message, hint = str(exc.detail), None
        return respond_error(request, exc.status_code, code, message, hint, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        first = errors[0] if errors else {"loc": (), "msg": "invalid request"}
        where = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "request"
        message = f"{where}: {first.get('msg', 'invalid')}"
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more problem(s))"
        return respond_error(request, 422, "invalid_request", message, "fix the parameter and retry; see /openapi.json")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        log.exception("unexpected error on %s", request.url.path)
        return respond_error(request, 500, "internal_error", "the server failed to answer this request",
                             "this is a bug: report it with the address you asked for; details are in the server log")
