"""Timelines: events (clustered across reports by `service.timeline`, as the CLI shows them) and claims.

An event's date is the one the text gives; an undated event (asked for with `undated`) and a claim
(which the text rarely dates) stand at the report's publication date, and the item says so
(`date_source`).
"""

from __future__ import annotations

from sqlalchemy import case, select
from sqlalchemy.engine import Connection

from newsgraph.crossdoc.clusters import EventCluster, TimelineFilter
from newsgraph.serve.queries.common import DOC_COLUMNS, doc_ref, precision_of, within
from newsgraph.serve.schemas import DateOut, DocRef, Ref, TimelineItem
from newsgraph.service import timeline as event_timeline
from newsgraph.store.tables import claims, documents

__all__ = ["TimelineFilter", "timeline"]


def timeline(conn: Connection, where: TimelineFilter, *, limit: int = 200) -> list[TimelineItem]:
    """Events and dated claims, earliest first."""
    items = [item for c in event_timeline(conn, where) if (item := _event(c)) is not None]
    items += _claims(conn, where, limit)
    items.sort(key=lambda i: (i.date.value, i.document.published or "", i.document.id, i.start))
    return items[:limit]


def _event(cluster: EventCluster) -> TimelineItem | None:
    event = cluster.first
    when = event.date or event.published
    if when is None:
        return None
    actors = {i: Ref(id=i, name=n) for i, n in event.sources + event.targets}
    label = event.type + (f" ({', '.join(event.modality)})" if event.modality else "")
    return TimelineItem(
        id=event.id, kind="event", label=label, text=event.quote, actors=list(actors.values()),
        date=DateOut(value=when, precision=event.precision if event.date else precision_of(when)),
        date_source="text" if event.date else "published",
        document=DocRef(id=event.document_id, title=event.title, outlet=event.outlet, published=event.published),
        start=event.start, end=event.end, sources=cluster.sources,
        documents=sorted({m.document_id for m in cluster.mentions}))


def _claims(conn: Connection, where: TimelineFilter, limit: int) -> list[TimelineItem]:
    when = documents.c.published
    query = (select(claims, *DOC_COLUMNS, documents.c.published_precision)
             .join(documents, documents.c.id == claims.c.document_id)
             .where(when.is_not(None), *within(when, where.since, where.until)))
    if where.actor:
        query = query.where(claims.c.speaker_id == where.actor)
    if where.documents is not None:
        query = query.where(claims.c.document_id.in_(list(where.documents)))
    quotes_first = case((claims.c.kind == "quote", 0), else_=1)
    rows = conn.execute(query.order_by(when, quotes_first, claims.c.id).limit(limit)).all()
    return [TimelineItem(
        id=row.id, kind="claim", label=row.kind.replace("_", " "), text=row.text,
        actors=[Ref(id=row.speaker_id, name=row.speaker_name)] if row.speaker_id else [],
        date=DateOut(value=row.doc_published, precision=row.published_precision or precision_of(row.doc_published)),
        date_source="published", document=doc_ref(row), start=row.start, end=row.end) for row in rows]
