"""Twentieth round of person resolution on unseen reports (issue #11): a known name under a title
that fits several offices alike names that person, when they then held an office of the title's
kind; a title that singles out one office still flags a former holder's name. The sentences are
this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _mention(analyzer, text: str, day: str, written: str):
    return next(m for m in record_of(analyzer, text, day).mentions if m.text == written)


def test_a_known_envoy_under_a_title_several_envoys_share_is_that_envoy(analyzer):
    """"presidential special envoy" fits the climate, Ukraine, hostage and special-missions envoys
    within a few hundredths: none is singled out, and Witkoff then held an envoy's office."""
    text = ("Kyiv's negotiators spoke by telephone on Tuesday with US presidential special envoy "
            "Steve Witkoff about the next round of talks.")
    witkoff = _mention(analyzer, text, "2025-12-03", "Steve Witkoff")
    assert witkoff.status.value == "exact"
    assert witkoff.entity is not None and witkoff.entity.name == "Steve Witkoff"


def test_a_title_that_singles_out_one_office_still_flags_another_persons_name(analyzer):
    """"Special Envoy for Ukraine" names one office, Kellogg's in 2025: Witkoff's name under it is
    a wrong name, flagged as a conflict with both candidates."""
    text = "The Special Envoy for Ukraine Steve Witkoff arrived in Kyiv on Tuesday."
    mention = _mention(analyzer, text, "2025-06-03", "Steve Witkoff")
    assert mention.status.value == "conflict"
    assert mention.entity is not None and mention.entity.name == "Keith Kellogg"


def test_a_legislature_named_alone_is_no_title_of_its_presiding_officer(analyzer):
    """"The Mexican Senate approved …": a body, not the Senate's president, however many offices
    are called "President of the Senate"; the president by title still is."""
    text = ("The Mexican Senate approved the reform on Tuesday. The President of the Senate of Mexico "
            "said the vote was historic.")
    people = {m.text: m.entity.name if m.entity else None for m in record_of(analyzer, text, "2025-10-07").mentions}
    assert people.get("The Mexican Senate") is None
    assert people["The President of the Senate of Mexico"] == "Laura Itzel Castillo"


def test_the_minister_is_not_a_security_councils_secretary(analyzer):
    """"the minister" reads "secretary" too, as translation swaps the two, but the secretary of a
    security council named last is no minister: the foreign minister named before is."""
    text = ("Foreign Minister Sergei Lavrov spoke in Moscow on Tuesday. Security Council Secretary "
            "Sergei Shoigu attended the meeting. \"We are ready for talks,\" the minister said.")
    people = {m.text: m.entity.name if m.entity else None for m in record_of(analyzer, text, "2025-06-10").mentions}
    assert people["Sergei Shoigu"] == "Sergei Shoigu"
    assert people["the minister"] == "Sergey Lavrov"
