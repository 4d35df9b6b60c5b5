"""How a page answers: its template, or with `?format=json` the same data as its API twin."""

from __future__ import annotations

from fastapi import Request
from fastapi.encoders import jsonable_encoder
from fastapi.responses import JSONResponse, Response

from newsgraph.serve.templating import render


def respond(request: Request, format: str, template: str, data, api: str, **extra) -> Response:
    """Render `template` with `data` (and `extra`), or return `data` as JSON when format is json.

    Args:
        api: the address of the API twin, shown on the page.
    """
    if format == "json":
        return JSONResponse(jsonable_encoder(data, by_alias=True))
    return render(request, template, {"data": data, "api_url": api, "params": dict(request.query_params), **extra})
