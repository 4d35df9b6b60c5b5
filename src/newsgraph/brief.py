"""A one-page briefing: key events, indicators against their thresholds, contradictions, corrected
names, machine-translation warnings and the sources behind them."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from sqlalchemy import func, select

from newsgraph.crossdoc.clusters import EventCluster, TimelineFilter, event_timeline
from newsgraph.model import Finding, ResolutionStatus
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
    events: list[EventCluster] = field(default_factory=list)
    contradictions: list[Finding] = field(default_factory=list)
    corrections: list[Finding] = field(default_factory=list)
    indicators: list[str] = field(default_factory=list)  # one line per indicator series
    actor: str | None = None
    since: str | None = None


def make_briefing(store: Store, *, actor: str | None = None, since: str | None = None, top: int = 12) -> Briefing:
    """Collect the briefing from the store, optionally about one actor and from one date on."""
    with store.engine.connect() as conn:
        query = select(documents.c.id, documents.c.title, documents.c.outlet, documents.c.published,
                       documents.c.mt_suspected, documents.c.mt_reasons)
        if since:
            query = query.where((documents.c.published >= since) | documents.c.published.is_(None))
        docs = conn.execute(query).all()
        if actor:
            about = {r.document_id for r in conn.execute(
                select(mentions.c.document_id).where(func.lower(mentions.c.entity_name).contains(actor.lower())))}
            docs = [d for d in docs if d.id in about]
        wanted = {d.id for d in docs}
        counted = conn.execute(
            select(mentions.c.document_id, mentions.c.type, mentions.c.entity_name, mentions.c.text)
            .where(mentions.c.type.in_(PEOPLE_AND_GROUPS))
            .where(mentions.c.status != ResolutionStatus.unresolved.value)
        ).all()
        events = event_timeline(conn, TimelineFilter(actor=actor, since=since, unlinked=True))
    names = _names(counted, wanted, top)
    by_outlet: dict[str, list] = defaultdict(list)
    for doc in docs:
        by_outlet[doc.outlet or "unknown outlet"].append((doc.published or "undated", doc.id, doc.title or ""))
    for items in by_outlet.values():
        items.sort()
    # Key events: dated, about the documents in view, and either done by a known actor or told by
    # more than one report (an unlinked one-off is more likely a coding slip than a key event).
    key_events = [c for c in events if c.first.date and {m.document_id for m in c.mentions} & wanted
                  and (any(not i.startswith("ng:unresolved-") for i, _ in c.first.sources) or c.sources > 1)]
    key_events = sorted(key_events, key=lambda c: (-c.sources, c.first.date))[:top]
    key_events.sort(key=lambda c: c.first.date)
    findings = [f for f in store.findings() if not f.evidence or {e.document_id for e in f.evidence} & wanted]
    return Briefing(
        documents=len(docs), by_outlet=dict(sorted(by_outlet.items())), names=names,
        translation_warnings=[(d.id, d.title or "", json.loads(d.mt_reasons)) for d in docs if d.mt_suspected],
        undated=[d.id for d in docs if not d.published], events=key_events,
        contradictions=[f for f in findings if f.kind.value in ("contradiction", "name_conflict")],
        corrections=[f for f in findings if f.kind.value == "name_correction"],
        indicators=[f.summary for f in findings if f.kind.value in ("alert", "threshold")],
        actor=actor, since=since,
    )


def _names(rows, wanted: set[str], top: int) -> dict[str, list[tuple[str, int, int]]]:
    names: dict[str, list] = {}
    for kind in PEOPLE_AND_GROUPS:
        mention_counts: Counter = Counter()
        documents_of: dict[str, set] = defaultdict(set)
        for row in rows:
            if row.type == kind and row.document_id in wanted:
                name = row.entity_name or row.text
                mention_counts[name] += 1
                documents_of[name].add(row.document_id)
        names[kind] = [(name, n, len(documents_of[name])) for name, n in mention_counts.most_common(top)]
    return names


def render_briefing(briefing: Briefing, *, markdown: bool = False) -> str:
    """The briefing as plain text or Markdown."""
    h = (lambda s: f"## {s}") if markdown else (lambda s: f"{s}\n{'-' * len(s)}")
    bullet = "- " if markdown else "  "
    about = f" about {briefing.actor}" if briefing.actor else ""
    since = f" since {briefing.since}" if briefing.since else ""
    lines = [("# " if markdown else "") + f"newsgraph briefing{about}{since}: {briefing.documents} documents", ""]

    lines.append(h("Key events"))
    if not briefing.events:
        lines.append(f"{bullet}(none)")
    for cluster in briefing.events:
        event = cluster.first
        who = ", ".join(n for _, n in event.sources) or "?"
        whom = ", ".join(n for _, n in event.targets)
        flags = f" [{', '.join(event.modality)}]" if event.modality else ""
        line = f"{event.date} {event.type} {event.mode or ''} {who}{' → ' + whom if whom else ''}{flags}"
        sources = f"{cluster.sources} source{'s' if cluster.sources != 1 else ''}"
        lines.append(f"{bullet}{' '.join(line.split())} — {sources}")
    lines.append("")

    lines.append(h("Indicators and thresholds"))
    lines += [f"{bullet}{line}" for line in briefing.indicators] or [f"{bullet}(none)"]
    lines.append("")

    lines.append(h("Contradictions"))
    if not briefing.contradictions:
        lines.append(f"{bullet}(none)")
    for finding in briefing.contradictions:
        lines.append(f"{bullet}{finding.summary}")
        for e in finding.evidence:
            lines.append(f"      {e.published or 'undated'} {e.outlet or '?'} [{e.document_id}]: {e.quote[:90]}")
    lines.append("")

    lines.append(h("Names corrected"))
    if not briefing.corrections:
        lines.append(f"{bullet}(none)")
    for finding in briefing.corrections:
        lines.append(f"{bullet}{finding.summary}")
    lines.append("")

    for kind, label in (("PERSON", "People named"), ("ORG", "Organisations named")):
        lines.append(h(label))
        entries = briefing.names.get(kind) or []
        lines += [f"{bullet}{name}: {n} mentions in {d} document{'s' if d != 1 else ''}" for name, n, d in entries] \
            or [f"{bullet}(none)"]
        lines.append("")

    lines.append(h("Machine-translation warnings"))
    if not briefing.translation_warnings:
        lines.append(f"{bullet}(none)")
    for doc_id, title, reasons in briefing.translation_warnings:
        lines.append(f"{bullet}{doc_id}  {title[:70]}")
        lines += [f"      {reason}" for reason in reasons]
    lines.append("")

    lines.append(h("Sources"))
    for outlet, items in briefing.by_outlet.items():
        lines.append(f"{bullet}{outlet} ({len(items)})")
        for published, doc_id, title in items:
            lines.append(f"    {published}  {doc_id}  {title[:70]}")
    if briefing.undated:
        lines += ["", f"{len(briefing.undated)} document(s) have no known publication date: "
                      + ", ".join(briefing.undated)]
    return "\n".join(lines).rstrip() + "\n"
