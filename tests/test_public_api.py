import newsgraph
from newsgraph.model import AnalysisRecord

PUBLIC = ["AnalysisRecord", "Analyzer", "Document", "NewsgraphError", "Settings", "Store", "analyze", "ingest"]


def test_exported_names_are_pinned():
    assert sorted(newsgraph.__all__) == PUBLIC
    for name in PUBLIC:
        assert getattr(newsgraph, name) is not None


def test_analyze_returns_typed_record():
    record = newsgraph.analyze("Japanese Prime Minister Shigeru Ishiba said on Thursday that Japan would not compromise.",
                               published="2025-07-10", outlet="Harbor Wire")
    assert isinstance(record, AnalysisRecord)
    assert record.document.published.value == "2025-07-10" and record.document.outlet == "Harbor Wire"
    assert any(m.text == "Shigeru Ishiba" for m in record.mentions)


def test_store_opens_a_database(tmp_path):
    with newsgraph.Store(str(tmp_path / "n.db")) as store:
        assert store.count_documents() == 0
