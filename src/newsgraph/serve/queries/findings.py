"""Findings across documents: the stored findings table, or names read straight from mentions.

The findings table is filled by `service.refresh` (run after every ingest by the CLI, the Python API
and by the HTTP API); `service.findings.all_findings` reads it, as `newsgraph contradictions` does.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import Connection

from newsgraph.serve.schemas import FindingList
from newsgraph.service.findings import all_findings
from newsgraph.store import Store

__all__ = ["all_findings", "list_findings"]

def list_findings(store: Store, conn: Connection, *, kinds: Sequence[str] = (), subject: str | None = None,
                  limit: int = 50, offset: int = 0) -> FindingList:
    """A page of findings."""
    found = all_findings(store, conn, kinds=kinds, subject=subject)
    return FindingList(items=found[offset:offset + limit], total=len(found), limit=limit, offset=offset)
