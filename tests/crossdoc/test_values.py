"""Sources that disagree on a number, bands stated or configured, and alerts."""

from newsgraph.batch import ingest_sources
from newsgraph.crossdoc.bands import Band, load_bands
from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.crossdoc.series import all_series
from newsgraph.ingest.readers import ReadOptions
from newsgraph.model import FindingKind
from newsgraph.settings import Settings

CLEAN = """---
title: Deal
outlet: Harbor Wire
published: 2025-07-23
---
Japan agreed to invest $550 billion in the United States under the deal announced on Tuesday.
"""
GARBLED = """---
title: Trouble
outlet: Toutiao
published: 2026-02-13
---
Japan previously agreed to invest $55 billion in the United States, officials said.
"""


def test_a_tenfold_pledge_gap_is_a_contradiction(tmp_path, analyzer, store):
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GARBLED, encoding="utf-8")
    ingest_sources([str(tmp_path)], ReadOptions(Settings()), analyzer, store)
    refresh_findings(store, analyzer.kb, load_bands())
    [finding] = store.findings([FindingKind.contradiction.value])
    assert finding.indicator == "investment_pledge" and finding.subject.name == "Japan"
    assert {e.value for e in finding.evidence} == {"550 billion USD", "55 billion USD"}
    assert {e.outlet for e in finding.evidence} == {"Harbor Wire", "Toutiao"}


def test_seed_001_approval_is_in_the_danger_zone(seeds, analyzer, store):
    ingest_sources([str(seeds / "001_9ae90b344e27ba69.txt")], ReadOptions(Settings()), analyzer, store)
    counts = refresh_findings(store, analyzer.kb, load_bands())
    assert counts["threshold"] == 2
    with store.engine.connect() as conn:
        [series] = all_series(conn, analyzer.kb, load_bands(), indicator="approval_rating")
    assert series.subject.name == "Shigeru Ishiba"
    assert [b.describe() for b in series.bands] == ["danger zone (below 30%)", "downfall zone (below 20%)"]
    [point] = series.points
    assert (point.value, point.band) == (24.0, "danger zone (below 30%)")
    [alert] = store.findings([FindingKind.alert.value])
    assert "danger zone" in alert.summary and alert.evidence[0].document_id == point.document.id


def test_bands_contain_their_values():
    below = Band(indicator="approval_rating", label="danger zone", side="below", value=30)
    assert below.contains(24) and not below.contains(30) and not below.contains(45)
