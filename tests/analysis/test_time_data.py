"""The time normaliser's word tables: sourced, free of duplicates, and read as the code expects."""

from __future__ import annotations

import pytest

from newsgraph.analysis.times import tables as timedata
from newsgraph.analysis.times import lex as timelex
from newsgraph.analysis.times.fiscal import fiscal_years

FILES = [("time_words.tsv", 3, 2), ("time_fiscal_years.tsv", 3, 1)]


@pytest.mark.parametrize(("name", "fields", "key"), FILES)
def test_every_entry_has_a_source_and_is_listed_once(name, fields, key):
    assert timedata.check_file(name, fields, key) == []


@pytest.mark.parametrize(("rows", "problem"), [
    ([("month", "May", "5", "calendar"), ("month", "May", "5", "calendar")], "listed twice"),
    ([("month", "May", "5", "")], "no source"),
    ([("month", "May", "5", "-")], "no source"),
    ([("month", "May", "calendar")], "wrong field count"),
])
def test_the_check_fails_on_duplicates_and_unsourced_entries(rows, problem):
    [found] = timedata.check_rows("x.tsv", rows, 3, 2)
    assert problem in found


def test_an_unknown_table_is_an_error():
    with pytest.raises(KeyError):
        timedata.table("no_such_table")


def test_tables_read_into_the_shapes_the_rules_use():
    assert timelex.MONTH_NAMES["September"] == 9 and timelex.MONTH_ABBREVIATIONS["Sept"] == 9
    assert timelex.WEEKDAYS["Sunday"] == 7
    assert timelex.NUMBER_WORDS["half a"] == 0.5 and timelex.NUMBER_WORDS["twelve"] == 12
    assert timelex.DURATION_UNITS["minute"] == ("M", 1, True)
    assert timelex.DURATION_UNITS["decade"] == ("Y", 10, False)
    assert timelex.HOLIDAYS["Christmas Day"] == (12, 25)
    assert str(timelex.QUALIFIER_WORDS["end"]) == "late"


def test_holidays_whose_date_differs_by_country_are_not_listed():
    assert "Labour Day" not in timelex.HOLIDAYS and "Independence Day" not in timelex.HOLIDAYS


def test_fiscal_years_name_a_first_month_and_a_known_convention():
    years = fiscal_years()
    assert years["JP"] == (4, "start") and years["US"] == (10, "end")
    for code, year in years.items():
        assert len(code) == 2 and code.isupper()
        assert 1 <= year.first_month <= 12 and year.named_by in ("start", "end", None)
    assert set(timedata.table("fiscal_country").values()) <= set(years)
