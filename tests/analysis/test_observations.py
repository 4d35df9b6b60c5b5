"""Numbers typed as indicator observations, with subject, object, status and date."""

import pytest

import newsgraph
from newsgraph.analysis.quantities import find_thresholds


@pytest.mark.parametrize("text, published, indicator, value, unit, subject, obj, status, date", [
    ("On July 8, Trump sent letters, with a 25% tariff on imports from Japan set to take effect from August 1.",
     "2025-07-11", "tariff_rate", 25, "percent", "United States", "Japan", "announced", "2025-08-01"),
    ("Tokyo was trying to avoid Trump imposing a 35% tariff on Japanese goods.", "2025-07-11",
     "tariff_rate", 35, "percent", "United States", "Japan", "threatened", "2025-07-11"),
    ("On June 21, the U.S. government requested Japan to raise its defense spending to 3.5% of GDP.", "2025-07-11",
     "defense_spending_gdp", 3.5, "percent_of_gdp", "Japan", None, "requested", "2025-06-21"),
    ("Japan agreed to invest $550 billion in the United States.", "2025-07-23",
     "investment_pledge", 550e9, "usd", "Japan", "United States", "reported", "2025-07-23"),
    ("The approval rating of Ishiba's cabinet is 24%.", "2025-07-11",
     "approval_rating", 24, "percent", "Shigeru Ishiba", None, "reported", "2025-07-11"),
])
def test_numbers_become_typed_observations(text, published, indicator, value, unit, subject, obj, status, date):
    [found] = [o for o in newsgraph.analyze(text, published=published).observations if o.indicator == indicator]
    assert (found.value, found.unit, found.status.value, found.date.value) == (value, unit, status, date)
    assert (found.subject.name if found.subject else None) == subject
    assert (found.object.name if found.object else None) == obj
    assert text[found.start:found.end] in text and found.quote


def test_a_stated_threshold_is_not_an_observation():
    text = ("A cabinet approval rating below 30% is considered entering the \"danger zone\"; if it further "
            "drops below 20%, it is regarded as entering the \"downfall zone.\"")
    assert newsgraph.analyze(text, published="2025-07-11").observations == []
    bands = [(t.indicator.value, t.side, t.value, t.label) for t in find_thresholds(text)]
    assert bands == [("approval_rating", "below", 30.0, "danger zone"), ("approval_rating", "below", 20.0, "downfall zone")]


@pytest.mark.parametrize("text, value, unit", [
    ("Trump sent letters to leaders of 14 countries.", 14, "country"),
    ("The plan caps the army at 600,000 troops.", 600000, "troop"),
    ("The strategic reserve can last 74 days.", 74, "day"),
    ("India will buy 300,000 barrels per day.", 300000, "barrel/day"),
])
def test_counts_of_things_are_kept_with_their_noun(text, value, unit):
    [found] = newsgraph.analyze(text, published="2025-07-11").observations
    assert (found.indicator, found.value, found.unit) == ("other", value, unit)


@pytest.mark.parametrize("text, value", [
    ("Berlin wants to cut duty-free import quotas by 47%.", -47),
    ("The index fell 1.6% on Monday.", -1.6),
    ("The index rose 1.6% on Monday.", 1.6),
])
def test_a_movement_carries_its_sign(text, value):
    [found] = newsgraph.analyze(text, published="2025-07-11").observations
    assert (found.value, found.unit) == (value, "percent")


def test_a_bare_number_or_a_short_drive_is_not_an_observation():
    text = "They met in room 12 after a 30-minute drive."
    assert newsgraph.analyze(text, published="2025-07-11").observations == []


def test_a_meeting_length_is_an_observation():
    [found] = newsgraph.analyze("Akazawa had an 85-minute meeting with Lutnick.", published="2026-02-13").observations
    assert (found.indicator, found.value, found.unit, found.status.value) == ("other", 85, "minute", "actual")


@pytest.mark.parametrize("text, kept", [
    ("Afterwards the ministers held consultations for about 75 minutes.", True),
    ("The call lasted 40 minutes.", True),
    ("He slept for 8 hours.", False),
])
def test_a_clock_duration_is_kept_when_something_was_held_for_it(text, kept):
    found = newsgraph.analyze(text, published="2025-07-11").observations
    assert bool(found) is kept
