"""Twenty-fourth round of person resolution on unseen reports (issue #11): a country's adjective
that a lost full stop runs into the end of a name opens the next title, it is no part of the name.
The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _people(analyzer, text: str, day: str) -> dict[str, str | None]:
    return {m.text: (m.entity.name if m.entity else None) for m in record_of(analyzer, text, day).mentions
            if m.type.upper() in ("PERSON", "PER")}


def test_a_country_adjective_before_a_title_ends_the_name(analyzer):
    """"… José Antonio Kastthe Uruguayan Deputy Minister …": a translation lost the comma (and a space)
    after Kast; the model runs "Uruguayan" into the name, which then looked like António Costa's.
    The adjective belongs to the title that follows, and without it the name is Kast's."""
    text = ("Amid the clear win of Chile's elected president, José Antonio Kastthe Uruguayan Deputy Minister "
            "of Industry, Pedro Velarde said he expected closer trade.")
    people = _people(analyzer, text, "2025-12-16")
    assert not any("Uruguayan" in name for name in people)
    assert "José Antonio Kast" in people.values()


def test_the_elected_president_is_the_one_about_to_take_office(analyzer):
    """"The elected president" (presidente electo) between a vote and the inauguration is the
    president-elect: Kast won Chile's run-off on 2025-12-14 and took office on 2026-03-11."""
    text = "Markets rose on Tuesday. The elected president of Chile promised lower taxes."
    assert _people(analyzer, text, "2025-12-16")["president of Chile"] == "José Antonio Kast"


def test_elected_as_a_verb_is_no_cue(analyzer):
    """"Lee Jae-myung elected Korea's president" in a headline: the title is the one he now holds."""
    people = _people(analyzer, "Lee Jae-myung elected Korea’s president", "2025-06-04")
    assert set(people.values()) == {"Lee Jae-myung"}


def test_a_name_set_off_after_a_lower_case_title_is_a_person(analyzer):
    """"The governor's advisor, Kestas Norvaisas, confirmed": the model tags the appositive as an
    organisation; a title head set off by a comma before a name-like run makes it a person."""
    text = "The governor's advisor, Kestas Norvaisas, confirmed the meeting."
    labels = {m.text: m.type for m in record_of(analyzer, text, "2025-10-20").mentions}
    assert labels.get("Kestas Norvaisas", "").upper() in ("PERSON", "PER")


def test_a_verb_of_saying_is_found_only_through_its_inflections():
    """"Askill" is no form of "ask" nor "Asker" one of "ask": only -s, -ed, -ing (and their spelling
    changes) are taken off, so a family name is not cut from the name as a headline's verb."""
    from newsgraph.analysis.components.claims import saying_lemma

    assert [saying_lemma(w) for w in ("Askill", "Asker", "reporters", "urgent")] == [None] * 4
    assert [saying_lemma(w) for w in ("asks", "asked", "asking", "admitted", "denied", "Told")] == \
        ["ask", "ask", "ask", "admit", "deny", "tell"]


def test_a_family_name_with_a_capital_after_its_prefix_stays_in_the_name(analyzer):
    """"Andrew MacAskill" is one person; "Andrew" alone is the family name of a British MP."""
    people = _people(analyzer, "By Bo Erickson and Andrew MacAskill. Starmer spoke on Monday.", "2025-08-01")
    assert "Andrew MacAskill" in people and "Andrew" not in people


def test_a_capital_opening_a_dateline_is_the_place(analyzer):
    """A dateline in capitals ("NAIROBI –") that the name repair takes for a name stays the city."""
    text = "Summit opens\nADDIS ABABA – Angolan President João Lourenço will meet the commissioners today."
    record = record_of(analyzer, text, "2025-03-13")
    assert not any(m.text == "ADDIS ABABA" and m.type.upper() in ("PERSON", "PER") for m in record.mentions)
