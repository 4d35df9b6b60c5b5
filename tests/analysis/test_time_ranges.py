"""Ranges of dates come out as one interval value; a change of date stays two dates."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.analysis.times import find_times
from newsgraph.analysis.times import interval_ends

ANCHOR = dt.date(2025, 2, 20)  # a Thursday


def values(text: str, anchor: dt.date = ANCHOR) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in find_times(text, anchor) if m.kind == "date"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fair runs from March 3 to 5.", [("March 3 to 5", "2025-03-03/2025-03-05")]),
    ("Talks (Jan. 9–11) ended.", [("Jan. 9–11", "2025-01-09/2025-01-11")]),
    ("The summit met on Oct 8 and 9, 2024.", [("Oct 8 and 9, 2024", "2024-10-08/2024-10-09")]),
    ("The poll ran on August 16th and 17th, 2025.",
     [("August 16th and 17th, 2025", "2025-08-16/2025-08-17")]),
    ("It runs 3-5 March 2025.", [("3-5 March 2025", "2025-03-03/2025-03-05")]),
    ("The office opens from Monday through Wednesday.",
     [("Monday through Wednesday", "2025-02-17/2025-02-19")]),
    ("Prices rose between 2010 and 2012.", [("2010 and 2012", "2010/2012")]),
    ("He ruled from March 3, 2019 to May 5, 2020.",
     [("March 3, 2019 to May 5, 2020", "2019-03-03/2020-05-05")]),
])
def test_a_range_is_one_interval(text, expected):
    assert values(text) == expected


def test_a_range_across_new_year_ends_in_the_next_year():
    assert values("The program ran from November to February.") == [
        ("November to February", "2024-11/2025-02")]


@pytest.mark.parametrize("text", [
    "The vote was moved from March 3 to March 5.",
    "The launch was postponed from June 2 to June 9.",
])
def test_a_change_of_date_is_two_dates(text):
    assert len(values(text)) == 2


@pytest.mark.parametrize("text", ["On June 2 and 4 people died.", "March 3 to 5 percent"])
def test_a_number_that_counts_is_no_second_day(text):
    assert all("/" not in (value or "") for _, value in values(text))


def test_two_dates_joined_by_and_alone_stay_two():
    assert len(values("He spoke on March 3 and on March 5.")) == 2


def test_interval_ends_splits_a_range_and_keeps_a_date():
    assert interval_ends("2025-03-03/2025-03-05") == ("2025-03-03", "2025-03-05")
    assert interval_ends("2025-03") == ("2025-03",) and interval_ends(None) == ()


@pytest.mark.parametrize(("text", "interval"), [
    ("in late 2024", "2024-10/2024-12"),
    ("at the beginning of 2025", "2025-01/2025-03"),
    ("in the early 2030s", "2030/2033"),
    ("in early June 2025", "2025-06-01/2025-06-10"),
    ("in late February 2024", "2024-02-21/2024-02-29"),
    ("from March 3 to 5, 2025", "2025-03-03/2025-03-05"),
])
def test_a_qualified_or_ranged_value_has_an_explicit_interval(text, interval):
    [match] = find_times(text, ANCHOR)
    assert match.interval == interval


def test_a_plain_date_has_no_interval_and_keeps_its_timeml_value():
    [match] = find_times("in late 2024", ANCHOR)
    assert (match.value, match.qualifier) == ("2024", "late")
    assert find_times("on March 3, 2025", ANCHOR)[0].interval is None
