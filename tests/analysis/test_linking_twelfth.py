"""Twelfth round of person resolution on unseen reports (issue #11): a name that a famous person
bears is the namesake the text names by office, when the famous one serves no country the text
names; a name after "<title> of <field>" does not take the field in; a body's name after a rank
word is no name. The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people
from tests.analysis.linked_people import record_of

PETRO_NAMES = ("Colombia's President Gustavo Petro named the new Minister of Defense on Wednesday: "
               "General Pedro Sánchez, a retired air force officer. Sánchez takes office next month, "
               "Petro said.")


def test_a_namesake_named_by_office_is_the_one_the_text_means(analyzer):
    people = _people(analyzer, PETRO_NAMES, "2025-02-20")
    assert people["Pedro Sánchez"] == "Pedro Arnulfo Sánchez"
    assert people["Sánchez"] == "Pedro Arnulfo Sánchez"


def test_the_famous_bearer_stays_in_a_text_about_his_country(analyzer):
    """Spain is named, and Spain's prime minister serves it: the name is his."""
    people = _people(analyzer, "Spain's Prime Minister Pedro Sánchez met the Colombian Minister of "
                     "Defense in Madrid on Monday.", "2025-03-10")
    assert people["Pedro Sánchez"] == "Pedro Sánchez"
    assert people["the Colombian Minister of Defense"] == "Pedro Arnulfo Sánchez"


def test_the_explanation_names_both_bearers(analyzer):
    [mention] = [m for m in record_of(analyzer, PETRO_NAMES, "2025-02-20").mentions if m.text == "Pedro Sánchez"]
    assert "names as" in mention.explanation and "Pedro Sánchez, who then served no country" in mention.explanation
    assert [a.name for a in mention.alternatives] == ["Pedro Sánchez"]


def test_a_name_after_a_titles_field_does_not_take_the_field_in(analyzer):
    """A name the knowledge base does not know as written ("Rachad") grows around its known
    given name, but not over the title's field before it."""
    people = _people(analyzer, "The Director of Egyptian Intelligence Hassan Rachad received the Turkish "
                     "delegation in Cairo.", "2025-11-20")
    assert "Hassan Rachad" in people
    assert not any("Intelligence" in text for text in people)


def test_a_bodys_name_after_a_rank_word_is_no_name(analyzer):
    people = _people(analyzer, "The head of Egypt's General Intelligence Service, Hassan Rashad, received "
                     "the delegation.", "2025-11-20")
    assert "Intelligence Service" not in people
    assert people.get("Hassan Rashad") == "Hassan Rashad"


def test_initials_the_model_tagged_apart_begin_the_name_after_them(analyzer):
    """The small model often tags "W." and "Shaibu" as two people; the initial is the given name's."""
    people = _people(analyzer, "President Bola Tinubu named Major-General W. Shaibu Chief of Army Staff and "
                     "Rear Admiral I. Abbas Chief of Naval Staff.", "2025-10-24")
    assert people.get("W. Shaibu") == "Waidi Shaibu"
    assert people.get("I. Abbas") == "Idi Abbas"
    assert "W." not in people and "I." not in people


def test_a_leaders_title_refers_to_the_leader_the_same_sentence_names_after_it(analyzer):
    people = _people(analyzer, "Deputy Prime Minister David Lammy answered questions for the Prime Minister "
                     "on Wednesday while Starmer was at a summit in Brazil.", "2025-11-12")
    assert people.get("the Prime Minister") == "Keir Starmer"


def test_a_deputy_named_after_the_title_is_not_the_leader(analyzer):
    """Only a leader's office fits a leader's title: a deputy named after it is not meant."""
    people = _people(analyzer, "Questions for the Prime Minister were answered on Wednesday by Deputy Prime "
                     "Minister David Lammy in London.", "2025-11-12")
    assert people.get("the Prime Minister") != "David Lammy"
