"""What each page shows, as the response schema its JSON twin returns.

Pages and API endpoints call the same function here, so a page and its twin can never disagree.
"""

from __future__ import annotations

from sqlalchemy.engine import Connection

from newsgraph.brief import render_briefing
from newsgraph.model import AnalysisRecord, FindingKind, Series
from newsgraph.serve.context import ServeContext
from newsgraph.serve.errors import ApiError
from newsgraph.serve.queries import overview as overview_queries
from newsgraph.serve.queries.annotations import Window, list_claims, list_mentions
from newsgraph.serve.queries.documents import DocumentFilter, list_documents
from newsgraph.serve.queries.entities import get_entity, name_forms, sources
from newsgraph.serve.queries.findings import all_findings
from newsgraph.serve.queries.search import matching_document_ids, search_documents
from newsgraph.serve.queries.timeline import TimelineFilter
from newsgraph.serve.queries.timeline import timeline as timeline_query
from newsgraph.serve.roles import kb_name, roles_of
from newsgraph.serve.schemas import BriefOut, EntityDetail, EntitySummary, Overview, SearchResults, TimelineItem
from newsgraph.service import briefing
from newsgraph.service import series as series_service

HOME_ITEMS = 10


def overview(context: ServeContext, conn: Connection) -> Overview:
    """The home page: counts, latest documents, alerts, contradictions, names and translation warnings."""
    found = all_findings(context.store, conn)
    pick = lambda *kinds: [f for f in found if f.kind.value in kinds]  # noqa: E731
    return Overview(
        counts=overview_queries.counts(conn),
        documents=list_documents(conn, Window(HOME_ITEMS, 0)).items,
        alerts=pick(FindingKind.alert.value, FindingKind.threshold.value)[:HOME_ITEMS * 2],
        contradictions=pick(FindingKind.contradiction.value)[:HOME_ITEMS * 2],
        names=pick(FindingKind.name_conflict.value, FindingKind.name_correction.value)[:HOME_ITEMS * 3],
        translation=list_documents(conn, Window(HOME_ITEMS, 0), DocumentFilter(mt=True)).items,
    )


def document(context: ServeContext, document_id: str) -> AnalysisRecord:
    """A stored document's record (the `newsgraph.analysis/1` contract); a unique id prefix is enough.

    Raises:
        NotFound: no document, or more than one, has this id or prefix.
    """
    return context.store.get_record(document_id)


def entity(context: ServeContext, conn: Connection, entity_id: str, *, limit: int = 200) -> EntityDetail:
    """An entity with its roles over time, names, mentions, quotes, sources, timeline and findings.

    Raises:
        ApiError: 404 when neither the reports nor the knowledge base know the id.
    """
    summary = get_entity(conn, entity_id)
    if summary is None:
        known = kb_name(context, entity_id)
        if known is None:
            raise ApiError(404, "not_found", f"no entity with id {entity_id!r}",
                           "ids look like Q22686 or ng:howard-lutnick; list them at /api/entities")
        summary = EntitySummary(id=entity_id, name=known[0], type=known[1],
                                wikidata=entity_id if entity_id.startswith("Q") else None, mentions=0, documents=0)
    window = Window(limit, 0)
    return EntityDetail(
        entity=summary, roles=roles_of(context, entity_id), names=name_forms(conn, entity_id),
        mentions=list_mentions(conn, window, entity=entity_id).items,
        quotes=list_claims(conn, window, speaker=entity_id).items,
        sources=sources(conn, entity_id),
        timeline=timeline_query(conn, TimelineFilter(actor=entity_id), limit=limit),
        findings=all_findings(context.store, conn, subject=entity_id),
    )


def series(context: ServeContext, conn: Connection, indicator: str, *, subject: str | None = None,
           since: str | None = None, until: str | None = None) -> Series:
    """One indicator over time with the bands that hold for every subject on it (`service.series`)."""
    return series_service(conn, context.kb(), context.bands, indicator, subject=subject, since=since, until=until)


def timeline(context: ServeContext, conn: Connection, *, actor: str | None = None, q: str | None = None,
             since: str | None = None, until: str | None = None, undated: bool = False, unlinked: bool = False,
             limit: int = 200) -> list[TimelineItem]:
    """A timeline of events and claims for an actor, a story (documents matching `q`) and/or a period."""
    documents = matching_document_ids(conn, q, fts=context.fts_ready()) if q else None
    return timeline_query(conn, TimelineFilter(actor=actor, since=since, until=until, documents=documents,
                                               undated=undated, unlinked=unlinked), limit=limit)


def brief(context: ServeContext, *, actor: str | None = None, since: str | None = None) -> BriefOut:
    """The briefing `service.briefing` collects, rendered as the CLI renders it."""
    made = briefing(context.store, actor=actor, since=since)
    return BriefOut(actor=actor, since=since, documents=made.documents, text=render_briefing(made),
                    markdown=render_briefing(made, markdown=True))


def search(context: ServeContext, conn: Connection, q: str, window: Window) -> SearchResults:
    """Documents matching every word of `q`, best first."""
    return search_documents(conn, q, window, fts=context.fts_ready())
