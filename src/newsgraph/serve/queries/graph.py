"""The actor graph: linked entities named together in a document, or acting together in an event."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.engine import Connection

from newsgraph.serve.queries.common import within
from newsgraph.serve.schemas import Graph, GraphEdge, GraphNode
from newsgraph.store.tables import documents, event_actors, events, mentions


@dataclass(frozen=True)
class GraphFilter:
    """Which part of the graph to draw."""

    types: tuple[str, ...] = ("PERSON", "ORG", "GPE", "NORP")
    since: str | None = None
    until: str | None = None
    nodes: int = 40  # the most-named entities kept
    min_weight: int = 1
    max_documents: int = 2000  # the most recent documents read: bounds the work on large corpora


def actor_graph(conn: Connection, where: GraphFilter) -> Graph:
    """Entities as nodes, co-occurrence (documents and events) as weighted edges."""
    recent = (select(documents.c.id).where(*within(documents.c.published, where.since, where.until))
              .order_by(documents.c.published.is_(None), documents.c.published.desc(), documents.c.id)
              .limit(where.max_documents).subquery())
    rows = conn.execute(
        select(mentions.c.document_id, mentions.c.entity_id, mentions.c.entity_name, mentions.c.type).distinct()
        .where(mentions.c.entity_id.is_not(None), mentions.c.type.in_(list(where.types)))
        .where(mentions.c.document_id.in_(select(recent.c.id)))).all()
    names: dict[str, tuple[str, str]] = {}
    per_document: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        names.setdefault(row.entity_id, (row.entity_name or row.entity_id, row.type))
        per_document[row.document_id].add(row.entity_id)
    reach = Counter(e for ids in per_document.values() for e in ids)
    kept = {e for e, _ in reach.most_common(where.nodes)}
    weights: Counter = Counter()
    where_seen: dict[tuple[str, str], list[str]] = defaultdict(list)
    for doc_id, ids in sorted(per_document.items()):
        for pair in combinations(sorted(ids & kept), 2):
            weights[pair] += 1
            where_seen[pair].append(doc_id)
    for doc_id, pair in _event_pairs(conn, recent, kept):
        weights[pair] += 1
        if doc_id not in where_seen[pair]:
            where_seen[pair].append(doc_id)
    nodes = [GraphNode(id=e, name=names[e][0], type=names[e][1], documents=reach[e])
             for e in sorted(kept, key=lambda e: (-reach[e], e))]
    edges = [GraphEdge(source=a, target=b, weight=w, documents=where_seen[(a, b)][:5])
             for (a, b), w in sorted(weights.items(), key=lambda item: (-item[1], item[0])) if w >= where.min_weight]
    return Graph(nodes=nodes, edges=edges)


def _event_pairs(conn: Connection, recent, kept: set[str]):
    rows = conn.execute(select(events.c.id, events.c.document_id, event_actors.c.entity_id)
                        .join(event_actors, event_actors.c.event_id == events.c.id)
                        .where(events.c.document_id.in_(select(recent.c.id)))
                        .where(event_actors.c.entity_id.in_(list(kept)))).all()
    actors: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in rows:
        actors[(row.id, row.document_id)].add(row.entity_id)
    for (_, doc_id), ids in actors.items():
        for pair in combinations(sorted(ids), 2):
            yield doc_id, pair
