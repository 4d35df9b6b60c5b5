"""Convert between analysis records and table rows, in both directions."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime

from newsgraph.model import (
    Alternative,
    AnalysisRecord,
    Artifact,
    Change,
    Claim,
    ComponentInfo,
    DateValue,
    DocumentInfo,
    EntityRef,
    Event,
    MachineTranslation,
    Mention,
    Modality,
    Observation,
    PublishedDate,
    TimeValue,
)


def finding_id(document_id: str, kind: str, start: int, end: int, n: int = 0) -> str:
    """A deterministic id for a finding: document, kind, offsets (and a counter for twins)."""
    suffix = f"-{n}" if n else ""
    return f"{document_id}-{kind}-{start}-{end}{suffix}"


def document_row(record: AnalysisRecord) -> dict:
    """The documents-table row of a record."""
    info = record.document
    return {
        "id": info.id, "content_hash": info.content_hash, "title": info.title, "url": info.url,
        "outlet": info.outlet, "author": info.author,
        "published": info.published.value,
        "published_precision": info.published.precision.value if info.published.precision else None,
        "published_source": info.published.source.value,
        "language": info.language, "genre": info.genre.value,
        "mt_suspected": info.machine_translation.suspected,
        "mt_reasons": json.dumps(info.machine_translation.reasons, ensure_ascii=False),
        "word_count": info.word_count, "origin": info.origin,
        "pipeline": json.dumps([c.name for c in record.pipeline]),
        "warnings": json.dumps(record.warnings, ensure_ascii=False),
        "text": record.text, "ingested_at": datetime.now(UTC),
    }


def mention_row(document_id: str, mention: Mention) -> dict:
    """The mentions-table row of a mention."""
    return {
        "id": finding_id(document_id, "m", mention.start, mention.end),
        "document_id": document_id, "sentence": mention.sentence,
        "start": mention.start, "end": mention.end, "text": mention.text, "type": mention.type,
        "entity_id": mention.entity.id if mention.entity else None,
        "entity_name": mention.entity.name if mention.entity else None,
        "role_id": mention.role.id if mention.role else None,
        "role_name": mention.role.name if mention.role else None,
        "status": mention.status.value, "confidence": mention.confidence,
        "explanation": mention.explanation,
        "alternatives": json.dumps([a.model_dump() for a in mention.alternatives], ensure_ascii=False),
    }


def time_row(document_id: str, time: TimeValue) -> dict:
    """The time_values-table row of a time expression."""
    return {
        "id": finding_id(document_id, "t", time.start, time.end), "document_id": document_id,
        "sentence": time.sentence, "start": time.start, "end": time.end, "text": time.text,
        "value": time.value, "precision": time.precision.value if time.precision else None,
        "qualifier": time.qualifier, "kind": time.kind,
    }


def observation_row(document_id: str, obs: Observation, n: int) -> dict:
    """The observations-table row of an observation."""
    return {
        "id": finding_id(document_id, "o", obs.start, obs.end, n), "document_id": document_id,
        "sentence": obs.sentence, "start": obs.start, "end": obs.end, "quote": obs.quote,
        "indicator": obs.indicator,
        "subject_id": obs.subject.id if obs.subject else None,
        "subject_name": obs.subject.name if obs.subject else None,
        "object_id": obs.object.id if obs.object else None,
        "object_name": obs.object.name if obs.object else None,
        "value": obs.value, "unit": obs.unit,
        "change_value": obs.change.value if obs.change else None,
        "change_unit": obs.change.unit if obs.change else None,
        "date": obs.date.value if obs.date else None,
        "date_precision": obs.date.precision.value if obs.date else None,
        "status": obs.status.value, "measured": obs.measured, "approximate": obs.approximate,
        "previous_value": obs.previous,
    }


def event_rows(document_id: str, event: Event, n: int) -> tuple[dict, list[dict]]:
    """The events-table row of an event and its event_actors rows."""
    event_id = finding_id(document_id, "e", event.start, event.end, n)
    row = {
        "id": event_id, "document_id": document_id, "sentence": event.sentence,
        "start": event.start, "end": event.end, "quote": event.quote, "type": event.type.value,
        "mode": event.mode, "date": event.date.value if event.date else None,
        "date_precision": event.date.precision.value if event.date else None,
        "location_id": event.location.id if event.location else None,
        "location_name": event.location.name if event.location else None,
        **event.modality.model_dump(),
    }
    actors = [
        {"event_id": event_id, "role": role, "position": i, "entity_id": ref.id, "entity_name": ref.name}
        for role, refs in (("source", event.source), ("target", event.target))
        for i, ref in enumerate(refs)
    ]
    return row, actors


def claim_row(document_id: str, claim: Claim, n: int) -> dict:
    """The claims-table row of a claim."""
    return {
        "id": finding_id(document_id, "c", claim.start, claim.end, n), "document_id": document_id,
        "sentence": claim.sentence, "start": claim.start, "end": claim.end, "text": claim.text,
        "kind": claim.kind.value,
        "speaker_id": claim.speaker.id if claim.speaker else None,
        "speaker_name": claim.speaker.name if claim.speaker else None,
        "attribution": claim.attribution, "verb": claim.verb,
    }


def record_from_rows(doc: dict, sentences: Sequence[dict], artifacts: Sequence[dict], mentions: Sequence[dict],
                     times: Sequence[dict], observations: Sequence[dict] = (), events: Sequence[dict] = (),
                     actors: Sequence[dict] = (), claims: Sequence[dict] = ()) -> AnalysisRecord:
    """Rebuild a record from its stored rows."""
    published = PublishedDate(value=doc["published"], precision=doc["published_precision"],
                              source=doc["published_source"])
    mt = MachineTranslation(
        suspected=bool(doc["mt_suspected"]), reasons=json.loads(doc["mt_reasons"]),
        artifacts=[Artifact(text=a["text"], start=a["start"], end=a["end"], kind=a["kind"]) for a in artifacts],
    )
    info = DocumentInfo(
        id=doc["id"], title=doc["title"], url=doc["url"], outlet=doc["outlet"], author=doc["author"],
        published=published, language=doc["language"], genre=doc["genre"], machine_translation=mt,
        content_hash=doc["content_hash"], word_count=doc["word_count"], origin=doc["origin"],
    )
    return AnalysisRecord(
        document=info, text=doc["text"],
        sentences=[(s["start"], s["end"]) for s in sentences],
        mentions=[_mention(m) for m in mentions],
        times=[TimeValue(text=t["text"], start=t["start"], end=t["end"], sentence=t["sentence"],
                         value=t["value"], precision=t["precision"], qualifier=t["qualifier"], kind=t["kind"])
               for t in times],
        observations=[_observation(o) for o in observations],
        events=[_event(e, [a for a in actors if a["event_id"] == e["id"]]) for e in events],
        claims=[Claim(speaker=_ref(c, "speaker"), kind=c["kind"], text=c["text"], start=c["start"],
                      end=c["end"], sentence=c["sentence"], attribution=c["attribution"], verb=c["verb"])
                for c in claims],
        pipeline=[ComponentInfo(name=n) for n in json.loads(doc["pipeline"])],
        warnings=json.loads(doc["warnings"]),
    )


def _mention(row: dict) -> Mention:
    entity = EntityRef(id=row["entity_id"], name=row["entity_name"]) if row["entity_id"] else None
    role = EntityRef(id=row["role_id"], name=row["role_name"]) if row["role_id"] else None
    return Mention(
        text=row["text"], start=row["start"], end=row["end"], sentence=row["sentence"], type=row["type"],
        entity=entity, role=role, status=row["status"], confidence=row["confidence"],
        explanation=row["explanation"], alternatives=[Alternative(**a) for a in json.loads(row["alternatives"])],
    )


def _ref(row: dict, prefix: str) -> EntityRef | None:
    return EntityRef(id=row[f"{prefix}_id"], name=row[f"{prefix}_name"]) if row[f"{prefix}_id"] else None


def _date(row: dict) -> DateValue | None:
    return DateValue(value=row["date"], precision=row["date_precision"]) if row["date"] else None


def _observation(row: dict) -> Observation:
    change = Change(value=row["change_value"], unit=row["change_unit"]) if row["change_value"] is not None else None
    return Observation(
        indicator=row["indicator"], subject=_ref(row, "subject"), object=_ref(row, "object"),
        value=row["value"], unit=row["unit"], change=change, date=_date(row), status=row["status"],
        quote=row["quote"], start=row["start"], end=row["end"], sentence=row["sentence"],
        measured=row["measured"], approximate=bool(row["approximate"]), previous=row["previous_value"],
    )


def _event(row: dict, actors: Sequence[dict]) -> Event:
    def refs(role: str) -> list[EntityRef]:
        chosen = sorted((a for a in actors if a["role"] == role), key=lambda a: a["position"])
        return [EntityRef(id=a["entity_id"], name=a["entity_name"]) for a in chosen]

    return Event(
        type=row["type"], mode=row["mode"], source=refs("source"), target=refs("target"),
        date=_date(row), location=_ref(row, "location"),
        modality=Modality(negated=row["negated"], future=row["future"],
                          hypothetical=row["hypothetical"], failed=row["failed"]),
        quote=row["quote"], start=row["start"], end=row["end"], sentence=row["sentence"],
    )


def fact_row(fact) -> dict:
    """The learned_facts-table row of a harvested fact."""
    return {"document_id": fact.document_id, "name": fact.name, "entity_id": fact.entity,
            "position_id": fact.position, "on_date": fact.on, "outlet": fact.outlet, "quote": fact.quote,
            "start": fact.start, "end": fact.end}
