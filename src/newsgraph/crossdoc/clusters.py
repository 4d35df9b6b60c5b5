"""Event mentions from different reports that tell of the same event, grouped into one.

Two event mentions are the same event when they have the same type, share an actor (source or
target, by entity id), and have compatible dates: equal days, or one date inside the other's
month or year. Undated mentions join a cluster only through a dated one from the same document
sentence context — they are otherwise left as their own. A cluster counts its distinct sources:
documents, with near-duplicate copies of one wire story counted once when near-duplicate links
are known. Modality does not split a cluster: one report's "held talks" and another's "the talks
broke down" are one meeting, told differently.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from newsgraph.crossdoc.neardup import near_duplicate_groups
from newsgraph.store.queries.periods import within
from newsgraph.store.tables import documents, event_actors, events

UNRESOLVED = "ng:unresolved-"
ENTITY_ID = re.compile(r"^(Q\d+|ng:\S+)$")  # a Wikidata QID or a newsgraph id


@dataclass
class EventMention:
    """One event as one report tells it."""

    id: str
    document_id: str
    type: str
    mode: str | None
    date: str | None
    precision: str | None
    quote: str
    start: int
    end: int
    negated: bool
    future: bool
    hypothetical: bool
    failed: bool
    outlet: str | None
    published: str | None
    sources: list[tuple[str, str]] = field(default_factory=list)  # (entity id, name)
    targets: list[tuple[str, str]] = field(default_factory=list)
    title: str | None = None  # the report's title

    @property
    def actors(self) -> set[str]:
        """Entity ids of every actor."""
        return {i for i, _ in self.sources + self.targets}

    @property
    def modality(self) -> list[str]:
        """The modality flags that are set."""
        return [name for name in ("negated", "future", "hypothetical", "failed") if getattr(self, name)]


@dataclass
class EventCluster:
    """One event told by one or more reports."""

    mentions: list[EventMention]
    canonical: dict[str, str] = field(default_factory=dict)  # near-duplicate document → its original

    @property
    def first(self) -> EventMention:
        """The most precisely dated mention (the cluster's date and description)."""
        order = {"day": 0, "week": 1, "month": 2, "quarter": 3, "season": 3, "year": 4, None: 5}
        return min(self.mentions, key=lambda m: (order.get(m.precision, 5), m.published or "", m.id))

    @property
    def sources(self) -> int:
        """Distinct reports, syndicated copies counted once."""
        return len({self.canonical.get(m.document_id, m.document_id) for m in self.mentions})

    @property
    def dates(self) -> set[str]:
        """Every date the reports give."""
        return {m.date for m in self.mentions if m.date}


def load_event_mentions(conn: Connection, *, actor: str | None = None, since: str | None = None,
                        until: str | None = None, documents_in: Sequence[str] | None = None) -> list[EventMention]:
    """Event mentions with their actors and sources, optionally filtered.

    Args:
        actor: only events with an actor whose id is this, or whose name contains it (ignoring case).
        since, until: only events the text dates inside this period (both inclusive, any precision).
        documents_in: only events of these documents.
    """
    query = (select(events, documents.c.outlet, documents.c.published, documents.c.title.label("doc_title"))
             .join(documents, documents.c.id == events.c.document_id)
             .where(*within(events.c.date, since, until))
             .order_by(events.c.date, events.c.document_id, events.c.start))
    if actor:
        # An id is looked up exactly (an index lookup: a timeline of one actor among millions of
        # events stays fast, bench/query.py); anything else is part of a name, ignoring case.
        match = event_actors.c.entity_id == actor if ENTITY_ID.match(actor) else \
            func.lower(event_actors.c.entity_name).contains(actor.lower(), autoescape=True)
        query = query.where(events.c.id.in_(select(event_actors.c.event_id).where(match)))
    if documents_in is not None:
        query = query.where(events.c.document_id.in_(list(documents_in)))
    found = {}
    for row in conn.execute(query):
        found[row.id] = EventMention(row.id, row.document_id, row.type, row.mode, row.date, row.date_precision,
                                     row.quote, row.start, row.end, bool(row.negated), bool(row.future),
                                     bool(row.hypothetical), bool(row.failed), row.outlet, row.published,
                                     title=row.doc_title)
    ids = list(found)
    for start in range(0, len(ids), 5000):  # bounded IN lists
        for a in conn.execute(select(event_actors).where(event_actors.c.event_id.in_(ids[start:start + 5000]))
                              .order_by(event_actors.c.event_id, event_actors.c.role, event_actors.c.position)):
            target = found[a.event_id].sources if a.role == "source" else found[a.event_id].targets
            target.append((a.entity_id, a.entity_name))
    return list(found.values())


@dataclass(frozen=True)
class TimelineFilter:
    """Which events a timeline shows; the defaults are those of `newsgraph timeline` and `/api/timeline`."""

    actor: str | None = None  # an entity id, or part of a name
    since: str | None = None
    until: str | None = None
    documents: Sequence[str] | None = None  # only events of these documents (a story's search hits)
    undated: bool = False  # also events the reports give no date
    unlinked: bool = False  # also events none of whose actors is a known entity


def event_timeline(conn: Connection, where: TimelineFilter) -> list[EventCluster]:
    """Events in date order, one per event however many reports tell it (the clusters of `cluster_events`)."""
    mentions = load_event_mentions(conn, actor=where.actor, since=where.since, until=where.until,
                                   documents_in=where.documents)
    clusters = cluster_events(mentions, near_duplicate_groups(conn))
    return [c for c in clusters if (c.first.date is not None or where.undated)
            and (where.unlinked or any(not i.startswith(UNRESOLVED) for i in c.first.actors))]


def compatible_dates(a: str | None, b: str | None) -> bool:
    """Equal, or one inside the other ("2026-02-12" is inside "2026-02" and "2026")."""
    if not a or not b:
        return False
    return a.startswith(b) or b.startswith(a)


def cluster_events(mentions: list[EventMention], canonical: dict[str, str] | None = None) -> list[EventCluster]:
    """Group dated event mentions into events; undated mentions stay alone."""
    clusters: list[EventCluster] = []
    by_type: dict[str, list[EventCluster]] = defaultdict(list)
    for mention in sorted(mentions, key=lambda m: (m.date is None, len(m.date or ""), m.date or "", m.id)):
        home = None
        if mention.date:
            for cluster in by_type[mention.type]:
                first = cluster.first
                if compatible_dates(first.date, mention.date) and first.actors & mention.actors:
                    home = cluster
                    break
        if home is None:
            home = EventCluster([], canonical or {})
            clusters.append(home)
            by_type[mention.type].append(home)
        home.mentions.append(mention)
    return sorted(clusters, key=lambda c: (c.first.date is None, c.first.date or "", c.first.id))
