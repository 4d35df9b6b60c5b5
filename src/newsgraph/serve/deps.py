"""Typed dependencies shared by the routers: the context, a connection, paging, dates, the write token."""

from __future__ import annotations

import hmac
import re
from collections.abc import Iterator
from datetime import date
from typing import Annotated

from fastapi import Depends, Header, Query, Request
from sqlalchemy.engine import Connection

from newsgraph.serve.context import ServeContext
from newsgraph.serve.errors import ApiError
from newsgraph.serve.queries.annotations import Window

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
DATE_PATTERN = _PARTIAL_DATE.pattern


def get_context(request: Request) -> ServeContext:
    """The app's shared context."""
    return request.app.state.context


Context = Annotated[ServeContext, Depends(get_context)]


def get_connection(context: Context) -> Iterator[Connection]:
    """One read connection for the request."""
    with context.store.engine.connect() as conn:
        yield conn


Conn = Annotated[Connection, Depends(get_connection)]


def get_window(limit: Annotated[int, Query(ge=1, le=500, description="how many items to return")] = 50,
               offset: Annotated[int, Query(ge=0, le=1_000_000, description="how many items to skip")] = 0) -> Window:
    """Pagination parameters."""
    return Window(limit=limit, offset=offset)


Paging = Annotated[Window, Depends(get_window)]


def check_date(value: str | None, name: str) -> str | None:
    """A partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD) that exists, or None.

    Raises:
        ApiError: 422 when the text is not such a date.
    """
    if value is None or value == "":
        return None
    parts = value.split("-")
    try:
        if not _PARTIAL_DATE.match(value):
            raise ValueError(value)
        date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)
        if int(parts[0]) < 1:
            raise ValueError(value)
    except ValueError:
        raise ApiError(422, "invalid_date", f"{name}={value!r} is not a date",
                       "write YYYY-MM-DD, YYYY-MM or YYYY, e.g. 2025-07-11") from None
    return value


Since = Annotated[str | None, Query(max_length=10, description="from this date (YYYY[-MM[-DD]])")]
Until = Annotated[str | None, Query(max_length=10, description="through this date (YYYY[-MM[-DD]])")]


def get_period(since: Since = None, until: Until = None) -> tuple[str | None, str | None]:
    """A checked date range."""
    return check_date(since, "since"), check_date(until, "until")


Period = Annotated[tuple[str | None, str | None], Depends(get_period)]


def require_token(context: Context,
                  authorization: Annotated[str | None, Header(description="Bearer <token>")] = None) -> None:
    """Allow writes only with the configured bearer token.

    Raises:
        ApiError: 403 when the server has no token (writes are disabled), 401 when the token is
            missing or wrong.
    """
    expected = context.api_token
    if not expected:
        raise ApiError(403, "writes_disabled", "writing over HTTP is disabled on this server",
                       "start the server with a token (NEWSGRAPH_API_TOKEN) to enable ingesting reports")
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise ApiError(401, "unauthorized", "this endpoint needs 'Authorization: Bearer <token>'",
                       "send the token the server was started with", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(401, "unauthorized", "the bearer token is not valid",
                       "send the token the server was started with", headers={"WWW-Authenticate": "Bearer"})


WriteAccess = Depends(require_token)
