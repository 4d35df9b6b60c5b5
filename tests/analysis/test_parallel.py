"""The process pool keeps `Analyzer.analyze_many`'s contract: one result per document, in order."""

from __future__ import annotations

from newsgraph.analysis import Failure
from newsgraph.analysis.parallel import ParallelAnalyzer
from newsgraph.model import Document
from newsgraph.settings import Settings

TEXTS = [
    "On March 3, the Canadian government announced a 25 percent tariff on steel from the United States.",
    "German officials met their French counterparts in Berlin on Tuesday.",
    "Inflation in Brazil rose to 5.2 percent in April, the central bank said.",
    "The Australian foreign minister visited Jakarta last week.",
    "Japan and South Korea agreed to hold talks in Seoul next month.",
]


def test_pool_returns_every_record_in_input_order_across_chunks(analyzer):
    published = {"value": "2025-06-01", "precision": "day", "source": "given"}
    documents = [Document(text=text, published=published) for text in TEXTS]
    # One worker and two documents a chunk: three chunks, two in flight at once, so results
    # come back from several futures and must still line up with the input.
    with ParallelAnalyzer(Settings(), workers=1, chunk=2) as pool:
        results = list(pool.analyze_many(iter(documents)))
    assert not [r for r in results if isinstance(r, Failure)]
    assert [r.document.id for r in results] == [d.id for d in documents]
    in_process = list(analyzer.analyze_many(documents))
    assert [[(m.text, m.start, m.type) for m in r.mentions] for r in results] == \
        [[(m.text, m.start, m.type) for m in r.mentions] for r in in_process]
    assert [[(o.value, o.unit) for o in r.observations] for r in results] == \
        [[(o.value, o.unit) for o in r.observations] for r in in_process]


def test_pool_yields_nothing_for_no_documents():
    with ParallelAnalyzer(Settings(), workers=1) as pool:
        assert list(pool.analyze_many([])) == []
