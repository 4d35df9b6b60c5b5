"""The quantity extractor's word tables: one entry a line, each with its source, none twice."""

import pytest

from newsgraph.analysis.quantities import lex as quantlex
from newsgraph.analysis.quantities.tables import check_rows, noun_forms, read_rows, verb_forms

# file, fields before the source, how many leading fields name an entry
TABLES = [("quant_numbers.tsv", 3, 2), ("quant_currencies.tsv", 3, 2), ("quant_units.tsv", 3, 2),
          ("quant_cues.tsv", 2, 1), ("quant_words.tsv", 3, 2), ("quant_moves.tsv", 4, 2),
          ("quant_indicators.tsv", 3, 3)]


@pytest.mark.parametrize("name, fields, key", TABLES)
def test_every_entry_has_a_source_and_is_listed_once(name, fields, key):
    assert check_rows(name, fields, key) == []
    assert read_rows(name, fields)


def test_the_check_finds_a_duplicate_and_a_missing_source(monkeypatch):
    from newsgraph import datafiles
    from newsgraph.analysis.quantities import tables as quantdata
    rows = (("unit", "km", "km", "SI"), ("unit", "km", "km", "own words"), ("unit", "mi", "mile", ""))
    monkeypatch.setattr(datafiles, "lines", lambda package, name: rows)
    problems = quantdata.check_rows("x.tsv", 3, 2)
    assert any("listed twice" in p for p in problems) and any("no source" in p for p in problems)
    with pytest.raises(ValueError):
        quantdata.read_rows("x.tsv", 3)


@pytest.mark.parametrize("lemma, irregular, forms", [
    ("drop", (), {"drop", "drops", "dropped", "dropping"}),
    ("slide", ("slid",), {"slide", "slides", "slid", "sliding"}),
    ("rally", (), {"rally", "rallies", "rallied", "rallying"}),
    ("cut", ("cut",), {"cut", "cuts", "cutting"}),
    ("plummet", (), {"plummet", "plummets", "plummeted", "plummeting"}),
])
def test_verb_forms_follow_spelling_rules(lemma, irregular, forms):
    assert verb_forms(lemma, irregular) == forms


def test_movement_words_come_from_lemmas():
    assert {"slid", "declined", "plunging", "fell"} <= quantlex.DOWN_WORDS
    assert {"rose", "soaring", "gained"} <= quantlex.UP_WORDS
    assert {"fall", "falls", "decline"} <= quantlex.DOWN_NOUNS
    assert noun_forms("increase") <= quantlex.UP_NOUNS
    assert not quantlex.UP_WORDS & quantlex.DOWN_WORDS
