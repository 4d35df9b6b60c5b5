"""/api/mentions, /api/times, /api/observations, /api/events, /api/claims: findings inside documents."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from newsgraph.serve.deps import Conn, Paging, Period
from newsgraph.serve.queries import annotations as q
from newsgraph.serve.routes.params import ClaimName, DocumentId, EventName, Id, Status, Text
from newsgraph.serve.schemas import ClaimOut, ErrorBody, EventOut, MentionOut, ObservationOut, Page, TimeOut

router = APIRouter(prefix="/api", tags=["findings in documents"], responses={422: {"model": ErrorBody}})


@router.get("/mentions", response_model=Page[MentionOut])
def read_mentions(conn: Conn, paging: Paging, status: Annotated[list[Status], Query()] = [],  # noqa: B006
                  entity: Id = None, document: DocumentId = None, type: Text = None):
    """Mentions with how they were resolved; e.g. `?status=corrected&status=conflict`."""
    return q.list_mentions(conn, paging, status=status, entity=entity, document=document, type=type)


@router.get("/times", response_model=Page[TimeOut])
def read_times(conn: Conn, paging: Paging, period: Period, document: DocumentId = None, precision: Text = None):
    """Time expressions by the date they mean; `since`/`until` filter that date."""
    return q.list_times(conn, paging, document=document, since=period[0], until=period[1], precision=precision)


@router.get("/observations", response_model=Page[ObservationOut])
def read_observations(conn: Conn, paging: Paging, period: Period, indicator: Text = None, subject: Id = None,
                      document: DocumentId = None):
    """Indicator values, by date, filtered by indicator, subject (entity id), document and dates."""
    return q.list_observations(conn, paging, indicator=indicator, subject=subject, document=document,
                               since=period[0], until=period[1])


@router.get("/events", response_model=Page[EventOut])
def read_events(conn: Conn, paging: Paging, period: Period, type: EventName | None = None, actor: Id = None,
                document: DocumentId = None):
    """Events (PLOVER types) by date, filtered by type, actor (entity id), document and dates."""
    return q.list_events(conn, paging, type=type, actor=actor, document=document, since=period[0],
                         until=period[1])


@router.get("/claims", response_model=Page[ClaimOut])
def read_claims(conn: Conn, paging: Paging, speaker: Id = None, kind: ClaimName | None = None,
                document: DocumentId = None):
    """Claims (quotes, reported speech, the author's opinions), filtered by speaker, kind and document."""
    return q.list_claims(conn, paging, speaker=speaker, kind=kind, document=document)
