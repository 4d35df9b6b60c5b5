"""US senators (119th Congress, changes since January 2025, 118th leavers) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("day, holder", [
    ("2025-06-01", "tommy-tuberville"),
    ("2025-06-01", "katie-britt"),
    ("2025-06-01", "lisa-murkowski"),
    ("2025-06-01", "ruben-gallego"),
    ("2025-06-01", "adam-schiff"),
    ("2025-06-01", "lisa-blunt-rochester"),
    ("2025-06-01", "angela-alsobrooks"),
    ("2025-06-01", "elissa-slotkin"),
    ("2025-06-01", "bernie-moreno"),
    ("2025-06-01", "dave-mccormick"),
    ("2025-06-01", "tim-sheehy"),
    ("2025-06-01", "jim-banks"),
    ("2025-06-01", "john-curtis-utah"),
    ("2025-06-01", "andy-kim-new-jersey"),
    ("2025-06-01", "jim-justice"),
    ("2025-06-01", "jon-husted"),
    ("2025-06-01", "ashley-moody"),
    ("2025-06-01", "bernie-sanders"),
    ("2025-06-01", "angus-king"),
    ("2025-06-01", "rick-scott"),
    ("2025-06-01", "ron-johnson-wisconsin"),
    ("2025-06-01", "mike-lee-utah"),
    # persons kept in us.yaml, their Senate terms in us_senate.yaml
    ("2025-06-01", "tim-scott"),
    ("2025-06-01", "mitch-mcconnell"),
    ("2025-06-01", "chuck-schumer"),
    ("2025-06-01", "john-thune"),
    ("2025-06-01", "elizabeth-warren"),
    ("2025-06-01", "mark-warner"),
    ("2025-06-01", "tom-cotton"),
    ("2025-06-01", "markwayne-mullin"),
    ("2026-01-15", "jon-husted"),
    ("2024-06-01", "jd-vance"),
    ("2024-06-01", "marco-rubio"),
    ("2024-06-01", "kyrsten-sinema"),
    ("2024-06-01", "joe-manchin"),
    ("2024-06-01", "sherrod-brown"),
    ("2024-06-01", "jon-tester"),
    ("2024-06-01", "mitt-romney"),
    ("2024-06-01", "ben-cardin"),
    ("2023-06-01", "pete-ricketts"),
    ("2022-06-01", "cindy-hyde-smith"),
    ("2022-06-01", "jon-ossoff"),
    ("2024-12-20", "andy-kim-new-jersey"),  # appointed early on 2024-12-08
    ("2024-12-20", "adam-schiff"),
    ("2014-01-01", "cory-booker"),          # sworn in 2013-10-31
    ("2008-06-01", "roger-wicker"),         # appointed 2007-12-31
    ("2011-06-01", "chris-coons"),          # sworn in 2010-11-15
])
def test_senators_on_known_days(kb, day, holder):
    assert holder in holders(kb, "us.senator", day)


@pytest.mark.parametrize("day, gone", [
    ("2025-02-01", "jd-vance"),          # resigned 2025-01-10
    ("2025-02-01", "marco-rubio"),       # Secretary of State from 2025-01-20
    ("2026-06-01", "markwayne-mullin"),  # Secretary of Homeland Security from March 2026
    ("2025-02-01", "kyrsten-sinema"),    # term ended 2025-01-03
    ("2025-02-01", "joe-manchin"),
    ("2025-02-01", "sherrod-brown"),
    ("2025-02-01", "mitt-romney"),
    ("2025-02-01", "mike-braun"),
    ("2025-02-01", "ben-cardin"),
    ("2025-01-10", "jim-justice"),       # sworn in 2025-01-14
    ("2025-01-15", "jon-husted"),        # sworn in 2025-01-21
    ("2025-01-15", "ashley-moody"),
    ("2024-06-01", "ruben-gallego"),     # took office 2025-01-03
    ("2019-01-05", "rick-scott"),        # sworn in 2019-01-08
    ("2012-06-01", "tim-scott"),         # sworn in 2013-01-03
])
def test_not_senators_outside_their_terms(kb, day, gone):
    assert gone not in holders(kb, "us.senator", day)


def test_senate_has_every_state_filled_in_2025(kb):
    senators = holders(kb, "us.senator", "2025-06-01")
    assert len(senators) == 100


def test_senate_is_multi_seat(kb):
    assert kb.positions["us.senator"].single_holder is False


@pytest.mark.parametrize("person", [
    "rick-scott", "ron-johnson-wisconsin", "mike-lee-utah", "andy-kim-new-jersey", "mark-kelly",
    "todd-young", "angus-king", "patty-murray", "susan-collins", "gary-peters", "alex-padilla",
    "dan-sullivan-alaska", "john-kennedy-louisiana", "tina-smith-minnesota", "jim-justice",
])
def test_shared_family_names_are_left_out(kb, person):
    """A bare 'Scott', 'Johnson', 'Lee', 'Kim', 'Collins'... keeps naming the better-known holders."""
    assert kb.persons[person].family is None


def test_ninety_nine_seats_filled_between_vance_and_husted(kb):
    """Vance left on 2025-01-10 and Justice was sworn in on 2025-01-14; Husted only on 2025-01-21."""
    senators = holders(kb, "us.senator", "2025-01-15")
    assert len(senators) == 99
    assert "marco-rubio" in senators and "jd-vance" not in senators
