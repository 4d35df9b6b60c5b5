"""Findings read the same way by the CLI and the API, with names computed when the table is empty."""

from newsgraph import service
from newsgraph.batch import ingest_sources
from newsgraph.crossdoc.bands import load_bands
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings


def test_contradictions_come_from_mentions_until_findings_are_refreshed(seeds, analyzer, store):
    ingest_sources([str(seeds / "001_9ae90b344e27ba69.txt")], ReadOptions(Settings()), analyzer, store)
    before = service.contradictions(store)  # nothing refreshed yet: names are computed from mentions
    assert [f.kind.value for f in before] == ["name_conflict"] and "Chuck Hagel" in before[0].summary
    service.refresh(store, analyzer.kb, load_bands())
    after = service.contradictions(store, all_names=True)
    assert [f.id for f in after if f.kind.value == "name_conflict"] == [before[0].id]
    assert any(f.kind.value == "name_correction" for f in after)
