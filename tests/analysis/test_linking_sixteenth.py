"""Sixteenth round of person resolution on unseen reports (issue #11): a press idiom for a kind of
office outranks a title it only half matches. The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people
from tests.analysis.linked_people import record_of


def test_a_countrys_top_diplomat_is_its_foreign_minister_not_a_title_with_more_words(analyzer):
    """Japan's vice finance minister for international affairs is styled "Japan's top currency
    diplomat"; "Japan's top diplomat" leaves out the word that makes it his and is the press idiom
    for the foreign minister (role_nouns.tsv)."""
    text = "Japan's top diplomat told reporters in Tokyo that the talks would go on."
    assert _people(analyzer, text, "2025-06-01")["Japan's top diplomat"] == "Takeshi Iwaya"


def test_a_title_with_every_word_still_names_its_own_office(analyzer):
    text = "Japan's top currency diplomat told reporters in Tokyo that the yen moved too fast."
    assert _people(analyzer, text, "2025-06-01")["Japan's top currency diplomat"] == "Atsushi Mimura"


def test_a_title_after_as_describes_the_name_before_it(analyzer):
    """Lists of appointments run "NAME as the TITLE": the title is that person's, read as evidence
    for the name, not a second mention of whoever holds the office."""
    text = ("Tokyo — Prime Minister Sanae Takaichi named Satsu Katayam as the Minister of Finance, "
            "and Toshimitsu Motegi as the Minister for Foreign Affairs.")
    record = record_of(analyzer, text, "2025-10-22")
    people = {m.text: m for m in record.mentions if m.type == "PERSON"}
    assert "the Minister of Finance" not in people and "the Minister for Foreign Affairs" not in people
    assert people["Satsu Katayam"].entity.name == "Satsuki Katayama"
    assert "the Minister of Finance of Japan was Satsuki Katayama" in people["Satsu Katayam"].explanation


def test_a_surname_alone_repeats_the_full_name_the_text_gave_unless_a_leader_bears_it(analyzer):
    """"Miao" after "Miao Zhenlin" (a name the knowledge base does not hold) is that newcomer, not the
    one Miao it holds in office (an assistant foreign minister): the press introduces anyone but a
    head of state or government by full name before writing the surname alone. After "Miao Hua",
    whom it holds, "Miao" is Miao Hua."""
    text = "China expelled nine generals on Friday. Miao Zhenlin was a member of the commission. Later Miao was expelled."
    people = _people(analyzer, text, "2025-10-17")
    assert people["Miao Zhenlin"] is None and people["Miao"] is None
    known = "China expelled nine generals on Friday. Miao Hua was a member of the commission. Later Miao was expelled."
    people = _people(analyzer, known, "2025-10-17")
    assert people["Miao Hua"] == "Miao Hua" and people["Miao"] == "Miao Hua"


def test_the_family_name_he_before_a_given_name_is_no_pronoun(analyzer):
    """"He Hongjun, Miao's deputy": a pronoun is not followed by a proper noun, so "He" there is the
    Chinese family name, and the mention is not linked to the man named before it."""
    text = ("Zhang Xiaogang spoke in Beijing on Friday. He Hongjun, the deputy, was also expelled. "
            "He said the decision was final.")
    record = record_of(analyzer, text, "2025-10-17")
    people = {m.text: m for m in record.mentions if m.type == "PERSON"}
    assert "He Hongjun" in people and people["He Hongjun"].entity.name == "He Hongjun"
    assert "He" in people  # the pronoun after it is still one


def test_a_style_written_before_a_full_name_is_no_second_person(analyzer):
    """"Mullah" (honorifics.tsv) before a full name is the name's style, not a person of its own;
    so is a one-word title the knowledge base knows as no one's name."""
    people = _people(analyzer, "Pakistan's foreign minister met Mullah Amir Khan Muttaqi in Kabul on Sunday.",
                     "2025-04-20")
    assert "Mullah" not in people and people["Amir Khan Muttaqi"] == "Amir Khan Muttaqi"


def test_one_more_word_the_model_took_into_a_known_name_is_the_rest_of_it():
    """The model's one span "Ana Lopez Vidal" around the known name "Ana Lopez": a last word no known
    name holds is the rest of the name (a second surname); a known name word after it is another
    person ("Vladimir Putin Trump" in a headline)."""
    import spacy
    from spacy.tokens import Doc, Span

    from newsgraph.analysis.components.names import _merge

    def merged(words: list[str], known: set[str]) -> list[str]:
        doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN"] * len(words))
        model = [Span(doc, 0, len(words), label="PERSON")]
        return [s.text for s in _merge(model, [Span(doc, 0, 2, label="PERSON")], frozenset(), frozenset(known))]

    assert merged(["Ana", "Lopez", "Vidal"], {"ana", "lopez"}) == ["Ana Lopez Vidal"]
    assert merged(["Vladimir", "Putin", "Trump"], {"vladimir", "putin", "trump"}) == ["Vladimir Putin", "Trump"]


def test_a_bare_title_in_a_text_naming_no_country_is_read_in_its_officials_country(analyzer):
    """No country is named, but the ministers named in full are Vietnamese: "the Prime Minister"
    whose proposal they approved is Vietnam's."""
    text = ("The legislature ratified the Prime Minister's proposal to appoint Pham Thi Thanh Tra and "
            "Le Hoai Trung to the government on Saturday.")
    assert _people(analyzer, text, "2025-10-25")["the Prime Minister"] == "Pham Minh Chinh"


def test_a_bracketed_date_glosses_the_phrase_before_it_not_a_title_further_on(analyzer):
    """"(2008-2012)" dates the former prime minister's term, not "the head of state" later in the
    sentence; a bracketed date after a time ("on Friday (August 8)") still restates that time."""
    text = ("Félix Tshisekedi named a new government in Kinshasa on Friday. A former prime minister "
            "(2008-2012) joined it, as the head of state wished to broaden his base in the Congo.")
    assert _people(analyzer, text, "2025-08-09")["the head of state"] == "Félix Tshisekedi"
