"""Entities named in the reports: the list, one entity's summary, its written names and its sources."""

from __future__ import annotations

from sqlalchemy import func, literal, or_, select
from sqlalchemy.engine import Connection

from newsgraph.serve.queries.annotations import Window
from newsgraph.serve.queries.common import count
from newsgraph.serve.schemas import DocRef, EntitySummary, NameForm, Page, SourceOut
from newsgraph.store.tables import claims, documents, entities, event_actors, mentions


def _counted():
    counts = (select(mentions.c.entity_id, func.count().label("n"),
                     func.count(func.distinct(mentions.c.document_id)).label("d"))
              .where(mentions.c.entity_id.is_not(None)).group_by(mentions.c.entity_id).subquery())
    query = (select(entities, func.coalesce(counts.c.n, 0).label("n"), func.coalesce(counts.c.d, 0).label("d"))
             .outerjoin(counts, counts.c.entity_id == entities.c.id))
    return query, counts


def _summary(row) -> EntitySummary:
    return EntitySummary(id=row.id, name=row.name, type=row.type, wikidata=row.wikidata, mentions=row.n,
                         documents=row.d)


def list_entities(conn: Connection, window: Window, *, type: str | None = None,
                  q: str | None = None) -> Page[EntitySummary]:
    """Linked entities, most mentioned first, filtered by type and a name fragment."""
    query, counts = _counted()
    if type:
        query = query.where(entities.c.type == type)
    if q:
        query = query.where(func.lower(entities.c.name).contains(q.lower(), autoescape=True))
    query = query.order_by(func.coalesce(counts.c.n, 0).desc(), entities.c.name, entities.c.id)
    rows = conn.execute(query.limit(window.limit).offset(window.offset)).all()
    return Page[EntitySummary](items=[_summary(r) for r in rows], total=count(conn, query),
                               limit=window.limit, offset=window.offset)


def get_entity(conn: Connection, entity_id: str) -> EntitySummary | None:
    """An entity's summary from the entities table, or from a claim or event that names it; None if unknown."""
    query, _ = _counted()
    row = conn.execute(query.where(entities.c.id == entity_id)).first()
    if row is not None:
        return _summary(row)
    speaker = conn.execute(select(claims.c.speaker_name).where(claims.c.speaker_id == entity_id).limit(1)).first()
    actor = conn.execute(select(event_actors.c.entity_name).where(event_actors.c.entity_id == entity_id)
                         .limit(1)).first()
    name = (speaker and speaker[0]) or (actor and actor[0])
    if not name:
        return None
    return EntitySummary(id=entity_id, name=name, type="PERSON" if speaker else "ACTOR",
                         wikidata=entity_id if entity_id.startswith("Q") else None, mentions=0, documents=0)


def name_forms(conn: Connection, entity_id: str, *, limit: int = 50) -> list[NameForm]:
    """How the reports wrote an entity's name: one line per written form and status, most used first."""
    query = (select(mentions.c.text, mentions.c.status, func.count().label("n"),
                    func.count(func.distinct(mentions.c.document_id)).label("d"),
                    func.min(mentions.c.explanation).label("explanation"))
             .where(mentions.c.entity_id == entity_id)
             .where(~mentions.c.explanation.like("same person as%"))
             .group_by(mentions.c.text, mentions.c.status)
             .order_by(func.count().desc(), mentions.c.text).limit(limit))
    return [NameForm(text=r.text, status=r.status, mentions=r.n, documents=r.d, explanation=r.explanation or "")
            for r in conn.execute(query)]


def sources(conn: Connection, entity_id: str, *, limit: int = 100) -> list[SourceOut]:
    """Documents that name an entity (in a mention, as a speaker or as an event actor), newest first."""
    named = (select(mentions.c.document_id, literal(1).label("m")).where(mentions.c.entity_id == entity_id)
             .union_all(select(claims.c.document_id, literal(0).label("m")).where(claims.c.speaker_id == entity_id)))
    per_doc = named.subquery()
    query = (select(per_doc.c.document_id, func.sum(per_doc.c.m).label("n"), documents.c.title, documents.c.outlet,
                    documents.c.published)
             .join(documents, documents.c.id == per_doc.c.document_id)
             .group_by(per_doc.c.document_id, documents.c.title, documents.c.outlet, documents.c.published)
             .order_by(documents.c.published.is_(None), documents.c.published.desc(), per_doc.c.document_id)
             .limit(limit))
    rows = conn.execute(query).all()
    statuses: dict[str, set[str]] = {}
    if rows:
        status_rows = conn.execute(select(mentions.c.document_id, mentions.c.status).distinct()
                                   .where(mentions.c.entity_id == entity_id)
                                   .where(mentions.c.document_id.in_([r.document_id for r in rows])))
        for r in status_rows:
            statuses.setdefault(r.document_id, set()).add(r.status)
    return [SourceOut(document=DocRef(id=r.document_id, title=r.title, outlet=r.outlet, published=r.published),
                      mentions=int(r.n or 0), statuses=sorted(statuses.get(r.document_id, ())))
            for r in rows]


def entity_ids_named(conn: Connection, text: str, *, limit: int = 10) -> list[str]:
    """Ids of entities whose name contains a fragment (for the search page's entity hits)."""
    fragment = text.lower()
    query = (select(entities.c.id).where(or_(func.lower(entities.c.name).contains(fragment, autoescape=True),
                                             func.lower(entities.c.id) == fragment))
             .order_by(entities.c.name).limit(limit))
    return [r.id for r in conn.execute(query)]
