"""/api/documents: list, read one (its full analysis record), and ingest a new report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Body, Path, Query, Response

from newsgraph.model import AnalysisRecord
from newsgraph.serve import views
from newsgraph.serve.deps import Conn, Context, Paging, Period, WriteAccess
from newsgraph.serve.ingest import ingest
from newsgraph.serve.queries.documents import DocumentFilter, list_documents
from newsgraph.serve.routes.params import GenreName, Text
from newsgraph.serve.schemas import DocumentSummary, ErrorBody, IngestRequest, IngestResult, Page

router = APIRouter(prefix="/api/documents", tags=["documents"])

ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}, 422: {"model": ErrorBody}}


@router.get("", response_model=Page[DocumentSummary], responses=ERRORS)
def read_documents(conn: Conn, paging: Paging, period: Period, outlet: Text = None, genre: GenreName | None = None,
                   mt: Annotated[bool | None, Query(description="machine translation suspected")] = None):
    """Stored documents, newest first, filtered by outlet, publication dates, genre and translation."""
    since, until = period
    return list_documents(conn, paging, DocumentFilter(outlet=outlet, since=since, until=until, genre=genre, mt=mt))


@router.get("/{document_id}", response_model=AnalysisRecord, response_model_by_alias=True, responses=ERRORS)
def read_document(context: Context, document_id: Annotated[str, Path(max_length=64)]):
    """One document with everything found in it (the `newsgraph.analysis/1` record); an id prefix works."""
    return views.document(context, document_id)


@router.post("", response_model=IngestResult, status_code=201, dependencies=[WriteAccess],
             responses={200: {"model": IngestResult, "description": "already stored"},
                        400: {"model": ErrorBody}, 401: {"model": ErrorBody}, 403: {"model": ErrorBody},
                        413: {"model": ErrorBody}, 422: {"model": ErrorBody}, 502: {"model": ErrorBody}})
def create_document(context: Context, response: Response, body: Annotated[IngestRequest, Body()]):
    """Analyse and store a report given as text, HTML or a URL to fetch (needs the bearer token).

    Answers 201 when stored, 200 when the same content was already stored.
    """
    result = ingest(context, body)
    if not result.stored:
        response.status_code = 200
    return result
