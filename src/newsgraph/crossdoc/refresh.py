"""Recompute every cross-document finding and store them, replacing the previous set at once."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

from sqlalchemy import delete, insert, text

from newsgraph.crossdoc.names import name_findings
from newsgraph.crossdoc.values import alerts, load_observations, stated_thresholds, value_contradictions
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band, Finding
from newsgraph.store import Store
from newsgraph.store.tables import finding_evidence, findings

# Two ingests ending together on PostgreSQL would each delete the findings the other had not yet
# committed and insert the same ids (a unique violation); this lock (any fixed number) makes the
# second wait and then replace the first's set.
_REFRESH_LOCK = 0x66696E64  # "find"


def refresh_findings(store: Store, kb: KnowledgeBase, bands: Sequence[Band]) -> dict[str, int]:
    """Run every finder over the store and replace the findings in one transaction.

    Args:
        kb: the user's knowledge base (for band selectors such as "a Japanese prime minister's cabinet").
        bands: the user's threshold bands (`crossdoc.bands.load_bands(settings.thresholds_file)`).

    Returns:
        How many findings of each kind there are now.
    """
    with store.engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _REFRESH_LOCK})
        rows = load_observations(conn)
        found: list[Finding] = [*value_contradictions(rows), *name_findings(conn), *stated_thresholds(conn),
                                *alerts(rows, list(bands), kb)]
        conn.execute(delete(finding_evidence))
        conn.execute(delete(findings))
        now = datetime.now(UTC)
        if found:
            conn.execute(insert(findings), [_finding_row(f, now) for f in found])
            evidence = [{"finding_id": f.id, "position": i, **e.model_dump()}
                        for f in found for i, e in enumerate(f.evidence)]
            if evidence:
                conn.execute(insert(finding_evidence), evidence)
    counts: dict[str, int] = {}
    for finding in found:
        counts[finding.kind.value] = counts.get(finding.kind.value, 0) + 1
    return counts


def _finding_row(finding: Finding, created_at: datetime) -> dict[str, object]:
    """One finding as a row of the findings table (its evidence goes to another table)."""
    subject = finding.subject
    return {"id": finding.id, "kind": finding.kind.value, "summary": finding.summary,
            "subject_id": subject.id if subject else None, "subject_name": subject.name if subject else None,
            "indicator": finding.indicator, "period": finding.period, "created_at": created_at}
