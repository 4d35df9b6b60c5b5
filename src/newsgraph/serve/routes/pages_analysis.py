"""Pages for analysis: entities, one entity, indicators, one indicator's series, timeline, actor graph."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from newsgraph.serve import charts, views
from newsgraph.serve.deps import Conn, Context, Paging, Period
from newsgraph.serve.queries.entities import list_entities
from newsgraph.serve.queries.graph import actor_graph
from newsgraph.serve.queries.series import indicators
from newsgraph.serve.routes.analysis import graph_filter
from newsgraph.serve.routes.pagekit import respond
from newsgraph.serve.routes.params import Format, Id, Text
from newsgraph.serve.templating import entity_url, query_url

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/entities")
def entities_page(request: Request, conn: Conn, paging: Paging, type: Text = None, q: Text = None,
                  format: Format = "html"):
    """Entities named in the reports, most mentioned first."""
    data = list_entities(conn, paging, type=type, q=q)
    return respond(request, format, "entities.html", data,
                   query_url("/api/entities", dict(request.query_params), format=None))


@router.get("/entities/{entity_id}")
def entity_page(request: Request, context: Context, conn: Conn, entity_id: Annotated[str, Path(max_length=200)],
                format: Format = "html"):
    """One entity: roles over time, timeline, quotes, sources, names as written."""
    data = views.entity(context, conn, entity_id)
    return respond(request, format, "entity.html", data, "/api" + entity_url(entity_id),
                   roles_chart=charts.roles_spec(data.roles) if data.roles else None,
                   timeline_chart=charts.timeline_spec(data.timeline) if data.timeline else None)


@router.get("/indicators")
def indicators_page(request: Request, context: Context, conn: Conn, format: Format = "html"):
    """Indicators the reports give values for."""
    return respond(request, format, "indicators.html", indicators(conn, context.bands), "/api/indicators")


@router.get("/indicators/{indicator}")
def indicator_page(request: Request, context: Context, conn: Conn, period: Period,
                   indicator: Annotated[str, Path(max_length=40)], subject: Id = None, format: Format = "html"):
    """One indicator over time against its threshold bands; points link to their sources."""
    data = views.series(context, conn, indicator, subject=subject, since=period[0], until=period[1])
    api = query_url(f"/api/indicators/{indicator}/series", dict(request.query_params), format=None)
    return respond(request, format, "indicator.html", data, api, chart=charts.series_spec(data))


@router.get("/timeline")
def timeline_page(request: Request, context: Context, conn: Conn, period: Period, actor: Id = None,
                  q: Annotated[str | None, Query(max_length=500)] = None,
                  limit: Annotated[int, Query(ge=1, le=1000)] = 200, format: Format = "html"):
    """A story's timeline: events and claims by date, for an actor, a search and/or a period."""
    data = views.timeline(context, conn, actor=actor, q=q, since=period[0], until=period[1], limit=limit)
    api = query_url("/api/timeline", dict(request.query_params), format=None)
    return respond(request, format, "timeline.html", data, api,
                   chart=charts.timeline_spec(data) if data else None)


@router.get("/graph")
def graph_page(request: Request, conn: Conn, period: Period, type: Annotated[list[str], Query()] = [],  # noqa: B006
               nodes: Annotated[int, Query(ge=2, le=200)] = 40, min_weight: Annotated[int, Query(ge=1, le=1000)] = 1,
               format: Format = "html"):
    """Who appears with whom, drawn with cytoscape; click a name for its page."""
    data = actor_graph(conn, graph_filter(period, type, nodes, min_weight))
    api = query_url("/api/graph", dict(request.query_params), format=None)
    return respond(request, format, "graph.html", data, api, elements=charts.graph_elements(data))


