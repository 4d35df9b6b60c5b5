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
