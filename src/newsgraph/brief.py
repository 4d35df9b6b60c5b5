"""A short briefing on what a database holds: sources, people and organisations, warnings."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select

from newsgraph.store import Store
from newsgraph.store.tables import documents, mentions

PEOPLE_AND_GROUPS = ("PERSON", "ORG")


@dataclass(frozen=True)
class Briefing:
    """What the briefing shows, before formatting."""

    documents: int
    by_outlet: dict[str, list[tuple[str, str, str]]]  # outlet -> [(published, id, title)]
    names: dict[str, list[tuple[str, int, int]]]  # type -> [(name, mentions, documents)]
    translation_warnings: list[tuple[str, str, list[str]]]  # (id, title, reasons)
    undated: list[str] = field(default_factory=list)
    corrections: list[tuple[str, str, str, str, int]] = field(default_factory=list)
    # (status, as written, linked to, explanation, documents)


def make_briefing(store: Store, *, top: int = 12) -> Briefing:
    """Collect the briefing from the store."""
    with store.engine.connect() as conn:
        docs = conn.execute(select(documents.c.id, documents.c.title, documents.c.outlet,
                                   documents.c.published, documents.c.mt_suspected,
                                   documents.c.mt_reasons)).all()
        counted = conn.execute(
            select(mentions.c.type, mentions.c.entity_name, mentions.c.text,
                   func.count().label("n"), func.count(func.distinct(mentions.c.document_id)).label("d"))
            .where(mentions.c.type.in_(PEOPLE_AND_GROUPS))
            .group_by(mentions.c.type, mentions.c.entity_name, mentions.c.text)
        ).all()
        fixes = conn.execute(
            select(mentions.c.status, mentions.c.text, mentions.c.entity_name, mentions.c.explanation,
                   func.count(func.distinct(mentions.c.document_id)).label("d"))
            .where(mentions.c.status.in_(("corrected", "conflict")))
            .where(~mentions.c.explanation.like("same person as%"))
            .group_by(mentions.c.status, mentions.c.text, mentions.c.entity_name, mentions.c.explanation)
            .order_by(mentions.c.status, mentions.c.entity_name, mentions.c.text)
        ).all()
    by_outlet: dict[str, list] = defaultdict(list)
    for doc in docs:
        by_outlet[doc.outlet or "unknown outlet"].append((doc.published or "undated", doc.id, doc.title or ""))
    for items in by_outlet.values():
        items.sort()
    names: dict[str, list] = {}
    for kind in PEOPLE_AND_GROUPS:
        mention_counts: Counter = Counter()
        doc_counts: Counter = Counter()
        for row in counted:
            if row.type == kind:
                name = row.entity_name or row.text
                mention_counts[name] += row.n
                doc_counts[name] = max(doc_counts[name], row.d)
        names[kind] = [(name, n, doc_counts[name]) for name, n in mention_counts.most_common(top)]
    warnings = [(d.id, d.title or "", json.loads(d.mt_reasons)) for d in docs if d.mt_suspected]
    corrections, seen = [], set()
    for fix in fixes:  # one line per written form and person, the first explanation kept
        if (fix.status, fix.text, fix.entity_name) not in seen:
            seen.add((fix.status, fix.text, fix.entity_name))
            corrections.append((fix.status, fix.text, fix.entity_name, fix.explanation, fix.d))
    return Briefing(len(docs), dict(sorted(by_outlet.items())), names, warnings,
                    [d.id for d in docs if not d.published], corrections)


def render_briefing(briefing: Briefing, *, markdown: bool = False) -> str:
    """The briefing as plain text or Markdown."""
    h = (lambda s: f"## {s}") if markdown else (lambda s: f"{s}\n{'-' * len(s)}")
    bullet = "- " if markdown else "  "
    lines = [("# " if markdown else "") + f"newsgraph briefing: {briefing.documents} documents", ""]
    lines += [h("Documents by outlet and date")]
    for outlet, items in briefing.by_outlet.items():
        lines.append(f"{bullet}{outlet} ({len(items)})")
        for published, doc_id, title in items:
            lines.append(f"    {published}  {doc_id}  {title[:70]}")
    lines.append("")
    for kind, label in (("PERSON", "People named"), ("ORG", "Organisations named")):
        lines.append(h(label))
        entries = briefing.names.get(kind) or []
        if not entries:
            lines.append(f"{bullet}(none)")
        for name, n, d in entries:
            lines.append(f"{bullet}{name}: {n} mentions in {d} document{'s' if d != 1 else ''}")
        lines.append("")
    lines.append(h("Names corrected or in conflict"))
    if not briefing.corrections:
        lines.append(f"{bullet}(none)")
    for status, written, person, explanation, documents in briefing.corrections:
        verb = "means" if status == "corrected" else "names another person; the office holder is"
        lines.append(f"{bullet}'{written}' {verb} {person} ({documents} document{'s' if documents != 1 else ''})")
        lines.append(f"      {explanation}")
    lines.append("")
    lines.append(h("Machine-translation warnings"))
    if not briefing.translation_warnings:
        lines.append(f"{bullet}(none)")
    for doc_id, title, reasons in briefing.translation_warnings:
        lines.append(f"{bullet}{doc_id}  {title[:70]}")
        lines += [f"      {reason}" for reason in reasons]
    if briefing.undated:
        lines += ["", f"{len(briefing.undated)} document(s) have no known publication date: "
                      + ", ".join(briefing.undated)]
    return "\n".join(lines).rstrip() + "\n"
