import json

from hypothesis import given, settings as hsettings, strategies as st

from newsgraph.analysis.record import make_document_info
from newsgraph.model import AnalysisRecord, Document, Mention
from newsgraph.schema import SCHEMA_FILE, generate_schema, validate_record
from tests.factories import full_record


def test_shipped_schema_matches_the_models():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == generate_schema(), (
        "the record models changed: run `python -m newsgraph.schema` and commit the file")


def test_seed_records_validate(analyzer, seeds):
    from newsgraph.ingest.readers import ReadOptions, read_sources
    from newsgraph.settings import Settings

    for item in read_sources([str(seeds)], ReadOptions(Settings())):
        record = analyzer.analyze(item.document)
        validate_record(json.loads(record.to_json()))


def test_a_full_record_validates_and_round_trips():
    record = full_record()
    data = json.loads(record.to_json())
    validate_record(data)
    assert data["schema"] == "newsgraph.analysis/1"
    assert AnalysisRecord.from_json(record.to_json()) == record


@hsettings(max_examples=50, deadline=None)
@given(text=st.text(min_size=1, max_size=200), spans=st.lists(st.tuples(st.integers(0, 199), st.integers(1, 40)), max_size=5),
       label=st.sampled_from(["PERSON", "ORG", "GPE"]))
def test_record_json_round_trip(text, spans, label):
    mentions = [Mention(text=text[s:s + n], start=s, end=s + n, sentence=0, type=label) for s, n in spans]
    record = AnalysisRecord(document=make_document_info(Document(text=text), 1), text=text, mentions=mentions)
    again = AnalysisRecord.from_json(record.to_json())
    assert again == record
    validate_record(json.loads(record.to_json()))
