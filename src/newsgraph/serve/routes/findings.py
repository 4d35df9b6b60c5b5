"""/api/findings and /api/overview: what an analyst should look at first."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from newsgraph.serve import views
from newsgraph.serve.deps import Conn, Context, Paging
from newsgraph.serve.queries.findings import list_findings
from newsgraph.serve.routes.params import FindingName, Id
from newsgraph.serve.schemas import ErrorBody, FindingList, Overview

router = APIRouter(prefix="/api", tags=["findings across documents"], responses={422: {"model": ErrorBody}})


@router.get("/findings", response_model=FindingList)
def read_findings(context: Context, conn: Conn, paging: Paging,
                  kind: Annotated[list[FindingName], Query()] = [],  # noqa: B006
                  subject: Id = None):
    """Contradictions, name conflicts and corrections, alerts and thresholds, most urgent first."""
    return list_findings(context.store, conn, kinds=kind, subject=subject, limit=paging.limit, offset=paging.offset)


@router.get("/overview", response_model=Overview)
def read_overview(context: Context, conn: Conn):
    """The home page's data: counts, latest documents, alerts, contradictions, names, translations."""
    return views.overview(context, conn)
