"""Name findings across documents: one per written form and person, with every report as evidence."""

from newsgraph.batch import ingest_sources
from newsgraph.crossdoc.bands import load_bands
from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.ingest.readers import ReadOptions
from newsgraph.model import FindingKind
from newsgraph.settings import Settings


def test_seed_names_become_findings(seeds, analyzer, store):
    ingest_sources([str(seeds / "001_9ae90b344e27ba69.txt")], ReadOptions(Settings()), analyzer, store)
    counts = refresh_findings(store, analyzer.kb, load_bands())
    assert counts["name_conflict"] == 1
    [conflict] = store.findings([FindingKind.name_conflict.value])
    assert conflict.subject.name == "Pete Hegseth" and "Chuck Hagel" in conflict.summary
    [evidence] = conflict.evidence
    assert (evidence.quote, evidence.published, evidence.outlet) == ("Hagel", "2025-07-11", "toutiao.com")
    corrected = {f.evidence[0].quote: f.subject.name for f in store.findings([FindingKind.name_correction.value])}
    assert corrected["Caroline Levet"] == "Karoline Leavitt" and corrected["Bensons"] == "Scott Bessent"


def test_refreshing_replaces_rather_than_adds(seeds, analyzer, store):
    ingest_sources([str(seeds)], ReadOptions(Settings()), analyzer, store)
    first = refresh_findings(store, analyzer.kb, load_bands())
    again = refresh_findings(store, analyzer.kb, load_bands())
    assert first == again
    assert len(store.findings()) == sum(first.values())
