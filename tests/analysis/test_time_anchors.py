"""Dates anchored on the dates a text writes, not only on the publication date."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsgraph.analysis.times import find_times

NOV_26 = dt.date(2025, 11, 26)


def value_of(text: str, expression: str, anchor: dt.date = NOV_26) -> str | None:
    found = [m for m in find_times(text, anchor) if m.text == expression]
    assert len(found) == 1, f"{expression!r} not found once in {find_times(text, anchor)}"
    return found[0].value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("The vote was on November 3. Two days after the vote, he resigned.", "Two days after",
     "2025-11-05"),
    ("On Nov. 20 the talks began; three days later they ended.", "three days later",
     "2025-11-23"),
    ("The round was on June 1, 2025, after voting two weeks earlier.", "two weeks earlier",
     "2025-05-18"),
    ("The summit opened on June 24, 2025. The night before, leaders dined.", "The night before",
     "2025-06-23TNI"),
])
def test_offsets_count_from_the_last_written_date(text, expression, value):
    assert value_of(text, expression) == value


def test_an_offset_with_no_written_date_stays_unresolved():
    assert value_of("He resigned two days later.", "two days later") is None


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("In 2019, he was elected. In July, he resigned.", "July", "2019-07"),
    ("Macron lost in late 2024 after another election in July of that year.",
     "July of that year", "2024-07"),
    ("Trust fell to a record low since 2000. A survey in April showed it.", "April", "2025-04"),
    ("The cabinet formed in November has fallen.", "November", "2025-11"),
])
def test_a_written_year_governs_the_dates_after_it(text, expression, value):
    assert value_of(text, expression) == value


def test_a_written_year_does_not_reach_into_the_next_paragraph():
    assert value_of("In 2019, he was elected.\nIn July, he resigned.", "July") == "2025-07"


def test_a_cabinet_formed_in_november_read_in_march_is_last_years():
    assert value_of("The cabinet formed in November has fallen.", "November",
                    dt.date(2026, 3, 10)) == "2025-11"


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Zelensky asked to meet Trump on the 27th.", "the 27th", "2025-11-27"),
    ("Trump posted on the 25th local time.", "the 25th", "2025-11-25"),
    ("At noon on the 12th Eastern Time, he wrote.", "the 12th", "2025-11-12"),
    ("They met on the afternoon of the 16th local time.", "the 16th", "2025-11-16"),
    ("Confirmed that on the 12th they each spoke.", "the 12th", "2025-11-12"),
    ("Since the 28th, prices have risen.", "the 28th", "2025-10-28"),
])
def test_bare_days_of_the_month(text, expression, value):
    assert value_of(text, expression) == value


@pytest.mark.parametrize(("text", "value"), [
    ("Reuters Seoul, 9th - The ministry said.", "2025-11-09"),
    ("SEOUL, 24th (Yonhap) -- The minister said.", "2025-11-24"),
])
def test_a_datelines_bare_day_is_at_or_before_publication(text, value):
    [match] = [m for m in find_times(text, NOV_26) if m.kind == "date"]
    assert match.value == value


def test_june_25_before_a_colon_is_a_day():
    assert value_of("The Hague [Netherlands], June 25: NATO leaders arrived.", "June 25",
                    dt.date(2025, 6, 25)) == "2025-06-25"


_YEAR = re.compile(r"\d{4}$")


@settings(max_examples=100, deadline=None)
@given(before=st.sampled_from(["", "In 2019, he left. ", "Late 2024 saw a vote. ",
                               "On March 3, 2020, ", "Since 2000, "]),
       word=st.sampled_from(["now", "Now", "today", "Today", "right now", "currently",
                             "at present", "nowadays"]),
       anchor=st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31)))
def test_now_and_today_never_become_a_year(before, word, anchor):
    text = f"{before}{word} the talks go on."
    for match in find_times(text, anchor):
        if match.start >= len(before):
            assert not _YEAR.match(match.value or ""), (text, match)


@pytest.mark.parametrize(("text", "value"), [
    ("In October, the talks began; on the 9th they stalled.", "2025-10-09"),
    ("On October 3 he met Xi and on the 9th he left.", "2025-10-09"),
    ("Talks began in October.\nOn the 9th they stalled.", "2025-11-09"),  # a new paragraph
    ("The vote is set for December. On the 9th he spoke.", "2025-11-09"),  # a month to come
])
def test_a_bare_day_takes_the_month_named_just_before_it(text, value):
    assert value_of(text, "the 9th") == value


def test_an_offset_after_a_comma_restates_the_date_before_it():
    text = "On August 1, two days before the deadline, he spoke. A photo that day showed him."
    matches = find_times(text, dt.date(2025, 8, 1))
    assert [(m.text, m.value) for m in matches] == [
        ("August 1", "2025-08-01"), ("two days before", "2025-08-01"),
        ("that day", "2025-08-01")]


@pytest.mark.parametrize("text", [
    "It was on July 3. With less than two years before the election, he left.",
    "It was on July 3. Two days before the upcoming vote, he resigned.",
])
def test_a_stretch_of_time_or_a_date_to_come_is_no_offset(text):
    assert [m.value for m in find_times(text, dt.date(2025, 8, 1))][1:] in (["P2Y"], ["P2D"])


@pytest.mark.parametrize("text", ["according to USA Today, the vote passed",
                                  "Russia Today reported the strike"])
def test_today_at_the_end_of_a_name_is_no_date(text):
    assert find_times(text, NOV_26) == []


def test_today_opening_a_sentence_is_the_publication_day():
    assert value_of("He spoke. Today the vote goes ahead.", "Today") == "2025-11-26"


def test_a_day_of_the_month_before_a_verb_of_reporting_is_a_date():
    import datetime as dt

    from newsgraph.analysis.times import find_times
    found = [(m.text, m.value) for m in find_times("Experts interviewed by the paper on the 7th said the vote was close.",
                                                   dt.date(2025, 9, 8))]
    assert ("the 7th", "2025-09-07") in found
    assert find_times("Officials on the 5th floor said nothing.", dt.date(2025, 9, 8)) == []
