"""Indicator series: what indicators the reports measure, and one indicator's values over time."""

from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from newsgraph.serve.bands import Band
from newsgraph.serve.queries.common import DOC_COLUMNS, doc_ref, precision_of, ref, within
from newsgraph.serve.schemas import DateOut, IndicatorSummary, Ref, Series, SeriesPoint
from newsgraph.store.tables import documents, observations

_WHEN = func.coalesce(observations.c.date, documents.c.published)


def indicators(conn: Connection, bands: dict[str, list[Band]]) -> list[IndicatorSummary]:
    """Every indicator with observations, most observed first."""
    rows = conn.execute(
        select(observations.c.indicator, func.count().label("n"), func.min(_WHEN).label("first"),
               func.max(_WHEN).label("last"))
        .join(documents, documents.c.id == observations.c.document_id)
        .group_by(observations.c.indicator).order_by(func.count().desc(), observations.c.indicator)).all()
    return [IndicatorSummary(indicator=r.indicator, observations=r.n, subjects=subjects(conn, r.indicator),
                             first=r.first, last=r.last, bands=bands.get(r.indicator, [])) for r in rows]


def subjects(conn: Connection, indicator: str) -> list[Ref]:
    """The subjects an indicator is measured for, most observed first."""
    rows = conn.execute(
        select(observations.c.subject_id, func.max(observations.c.subject_name).label("name"))
        .where(observations.c.indicator == indicator, observations.c.subject_id.is_not(None))
        .group_by(observations.c.subject_id).order_by(func.count().desc(), observations.c.subject_id)).all()
    return [Ref(id=r.subject_id, name=r.name) for r in rows]


def series(conn: Connection, indicator: str, bands: list[Band], *, subject: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 1000) -> Series:
    """One indicator's dated observations (for one subject, or all), earliest first, with its bands."""
    query = (select(observations, _WHEN.label("when"), *DOC_COLUMNS)
             .join(documents, documents.c.id == observations.c.document_id)
             .where(observations.c.indicator == indicator, _WHEN.is_not(None), *within(_WHEN, since, until)))
    if subject:
        query = query.where(observations.c.subject_id == subject)
    rows = conn.execute(query.order_by(_WHEN, observations.c.id).limit(limit)).all()
    points = [SeriesPoint(
        id=r.id, date=DateOut(value=r.when, precision=r.date_precision if r.date else precision_of(r.when)),
        date_source="text" if r.date else "published", value=r.value, unit=r.unit, status=r.status,
        subject=ref(r.subject_id, r.subject_name), object=ref(r.object_id, r.object_name), document=doc_ref(r),
        quote=r.quote, start=r.start, end=r.end) for r in rows]
    units = Counter(p.unit for p in points)
    known = subjects(conn, indicator)
    chosen = next((s for s in known if s.id == subject), Ref(id=subject) if subject else None)
    return Series(indicator=indicator, subject=chosen, subjects=known,
                  unit=units.most_common(1)[0][0] if units else None, bands=bands, points=points)
