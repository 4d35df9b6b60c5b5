"""Counts for the home page: how much the database holds."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from newsgraph.store.tables import claims, documents, entities, events, mentions, observations, time_values


def counts(conn: Connection) -> dict[str, int]:
    """Rows per kind, plus corrected and conflicting names."""
    found = {}
    for name, table in (("documents", documents), ("mentions", mentions), ("entities", entities),
                        ("times", time_values), ("observations", observations), ("events", events),
                        ("claims", claims)):
        found[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
    for status in ("corrected", "conflict"):
        found[status] = conn.execute(select(func.count()).select_from(mentions)
                                     .where(mentions.c.status == status)).scalar_one()
    found["machine_translated"] = conn.execute(select(func.count()).select_from(documents)
                                               .where(documents.c.mt_suspected.is_(True))).scalar_one()
    return found
