"""Twenty-seventh round of person resolution on unseen reports (issue #11): the Arabic given name
"Said" is part of a name, not the verb, inside running prose; and a person named in the Spanish or
Portuguese way keeps the second surname the press writes after the name the knowledge base holds.
The sentences are this project's own."""

from __future__ import annotations

import spacy
from spacy.tokens import Span
from tests.analysis.linked_people import people_by_text

from newsgraph.analysis.components.names import _names_with_two_surnames, _with_second_surnames

_NLP = spacy.blank("en")


def test_said_opening_a_name_with_a_known_family_name_stays_in_it(analyzer):
    """The model reads "Said Kuol Deng" whole; the knowledge base knows "Deng" as a family name,
    and "Said" before that known part had been cut off as the verb."""
    text = ("The decree dismissed the police chief and appointed General Said Kuol Deng as his successor. "
            "He was sworn in the next day.")
    people = people_by_text(analyzer, text, "2025-11-19")
    assert "Said Kuol Deng" in people and "Said" not in people


def test_said_left_out_by_the_model_opens_the_name_after_it(analyzer):
    names = analyzer.nlp.get_pipe("newsgraph.names.v1")
    doc = analyzer.nlp("The decree appointed General Said Kuol Deng as police chief.",
                       disable=[n for n in analyzer.nlp.pipe_names if n.startswith("newsgraph")])
    start = [t.text for t in doc].index("Kuol")
    doc.ents = [Span(doc, start, start + 2, label="PERSON")]  # the model leaves "Said" out of some names
    grown = names._with_given_name_before(doc.ents[0])
    assert grown.text == "Said Kuol Deng"
    assert names._with_given_name_before(grown).text == "Said Kuol Deng"  # no rank joins the name


def test_said_opening_a_name_the_model_read_whole_stays(analyzer):
    text = "The new envoy, Said Abdullah, arrived in Juba on Monday. Abdullah met the foreign minister."
    people = people_by_text(analyzer, text, "2025-11-19")
    assert "Said Abdullah" in people and "Abdullah" in people


def test_the_verb_of_a_headline_is_still_no_part_of_the_name(analyzer):
    text = ("Minister Says Trump Tariffs Will Hurt Exporters\n"
            "The trade minister said on Monday that new duties would hurt exporters.")
    assert not any(name.startswith("Says") for name in people_by_text(analyzer, text, "2025-06-02"))


def test_a_second_surname_after_a_known_name_is_part_of_it(analyzer):
    text = ("MADRID, June 10 -- Spain's agriculture minister Luis Planas Puchades met farmers' unions on "
            "Tuesday to discuss the drought. Planas said the government would release emergency funds.")
    people = people_by_text(analyzer, text, "2025-06-10")
    assert people["Luis Planas Puchades"] == "Luis Planas"
    assert "Puchades" not in people


def test_a_second_surname_the_knowledge_base_knows_of_others_is_no_person_of_its_own(analyzer):
    """"Quintero" is the family name of other people the knowledge base holds: after Panama's
    president's name it is his second surname, not a Quintero the text names."""
    text = ("PANAMA CITY, March 3 -- President José Raúl Mulino Quintero said on Monday that the canal would "
            "stay in Panamanian hands. Mulino spoke after meeting shipping executives.")
    people = people_by_text(analyzer, text, "2025-03-03")
    assert people["José Raúl Mulino Quintero"] == "José Raúl Mulino"
    assert "Quintero" not in people


def _spans(text: str, *names: str) -> list[Span]:
    doc = _NLP(text)
    spans = []
    for name in names:
        start = text.index(name)
        spans.append(doc.char_span(start, start + len(name), label="PERSON"))
    return sorted(spans, key=lambda s: s.start)


def test_a_known_family_word_after_a_name_of_two_surnames_joins_it():
    spans = _spans("The councillor Ana Lucia Ferro García spoke.", "Ana Lucia Ferro", "García")
    joined = _with_second_surnames(spans, frozenset({"ana lucia ferro"}), frozenset({"ana", "lucia"}))
    assert [s.text for s in joined] == ["Ana Lucia Ferro García"]


def test_other_names_and_given_names_after_it_stay_apart():
    spans = _spans("The minister Keir Ellis García spoke.", "Keir Ellis", "García")
    assert len(_with_second_surnames(spans, frozenset({"ana lucia ferro"}), frozenset())) == 2
    spans = _spans("Councillors Ana Lucia Ferro Lucia spoke.", "Ana Lucia Ferro", "Lucia")
    assert len(_with_second_surnames(spans, frozenset({"ana lucia ferro"}), frozenset({"lucia"}))) == 2


def test_names_of_two_surnames_are_those_of_spanish_and_portuguese_speaking_countries(analyzer):
    names = _names_with_two_surnames(analyzer.kb)
    assert {"luis planas", "claudia sheinbaum", "luiz inacio lula da silva"} <= names
    assert not {"donald trump", "keir starmer", "shigeru ishiba"} & names
