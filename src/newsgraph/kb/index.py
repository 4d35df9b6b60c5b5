"""The compiled knowledge base: lookups by id, name, title, country word and date."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from newsgraph.kb.schema import Country, KbFile, Occupancy, Organization, Person, Position
from newsgraph.text.names import normalize, sound_key
from newsgraph.text.readings import ReadingTables, readings_of


@dataclass(frozen=True)
class NameForm:
    """One way of writing an entity's name, and what kind of form it is."""

    entity: str  # person, organisation or country id
    form: str
    kind: str  # name | alias | reversed | family | given | reading
    origin: str = ""  # for a reading: how the native-script name yields this form


@dataclass
class KnowledgeBase:
    """Everything the bundled and user files say, indexed for resolution."""

    persons: dict[str, Person] = field(default_factory=dict)
    positions: dict[str, Position] = field(default_factory=dict)
    organizations: dict[str, Organization] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)
    occupancies: list[Occupancy] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    terms_by_position: dict[str, list[Occupancy]] = field(default_factory=lambda: defaultdict(list))
    terms_by_person: dict[str, list[Occupancy]] = field(default_factory=lambda: defaultdict(list))
    person_names: dict[str, list[NameForm]] = field(default_factory=lambda: defaultdict(list))
    person_forms: list[NameForm] = field(default_factory=list)
    org_names: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    country_words: dict[str, list[tuple[str, str]]] = field(default_factory=lambda: defaultdict(list))
    titles: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    public_ids: dict[str, str] = field(default_factory=dict)  # QID or ng:<id> → knowledge-base id
    redefined: list[str] = field(default_factory=list)  # "<id> (<file>, again in <file>)": a later one replaced it

    # -- building -------------------------------------------------------------------------

    @classmethod
    def build(cls, files: Iterable[tuple[str, KbFile]]) -> KnowledgeBase:
        """Index parsed files (name, content); later files may add to, not replace, earlier ones."""
        kb = cls()
        defined: dict[str, str] = {}  # id → the file that defined it
        for name, content in files:
            kb.sources += [f"{name}: {s}" for s in content.sources]
            for key in (*(p.id for p in content.positions), *(p.id for p in content.persons)):
                if key in defined:
                    kb.redefined.append(f"{key} ({defined[key]}, again in {name})")
                defined[key] = name
            for position in content.positions:
                polity = position.polity or content.polity or "XX"
                kb.positions[position.id] = position.model_copy(update={"polity": polity})
            for person in content.persons:
                kb.persons[person.id] = person
            for org in content.organizations:
                kb.organizations[org.id] = org
            for country in content.countries:
                kb.countries[country.code] = country
            kb.occupancies += content.occupancies
        kb._index()
        return kb

    def _index(self) -> None:
        for occupancy in self.occupancies:
            self.terms_by_position[occupancy.position].append(occupancy)
            self.terms_by_person[occupancy.person].append(occupancy)
        for terms in (*self.terms_by_position.values(), *self.terms_by_person.values()):
            terms.sort(key=lambda o: o.start_day)
        tables = ReadingTables()  # large reading tables live only while the index is built
        readings = []
        for person in self.persons.values():
            for form in person_forms(person, tables):
                self.person_forms.append(form)
                if form.kind == "reading":
                    readings.append(form)
                else:
                    self.person_names[normalize(form.form)].append(form)
        # A reading is a guess at a garbled spelling: it never shadows a name someone really has
        # ("Milei", the pinyin of Miller's transcription, stays Javier Milei's alone).
        for form in readings:
            key = normalize(form.form)
            if all(f.kind == "reading" for f in self.person_names.get(key, ())):
                self.person_names[key].append(form)
        for org in self.organizations.values():
            for written in [org.name, *[a for names in org.aliases.values() for a in names]]:
                self.org_names[normalize(written)].append(org.id)
        for country in self.countries.values():
            words = [(country.name, "name"), *[(n, "name") for n in country.names],
                     *[(a, "adjective") for a in country.adjectives],
                     *[(p, "possessive") for p in country.possessives],
                     *[(m, "metonym") for m in country.metonyms]]
            if country.capital:
                words.append((country.capital, "metonym"))
            for word, kind in words:
                if (country.code, kind) not in self.country_words[normalize(word)]:
                    self.country_words[normalize(word)].append((country.code, kind))
        # A word two countries share ("Dominican"): the one whose offices the knowledge base holds
        # more of comes first, as it is the one reports name more (the Dominican Republic, not Dominica).
        offices = Counter(position.polity for position in self.positions.values())
        for found in self.country_words.values():
            if len(found) > 1:
                found.sort(key=lambda pair: -offices[pair[0]])
        for key in (*self.persons, *self.organizations, *self.countries):
            self.public_ids[self.entity_id(key)] = key
        for position in self.positions.values():
            for title in {position.name, *[t for ts in position.titles.values() for t in ts]}:
                if position.id not in self.titles[normalize(title)]:
                    self.titles[normalize(title)].append(position.id)

    # -- lookups --------------------------------------------------------------------------

    def holders(self, position_id: str, on: date, *, slack_days: int = 0) -> list[Occupancy]:
        """Terms of an office that include a day (widened by `slack_days` on both sides)."""
        from datetime import timedelta

        slack = timedelta(days=slack_days)
        found = []
        for term in self.terms_by_position.get(position_id, []):
            end = term.end_day
            if term.start_day - slack <= on and (end is None or on <= end + slack):
                found.append(term)
        return found

    def terms(self, person_id: str) -> list[Occupancy]:
        """All terms a person held, earliest first."""
        return self.terms_by_person.get(person_id, [])

    def positions_titled(self, title: str) -> list[Position]:
        """Positions one of whose phrasings is this title (case and accents ignored)."""
        return [self.positions[p] for p in self.titles.get(normalize(title), [])]

    def persons_named(self, name: str) -> list[NameForm]:
        """Exact name forms (any order, script or romanisation listed) that match a written name."""
        return self.person_names.get(normalize(name), [])

    def countries_for(self, word: str) -> list[tuple[str, str]]:
        """(country code, kind of word) for a country name, adjective, possessive or metonym."""
        return self.country_words.get(normalize(word), [])

    def entity_id(self, entity: str) -> str:
        """The public id of a person, organisation or country: its Wikidata QID, else `ng:<id>`."""
        record = self.persons.get(entity) or self.organizations.get(entity)
        if record is not None:
            return record.wikidata or f"ng:{record.id}"
        country = self.countries.get(entity)
        if country is not None:
            return country.wikidata or f"ng:country-{country.code.lower()}"
        return f"ng:{entity}"

    def from_public_id(self, public_id: str | None) -> str | None:
        """The knowledge-base id behind a public id (a QID or `ng:<id>`), if it is one of ours."""
        return self.public_ids.get(public_id) if public_id else None

    def entity_name(self, entity: str) -> str:
        """The display name of a person, organisation or country id."""
        record = self.persons.get(entity) or self.organizations.get(entity) or self.countries.get(entity)
        return record.name if record is not None else entity

    def stats(self) -> dict[str, int]:
        """Counts of what the knowledge base holds."""
        return {
            "persons": len(self.persons), "positions": len(self.positions),
            "occupancies": len(self.occupancies), "organizations": len(self.organizations),
            "countries": len(self.countries), "name_forms": len(self.person_forms),
            "polities": len({p.polity for p in self.positions.values()}),
        }


def person_forms(person: Person, tables: ReadingTables | None = None) -> list[NameForm]:
    """Every way of writing a person's name that the knowledge base can vouch for, then the
    readings of their native-script names (text.readings) that say how a translation may spell it."""
    forms = [NameForm(person.id, person.name, "name")]
    if person.family and person.given:
        forms.append(NameForm(person.id, f"{person.family} {person.given}", "reversed"))
        forms.append(NameForm(person.id, f"{person.given} {person.family}", "reversed"))
    if person.family:
        forms.append(NameForm(person.id, person.family, "family"))
    for aliases in person.aliases.values():
        forms.extend(NameForm(person.id, alias, "alias") for alias in aliases)
    seen, unique = set(), []
    for form in forms:
        key = (normalize(form.form), form.kind)
        if key not in seen:
            seen.add(key)
            unique.append(form)
    # A reading that sounds like a form already listed adds nothing but index size.
    sounds = {sound_key(f.form) for f in unique}
    for reading in readings_of(person, tables):
        sound = sound_key(reading.form)
        if sound not in sounds:
            sounds.add(sound)
            unique.append(NameForm(person.id, reading.form, "reading", reading.note))
    return unique
