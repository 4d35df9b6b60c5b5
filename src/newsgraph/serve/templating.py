"""Jinja templates with autoescaping always on, and the one function that renders a page."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from urllib.parse import quote, urlencode

from fastapi import Request
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from starlette.responses import Response

TEMPLATES = Path(__file__).parent / "templates"
STATUS_LABELS = {"exact": "exact", "alias": "alias", "corrected": "corrected name",
                 "conflict": "names another person", "unresolved": "not linked"}


@cache
def templates() -> Jinja2Templates:
    """The template set (built once per process)."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=True, undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["entity_url"] = entity_url
    env.filters["as_json"] = as_json
    env.globals["query_url"] = query_url
    env.globals["STATUS_LABELS"] = STATUS_LABELS
    return Jinja2Templates(env=env)


def entity_url(entity_id: str) -> str:
    """The dashboard address of an entity (ids contain ':' and may contain '/')."""
    return "/entities/" + quote(entity_id, safe=":")


def as_json(value) -> str:
    """A value as JSON text, for a data-* attribute (the template escapes it like any text)."""
    if hasattr(value, "model_dump"):
        value = value.model_dump(mode="json")
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def query_url(path: str, params: dict, **changes) -> str:
    """`path` with query parameters, dropping empty ones: for filter links and pagination."""
    merged = {**params, **changes}
    kept = {k: v for k, v in merged.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(kept, doseq=True) if kept else "")


def render(request: Request, name: str, context: dict, *, status_code: int = 200,
           headers: dict[str, str] | None = None) -> Response:
    """Render a template with the request and the page's JSON twin address."""
    twin = context.get("json_url")
    if twin is None:
        params = dict(request.query_params)
        params["format"] = "json"
        twin = request.url.path + "?" + urlencode(params)
    return templates().TemplateResponse(request, name, {**context, "json_url": twin}, status_code=status_code,
                                        headers=headers)
