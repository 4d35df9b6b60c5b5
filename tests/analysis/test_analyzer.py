import pytest
from spacy.language import Language

from newsgraph.analysis import Analyzer, Failure
from newsgraph.analysis.analyzer import AnalysisFailed
from newsgraph.errors import ComponentFailed
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.model import Document, ResolutionStatus
from newsgraph.settings import Settings

TEXT = ("On June 16, Japanese Prime Minister Shigeru Ishiba met U.S. President Donald Trump in Canada. "
        "The Liberal Democratic Party lost seats in Tokyo.")


def test_mentions_carry_exact_offsets_and_sentence(analyzer):
    record = analyzer.analyze(Document(text=TEXT))
    by_text = {m.text: m for m in record.mentions}
    assert {"Shigeru Ishiba", "Donald Trump", "Canada", "Tokyo"} <= set(by_text)
    for mention in record.mentions:
        assert record.text[mention.start:mention.end] == mention.text
        start, end = record.sentences[mention.sentence]
        assert start <= mention.start and mention.end <= end
    assert by_text["Shigeru Ishiba"].type == "PERSON"
    assert by_text["Tokyo"].sentence == 1
    assert by_text["Shigeru Ishiba"].entity.name == "Shigeru Ishiba"
    assert by_text["Shigeru Ishiba"].status == ResolutionStatus.exact
    assert record.mentions == sorted(record.mentions, key=lambda m: m.start)


def test_record_names_the_components_that_made_it(analyzer):
    record = analyzer.analyze(Document(text=TEXT))
    names = [c.name for c in record.pipeline]
    assert names[0].startswith("spacy/en_core_web_sm")
    assert names[1:] == ["newsgraph.names.v1", "newsgraph.roles.v1", "newsgraph.mentions.v1",
                         "newsgraph.times.v1", "newsgraph.link.v1", "newsgraph.observations.v1",
                         "newsgraph.claims.v1", "newsgraph.events.v1"]


def test_text_in_another_language_is_kept_but_not_analysed(analyzer):
    record = analyzer.analyze(Document(text="日本の首相は木曜日に記者会見を開いた。", language="ja"))
    assert record.mentions == [] and record.sentences == []
    assert record.document.language == "ja"


def test_seed_001_finds_its_people(analyzer, seeds, settings):
    [item] = list(read_sources([str(seeds / "001_9ae90b344e27ba69.txt")], ReadOptions(settings)))
    record = analyzer.analyze(item.document)
    people = {m.text for m in record.mentions if m.type == "PERSON"}
    assert {"Shigeru Ishiba", "Caroline Levet", "Yukio Hatoyama"} <= people
    assert record.document.author == "Cheng Lingyu"
    assert record.document.word_count > 1000


@Language.component("test_explodes_on_marker")
def _explode(doc):
    if "EXPLODE" in doc.text:
        raise RuntimeError("component failed on purpose")
    return doc


def test_one_failing_document_does_not_stop_the_batch():
    analyzer = Analyzer(Settings(batch_size=4))
    analyzer.nlp.add_pipe("test_explodes_on_marker")
    documents = [Document(text=f"Report {i} about Tokyo and Washington.") for i in range(3)]
    documents.insert(1, Document(text="This one says EXPLODE in Tokyo.", origin="bad.txt"))
    results = list(analyzer.analyze_many(documents))
    assert [type(r).__name__ for r in results] == ["AnalysisRecord", "Failure", "AnalysisRecord", "AnalysisRecord"]
    assert isinstance(results[1], Failure) and "on purpose" in str(results[1].error)
    assert isinstance(results[1].error, ComponentFailed)
    assert results[1].error.component == "test_explodes_on_marker"
    with pytest.raises(AnalysisFailed, match="bad.txt: test_explodes_on_marker: RuntimeError"):
        analyzer.analyze(documents[1])
