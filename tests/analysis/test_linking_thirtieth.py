"""Thirtieth round of person resolution on unseen reports (issue #11): a bare title is not the
person named in its own clause or the speaker whose words it is in, and a title set after a verb
of leaving ("resigned as", "was dismissed as") or a past adverb ("previously served as") is an
office the person held before, not a wrong name for its present holder. The sentences are this
project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text, record_of

from newsgraph.model import ResolutionStatus


def _mention(record, text):
    [found] = [m for m in record.mentions if m.type == "PERSON" and m.text == text]
    return found


def test_a_title_is_not_the_person_met_in_its_own_clause(analyzer):
    """The minister named in the first sentence is the one who met the secretary: "the Foreign
    Minister" and "the US Secretary of State" are two parties of one clause."""
    text = ("Egyptian Foreign Minister Badr Abdelatty travelled to Washington on Tuesday for talks on Gaza. "
            "During his meeting with the US Secretary of State, the Foreign Minister stressed the need for "
            "more aid.")
    people = people_by_text(analyzer, text, "2025-09-16")
    assert people["the US Secretary of State"] == "Marco Rubio"
    assert people["the Foreign Minister"] == "Badr Abdelatty"


def test_a_speaker_does_not_call_himself_by_a_title(analyzer):
    """What the defence minister says about "the former minister" is about someone else than him,
    though his own office fits the title too."""
    text = ("Yoshimasa Hayashi left the cabinet in October. Shinjiro Koizumi said a new post for the former "
            "minister had not been discussed.")
    people = people_by_text(analyzer, text, "2025-11-10")
    assert people["Shinjiro Koizumi"] == "Shinjiro Koizumi"
    assert people["the former minister"] == "Yoshimasa Hayashi"


def test_a_title_said_of_its_subject_or_in_a_relative_clause_may_be_the_same_person(analyzer):
    """Guards: a predicate ("was chosen as prime minister") is said of its subject, and a relative
    clause may call the subject by office ("for which the president gave no reason")."""
    chosen = ("Parliament met in Bangkok on Friday. Anutin Charnvirakul, the Bhumjaithai leader, was chosen as "
              "the country's prime minister after the vote.")
    assert people_by_text(analyzer, chosen, "2025-09-06").get("the country's prime minister") in (
        None, "Anutin Charnvirakul")
    moved = ("President Salva Kiir announced sweeping changes to his government on Monday, in a move for which "
             "the president gave no explanation.")
    assert people_by_text(analyzer, moved, "2025-11-17")["the president"] == "Salva Kiir Mayardit"


def test_a_past_adverb_makes_a_title_one_held_before(analyzer):
    """"Previously, X served as foreign minister": X is that former minister, not a wrong name for
    the minister in office on the day."""
    text = ("Fumio Kishida spoke at a policy forum in Tokyo on Monday. Previously, Kishida served as foreign "
            "minister for almost five years.")
    record = record_of(analyzer, text, "2025-06-02")
    for written in ("Fumio Kishida", "Kishida"):
        found = _mention(record, written)
        assert found.status is ResolutionStatus.exact, written
        assert found.entity.name == "Fumio Kishida"


def test_a_passive_verb_of_leaving_makes_a_title_one_held_before(analyzer):
    """"X was replaced as foreign minister": the office is one X held before the day."""
    text = "Yoshimasa Hayashi was replaced as foreign minister in a reshuffle, the party said on Monday."
    found = _mention(record_of(analyzer, text, "2025-06-02"), "Yoshimasa Hayashi")
    assert found.entity.name == "Yoshimasa Hayashi"
    assert "held the office of Minister for Foreign Affairs of Japan" in found.explanation
    assert "former" in found.explanation


def test_an_active_verb_of_taking_office_keeps_the_title_a_present_one(analyzer):
    """Guard: "X replaced Y as foreign minister" gives its active subject the office."""
    text = "Yoko Kamikawa replaced Yoshimasa Hayashi as foreign minister in a reshuffle last month."
    found = _mention(record_of(analyzer, text, "2023-10-02"), "Yoko Kamikawa")
    assert found.entity.name == "Yoko Kamikawa"
    assert "former" not in found.explanation


def test_the_office_inside_another_title_is_a_mention_of_its_own(analyzer):
    """"Chief of Staff to the President X": X is the chief of staff, and the president is
    mentioned too, though a name follows the title."""
    text = ("The president flew to Florida on Friday for the weekend. Chief of Staff to the President Susie Wiles "
            "stayed in Washington for talks with Senate leaders.")
    people = people_by_text(analyzer, text, "2025-06-13")
    assert people["the President"] == "Donald Trump"
    assert people["Susie Wiles"] == "Susie Wiles"


def test_a_remit_after_the_inner_office_keeps_it_the_outer_title(analyzer):
    """Guard: "Assistant to the President for National Security X" is one title, X's."""
    text = ("The delegation included Assistant to the President for National Security Mike Waltz, who met "
            "the Saudi ministers in Riyadh.")
    people = people_by_text(analyzer, text, "2025-02-18")
    assert people["Mike Waltz"] == "Mike Waltz"
    assert "the President for National Security" not in people


def test_the_head_of_diplomacy_without_a_country_is_the_foreign_minister_named(analyzer):
    """"The head of diplomacy", as Spanish and Portuguese reports put it, with no country: the
    foreign minister the text has named."""
    text = ("Mauro Vieira met Chinese officials in Beijing on Monday. The head of diplomacy said Brazil wanted "
            "more trade with Asia.")
    people = people_by_text(analyzer, text, "2025-05-12")
    assert people["The head of diplomacy"] == "Mauro Vieira"


def test_the_office_inside_a_title_the_knowledge_base_lacks_is_a_mention_too(analyzer):
    """"Private Secretary to the Crown Prince Dr. X": no office of the knowledge base is called
    "Private Secretary", yet the crown prince inside the phrase is mentioned, and X is not him."""
    text = ("Saudi Foreign Minister Prince Faisal bin Farhan received the delegation in Riyadh on Sunday. Also "
            "present was Private Secretary to the Crown Prince Dr. Sami Haddad.")
    people = people_by_text(analyzer, text, "2025-02-16")
    assert people["the Crown Prince"] == "Mohammed bin Salman"
    assert people.get("Sami Haddad") is None


def test_a_title_after_a_noun_of_leaving_is_one_held_before(analyzer):
    """"since the resignation of Prime Minister X", months after X left: X, not a wrong name for
    the prime minister of the day."""
    text = "Markets have risen since the resignation of Prime Minister Shigeru Ishiba, analysts said on Tuesday."
    found = _mention(record_of(analyzer, text, "2026-03-10"), "Shigeru Ishiba")
    assert found.status is ResolutionStatus.exact
    assert found.entity.name == "Shigeru Ishiba"
