"""Indicators: what the reports measure (one indicator's series is `service.series`)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from newsgraph.model import Band
from newsgraph.serve.bands import bands_by_indicator
from newsgraph.serve.schemas import IndicatorSummary, Ref
from newsgraph.store.queries.observations import WHEN, indicator_subjects
from newsgraph.store.tables import documents, observations


def indicators(conn: Connection, bands: Sequence[Band]) -> list[IndicatorSummary]:
    """Every indicator with observations, most observed first, with the bands configured for it."""
    grouped = bands_by_indicator(bands)
    rows = conn.execute(
        select(observations.c.indicator, func.count().label("n"), func.min(WHEN).label("first"),
               func.max(WHEN).label("last"))
        .join(documents, documents.c.id == observations.c.document_id)
        .group_by(observations.c.indicator).order_by(func.count().desc(), observations.c.indicator)).all()
    return [IndicatorSummary(indicator=r.indicator, observations=r.n,
                             subjects=[Ref(id=i, name=n) for i, n in indicator_subjects(conn, r.indicator)],
                             first=r.first, last=r.last, bands=grouped.get(r.indicator, [])) for r in rows]
