"""Cross-document findings: recomputed after every ingest, read by `contradictions`, the API and the brief.

A database written without the findings table filled — or one older than the table — still answers
with the name corrections and conflicts, computed from the mentions on the fly.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import inspect, select
from sqlalchemy.engine import Connection

from newsgraph.crossdoc.names import name_findings
from newsgraph.crossdoc.neardup import update_near_duplicates
from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band, Finding, FindingKind
from newsgraph.store import Store
from newsgraph.store.tables import findings as findings_table

NAME_KINDS = (FindingKind.name_conflict.value, FindingKind.name_correction.value)
ORDER = {"contradiction": 0, "name_conflict": 1, "alert": 2, "threshold": 3, "name_correction": 4}


def refresh(store: Store, kb: KnowledgeBase, bands: Sequence[Band]) -> dict[str, int]:
    """Link near-duplicate documents, then recompute every finding with this KB and these bands.

    Returns:
        How many findings of each kind there are now.
    """
    update_near_duplicates(store.engine)
    return refresh_findings(store, kb, bands)


def contradictions(store: Store, *, all_names: bool = False) -> list[Finding]:
    """Where sources disagree: contradicting values and dates, names of the wrong person (and every
    corrected name with `all_names`), most urgent first."""
    kinds = [FindingKind.contradiction, FindingKind.name_conflict]
    if all_names:
        kinds.append(FindingKind.name_correction)
    with store.engine.connect() as conn:
        return all_findings(store, conn, kinds=[k.value for k in kinds])


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

