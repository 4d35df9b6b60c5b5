"""Eleventh round of person resolution on unseen reports (issue #11): a bare title in a report
that names several countries belongs to the government whose officials the report names and
which it names most; "its new president" is someone new to the office; an article opens a title
phrase, so a country before it is no part of it. The sentences are this project's own."""

from __future__ import annotations

import pytest
from tests.analysis.linked_people import people_by_text as _people


@pytest.mark.parametrize("text, day, mention, holder", [
    # The prime minister abroad: Italy is only where he speaks; Senegal is named and governs.
    ("Senegal's Prime Minister Ousmane Sonko met members of the Senegalese diaspora during a visit to "
     "Italy on Sunday. Sonko said Senegal would repay its debts and that the Minister of Finance was "
     "talking to lenders.", "2025-07-20", "the Minister of Finance", "Cheikh Diba"),
    # Two governments' leaders: the bare title could be either's.
    ("Senegal's Prime Minister Ousmane Sonko met Italian Prime Minister Giorgia Meloni in Rome on "
     "Sunday. The Minister of Finance joined the talks.", "2025-07-20", "The Minister of Finance", None),
    # Senegal's official is named, but the text names Italy more: whose minister is not clear.
    ("Italy and its banks lent to Senegal for years. Italy now wants guarantees, Italy's lenders say. "
     "Ousmane Sonko disagreed, and the Minister of Finance was not asked.", "2025-07-20",
     "the Minister of Finance", None),
])
def test_a_bare_title_belongs_to_the_government_the_text_is_about(analyzer, text, day, mention, holder):
    assert _people(analyzer, text, day).get(mention) == holder


def test_its_new_president_is_new_to_the_office(analyzer):
    """The president-elect named first, the sitting president read from a bare title after him:
    "its new president" is the one about to take office, not the holder of ten years."""
    people = _people(analyzer, "Karol Nawrocki narrowly won Poland's presidential election. In Poland the "
                     "president can veto laws, and Prime Minister Donald Tusk will have to govern alongside "
                     "its new president.", "2025-06-10")
    assert people.get("president") == "Karol Nawrocki"


def test_a_country_before_the_article_is_no_part_of_the_title(analyzer):
    people = _people(analyzer, "In Poland the president can veto laws passed by parliament.", "2025-06-10")
    assert "the president" in people
    assert not any(text.startswith("Poland") for text in people)


@pytest.mark.parametrize("text, day, mention, holder", [
    # A leader is called by surname anywhere: "Trump" beside his son is still the president.
    ("Eric Trump opened a new hotel in Dubai on Monday. Trump praised the Gulf states in a speech the "
     "same day.", "2025-05-12", "Trump", "Donald Trump"),
])
def test_a_family_name_alone_of_someone_in_office_stays_theirs(analyzer, text, day, mention, holder):
    assert _people(analyzer, text, day).get(mention) == holder


@pytest.mark.parametrize("text, day, mention, holder", [
    # "the nominee" repeats the appositive that said what Cho Hyun is.
    ("Cho Hyun, the nominee for foreign minister, appeared before lawmakers on Thursday. The tariff talks "
     "could end before August, the nominee said.", "2025-07-17", "the nominee", "Cho Hyun"),
    # Two people described alike: "the banker" could be either.
    ("Cho Hyun, a former banker, appeared before lawmakers on Thursday. He was questioned by Ahn Gyu-back, "
     "a former banker. The talks could end before August, the banker said.", "2025-07-17", "the banker", None),
])
def test_the_noun_of_an_appositive_stands_for_the_person_it_described(analyzer, text, day, mention, holder):
    assert _people(analyzer, text, day).get(mention) == holder


def test_a_one_word_garble_needs_a_country_the_text_names():
    """'Tarifa' (Portuguese for tariff) beside 'Tarifa de 50' is no garble of Tuvalu's minister Talia in
    a report on Brazil and the United States."""
    from tests.analysis.linked_people import linked, people_of

    people = people_of("Brazil's Finance Minister Fernando Haddad said the Tarifa de 50 was unjust. Tarifa will "
                       "hit coffee exports to the United States, he added.", "2025-08-01")
    assert [linked(m) for m in people if m.text == "Tarifa"] == [None]


def test_an_inflected_verb_before_a_name_in_a_headline_is_no_part_of_it(analyzer):
    people = _people(analyzer, "U.S. Captures Maduro, Flies Him to New York\nNicolás Maduro was flown to New York "
                     "on Sunday.", "2026-01-05")
    assert people.get("Maduro") == "Nicolás Maduro"
    assert not any(text.startswith("Captures") for text in people)


def test_a_title_naming_its_party_in_full_fits_the_holder_named_with_it(analyzer):
    """Kobayashi holds the office the abbreviated phrasing names, so he is no wrong-person name for
    the party's acting policy chief."""
    people = _people(analyzer, "Takayuki Kobayashi, the policy chief of Japan's ruling Liberal Democratic Party, "
                     "said Japan should respond firmly.", "2025-11-15")
    assert people.get("Takayuki Kobayashi") == "Takayuki Kobayashi"
