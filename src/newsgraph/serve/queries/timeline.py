"""Timelines: events and claims in date order, for an actor, a story (a search) or a period.

An event's date is the one the text gives; without one, and for claims (which the text rarely dates),
the report's publication date stands in, and the item says so (`date_source`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select
from sqlalchemy.engine import Connection

from newsgraph.serve.queries.annotations import event_actors_of
from newsgraph.serve.queries.common import DOC_COLUMNS, doc_ref, precision_of, within
from newsgraph.serve.schemas import DateOut, Ref, TimelineItem
from newsgraph.store.tables import claims, documents, event_actors, events


@dataclass(frozen=True)
class TimelineFilter:
    """Which items a timeline shows."""

    actor: str | None = None
    since: str | None = None
    until: str | None = None
    documents: Sequence[str] | None = None  # restrict to these documents (a story's search hits)
    limit: int = 200


def timeline(conn: Connection, where: TimelineFilter) -> list[TimelineItem]:
    """Dated events and claims, earliest first."""
    items = _events(conn, where) + _claims(conn, where)
    items.sort(key=lambda i: (i.date.value, i.document.published or "", i.document.id, i.start))
    return items[:where.limit]


def _events(conn: Connection, where: TimelineFilter) -> list[TimelineItem]:
    when = func.coalesce(events.c.date, documents.c.published)
    query = (select(events, when.label("when"), *DOC_COLUMNS)
             .join(documents, documents.c.id == events.c.document_id)
             .where(when.is_not(None), *within(when, where.since, where.until)))
    if where.actor:
        # The actor's events first (an index lookup), then date and order: without the fence
        # PostgreSQL may walk the date index hoping for an early LIMIT, which on a million
        # events took seconds (bench/query.py).
        mine = (select(event_actors.c.event_id).where(event_actors.c.entity_id == where.actor)
                .cte("actor_events").prefix_with("MATERIALIZED", dialect="postgresql"))
        query = query.join(mine, mine.c.event_id == events.c.id)
    if where.documents is not None:
        query = query.where(events.c.document_id.in_(list(where.documents)))
    rows = conn.execute(query.order_by(when, events.c.id).limit(where.limit)).all()
    actors = event_actors_of(conn, [r.id for r in rows])
    items = []
    for row in rows:
        found = actors[row.id]
        dated = row.date is not None
        flags = [name for name in ("negated", "future", "hypothetical", "failed") if getattr(row, name)]
        label = row.type + (f" ({', '.join(flags)})" if flags else "")
        items.append(TimelineItem(
            id=row.id, kind="event", label=label, text=row.quote, actors=found["source"] + found["target"],
            date=DateOut(value=row.when, precision=row.date_precision if dated else precision_of(row.when)),
            date_source="text" if dated else "published", document=doc_ref(row), start=row.start, end=row.end))
    return items


def _claims(conn: Connection, where: TimelineFilter) -> list[TimelineItem]:
    when = documents.c.published
    query = (select(claims, *DOC_COLUMNS, documents.c.published_precision)
             .join(documents, documents.c.id == claims.c.document_id)
             .where(when.is_not(None), *within(when, where.since, where.until)))
    if where.actor:
        query = query.where(claims.c.speaker_id == where.actor)
    if where.documents is not None:
        query = query.where(claims.c.document_id.in_(list(where.documents)))
    quotes_first = case((claims.c.kind == "quote", 0), else_=1)
    rows = conn.execute(query.order_by(when, quotes_first, claims.c.id).limit(where.limit)).all()
    return [TimelineItem(
        id=row.id, kind="claim", label=row.kind.replace("_", " "), text=row.text,
        actors=[Ref(id=row.speaker_id, name=row.speaker_name)] if row.speaker_id else [],
        date=DateOut(value=row.doc_published, precision=row.published_precision or precision_of(row.doc_published)),
        date_source="published", document=doc_ref(row), start=row.start, end=row.end) for row in rows]
