"""Cross-document findings: recomputed after every ingest, read by `contradictions` and the brief."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.crossdoc.neardup import update_near_duplicates
from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band, Finding, FindingKind
from newsgraph.store import Store


def refresh(store: Store, kb: KnowledgeBase, bands: Sequence[Band]) -> dict[str, int]:
    """Link near-duplicate documents, then recompute every finding with this KB and these bands.

    Returns:
        How many findings of each kind there are now.
    """
    update_near_duplicates(store.engine)
    return refresh_findings(store, kb, bands)


def contradictions(store: Store, *, all_names: bool = False) -> list[Finding]:
    """Where sources disagree: contradicting values and dates, names of the wrong person (and every
    corrected name with `all_names`)."""
    kinds = [FindingKind.contradiction, FindingKind.name_conflict] + ([FindingKind.name_correction] if all_names else [])
    return store.findings([k.value for k in kinds])
