"""Query parameter types shared by the JSON endpoints and their page twins."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Literal

from fastapi import Query

from newsgraph.model import ClaimKind, EventType, Genre, ResolutionStatus

if TYPE_CHECKING:
    # A Literal built from an Enum at run time is beyond a static checker: to mypy these are the
    # plain strings a handler receives. FastAPI sees the Literals, which check and document the values.
    Status = str
    GenreName = str
    EventName = str
    ClaimName = str
else:
    Status = Literal[tuple(s.value for s in ResolutionStatus)]
    GenreName = Literal[tuple(g.value for g in Genre)]
    EventName = Literal[tuple(e.value for e in EventType)]
    ClaimName = Literal[tuple(k.value for k in ClaimKind)]
FindingName = Literal["contradiction", "name_conflict", "name_correction", "alert", "threshold"]
Format = Annotated[Literal["html", "json"], Query(description="json returns the page's data (its JSON twin)")]

Text = Annotated[str | None, Query(max_length=200)]
Id = Annotated[str | None, Query(max_length=200, description="an entity id such as Q22686 or ng:howard-lutnick")]
DocumentId = Annotated[str | None, Query(max_length=64, description="a document id")]
SearchText = Annotated[str, Query(min_length=1, max_length=500, description="words to find (all must appear)")]
