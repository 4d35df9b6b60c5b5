"""Facts learned from clean text: "Commerce Secretary Howard Lutnick said …".

A role stated plainly before a full name the knowledge base does not have in that office is a
candidate fact, kept with its provenance. Only text not suspected of machine translation counts,
and only names that were not corrected (a garbled name teaches nothing). Once enough independent
outlets state the same fact, it is used for resolution like a knowledge-base fact.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from newsgraph.kb.schema import KbFile, Occupancy, Person
from newsgraph.model import AnalysisRecord, ResolutionStatus
from newsgraph.text.names import sound_key


@dataclass(frozen=True)
class LearnedFact:
    """One report's statement that a named person holds an office."""

    name: str
    entity: str | None  # the knowledge-base person it names, when known under another office
    position: str
    on: str  # ISO date the report speaks of (its publication date)
    document_id: str
    outlet: str
    quote: str
    start: int
    end: int

    @property
    def key(self) -> str:
        """Who and what: the same for every spelling that folds to the same name."""
        return f"{sound_key(self.name)}|{self.position}"


def harvest_facts(record: AnalysisRecord) -> list[LearnedFact]:
    """Role facts a clean, dated record states about people the knowledge base does not place there."""
    info = record.document
    if info.machine_translation.suspected or info.published.value is None or len(info.published.value) != 10:
        return []
    facts = []
    for mention in record.mentions:
        if mention.type != "PERSON" or mention.role is None or len(mention.text.split()) < 2:
            continue
        new_person = not mention.status.is_resolved
        new_office = mention.status is ResolutionStatus.exact and mention.role is not None and \
            mention.explanation.startswith(f"'{mention.text}' is")  # linked by name, not by this office
        if not (new_person or new_office):
            continue
        start, end = record.sentences[mention.sentence] if record.sentences else (mention.start, mention.end)
        entity = mention.entity.id if new_office and mention.entity else None
        facts.append(LearnedFact(mention.text, entity, mention.role.id, info.published.value, info.id,
                                 info.outlet or info.url or info.id, record.text[start:end].strip()[:400],
                                 mention.start, mention.end))
    return facts


def agreed_facts(facts: list[LearnedFact], min_sources: int, known: dict[str, str] | None = None) -> KbFile:
    """Facts stated by at least `min_sources` distinct outlets, as a knowledge-base file.

    Args:
        known: public entity id → knowledge-base person id, to attach new offices to known people.
    """
    known = known or {}
    groups: dict[str, list[LearnedFact]] = defaultdict(list)
    for fact in facts:
        groups[fact.key].append(fact)
    persons, occupancies = {}, []
    for _key, group in sorted(groups.items()):
        outlets = {f.outlet for f in group}
        if len(outlets) < min_sources:
            continue
        name = max((f.name for f in group), key=lambda n: sum(f.name == n for f in group))
        entity = next((known[f.entity] for f in group if f.entity in known), None)
        person_id = entity or "learned-" + sound_key(name).replace(" ", "-")
        first = min(date.fromisoformat(f.on) for f in group)
        if entity is None:
            persons[person_id] = Person(id=person_id, name=name, family=name.split()[-1],
                                        given=" ".join(name.split()[:-1]))
        occupancies.append(Occupancy(person=person_id, position=group[0].position, start=first.isoformat(),
                                     note=f"learned from {len(outlets)} outlets: {', '.join(sorted(outlets))}"))
    return KbFile(sources=["facts learned from ingested reports"], persons=list(persons.values()),
                  occupancies=occupancies)
