"""Pages for reading: home, documents, one document, findings, search."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse

from newsgraph.serve import views
from newsgraph.serve.deps import Conn, Context, Paging, Period
from newsgraph.serve.highlight import highlight
from newsgraph.serve.queries.documents import DocumentFilter, list_documents, outlets
from newsgraph.serve.queries.findings import list_findings
from newsgraph.serve.routes.pagekit import respond
from newsgraph.serve.routes.params import FindingName, Format, GenreName, Text
from newsgraph.serve.schemas import SearchResults
from newsgraph.serve.templating import query_url

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def home_page(request: Request, context: Context, conn: Conn, format: Format = "html"):
    """Latest documents, alerts, contradictions, corrected names, translation warnings."""
    return respond(request, format, "home.html", views.overview(context, conn), "/api/overview")


@router.get("/documents")
def documents_page(request: Request, conn: Conn, paging: Paging, period: Period, outlet: Text = None,
                   genre: GenreName | None = None, mt: Annotated[bool | None, Query()] = None,
                   format: Format = "html"):
    """The document list with filters."""
    where = DocumentFilter(outlet=outlet, since=period[0], until=period[1], genre=genre, mt=mt)
    data = list_documents(conn, paging, where)
    api = query_url("/api/documents", dict(request.query_params), format=None)
    return respond(request, format, "documents.html", data, api, outlets=outlets(conn))


@router.get("/documents/{document_id}")
def document_page(request: Request, context: Context, conn: Conn,
                  document_id: Annotated[str, Path(max_length=64)], format: Format = "html"):
    """One document, its text with everything found in it marked."""
    record = views.document(context, document_id)
    findings = list_findings(context.store, conn, limit=500).items
    related = [f for f in findings if any(e.document_id == record.document.id for e in f.evidence)]
    return respond(request, format, "document.html", record, f"/api/documents/{record.document.id}",
                   body=highlight(record), findings=related)


@router.get("/findings")
def findings_page(request: Request, context: Context, conn: Conn, paging: Paging,
                  kind: Annotated[list[FindingName], Query()] = [],  # noqa: B006
                  format: Format = "html"):
    """Every finding across documents, most urgent first."""
    data = list_findings(context.store, conn, kinds=kind, limit=paging.limit, offset=paging.offset)
    api = query_url("/api/findings", dict(request.query_params), format=None)
    return respond(request, format, "findings.html", data, api)


@router.get("/search")
def search_page(request: Request, context: Context, conn: Conn, paging: Paging,
                q: Annotated[str, Query(max_length=500)] = "", format: Format = "html"):
    """Full-text search; the results list updates as you type (htmx)."""
    if q.strip():
        data = views.search(context, conn, q, paging)
    else:
        data = SearchResults(query=q, engine="like", items=[], total=0, limit=paging.limit, offset=paging.offset)
    api = query_url("/api/search", {"q": q, "limit": paging.limit, "offset": paging.offset or None})
    return respond(request, format, "search.html", data, api)
