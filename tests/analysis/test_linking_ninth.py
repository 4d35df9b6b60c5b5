"""Ninth round of person resolution on unseen reports (issue #11): which of a country's two heads
"the leader" is (`leading_office.tsv`), "the island's leader" read against the country the text
speaks of, and a remit written after a title ("the special envoy for the Middle East"). The
sentences are this project's own."""

from __future__ import annotations

import pytest
from tests.analysis.linked_people import people_by_text as _people

from newsgraph.datafiles import read_rows
from newsgraph.kb.schema import PositionKind


@pytest.mark.parametrize("text, mention, holder", [
    # A ceremonial head of state: the head of government leads.
    ("The German leader said Europe must pay more for its own defence.", "The German leader", "Friedrich Merz"),
    ("The Japanese leader said the tariffs were unacceptable.", "The Japanese leader", "Shigeru Ishiba"),
    # An executive president beside a prime minister: the president leads.
    ("The French leader announced a visit to London.", "The French leader", "Emmanuel Macron"),
    ("The Chinese leader urged Washington to correct its course.", "The Chinese leader", "Xi Jinping"),
])
def test_the_leader_of_a_country_with_two_heads_is_the_one_whose_office_leads(analyzer, text, mention, holder):
    assert _people(analyzer, text, "2025-07-10")[mention] == holder


def test_the_leader_is_the_one_the_text_names_most_before_the_leading_office(analyzer):
    # Ishiba is Japan's leader by office, but the text is about the Emperor, named twice.
    text = ("Emperor Naruhito opened the Diet session on Friday. Emperor Naruhito spoke of peace. "
            "The Japanese leader then met the crown prince.")
    assert _people(analyzer, text, "2025-07-10")["The Japanese leader"] == "Naruhito"


def test_a_country_whose_leading_office_is_unclear_is_not_guessed(analyzer):
    # Saudi Arabia has a king and a crown prince who is prime minister: left out of the table.
    assert _people(analyzer, "The Saudi leader received the envoys in Jeddah.", "2025-07-10").get(
        "The Saudi leader") is None


def test_the_islands_leader_is_the_leader_of_the_island_the_text_speaks_of(analyzer):
    text = "Taiwan held drills on Monday. The island's leader said it would not bow to pressure."
    assert _people(analyzer, text, "2025-07-10")["The island's leader"] == "Lai Ching-te"


@pytest.mark.parametrize("text, mention, holder", [
    ("The US special envoy for the Middle East arrived in Doha on Friday.",
     "The US special envoy for the Middle East", "Steve Witkoff"),
    ("The US special envoy for Ukraine arrived in Kyiv on Friday.", "The US special envoy for Ukraine",
     "Keith Kellogg"),
])
def test_a_remit_written_after_the_title_is_part_of_it(analyzer, text, mention, holder):
    assert _people(analyzer, text, "2025-07-10")[mention] == holder


def test_every_leading_office_is_a_head_and_its_country_has_both_heads(analyzer):
    kb = analyzer.kb
    for code, kind in read_rows("newsgraph.resolve", "leading_office.tsv", 2):
        assert kind in (PositionKind.head_of_state.value, PositionKind.head_of_government.value), code
        kinds = {p.kind.value for p in kb.positions.values() if p.polity == code}
        assert {PositionKind.head_of_state.value, PositionKind.head_of_government.value} <= kinds, code


@pytest.mark.parametrize("text, mention, holder", [
    # A generic head of a country or of the seat of its government: the country's leader.
    ("The head of the Kremlin held a meeting with the Security Council.", "The head of the Kremlin",
     "Vladimir Putin"),
    # ... of its state or its government: that office.
    ("The head of the Ukrainian state said Kyiv needed more air defence.", "The head of the Ukrainian state",
     "Volodymyr Zelensky"),
    ("The head of the Israeli government said the operation would go on.", "The head of the Israeli government",
     "Benjamin Netanyahu"),
    # The head of a ministry is its minister, not the ministry's spokesperson.
    ("The head of the Chinese Ministry of Commerce met the EU trade commissioner.",
     "The head of the Chinese Ministry of Commerce", "Wang Wentao"),
    ("The head of the Russian Foreign Ministry said Moscow was ready for talks.",
     "The head of the Russian Foreign Ministry", "Sergey Lavrov"),
    # A body or remit after "of" is part of the title, and a country in it is the office's.
    ("The Minister of Economic Revitalization of Japan arrived in Washington.",
     "The Minister of Economic Revitalization of Japan", "Ryosei Akazawa"),
    ("The Secretary-General of NATO said the allies were united.", "The Secretary-General of NATO", "Mark Rutte"),
    ("The President of the United States said no.", "The President of the United States", "Donald Trump"),
])
def test_the_head_of_a_country_state_government_ministry_or_body_as_translation_writes_it(
        analyzer, text, mention, holder):
    assert _people(analyzer, text, "2025-07-10")[mention] == holder


@pytest.mark.parametrize("text, phrase", [
    # A country word that begins a body's name is no country of the title.
    ("The head of the Japan Business Federation met Ishiba on Friday.", "The head"),
    # A generic head of something unnamed names no office of the country the text names.
    ("Russia's navy held drills on Friday. The chief said the fleet was ready.", "The chief"),
])
def test_a_generic_head_of_something_unnamed_is_nobody(analyzer, text, phrase):
    assert _people(analyzer, text, "2025-07-10").get(phrase) is None


def test_a_name_after_a_title_inside_another_title_is_the_outer_holders(analyzer):
    # Not the president's name: the envoy's.
    people = _people(analyzer, "From the United States came a special envoy of the president of the United "
                               "States Steve Witkoff and Jared Kushner.", "2026-01-23")
    assert people["Steve Witkoff"] == "Steve Witkoff"


def test_family_names_inside_a_place_that_is_a_country_are_no_people(analyzer):
    # "Hong" and "Kong" are both family names of people in the knowledge base.
    people = _people(analyzer, "Hong Kong's leader said the city would recover.", "2025-07-10")
    assert "Hong" not in people and "Kong" not in people
    assert people["Hong Kong's leader"] == "John Lee"


@pytest.mark.parametrize("text, mention, holder", [
    ("The New Zealand prime minister spoke on Friday.", "The New Zealand prime minister", "Christopher Luxon"),
    ("The Chief Executive of Hong Kong said the city would recover.", "The Chief Executive of Hong Kong",
     "John Lee"),
])
def test_a_country_named_in_two_words_places_the_title(analyzer, text, mention, holder):
    assert _people(analyzer, text, "2025-07-10")[mention] == holder


def test_a_colleague_of_another_country_is_the_counterpart_however_it_is_written(analyzer):
    text = "Secretary of State Marco Rubio said he had a conversation with a Russian colleague on Friday."
    assert _people(analyzer, text, "2025-04-18")["a Russian colleague"] == "Sergey Lavrov"


def test_a_title_written_without_its_hyphen_is_the_same_title(analyzer):
    text = "Rutte spoke in Brussels on Friday. Allies must spend more, says the Secretary General."
    assert _people(analyzer, text, "2025-06-24")["the Secretary General"] == "Mark Rutte"


def test_a_korean_family_name_in_another_spelling_with_the_given_name_as_known(analyzer):
    # 조 is written Cho, Jo or Joe; the minister writes his given name Hyun (Revised Romanization: Hyeon).
    people = _people(analyzer, "Foreign Minister nominee Jo Hyun attended the confirmation hearing on "
                               "Wednesday. Jo said the alliance was strong.", "2025-07-17")
    assert people["Jo Hyun"] == "Cho Hyun" and people["Jo"] == "Cho Hyun"


@pytest.mark.parametrize("text, expected", [
    # "The official" right after a named office holder is that holder ...
    ("Mexico will open talks with the United States, said Marcelo Ebrard, Secretary of Economy. "
     "The official praised the role of President Claudia Sheinbaum.", "Marcelo Ebrard"),
    # ... but not after an unnamed official it continues, nor a head of state.
    ("Marcelo Ebrard met Lutnick. A senior Mexican official said talks went well. The official added "
     "that a deal was near.", None),
    ("Trump spoke on Monday. Later, the official said nothing.", None),
])
def test_the_official_alone_is_the_office_holder_just_named(analyzer, text, expected):
    people = _people(analyzer, text, "2025-02-04")
    found = next((v for k, v in people.items() if k.lower() == "the official"), None)
    assert found == expected, people
