"""The records that flow through newsgraph: a Document in, an AnalysisRecord out.

The AnalysisRecord is the public contract `newsgraph.analysis/1` described in DESIGN.md; its JSON
Schema is generated from these models and shipped as `schema/analysis-1.json`.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from enum import Enum, StrEnum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_NAME: Literal["newsgraph.analysis/1"] = "newsgraph.analysis/1"


class Record(BaseModel):
    """Base for all records: immutable, and strict about unknown fields."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)


class Precision(StrEnum):
    """How exact a date is."""

    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    season = "season"
    year = "year"
    decade = "decade"
    century = "century"


class DateSource(str, Enum):
    """Where a publication date came from, in order of trust."""

    given = "given"  # a flag, front matter or a metadata field supplied with the text
    metadata = "metadata"  # the page's own HTML metadata
    url = "url"  # a date in the URL path, or an id that encodes a timestamp
    text = "text"  # a dateline or date stated in the text itself
    unknown = "unknown"


class Genre(str, Enum):
    """The kind of text: reporting, or someone's view."""

    news = "news"
    opinion = "opinion"
    analysis = "analysis"


class ResolutionStatus(str, Enum):
    """How a mention was linked to the knowledge base (see DESIGN.md)."""

    exact = "exact"
    alias = "alias"
    corrected = "corrected"
    conflict = "conflict"
    unresolved = "unresolved"

    @property
    def is_resolved(self) -> bool:
        """Linked to a knowledge-base entry (exactly, by alias, corrected, or in conflict)."""
        return self is not ResolutionStatus.unresolved


class TitleCue(str, Enum):
    """Which term a title means, by a word before it ("former", "acting", "President-elect")."""

    former = "former"  # a past holder
    then = "then"  # the holder at the time spoken of
    acting = "acting"
    incoming = "incoming"
    outgoing = "outgoing"

    @property
    def looks_back(self) -> bool:
        """A past holder may be meant (`former`, `then`)."""
        return self in (TitleCue.former, TitleCue.then)


class TermStatus(str, Enum):
    """How a term in office was held, when not in full."""

    acting = "acting"
    nominee = "nominee"


class EventType(str, Enum):
    """PLOVER's sixteen event types."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


class ObservationStatus(str, Enum):
    """How firmly a reported number holds."""

    actual = "actual"
    announced = "announced"
    scheduled = "scheduled"
    threatened = "threatened"
    proposed = "proposed"
    requested = "requested"
    target = "target"
    reported = "reported"


class ClaimKind(str, Enum):
    """Who is speaking in a claim."""

    quote = "quote"
    reported = "reported"
    author_opinion = "author_opinion"


class DateValue(Record):
    """An ISO date value ("2025-07-11", "2025-07", "2025") with its precision."""

    value: str
    precision: Precision


class PublishedDate(Record):
    """The publication date of a document and where it was found."""

    value: str | None = None
    precision: Precision | None = None
    source: DateSource = DateSource.unknown


class Artifact(Record):
    """A piece of text that betrays machine translation or broken encoding."""

    text: str
    start: int
    end: int
    kind: str = Field(description="foreign_script | mojibake | …")


class MachineTranslation(Record):
    """Whether a text looks machine-translated, and why."""

    suspected: bool = False
    artifacts: list[Artifact] = []
    reasons: list[str] = Field(default=[], description="one human-readable line per cue found")


class DocumentInfo(Record):
    """The document part of an analysis record."""

    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: PublishedDate = PublishedDate()
    language: str | None = None
    genre: Genre = Genre.news
    machine_translation: MachineTranslation = MachineTranslation()
    content_hash: str
    word_count: int = 0
    origin: str | None = Field(None, description="where it was read from: a path, path:line, URL or '-'")


class EntityRef(Record):
    """A pointer to a knowledge-base entity (a Wikidata QID or an `ng:` id)."""

    id: str
    name: str


class Alternative(Record):
    """Another entity a mention might mean, with its score."""

    id: str
    name: str
    score: float


class Mention(Record):
    """A name in the text (person, organisation, place, group) and who or what it refers to."""

    text: str
    start: int
    end: int
    sentence: int
    type: str
    entity: EntityRef | None = None
    role: EntityRef | None = None
    status: ResolutionStatus = ResolutionStatus.unresolved
    confidence: float = 0.0
    explanation: str = ""
    alternatives: list[Alternative] = []


class TimeValue(Record):
    """A time expression normalised against the publication date."""

    text: str
    start: int
    end: int
    sentence: int
    value: str | None
    precision: Precision | None = None
    qualifier: Literal["early", "mid", "late"] | None = None
    kind: str = "date"


class Change(Record):
    """How much a number moved, when the text says so."""

    value: float
    unit: str


class Observation(Record):
    """A measured value of an indicator, with what it measures and how firm it is."""

    indicator: str
    subject: EntityRef | None = None
    object: EntityRef | None = None
    value: float
    unit: str
    change: Change | None = None
    date: DateValue | None = None
    status: ObservationStatus = ObservationStatus.reported
    quote: str = Field(description="the sentence stating the value")
    start: int = Field(description="where the number itself starts")
    end: int
    sentence: int
    measured: str | None = Field(None, description="the noun phrase the number measures, as written")
    approximate: bool = False
    previous: float | None = Field(None, description="the earlier value the text gives ('from 3% to 3.5%')")


class Modality(Record):
    """Whether an event happened, as the text tells it."""

    negated: bool = False
    future: bool = False
    hypothetical: bool = False
    failed: bool = False


class Event(Record):
    """Who did what to whom, coded with PLOVER's types."""

    type: EventType
    mode: str | None = None
    source: list[EntityRef] = []
    target: list[EntityRef] = []
    date: DateValue | None = None
    location: EntityRef | None = None
    modality: Modality = Modality()
    quote: str
    start: int
    end: int
    sentence: int


class Claim(Record):
    """Something said, by a speaker or by the author."""

    speaker: EntityRef | None = None
    kind: ClaimKind
    text: str
    start: int
    end: int
    sentence: int
    attribution: str | None = Field(None, description="the words naming the source, as written")
    verb: str | None = Field(None, description="the saying verb (lemma) or 'according to'")


class FindingKind(str, Enum):
    """What a cross-document finding reports."""

    contradiction = "contradiction"  # sources disagree on a value, a date or a figure
    name_conflict = "name_conflict"  # a report names a different real person than the office holder
    name_correction = "name_correction"  # a report garbles a name; who is meant, and why
    alert = "alert"  # an indicator observation crossed a threshold band
    threshold = "threshold"  # a threshold stated in a report ("below 30% is the danger zone")


class Evidence(Record):
    """One source of a finding: where in which document, and what it says."""

    document_id: str
    start: int
    end: int
    quote: str
    outlet: str | None = None
    published: str | None = None
    value: str | None = Field(None, description="the value or name this source gives")


class Finding(Record):
    """Something an analyst should see across documents, with every source that supports it."""

    id: str
    kind: FindingKind
    summary: str
    subject: EntityRef | None = None
    indicator: str | None = None
    period: str | None = None
    evidence: list[Evidence] = []


class BandSide(str, Enum):
    """Which side of its threshold a band covers."""

    below = "below"
    above = "above"


class Band(Record):
    """A labelled range of an indicator ("danger zone", below 30%), for the subjects its selector names.

    The selector keys (`office`, `polity`, `subject`) are all optional; `crossdoc.bands.applies`
    decides whether a band holds for a subject.
    """

    indicator: str
    label: str
    side: BandSide
    value: float
    office: str | None = Field(None, description="selector: a person who held this position")
    polity: str | None = Field(None, description="selector: this country, or a person whose office belongs to it")
    subject: str | None = Field(None, description="selector: the subject's knowledge-base id or name")
    source: str | None = Field(None, description="where the threshold comes from")

    def contains(self, value: float) -> bool:
        """True when a value lies in the band."""
        return value < self.value if self.side is BandSide.below else value > self.value

    def describe(self) -> str:
        """"danger zone (below 30%)"."""
        return f"{self.label} ({self.side.value} {self.value:g}%)"


class DocumentRef(Record):
    """The document a series point (or any fact) comes from."""

    id: str
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


class SeriesPoint(Record):
    """One reported value of an indicator, with its source and the innermost band it falls in."""

    id: str
    date: DateValue | None = Field(None, description="the date the text gives, else the report's date")
    date_source: Literal["text", "published"] | None = None
    value: float
    unit: str
    shown: str = Field(description="the value as a reader says it: '550 billion USD'")
    status: str
    subject: EntityRef | None = None
    object: EntityRef | None = None
    document: DocumentRef
    quote: str
    start: int
    end: int
    band: str | None = Field(None, description="the innermost band for this subject the value falls in")


class Series(Record):
    """An indicator over time, for one subject or all, with the threshold bands that hold for it."""

    indicator: str
    subject: EntityRef | None = None
    subjects: list[EntityRef] = Field([], description="every subject the indicator is measured for")
    unit: str | None = None
    bands: list[Band] = []
    points: list[SeriesPoint] = []


class ComponentInfo(Record):
    """A pipeline component that contributed to a record (name is versioned)."""

    name: str


class AnalysisRecord(Record):
    """Everything newsgraph found in one document: the `newsgraph.analysis/1` contract."""

    schema_: Literal["newsgraph.analysis/1"] = Field(SCHEMA_NAME, alias="schema")
    document: DocumentInfo
    text: str = Field(description="the document text as stored; all offsets point into it")
    sentences: list[tuple[int, int]] = Field(default=[], description="sentence (start, end) offsets")
    mentions: list[Mention] = []
    times: list[TimeValue] = []
    observations: list[Observation] = []
    events: list[Event] = []
    claims: list[Claim] = []
    pipeline: list[ComponentInfo] = []
    warnings: list[str] = Field(default=[], description="things a reader should know about this analysis")

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    def to_json(self) -> str:
        """Serialise as one line of JSON, with the contract's field names."""
        return self.model_dump_json(by_alias=True)

    def to_dict(self) -> dict:
        """Serialise as a JSON-ready dict."""
        return self.model_dump(mode="json", by_alias=True)

    @classmethod
    def from_json(cls, data: str | bytes) -> AnalysisRecord:
        """Read a record back from its JSON form."""
        return cls.model_validate_json(data)


class Document(Record):
    """A text with its metadata, as read by ingest and before analysis."""

    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: PublishedDate = PublishedDate()
    language: str | None = None
    genre: Genre = Genre.news
    machine_translation: MachineTranslation = MachineTranslation()
    origin: str = Field("", description="where it was read from: a path, path:line, URL or '-'")
    warnings: list[str] = []

    @property
    def content_hash(self) -> str:
        """The sha256 of the normalised text, so trivially different copies count as one."""
        return content_hash(self.text)

    @property
    def id(self) -> str:
        """A stable id derived from the content hash."""
        return self.content_hash[:16]


_SPACE = re.compile(r"\s+")


def content_hash(text: str) -> str:
    """Hash text after Unicode (NFKC) and whitespace normalisation."""
    normal = _SPACE.sub(" ", unicodedata.normalize("NFKC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()
