"""The knowledge-base file format (docs/kb-format.md) as validated records."""

from __future__ import annotations

import calendar
import re
from datetime import date
from enum import Enum
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from newsgraph.model import TermStatus

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class PositionKind(str, Enum):
    """What an office does; used to read loose titles ("defence chief") and to rank roles."""

    head_of_state = "head_of_state"
    head_of_government = "head_of_government"
    deputy_head_of_government = "deputy_head_of_government"
    foreign = "foreign"
    defence = "defence"
    defence_deputy = "defence_deputy"
    finance = "finance"
    trade = "trade"
    economy = "economy"
    chief_cabinet_secretary = "chief_cabinet_secretary"
    chief_of_staff = "chief_of_staff"
    press_secretary = "press_secretary"
    spokesperson = "spokesperson"
    central_bank = "central_bank"
    trade_representative = "trade_representative"
    security_advisor = "security_advisor"
    ambassador = "ambassador"
    legislature_speaker = "legislature_speaker"
    other = "other"


# The offices that lead a country: a bare "the president" or a name several people bear means
# their holder first.
LEADER_KINDS = frozenset({PositionKind.head_of_state, PositionKind.head_of_government})

# The polities of offices that belong to no one country: international bodies ("INT"), the EU,
# and "XX" for a body the knowledge base places nowhere.
INTERNATIONAL = frozenset({"XX", "INT", "EU"})


class KbRecord(BaseModel):
    """Base: immutable, unknown keys rejected so typos in hand-written files surface."""

    model_config = ConfigDict(frozen=True, extra="forbid")


def parse_partial_date(value: object) -> str | None:
    """Normalise a YAML date (a date object, 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD') to its ISO text."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    match = _PARTIAL.match(text)
    if not match:
        raise ValueError(f"{value!r} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        raise ValueError(f"{value!r} has no month {month}")
    if day:
        date(int(year), int(month), int(day))  # raises on 2025-02-30
    return text


def earliest(value: str) -> date:
    """The first day a partial date can mean."""
    parts = [int(p) for p in value.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def latest(value: str) -> date:
    """The last day a partial date can mean."""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        return date(*parts)
    month = parts[1] if len(parts) > 1 else 12
    return date(parts[0], month, calendar.monthrange(parts[0], month)[1])


class Position(KbRecord):
    """An office of a polity."""

    id: str
    name: str
    kind: PositionKind = PositionKind.other
    single_holder: bool = True
    wikidata: str | None = None
    polity: str | None = None
    titles: dict[str, list[str]] = {}
    note: str | None = None


class Person(KbRecord):
    """A person, with the names reports use for them."""

    id: str
    name: str
    family: str | None = None
    given: str | None = None
    gender: Literal["male", "female"] | None = None
    wikidata: str | None = None
    born: str | None = None
    aliases: dict[str, list[str]] = {}
    note: str | None = None

    _dates = field_validator("born", mode="before")(parse_partial_date)


class Occupancy(KbRecord):
    """Who held which office, from when to when."""

    person: str
    position: str
    start: str
    end: str | None = None
    status: TermStatus | None = None
    note: str | None = None
    verified_until: str | None = None

    _dates = field_validator("start", "end", "verified_until", mode="before")(parse_partial_date)

    @property
    def start_day(self) -> date:
        """The earliest day the term may have begun."""
        return earliest(self.start)

    @property
    def end_day(self) -> date | None:
        """The latest day the term may have ended (None while in office)."""
        return latest(self.end) if self.end else None


class Organization(KbRecord):
    """An organisation: outlet, agency, party, legislature, ministry, international body, company."""

    id: str
    name: str
    type: str = "other"
    country: str | None = None
    wikidata: str | None = None
    domains: list[str] = []
    aliases: dict[str, list[str]] = {}
    note: str | None = None


class Country(KbRecord):
    """A country or polity, with the words that stand for it in text."""

    code: str
    name: str
    wikidata: str | None = None
    names: list[str] = []
    adjectives: list[str] = []
    possessives: list[str] = []
    capital: str | None = None
    metonyms: list[str] = []
    aliases: dict[str, list[str]] = {}
    note: str | None = None


class KbFile(KbRecord):
    """One YAML file of the knowledge base."""

    polity: str | None = None
    sources: list[str] = []
    positions: list[Position] = []
    persons: list[Person] = []
    occupancies: list[Occupancy] = []
    organizations: list[Organization] = []
    countries: list[Country] = []
    note: str | None = Field(None, description="free text about the file")
