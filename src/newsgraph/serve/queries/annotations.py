"""What was found inside documents — mentions, time values, observations, events, claims — as filtered pages."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from newsgraph.serve.queries.common import DOC_COLUMNS, count, date_out, doc_ref, ref, within
from newsgraph.serve.schemas import (
    Alternative,
    ChangeOut,
    ClaimOut,
    EventOut,
    MentionOut,
    ModalityOut,
    ObservationOut,
    Page,
    Ref,
    TimeOut,
)
from newsgraph.store.tables import claims, documents, event_actors, events, mentions, observations, time_values


@dataclass(frozen=True)
class Window:
    """Which page of a list to return."""

    limit: int = 50
    offset: int = 0


def _joined(table):
    return select(table, *DOC_COLUMNS).join(documents, documents.c.id == table.c.document_id)


def mention_out(row) -> MentionOut:
    """A mentions row (selected with DOC_COLUMNS) as a response."""
    return MentionOut(
        id=row.id, document=doc_ref(row), sentence=row.sentence, start=row.start, end=row.end, text=row.text,
        type=row.type, entity=ref(row.entity_id, row.entity_name), role=ref(row.role_id, row.role_name),
        status=row.status, confidence=row.confidence, explanation=row.explanation,
        alternatives=[Alternative(**a) for a in json.loads(row.alternatives or "[]")],
    )


def list_mentions(conn: Connection, window: Window, *, status: Sequence[str] = (), entity: str | None = None,
                  document: str | None = None, type: str | None = None) -> Page[MentionOut]:
    """Mentions, in document order, filtered by status, entity, document and type."""
    query = _joined(mentions)
    if status:
        query = query.where(mentions.c.status.in_(list(status)))
    if entity:
        query = query.where(mentions.c.entity_id == entity)
    if document:
        query = query.where(mentions.c.document_id == document)
    if type:
        query = query.where(mentions.c.type == type)
    query = query.order_by(documents.c.published.desc(), mentions.c.document_id, mentions.c.start)
    rows = conn.execute(query.limit(window.limit).offset(window.offset)).all()
    return Page[MentionOut](items=[mention_out(r) for r in rows], total=count(conn, query),
                            limit=window.limit, offset=window.offset)


def time_out(row) -> TimeOut:
    """A time_values row as a response."""
    return TimeOut(id=row.id, document=doc_ref(row), sentence=row.sentence, start=row.start, end=row.end,
                   text=row.text, value=row.value, precision=row.precision, qualifier=row.qualifier, kind=row.kind)


def list_times(conn: Connection, window: Window, *, document: str | None = None, since: str | None = None,
               until: str | None = None, precision: str | None = None) -> Page[TimeOut]:
    """Time values ordered by the date they mean, filtered by document, date range and precision."""
    query = _joined(time_values).where(*within(time_values.c.value, since, until))
    if document:
        query = query.where(time_values.c.document_id == document)
    if precision:
        query = query.where(time_values.c.precision == precision)
    query = query.order_by(time_values.c.value.is_(None), time_values.c.value, time_values.c.id)
    rows = conn.execute(query.limit(window.limit).offset(window.offset)).all()
    return Page[TimeOut](items=[time_out(r) for r in rows], total=count(conn, query),
                         limit=window.limit, offset=window.offset)


def observation_out(row) -> ObservationOut:
    """An observations row as a response."""
    change = ChangeOut(value=row.change_value, unit=row.change_unit) if row.change_value is not None else None
    return ObservationOut(
        id=row.id, document=doc_ref(row), sentence=row.sentence, start=row.start, end=row.end, quote=row.quote,
        indicator=row.indicator, subject=ref(row.subject_id, row.subject_name),
        object=ref(row.object_id, row.object_name), value=row.value, unit=row.unit, change=change,
        date=date_out(row.date, row.date_precision), status=row.status,
    )


def list_observations(conn: Connection, window: Window, *, indicator: str | None = None,
                      subject: str | None = None, document: str | None = None, since: str | None = None,
                      until: str | None = None) -> Page[ObservationOut]:
    """Observations by date (the report's date when the text gives none), filtered."""
    when = func.coalesce(observations.c.date, documents.c.published)
    query = _joined(observations).where(*within(when, since, until))
    if indicator:
        query = query.where(observations.c.indicator == indicator)
    if subject:
        query = query.where(observations.c.subject_id == subject)
    if document:
        query = query.where(observations.c.document_id == document)
    query = query.order_by(when.is_(None), when, observations.c.id)
    rows = conn.execute(query.limit(window.limit).offset(window.offset)).all()
    return Page[ObservationOut](items=[observation_out(r) for r in rows], total=count(conn, query),
                                limit=window.limit, offset=window.offset)


def event_actors_of(conn: Connection, event_ids: Sequence[str]) -> dict[str, dict[str, list[Ref]]]:
    """The source and target actors of events, in their stored order."""
    found: dict[str, dict[str, list[Ref]]] = defaultdict(lambda: {"source": [], "target": []})
    if event_ids:
        query = (select(event_actors).where(event_actors.c.event_id.in_(list(event_ids)))
                 .order_by(event_actors.c.event_id, event_actors.c.role, event_actors.c.position))
        for row in conn.execute(query):
            found[row.event_id][row.role].append(Ref(id=row.entity_id, name=row.entity_name))
    return found


def event_out(row, actors: dict[str, list[Ref]]) -> EventOut:
    """An events row and its actors as a response."""
    return EventOut(
        id=row.id, document=doc_ref(row), sentence=row.sentence, start=row.start, end=row.end, quote=row.quote,
        type=row.type, mode=row.mode, source=actors.get("source", []), target=actors.get("target", []),
        date=date_out(row.date, row.date_precision), location=ref(row.location_id, row.location_name),
        modality=ModalityOut(negated=row.negated, future=row.future, hypothetical=row.hypothetical,
                             failed=row.failed),
    )


def list_events(conn: Connection, window: Window, *, type: str | None = None, actor: str | None = None,
                document: str | None = None, since: str | None = None,
                until: str | None = None) -> Page[EventOut]:
    """Events by date (the report's date when the text gives none), filtered by type, actor and dates."""
    when = func.coalesce(events.c.date, documents.c.published)
    query = _joined(events).where(*within(when, since, until))
    if type:
        query = query.where(events.c.type == type)
    if actor:
        query = query.where(events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.entity_id == actor)))
    if document:
        query = query.where(events.c.document_id == document)
    query = query.order_by(when.is_(None), when, events.c.id)
    rows = conn.execute(query.limit(window.limit).offset(window.offset)).all()
    actors = event_actors_of(conn, [r.id for r in rows])
    return Page[EventOut](items=[event_out(r, actors[r.id]) for r in rows], total=count(conn, query),
                          limit=window.limit, offset=window.offset)


def claim_out(row) -> ClaimOut:
    """A claims row as a response."""
    return ClaimOut(id=row.id, document=doc_ref(row), sentence=row.sentence, start=row.start, end=row.end,
                    text=row.text, kind=row.kind, speaker=ref(row.speaker_id, row.speaker_name),
                    attribution=row.attribution, verb=row.verb)


def list_claims(conn: Connection, window: Window, *, speaker: str | None = None, kind: str | None = None,
                document: str | None = None) -> Page[ClaimOut]:
    """Claims, newest report first, filtered by speaker, kind and document."""
    query = _joined(claims)
    if speaker:
        query = query.where(claims.c.speaker_id == speaker)
    if kind:
        query = query.where(claims.c.kind == kind)
    if document:
        query = query.where(claims.c.document_id == document)
    query = query.order_by(documents.c.published.is_(None), documents.c.published.desc(),
                           claims.c.document_id, claims.c.start)
    rows = conn.execute(query.limit(window.limit).offset(window.offset)).all()
    return Page[ClaimOut](items=[claim_out(r) for r in rows], total=count(conn, query),
                          limit=window.limit, offset=window.offset)
