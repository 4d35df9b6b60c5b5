"""Build the public analysis record from an analysed Doc and its Document."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import (
    Alternative,
    AnalysisRecord,
    Change,
    Claim,
    ClaimKind,
    ComponentInfo,
    DateValue,
    Document,
    DocumentInfo,
    EntityRef,
    Event,
    Mention,
    Modality,
    Observation,
    TimeValue,
)
from newsgraph.resolve.groups import fullest
from newsgraph.resolve.resolver import Link, Resolver


def make_document_info(document: Document, word_count: int) -> DocumentInfo:
    """The document part of a record."""
    return DocumentInfo(
        id=document.id,
        title=document.title,
        url=document.url,
        outlet=document.outlet,
        author=document.author,
        published=document.published,
        language=document.language,
        genre=document.genre,
        machine_translation=document.machine_translation,
        content_hash=document.content_hash,
        word_count=word_count,
        origin=document.origin or None,
    )


def build_record(doc: Doc | None, document: Document, pipeline: list[str], kb: KnowledgeBase) -> AnalysisRecord:
    """Gather what the components found; `doc` is None for text that was not analysed."""
    if doc is None:
        return AnalysisRecord(
            document=make_document_info(document, len(document.text.split())),
            text=document.text,
            warnings=document.warnings,
        )
    links = doc._.ng_links or [None] * len(doc._.ng_mentions or [])
    mentions = _named_in_full([_mention(found, link, kb)
                               for found, link in zip(doc._.ng_mentions or [], links, strict=False)])
    times = [
        TimeValue(text=t.match.text, start=t.match.start, end=t.match.end, sentence=t.sentence,
                  value=t.match.value, precision=t.match.precision, qualifier=t.match.qualifier,
                  kind=t.match.kind)
        for t in doc._.ng_times or []
    ]
    claims = [_claim(found, mentions, document.text) for found in doc._.ng_claims or []]
    full_names = {m.entity.id: m.entity.name for m in mentions if m.entity is not None}
    events = [_event(found, kb, document.text, full_names) for found in doc._.ng_events or []]
    sentences = [(s.start_char, s.end_char) for s in doc.sents]
    observations = [_observation(found, kb, document.text, sentences) for found in doc._.ng_observations or []]
    return AnalysisRecord(
        document=make_document_info(document, sum(1 for t in doc if not (t.is_punct or t.is_space))),
        text=document.text,
        sentences=sentences,
        mentions=mentions,
        times=times,
        claims=claims,
        events=events,
        observations=observations,
        pipeline=[ComponentInfo(name=name) for name in pipeline],
        warnings=document.warnings,
    )


def _mention(found, link: Link | None, kb: KnowledgeBase) -> Mention:
    if link is None:
        return Mention(text=found.text, start=found.start, end=found.end, sentence=found.sentence,
                       type=found.label, explanation="not in the knowledge base")
    entity = None
    if link.entity is not None:
        if link.entity.startswith("unresolved-"):
            entity = EntityRef(id=f"ng:{link.entity}", name=found.name or link.referent or found.text)
        else:
            entity = EntityRef(id=kb.entity_id(link.entity), name=kb.entity_name(link.entity))
    role = None
    if link.position:
        role = EntityRef(id=link.position, name=kb.positions[link.position].name)
    # A person the knowledge base lacks ("a different person written for the office") goes by the
    # name the text writes.
    alternatives = [Alternative(id=f"ng:{e}", name=found.name or found.text, score=round(s, 3))
                    if e.startswith("unresolved-") else
                    Alternative(id=kb.entity_id(e), name=kb.entity_name(e), score=round(s, 3))
                    for e, s in link.alternatives]
    return Mention(text=found.text, start=found.start, end=found.end, sentence=found.sentence, type=found.label,
                   entity=entity, role=role, status=link.status, confidence=link.confidence,
                   explanation=link.explanation, alternatives=alternatives)


def _named_in_full(mentions: list[Mention]) -> list[Mention]:
    """A person the knowledge base does not hold goes by the fullest name the text writes for them
    on every mention that carries their id ("Wrzeszczyk" is "Tomasz Wrzeszczyk")."""
    names: dict[str, list[str]] = {}
    for m in mentions:
        if m.entity is not None and m.entity.id.startswith("ng:unresolved-"):
            names.setdefault(m.entity.id, []).append(m.entity.name)
    whole = {entity: fullest(written) for entity, written in names.items()}
    return [m.model_copy(update={"entity": m.entity.model_copy(update={"name": whole[m.entity.id]})})
            if m.entity is not None and m.entity.name != whole.get(m.entity.id, m.entity.name) else m
            for m in mentions]


def _claim(found, mentions: list[Mention], text: str) -> Claim:
    """A claim record; its speaker is the linked mention inside the speaker's words (the last
    one, the head of "Japan's Prime Minister Ishiba"), if any."""
    speaker = None
    if found.speaker is not None:
        start, end = found.speaker
        inside = [m for m in mentions if start <= m.start and m.end <= end and m.entity is not None
                  and m.status.is_resolved and m.type in ("PERSON", "ORG", "GPE", "NORP")]
        people = [m for m in inside if m.type == "PERSON"] or inside
        if people:
            speaker = people[-1].entity
    return Claim(speaker=speaker, kind=ClaimKind(found.kind), text=text[found.start:found.end], start=found.start,
                 end=found.end, sentence=found.sentence, attribution=found.attribution, verb=found.verb)


def _event(found, kb: KnowledgeBase, text: str, full_names: dict[str, str]) -> Event:
    """An event record; actors no mention or country covers keep their words under a stable id, and
    a person the knowledge base does not hold goes by the fullest name the text gives them."""
    def ref(entity: str, name: str) -> EntityRef:
        if entity.startswith("text:"):
            return EntityRef(id=f"ng:{Resolver.unresolved_id(name)}", name=name)
        public = kb.entity_id(entity)
        return EntityRef(id=public, name=full_names.get(public, name) if entity.startswith("unresolved-") else name)

    coded = found.coded
    date = DateValue(value=found.date[0], precision=found.date[1]) if found.date else None
    location = ref(*found.location) if found.location else None
    return Event(type=coded.type, mode=coded.mode.value if coded.mode else None,
                 source=[ref(e, n) for e, n in found.source], target=[ref(e, n) for e, n in found.target],
                 date=date, location=location,
                 modality=Modality(negated=coded.negated, future=coded.future, hypothetical=coded.hypothetical,
                                   failed=coded.failed),
                 quote=text[coded.start:coded.end], start=coded.start, end=coded.end, sentence=found.sentence)


def _observation(found, kb: KnowledgeBase, text: str, sentences: list[tuple[int, int]]) -> Observation:
    """An observation record: the number's offsets, its sentence as the quote."""
    q = found.quantity
    start, end = sentences[found.sentence]

    def ref(entity: str | None) -> EntityRef | None:
        return EntityRef(id=kb.entity_id(entity), name=kb.entity_name(entity)) if entity else None

    change = Change(value=q.change.value, unit=q.change.unit) if q.change else None
    return Observation(indicator=found.indicator.value, subject=ref(found.subject), object=ref(found.object),
                       value=q.value, unit=q.unit, change=change,
                       date=DateValue(value=found.date[0], precision=found.date[1]) if found.date else None,
                       status=found.status, quote=text[start:end].strip(), start=q.start, end=q.end,
                       sentence=found.sentence, measured=q.measured, approximate=q.approximate,
                       previous=q.previous)
