"""/api/entities: the entities the reports name, and one entity in full."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from newsgraph.serve import views
from newsgraph.serve.deps import Conn, Context, Paging
from newsgraph.serve.queries.entities import list_entities
from newsgraph.serve.routes.params import Text
from newsgraph.serve.schemas import EntityDetail, EntitySummary, ErrorBody, Page

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("", response_model=Page[EntitySummary], responses={422: {"model": ErrorBody}})
def read_entities(conn: Conn, paging: Paging, type: Text = None, q: Text = None):
    """Linked entities, most mentioned first; `type` (PERSON, ORG, GPE…) and a name fragment `q` filter."""
    return list_entities(conn, paging, type=type, q=q)


@router.get("/{entity_id}", response_model=EntityDetail,
            responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}})
def read_entity(context: Context, conn: Conn, entity_id: Annotated[str, Path(max_length=200)]):
    """One entity: roles over time (knowledge base), names as written, mentions, quotes, sources, timeline."""
    return views.entity(context, conn, entity_id)
