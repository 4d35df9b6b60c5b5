"""The HTTP API's response and request bodies, separate from the storage rows they are read from."""

from __future__ import annotations

from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsgraph.model import Band, Finding

T = TypeVar("T")


class Out(BaseModel):
    """Base of every response body."""

    model_config = ConfigDict(frozen=True)


class ErrorDetail(Out):
    """What went wrong and what to do next."""

    code: str = Field(description="a stable, machine-readable name: not_found, invalid_request, …")
    message: str
    hint: str | None = None


class ErrorBody(Out):
    """The one shape of every error answer (4xx and 5xx)."""

    error: ErrorDetail


class Page(Out, Generic[T]):
    """One page of a list, with the total the filters match."""

    items: list[T]
    total: int
    limit: int
    offset: int


class Ref(Out):
    """A pointer to a knowledge-base entity or an office."""

    id: str
    name: str | None = None


class DateOut(Out):
    """An ISO date value ("2025-07-11", "2025-07", "2025") with its precision."""

    value: str
    precision: str | None = None


class DocRef(Out):
    """The document a finding comes from."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class DocumentSummary(Out):
    """One line of the document list."""

    id: str
    title: str | None
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    genre: str
    language: str | None
    mt_suspected: bool
    word_count: int
    mentions: int


class Alternative(Out):
    """Another entity a mention might mean."""

    id: str
    name: str
    score: float


class MentionOut(Out):
    """A name in a document and who or what it was linked to, with the reason."""

    id: str
    document: DocRef
    sentence: int
    start: int
    end: int
    text: str
    type: str
    entity: Ref | None
    role: Ref | None
    status: Literal["exact", "alias", "corrected", "conflict", "unresolved"]
    confidence: float
    explanation: str
    alternatives: list[Alternative]


class TimeOut(Out):
    """A time expression normalised against the publication date."""

    id: str
    document: DocRef
    sentence: int
    start: int
    end: int
    text: str
    value: str | None
    precision: str | None
    qualifier: str | None
    kind: str


class ChangeOut(Out):
    """How much a number moved."""

    value: float
    unit: str | None


class ObservationOut(Out):
    """A reported value of an indicator."""

    id: str
    document: DocRef
    sentence: int
    start: int
    end: int
    quote: str
    indicator: str
    subject: Ref | None
    object: Ref | None
    value: float
    unit: str
    change: ChangeOut | None
    date: DateOut | None
    status: str


class ModalityOut(Out):
    """Whether an event happened, as the text tells it."""

    negated: bool
    future: bool
    hypothetical: bool
    failed: bool


class EventOut(Out):
    """Who did what to whom (PLOVER type), where and when."""

    id: str
    document: DocRef
    sentence: int
    start: int
    end: int
    quote: str
    type: str
    mode: str | None
    source: list[Ref]
    target: list[Ref]
    date: DateOut | None
    location: Ref | None
    modality: ModalityOut


class ClaimOut(Out):
    """Something said, by a speaker or by the author."""

    id: str
    document: DocRef
    sentence: int
    start: int
    end: int
    text: str
    kind: str
    speaker: Ref | None
    attribution: str | None
    verb: str | None


class EntitySummary(Out):
    """An entity named in the stored reports."""

    id: str
    name: str
    type: str
    wikidata: str | None
    mentions: int
    documents: int


class RoleOut(Out):
    """A term in an office, from the knowledge base."""

    position_id: str
    position: str
    polity: str | None
    start: str
    end: str | None
    status: str | None = None
    note: str | None = None


class NameForm(Out):
    """One way the reports wrote an entity's name, and how it was resolved."""

    text: str
    status: str
    mentions: int
    documents: int
    explanation: str


class SourceOut(Out):
    """A document naming an entity, and how often."""

    document: DocRef
    mentions: int
    statuses: list[str]


class TimelineItem(Out):
    """A dated event or claim on a timeline."""

    id: str
    kind: Literal["event", "claim"]
    date: DateOut
    date_source: Literal["text", "published"] = Field(
        description="'text' when the text dates it; 'published' when only the report's date is known")
    label: str = Field(description="the event type, or the kind of claim")
    text: str
    actors: list[Ref]
    document: DocRef
    start: int
    end: int
    sources: int | None = Field(None, description="an event: how many distinct reports tell it (copies once)")
    documents: list[str] = Field([], description="an event: every document that tells it")


class EntityDetail(Out):
    """An entity with its roles over time, names, quotes, sources, timeline and findings."""

    entity: EntitySummary
    roles: list[RoleOut]
    names: list[NameForm]
    mentions: list[MentionOut]
    quotes: list[ClaimOut]
    sources: list[SourceOut]
    timeline: list[TimelineItem]
    findings: list[Finding]


class IndicatorSummary(Out):
    """An indicator with how much the reports say about it."""

    indicator: str
    observations: int
    subjects: list[Ref]
    first: str | None
    last: str | None
    bands: list[Band]


class BriefOut(Out):
    """The one-page briefing `newsgraph brief` prints, in both of its forms."""

    actor: str | None
    since: str | None
    documents: int = Field(description="how many documents it covers")
    text: str
    markdown: str


class SnippetPart(Out):
    """A piece of a search snippet; `match` marks the words that matched."""

    text: str
    match: bool


class SearchHit(Out):
    """A document matching a search, with the passage that matched."""

    document: DocumentSummary
    score: float
    snippet: list[SnippetPart]


class SearchResults(Out):
    """A page of search hits."""

    query: str
    engine: Literal["fts5", "postgresql", "like"]
    items: list[SearchHit]
    total: int
    limit: int
    offset: int


class GraphNode(Out):
    """An entity in the actor graph."""

    id: str
    name: str
    type: str
    documents: int


class GraphEdge(Out):
    """Two entities named together, and in how many documents or events."""

    source: str
    target: str
    weight: int
    documents: list[str] = Field(description="up to five documents where they appear together")


class Graph(Out):
    """Co-occurrence of linked entities in documents and events."""

    nodes: list[GraphNode]
    edges: list[GraphEdge]


class Overview(Out):
    """What the home page shows."""

    counts: dict[str, int]
    documents: list[DocumentSummary]
    alerts: list[Finding]
    contradictions: list[Finding]
    names: list[Finding] = Field(description="corrected names and names of the wrong person")
    translation: list[DocumentSummary] = Field(description="documents suspected to be machine-translated")


class FindingList(Out):
    """Findings across documents, from the findings table and from resolved names."""

    items: list[Finding]
    total: int
    limit: int
    offset: int


class IngestRequest(BaseModel):
    """A report to analyse and store: its text, its HTML, or a URL to fetch, plus metadata."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(None, description="plain text of the report")
    html: str | None = Field(None, description="the report's HTML page")
    url: str | None = Field(None, max_length=2048,
                            description="fetched when neither text nor html is given; else the report's address")
    title: str | None = Field(None, max_length=1000)
    outlet: str | None = Field(None, max_length=300)
    author: str | None = Field(None, max_length=300)
    published: str | None = Field(None, max_length=32, description="YYYY-MM-DD (or YYYY-MM, YYYY)")

    @model_validator(mode="after")
    def _has_content(self) -> IngestRequest:
        if self.text is not None and self.html is not None:
            raise ValueError("give 'text' or 'html', not both")
        if self.text is None and self.html is None and not self.url:
            raise ValueError("give the report as 'text', 'html', or a 'url' to fetch")
        return self


class IngestResult(Out):
    """What happened to a posted report."""

    id: str
    stored: bool = Field(description="false when the same content was already stored")
    document: DocumentSummary
    counts: dict[str, int]
    links: dict[str, str]
