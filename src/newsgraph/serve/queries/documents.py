"""The document list with filters, and single documents as summaries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.engine import Connection
from sqlalchemy.sql import Select

from newsgraph.serve.queries.annotations import Window
from newsgraph.serve.queries.common import count, within
from newsgraph.serve.schemas import DocumentSummary, Page
from newsgraph.store.tables import documents, mentions


@dataclass(frozen=True)
class DocumentFilter:
    """Which documents to list."""

    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    genre: str | None = None
    mt: bool | None = None


def summary_query() -> Select:
    """Documents with their mention counts, newest publication first (undated last)."""
    counts = (select(mentions.c.document_id, func.count().label("n"))
              .group_by(mentions.c.document_id).subquery())
    return (select(documents.c.id, documents.c.title, documents.c.url, documents.c.outlet, documents.c.author,
                   documents.c.published, documents.c.genre, documents.c.language, documents.c.mt_suspected,
                   documents.c.word_count, func.coalesce(counts.c.n, 0).label("n"))
            .outerjoin(counts, counts.c.document_id == documents.c.id)
            .order_by(documents.c.published.is_(None), documents.c.published.desc(), documents.c.id))


def summary_out(row) -> DocumentSummary:
    """A row of `summary_query` as a response."""
    return DocumentSummary(id=row.id, title=row.title, url=row.url, outlet=row.outlet, author=row.author,
                           published=row.published, genre=row.genre, language=row.language,
                           mt_suspected=bool(row.mt_suspected), word_count=row.word_count, mentions=row.n)


def list_documents(conn: Connection, window: Window, where: DocumentFilter = DocumentFilter()) -> Page[DocumentSummary]:
    """A page of documents matching the filter."""
    query = summary_query().where(*within(documents.c.published, where.since, where.until))
    if where.outlet:
        query = query.where(documents.c.outlet == where.outlet)
    if where.genre:
        query = query.where(documents.c.genre == where.genre)
    if where.mt is not None:
        query = query.where(documents.c.mt_suspected == where.mt)
    rows = conn.execute(query.limit(window.limit).offset(window.offset)).all()
    return Page[DocumentSummary](items=[summary_out(r) for r in rows], total=count(conn, query),
                                 limit=window.limit, offset=window.offset)


def summaries(conn: Connection, ids: Sequence[str]) -> dict[str, DocumentSummary]:
    """Summaries of the given documents, by id."""
    if not ids:
        return {}
    rows = conn.execute(summary_query().where(documents.c.id.in_(list(ids)))).all()
    return {r.id: summary_out(r) for r in rows}


def outlets(conn: Connection) -> list[str]:
    """Every outlet with stored documents, by name."""
    query = select(documents.c.outlet).where(documents.c.outlet.is_not(None)).distinct().order_by(documents.c.outlet)
    return [r.outlet for r in conn.execute(query)]
