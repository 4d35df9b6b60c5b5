"""Pieces every query shares: date ranges over ISO text, document references, counting pages."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement, Select

from newsgraph.serve.schemas import DateOut, DocRef, Ref
from newsgraph.store.tables import documents


def upper_bound(value: str) -> str:
    """The first ISO date text after a partial date: '2025-07' -> '2025-08', '2025-12-31' -> '2026-01-01'.

    Comparing with `<` against it includes every finer date inside the period ('2025-07-15'),
    under bytewise and dictionary collations alike.
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return f"{parts[0] + 1:04d}"
    if len(parts) == 2:
        year, month = parts
        return f"{year + 1:04d}" if month == 12 else f"{year:04d}-{month + 1:02d}"
    return (date(*parts) + timedelta(days=1)).isoformat()


def within(column: ColumnElement, since: str | None, until: str | None) -> list[ColumnElement]:
    """Conditions keeping ISO date texts from `since` through `until` (both inclusive, any precision)."""
    conditions = []
    if since:
        conditions.append(column >= since)
    if until:
        conditions.append(column < upper_bound(until))
    return conditions


DOC_COLUMNS = (documents.c.title.label("doc_title"), documents.c.outlet.label("doc_outlet"),
               documents.c.published.label("doc_published"))


def doc_ref(row) -> DocRef:
    """The document reference of a row selected with DOC_COLUMNS and a document_id column."""
    return DocRef(id=row.document_id, title=row.doc_title, outlet=row.doc_outlet, published=row.doc_published)


def ref(entity_id: str | None, name: str | None) -> Ref | None:
    """A Ref, or None when there is no id."""
    return Ref(id=entity_id, name=name) if entity_id else None


def date_out(value: str | None, precision: str | None) -> DateOut | None:
    """A DateOut, or None when there is no value."""
    return DateOut(value=value, precision=precision) if value else None


def precision_of(value: str) -> str:
    """The precision an ISO date text implies by its length."""
    return {4: "year", 7: "month"}.get(len(value), "day")


def count(conn: Connection, query: Select) -> int:
    """How many rows a query returns without its limit and offset."""
    inner = query.limit(None).offset(None).order_by(None).subquery()
    return conn.execute(select(func.count()).select_from(inner)).scalar_one()
