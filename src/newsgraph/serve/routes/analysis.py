"""/api/search, /api/timeline, /api/indicators, /api/graph: questions across the whole corpus."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from newsgraph.model import Series
from newsgraph.serve import views
from newsgraph.serve.deps import Conn, Context, Paging, Period, Since, check_date
from newsgraph.serve.queries.graph import GraphFilter, actor_graph
from newsgraph.serve.queries.series import indicators
from newsgraph.serve.routes.params import Id, SearchText, Text
from newsgraph.serve.schemas import BriefOut, ErrorBody, Graph, IndicatorSummary, SearchResults, TimelineItem

router = APIRouter(prefix="/api", tags=["analysis"], responses={422: {"model": ErrorBody}})

Limit = Annotated[int, Query(ge=1, le=1000, description="most items returned")]
Story = Annotated[str | None, Query(max_length=500, description="a story: documents matching these words")]
Undated = Annotated[bool, Query(description="also events the reports give no date (dated by the report)")]
Unlinked = Annotated[bool, Query(description="also events none of whose actors is a known entity")]

@router.get("/search", response_model=SearchResults)
def read_search(context: Context, conn: Conn, paging: Paging, q: SearchText):
    """Full-text search over titles and texts; every word must appear; best matches first."""
    return views.search(context, conn, q, paging)

@router.get("/timeline", response_model=list[TimelineItem])
def read_timeline(context: Context, conn: Conn, period: Period, actor: Id = None, q: Story = None,
                  undated: Undated = False, unlinked: Unlinked = False, limit: Limit = 200):
    """Events in date order, one per event however many reports tell it (as `newsgraph timeline`), and claims."""
    return views.timeline(context, conn, actor=actor, q=q, since=period[0], until=period[1], undated=undated,
                          unlinked=unlinked, limit=limit)

@router.get("/indicators", response_model=list[IndicatorSummary])
def read_indicators(context: Context, conn: Conn):
    """Indicators the reports give values for, with their subjects and threshold bands."""
    return indicators(conn, context.bands)

@router.get("/indicators/{indicator}/series", response_model=Series, responses={404: {"model": ErrorBody}})
def read_series(context: Context, conn: Conn, period: Period, indicator: Annotated[str, Path(max_length=40)],
                subject: Id = None):
    """One indicator's values over time, for one subject (entity id) or all, with threshold bands."""
    return views.series(context, conn, indicator, subject=subject, since=period[0], until=period[1])

@router.get("/brief", response_model=BriefOut)
def read_brief(context: Context, actor: Text = None, since: Since = None):
    """The one-page briefing (key events, indicators, contradictions, corrected names, sources),
    as `newsgraph brief`."""
    return views.brief(context, actor=actor or None, since=check_date(since, "since"))

@router.get("/graph", response_model=Graph)
def read_graph(conn: Conn, period: Period, type: Annotated[list[str], Query(max_length=16)] = [],  # noqa: B006
               nodes: Annotated[int, Query(ge=2, le=200)] = 40, min_weight: Annotated[int, Query(ge=1, le=1000)] = 1):
    """Who appears with whom: entities named in the same documents or acting in the same events."""
    return actor_graph(conn, graph_filter(period, type, nodes, min_weight))


def graph_filter(period: tuple[str | None, str | None], types: list[str], nodes: int, min_weight: int) -> GraphFilter:
    """The graph's filter from request parameters (no types: people, organisations, places, groups)."""
    chosen = tuple(types) or GraphFilter().types
    return GraphFilter(types=chosen, since=period[0], until=period[1], nodes=nodes, min_weight=min_weight)
