"""Findings about names: reports that garble a name, and reports that name the wrong person."""

from __future__ import annotations

import hashlib
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.engine import Connection, Row

from newsgraph.model import EntityRef, Evidence, Finding, FindingKind
from newsgraph.store.tables import documents, mentions
from newsgraph.text.names import sound_key


def name_findings(conn: Connection) -> list[Finding]:
    """One finding per written form and person: every report where a name was corrected or conflicts."""
    rows = conn.execute(
        select(mentions.c.document_id, mentions.c.start, mentions.c.end, mentions.c.text, mentions.c.status,
               mentions.c.entity_id, mentions.c.entity_name, mentions.c.explanation, mentions.c.alternatives,
               documents.c.outlet, documents.c.published)
        .join(documents, documents.c.id == mentions.c.document_id)
        .where(mentions.c.status.in_(("corrected", "conflict")))
        .where(mentions.c.type == "PERSON")
        .where(~mentions.c.explanation.like("same person as%"))
        .where(~mentions.c.explanation.like("%refers to the%person named%"))
        .order_by(documents.c.published, mentions.c.document_id, mentions.c.start)
    ).all()
    groups: dict[tuple, list] = defaultdict(list)
    for row in rows:
        groups[(row.status, sound_key(row.text), row.entity_id)].append(row)
    found = []
    for (status, _, entity_id), group in groups.items():
        first = group[0]
        per_document: dict[str, Row] = {}
        for row in group:
            per_document.setdefault(row.document_id, row)
        evidence = [Evidence(document_id=r.document_id, start=r.start, end=r.end, quote=r.text, outlet=r.outlet,
                             published=r.published, value=r.text) for r in per_document.values()]
        reports = f"{len(evidence)} report{'s' if len(evidence) != 1 else ''}"
        if status == "conflict":
            kind = FindingKind.name_conflict
            summary = f"'{first.text}' ({reports}) names another person: {first.explanation}"
        else:
            kind = FindingKind.name_correction
            summary = f"'{first.text}' ({reports}) means {first.entity_name}: {first.explanation}"
        key = f"{kind.value}|{sound_key(first.text)}|{entity_id}"
        found.append(Finding(id=_finding_id(key), kind=kind, summary=summary,
                             subject=EntityRef(id=entity_id, name=first.entity_name), evidence=evidence))
    return found


def _finding_id(key: str) -> str:
    return "f-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
