"""Shared by the fault tests: the real CLI as a subprocess, and what a database must look like."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from newsgraph.store.tables import documents, event_actors, events, metadata

# Every table whose rows belong to one document, and so count per document.
PER_DOCUMENT = ("sentences", "artifacts", "mentions", "time_values", "observations", "events", "claims",
                "learned_facts")


def orphans(engine: Engine) -> dict[str, int]:
    """Rows that point at a row that does not exist, per "table.column" (empty when none)."""
    found = {}
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            links = [(fk.parent, fk.column) for fk in table.foreign_keys]
            if "document_id" in table.c and not table.c.document_id.foreign_keys:
                links.append((table.c.document_id, documents.c.id))  # a reference without a constraint
            for column, target in links:
                missing = conn.execute(
                    select(func.count()).select_from(table)
                    .where(column.is_not(None), column.not_in(select(target)))).scalar_one()
                if missing:
                    found[f"{table.name}.{column.name}"] = missing
    return found


def per_document(engine: Engine) -> dict[str, dict[str, int]]:
    """For every stored document (by id): how many rows of each kind it has."""
    with engine.connect() as conn:
        ids = [row.id for row in conn.execute(select(documents.c.id))]
        counts: dict[str, Counter] = {doc_id: Counter() for doc_id in ids}
        for name in PER_DOCUMENT:
            table = metadata.tables[name]
            for doc_id, n in conn.execute(select(table.c.document_id, func.count()).group_by(table.c.document_id)):
                counts.setdefault(doc_id, Counter())[name] = n
        query = (select(events.c.document_id, func.count()).select_from(event_actors.join(events))
                 .group_by(events.c.document_id))
        for doc_id, n in conn.execute(query):
            counts.setdefault(doc_id, Counter())["event_actors"] = n
    return {doc_id: dict(c) for doc_id, c in counts.items()}


def origins(engine: Engine) -> Counter:
    """How many stored documents came from each origin."""
    with engine.connect() as conn:
        return Counter(row.origin for row in conn.execute(select(documents.c.origin)))


def newsgraph(*args: str, env: dict | None = None) -> subprocess.Popen:
    """Start the installed `newsgraph` command of this virtualenv with extra environment variables."""
    command = [str(Path(sys.executable).with_name("newsgraph")), *args]
    return subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})})
