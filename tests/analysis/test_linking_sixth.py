"""Sixth pass of issue #11: names the knowledge base knows that a report writes short — a family
name only one known person bears, out of office; a given name alone after the family name — and
titles without a country read in the countries of the people the report names. Each with this
project's own sentences, and each with the case where the same shape must not link."""

import pytest
from tests.analysis.linked_people import linked, named, people_of

from newsgraph.model import ResolutionStatus

P = pytest.param

LINKS = [
    P("Kushner and Witkoff met officials in Moscow on Monday, the US side said.", "2026-01-26", "Kushner",
      "Jared Kushner", id="sole-bearer-out-of-office-in-a-report-on-their-country"),
    P("Biden said on Monday that the tariffs on Japan were a mistake.", "2026-01-26", "Biden", "Joe Biden",
      id="former-head-of-state-named-anywhere"),
    P("Kushner met officials in Washington on Monday; Jared said the US plan would hold.", "2026-01-26", "Jared",
      "Jared Kushner", id="given-name-alone-after-the-family-name"),
    P("Secretary of State Marco Rubio said on Monday that tariffs on copper from Chile would rise. President "
      "Trumph will decide next week, Rubio said.", "2025-07-10", "Trumph", "Donald Trump",
      id="title-read-in-the-country-of-a-person-named"),
]


@pytest.mark.parametrize("text, published, phrase, person", LINKS)
def test_a_short_name_of_a_known_person_links(text, published, phrase, person):
    assert linked(named(people_of(text, published), phrase)) == person


NOBODY = [
    P("Pelosi criticised the tariffs on Japan on Monday.", "2026-01-26", "Pelosi",
      id="out-of-office-and-the-text-names-no-country-they-served"),
    P("Howard said on Monday that the tariffs on Japan were wrong.", "2026-01-26", "Howard",
      id="a-family-name-that-is-also-a-known-given-name"),
    P("Anna Kushner, a teacher in Ohio, said prices rose in the US. Kushner added that tariffs hurt.", "2026-01-26",
      "Kushner", id="the-family-name-repeats-a-fuller-name-of-the-text"),
]


@pytest.mark.parametrize("text, published, phrase", NOBODY)
def test_a_short_name_that_may_be_someone_else_links_nobody_known(text, published, phrase):
    mention = named(people_of(text, published), phrase)
    assert mention.status is ResolutionStatus.unresolved


def test_the_family_name_after_a_fuller_unknown_name_keeps_that_name():
    mentions = people_of("Anna Kushner, a teacher in Ohio, said prices rose in the US. Kushner added that tariffs "
                         "hurt.", "2026-01-26")
    assert named(mentions, "Kushner").entity.id == named(mentions, "Anna Kushner").entity.id


def test_a_given_name_beside_another_capitalised_word_is_no_mention_of_the_person():
    mentions = people_of("Kushner met US officials on Monday. Reporters waited at the Jared Hall in Washington.",
                         "2026-01-26")
    assert linked(named(mentions, "Kushner")) == "Jared Kushner"
    assert not [m for m in mentions if m.text == "Jared"]



def test_a_pronoun_shaped_word_inside_a_name_is_no_pronoun():
    # 何立峰 in English is "He Lifeng": its first word is the name, not a pronoun for Greer.
    mentions = people_of("Jamieson Greer met He Lifeng on Monday. The economist Paul Krugman said tariffs hurt.",
                         "2025-05-12")
    assert linked(named(mentions, "He Lifeng")) == "He Lifeng"
    assert not [m for m in mentions if m.text == "He"]


@pytest.mark.parametrize("text, phrase", [
    P("Crown Prince Mohammed bin Salman met the Prince of Wales in Riyadh on Monday to discuss investment.",
      "the Prince", id="another-prince"),
    P("Vice President Delcy Rodríguez said on Monday in Caracas that the decree would be delivered to the president "
      "of the Supreme Court for review.", "the president", id="president-of-a-court"),
])
def test_a_bare_title_of_a_place_or_body_the_knowledge_base_lacks_is_nobody_named_before(text, phrase):
    mentions = people_of(text, "2025-07-10")
    assert all(not m.status.is_resolved for m in mentions if m.text == phrase)


def test_a_word_that_only_qualifies_a_thing_is_no_garbled_name():
    # "Patriot" sounds a little like Kash Patel's Chinese transcription, but it names the missiles.
    mentions = people_of("Kellogg spoke with Sybiha in Kyiv on Monday about buying US weapons. First of all, "
                         "Patriot air defense systems, he said. The Trump administration agreed.", "2025-07-10")
    assert all(not m.status.is_resolved for m in mentions if m.text == "Patriot")
    assert linked(named(mentions, "Trump")) == "Donald Trump"  # "the Trump administration" is his
