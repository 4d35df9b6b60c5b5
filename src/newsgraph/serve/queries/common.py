"""Pieces every query shares: date ranges over ISO text, document references, counting pages."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from newsgraph.serve.schemas import DateOut, DocRef, Ref
from newsgraph.store.queries.periods import precision_of, upper_bound, within
from newsgraph.store.tables import documents

__all__ = ["DOC_COLUMNS", "count", "date_out", "doc_ref", "precision_of", "ref", "upper_bound", "within"]


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


def count(conn: Connection, query: Select) -> int:
    """How many rows a query returns without its limit and offset."""
    inner = query.limit(None).offset(None).order_by(None).subquery()
    return conn.execute(select(func.count()).select_from(inner)).scalar_one()
