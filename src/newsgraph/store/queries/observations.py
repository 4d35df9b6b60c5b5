"""Indicator observations with their documents, in date order: what a series is drawn from."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.engine import Connection, Row

from newsgraph.store.queries.periods import within
from newsgraph.store.tables import documents, observations

# An observation's date is the one the text gives; without one, the report's publication date.
WHEN = func.coalesce(observations.c.date, documents.c.published)


def observation_rows(conn: Connection, *, indicator: str | None = None, subject_id: str | None = None,
                     subject_text: str | None = None, since: str | None = None, until: str | None = None,
                     dated: bool = False, limit: int | None = None) -> Sequence[Row]:
    """Observations with their date (`when`) and document (`doc_title`, `doc_outlet`, `doc_published`).

    Args:
        subject_id: only this subject (an entity id).
        subject_text: only subjects whose name contains this, ignoring case.
        dated: only observations with a date (their own or their report's).
    """
    query = (select(observations, WHEN.label("when"), documents.c.title.label("doc_title"),
                    documents.c.outlet.label("doc_outlet"), documents.c.published.label("doc_published"))
             .join(documents, documents.c.id == observations.c.document_id)
             .where(*within(WHEN, since, until)))
    if indicator:
        query = query.where(observations.c.indicator == indicator)
    if subject_id:
        query = query.where(observations.c.subject_id == subject_id)
    if subject_text:
        query = query.where(func.lower(observations.c.subject_name).contains(subject_text.lower()))
    if dated:
        query = query.where(WHEN.is_not(None))
    query = query.order_by(WHEN.is_(None), WHEN, observations.c.id)
    return conn.execute(query if limit is None else query.limit(limit)).all()


def indicator_subjects(conn: Connection, indicator: str) -> list[tuple[str, str | None]]:
    """(id, name) of the subjects an indicator is measured for, most observed first."""
    rows = conn.execute(
        select(observations.c.subject_id, func.max(observations.c.subject_name).label("name"))
        .where(observations.c.indicator == indicator, observations.c.subject_id.is_not(None))
        .group_by(observations.c.subject_id).order_by(func.count().desc(), observations.c.subject_id)).all()
    return [(r.subject_id, r.name) for r in rows]
