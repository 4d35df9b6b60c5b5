"""The NewsQuant scorer counts value, value+unit and value+change matches on a hand-built file."""

from __future__ import annotations

import json

import pytest

from newsgraph.analysis.quantities import Bound, Direction, Quantity
from newsgraph.errors import InputError
from newsgraph.evaluate.newsquant import (
    NewsQuantItem,
    NewsQuantSentence,
    parse_value,
    predict,
    read_newsquant,
    score_folds,
    score_newsquant,
    score_predictions,
    superlative_base,
    to_newsquant,
)

SENTENCES = [
    {"text": "Nvidia advanced 8%, and Qualcomm rose under 4% to $120.",
     "quantities": [
         {"value": "8.0", "unit": "%", "normalized_unit": "percentage", "change": "up",
          "referred_concepts": "Nvidia"},
         {"value": "4.0", "unit": "%", "normalized_unit": "percentage", "change": "up",
          "referred_concepts": "Qualcomm"},
         {"value": "120", "unit": "$", "normalized_unit": "dollar", "change": "=",
          "referred_concepts": "Qualcomm"}]},
    {"text": "It will boost the range from up to 252 miles to 287 miles for about $3 billion.",
     "quantities": [
         {"value": "252.0-287.0", "unit": "miles", "normalized_unit": "mile", "change": "=",
          "referred_concepts": "range"},
         {"value": "3000000000.0", "unit": "$", "normalized_unit": "Dollar", "change": "~",
          "referred_concepts": "-"}]},
    {"text": "The 2+2 talks were held on July 7.", "quantities": []},
    {"text": "Seven European countries signed, and 12 percentage points were lost.",
     "quantities": [
         {"value": "7", "unit": "European countries", "normalized_unit": "european country",
          "change": "=", "referred_concepts": "-"},
         {"value": "12", "unit": "percentage points", "normalized_unit": "percentage",
          "change": "down", "referred_concepts": "-"}]},
]


@pytest.fixture
def path(tmp_path):
    file = tmp_path / "tiny.json"
    file.write_text(json.dumps(SENTENCES), encoding="utf-8")
    return file


@pytest.mark.parametrize(("text", "value"), [
    ("55000000000.0", 55e9), ("-130", -130.0), ("1.99E-29", 1.99e-29),
    ("252.0-287.0", (252.0, 287.0)), ("3.0 - 4.0", (3.0, 4.0)), ("36040.0-34935.0",
                                                                  (36040.0, 34935.0)),
])
def test_values_parse_as_numbers_or_ranges(text, value):
    assert parse_value(text) == value


def test_read_keeps_ranges_and_lowercases_units(path):
    sentences = read_newsquant(path)
    assert [len(s.quantities) for s in sentences] == [3, 2, 0, 2]
    assert sentences[1].quantities == [NewsQuantItem((252.0, 287.0), "mile", "="),
                                       NewsQuantItem(3e9, "dollar", "~")]


def test_scores_count_one_to_one_matches(path):
    sentences = read_newsquant(path)
    predictions = [
        # value right twice over: the second 8.0 must not match the 4.0 gold, nor count twice
        [NewsQuantItem(8.0, "percentage", "up"), NewsQuantItem(8.0, "percentage", "up"),
         NewsQuantItem(120.0, "dollar", "up")],
        [NewsQuantItem((252.0, 287.0), "mile", "<"), NewsQuantItem(3e9, "DOLLAR", "~")],
        [NewsQuantItem(2.0, "-", "=")],
        [NewsQuantItem(7.0, "country", "="), NewsQuantItem(12.0, "percentage", "down")],
    ]
    report = score_predictions(sentences, predictions, "hand")
    assert (report.gold, report.predicted) == (7, 8)
    assert report.value.matched == 6          # 8, 120, range, 3e9, 7, 12
    assert report.value_unit.matched == 5     # 7 "country" is not "european country"
    assert report.value_change.matched == 4   # no 4 at all; 120 "up" and the range "<" miss
    assert (report.value.precision, report.value.recall, report.value.f1) == (75.0, 85.7, 80.0)
    assert report.value_unit.f1 == pytest.approx(66.7)
    assert [f.text[:6] for f in report.failures] == ["Nvidia", "It wil", "The 2+", "Seven "]
    line = report.to_json()
    assert "\n" not in line
    assert json.loads(line)["value_unit"] == {"matched": 5, "p": 62.5, "r": 71.4, "f1": 66.7}


def test_ranges_only_match_ranges(path):
    sentences = read_newsquant(path)[1:2]
    report = score_predictions(sentences, [[NewsQuantItem(252.0, "mile", "="),
                                            NewsQuantItem(287.0, "mile", "=")]])
    assert report.value.matched == 0


def test_our_quantities_in_newsquant_terms():
    def quantity(**fields) -> Quantity:
        base = dict(text="x", start=0, end=1, value=1.0, unit="", unit_text="")
        return Quantity(**{**base, **fields})

    assert to_newsquant(quantity(value=12, unit="percentage_point",
                                 direction=Direction.down)) == NewsQuantItem(
        12, "percentage", "down")
    assert to_newsquant(quantity(value=5, unit="usd/share", bound=Bound.at_most)) == \
        NewsQuantItem(5, "dollar per share", "<")
    assert to_newsquant(quantity(value=15, range_to=22, unit="mph")) == NewsQuantItem(
        (15, 22), "mile per hour", "=")
    assert to_newsquant(quantity(value=3.5, previous=3, unit="percent_of_gdp",
                                 unit_text="%")).value == (3, 3.5)
    assert to_newsquant(quantity(value=50, unit="percent", bound=Bound.approx)) == \
        NewsQuantItem(0.5, "percentage", "~")
    assert to_newsquant(quantity(value=7, unit="country", unit_text="European countries")) == \
        NewsQuantItem(7, "european country", "=")
    assert to_newsquant(quantity(value=3, unit="")).unit == "-"


def test_score_newsquant_runs_the_extractor(path):
    report = score_newsquant(path)
    assert report.system == "newsgraph"
    assert (report.gold, report.predicted) == (7, 7)
    # "from up to 252 miles" bounds the range ("<"); "were lost" says no direction
    assert (report.value.matched, report.value_unit.matched, report.value_change.matched) == (
        7, 7, 5)


def test_a_file_that_is_not_newsquant_is_an_input_error(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('[{"text": "no quantities key"}]', encoding="utf-8")
    with pytest.raises(InputError, match="not NewsQuant JSON"):
        read_newsquant(broken)
    with pytest.raises(InputError, match="cannot read"):
        read_newsquant(tmp_path / "missing.json")
    with pytest.raises(InputError, match="prediction lists"):
        score_predictions([], [[]])


@pytest.mark.parametrize("word, base", [
    ("best", "good"), ("largest", "large"), ("biggest", "big"), ("happiest", "happy"),
    ("proudest", "proud"), ("tallest", "tall"), ("latest", "late"), ("strongest", "strong"),
    ("wireless", "wireless"),
])
def test_superlatives_are_lemmatised_as_newsquant_does(word, base):
    assert superlative_base(word) == base


def test_one_of_the_best_is_filed_under_the_base_adjective():
    [item] = predict("It is one of the best wireless speakers around.")
    assert item.unit == "good wireless speaker"


@pytest.mark.parametrize("text, unit", [
    ("a nominal current density of 1.3 A/cm2.", "ampere per square centimetre"),
    ("levels of 5 mg/L were found", "milligram per litre"),
    ("a density of 12 kg/m3", "kilogram per cubic metre"),
])
def test_a_symbol_over_a_symbol_is_a_rate(text, unit):
    [item] = predict(text)
    assert item.unit == unit


def test_folds_split_the_file_and_score_each_part():
    sentences = [NewsQuantSentence(f"{i} km", [NewsQuantItem(float(i), "kilometre", "=")])
                 for i in range(1, 11)]
    predictions = [[NewsQuantItem(float(i), "kilometre" if i % 2 else "metre", "=")]
                   for i in range(1, 11)]
    reports = score_folds(sentences, predictions, 2)
    assert [r.sentences for r in reports] == [5, 5]
    # fold 0 holds sentences 1, 3, 5, ... (odd values, right unit); fold 1 the even ones
    assert [r.value_unit.f1 for r in reports] == [100.0, 0.0]
    with pytest.raises(InputError):
        score_folds(sentences, predictions, 1)
