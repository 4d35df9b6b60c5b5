"""Findings across documents: the stored findings table, or names read straight from mentions.

The findings table is filled by `service.refresh` (run after every ingest by the CLI, the Python API
and by the HTTP API). A database written without it — or one older than the table — still answers
with the name corrections and conflicts, computed from the mentions on the fly.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection

from newsgraph.crossdoc.names import name_findings
from newsgraph.model import Finding, FindingKind
from newsgraph.serve.schemas import FindingList
from newsgraph.store import Store
from newsgraph.store.tables import findings as findings_table

NAME_KINDS = (FindingKind.name_conflict.value, FindingKind.name_correction.value)
ORDER = {"contradiction": 0, "name_conflict": 1, "alert": 2, "threshold": 3, "name_correction": 4}


def all_findings(store: Store, conn: Connection, *, kinds: Sequence[str] = (),
                 subject: str | None = None) -> list[Finding]:
    """Every finding of the given kinds (all when empty) about a subject (any when None), most urgent first."""
    stored: list[Finding] = []
    names_stored = False
    if inspect(conn).has_table(findings_table.name):
        stored = store.findings(list(kinds) or None, subject=subject)
        names_stored = conn.execute(select(findings_table.c.id).where(findings_table.c.kind.in_(NAME_KINDS))
                                    .limit(1)).first() is not None
    wanted = set(kinds) or None
    if not names_stored and (wanted is None or wanted & set(NAME_KINDS)):
        computed = [f for f in name_findings(conn)
                    if (wanted is None or f.kind.value in wanted)
                    and (subject is None or (f.subject is not None and f.subject.id == subject))]
        stored += computed
    return sorted(stored, key=lambda f: (ORDER.get(f.kind.value, 9), f.id))


def list_findings(store: Store, conn: Connection, *, kinds: Sequence[str] = (), subject: str | None = None,
                  limit: int = 50, offset: int = 0) -> FindingList:
    """A page of findings."""
    found = all_findings(store, conn, kinds=kinds, subject=subject)
    return FindingList(items=found[offset:offset + limit], total=len(found), limit=limit, offset=offset)
