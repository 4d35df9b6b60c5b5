"""Fifteenth round of person resolution on unseen reports (issue #11): name spans around known
family names and military ranks, and a title a comma separates from a second title. The sentences
are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people
from tests.analysis.linked_people import record_of


def _person_texts(analyzer, text: str, day: str) -> list[str]:
    return [m.text for m in record_of(analyzer, text, day).mentions if m.type == "PERSON"]


def test_a_known_family_name_ending_the_models_span_keeps_the_given_name(analyzer):
    """The parser reads "Victor" as a noun; the model's one span "Victor Cha" is one person, not
    "Victor" and the Korean official whose bare surname is "Cha"."""
    text = ("Seoul and Washington still have to settle their differences... Victor Cha: Met with "
            "Lee Jae-myung, Trump will not simply congratulate him")
    people = _people(analyzer, text, "2025-08-01")
    assert "Victor Cha" in people and "Cha" not in people and "Victor" not in people
    assert people["Victor Cha"] is None  # not in the knowledge base: kept whole, unresolved


def test_a_known_family_name_before_it_is_another_person():
    """The rule above (for words the parser did not take for proper nouns) never joins a one-word
    known name to another known family name the model put in the same span ("Putin Trump" is two
    people), nor to a title before it."""
    import spacy
    from spacy.tokens import Doc, Span

    from newsgraph.analysis.components.names import _whole_name

    def grown(words: list[str], families: set[str]) -> str:
        doc = Doc(spacy.blank("en").vocab, words=words, pos=["NOUN"] * (len(words) - 1) + ["PROPN"])
        last = len(words) - 1
        return _whole_name(Span(doc, last, last + 1, label="PERSON"), set(), [Span(doc, 0, len(words), label="PERSON")],
                           families=frozenset(families), heads=frozenset({"minister"})).text

    assert grown(["Victor", "Cha"], {"cha"}) == "Victor Cha"
    assert grown(["Putin", "Trump"], {"putin", "trump"}) == "Trump"
    assert grown(["Minister", "Cha"], {"cha"}) == "Cha"


def test_a_rank_alone_is_no_person(analyzer):
    """"Air Marshal", tagged apart from the name after it, is a rank, not somebody."""
    texts = _person_texts(analyzer, "Both Vice Admiral Emmanuel Ogalla and Air Marshal Hasan Abubakar will now "
                          "retire.", "2025-10-25")
    assert "Air Marshal" not in texts
    assert "Hasan Abubakar" in texts and "Emmanuel Ogalla" in texts


def test_a_title_set_off_by_a_comma_from_a_second_title_still_names_its_holder(analyzer):
    """"The President, Commander-in-Chief of the Armed Forces, …": "President, Commander" is no
    office, so the title ends at the comma and stands for the president named before."""
    text = ("President Bola Tinubu named new service chiefs on Friday.\n\n\"The President, Commander-in-Chief "
            "of the Armed Forces, thanks the outgoing Chief of Defence Staff, General Christopher Musa, for "
            "his service,\" the statement said.")
    mentions = record_of(analyzer, text, "2025-10-25").mentions
    [president] = [m for m in mentions if m.text == "The President"]
    assert president.entity is not None and president.entity.name == "Bola Tinubu"


def test_a_rank_between_a_title_and_a_name_does_not_give_the_title_to_the_name_before(analyzer):
    """In a list, "Navy Spokesperson Rear Adm. Roy Vincent Trinidad" is Trinidad's title; the
    representative named before it is not read as the navy's spokesperson."""
    text = ("The embassy answered Sen. Risa Hontiveros, Rep. Leila de Lima, Philippine Navy Spokesperson "
            "Rear Adm. Roy Vincent Trinidad, and the coast guard.")
    mentions = {m.text: m for m in record_of(analyzer, text, "2026-01-20").mentions}
    assert "Rear" not in mentions
    assert mentions["Leila de Lima"].entity.name == "Leila de Lima"
    assert mentions["Leila de Lima"].status.value != "conflict"
    assert "Spokesperson" in mentions["Roy Vincent Trinidad"].explanation
