"""Hyphenated names the knowledge base does not hold (issue #11, mention spans): the model cuts them
at the hyphen, tags one half as an organisation, or a known family name inside them ("Smith" in
"Bakare-Smith") takes the span. A hyphenated name is one word of the name, and a family name
written alone later is the same person. The names and sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _person_texts(analyzer, text: str, day: str = "2025-10-01") -> list[str]:
    return [m.text for m in record_of(analyzer, text, day).mentions if m.type == "PERSON" and m.text[:1].isupper()]


def test_places_and_ranks_joined_by_a_hyphen_are_not_names(analyzer):
    record = record_of(analyzer, "Major-General Tunde Bakare-Smith briefed reporters on the US-Iran talks "
                       "and the Russia-Ukraine war.", "2025-10-01")
    texts = [m.text for m in record.mentions]
    assert "US-Iran" not in texts and "Russia-Ukraine" not in texts
    assert [m.text for m in record.mentions if m.type == "PERSON"] == ["Tunde Bakare-Smith"]


def test_a_known_family_name_inside_a_hyphenated_name_does_not_cut_it(analyzer):
    """Smith is a family name the knowledge base knows; here it is half of another one."""
    record = record_of(analyzer, "The analyst Tunde Bakare-Smith agreed with the plan on Monday.", "2025-10-01")
    assert "Bakare-Smith" in [m.text for m in record.mentions]
    assert not any(m.text == "Smith" for m in record.mentions)


def test_a_hyphenated_family_name_written_alone_is_the_person_named_in_full(analyzer):
    people = _person_texts(analyzer, "Finance Minister Amara Okonkwo-Bello warned of risks on Tuesday. "
                           "Okonkwo-Bello said inflation would rise before the vote.")
    assert people == ["Amara Okonkwo-Bello", "Okonkwo-Bello"]


def test_a_hyphenated_given_and_family_name_after_a_title_is_whole(analyzer):
    people = _person_texts(analyzer, "Interior Minister Jean-Pierre Okafor-Mensah resigned on Friday.")
    assert people == ["Jean-Pierre Okafor-Mensah"]


def test_two_known_family_names_joined_by_a_hyphen_stay_two_people(analyzer):
    record = record_of(analyzer, "The Putin-Trump summit in Alaska ended without a deal.", "2025-08-16")
    linked = [m.entity.name for m in record.mentions if m.type == "PERSON" and m.entity is not None]
    assert linked == ["Vladimir Putin", "Donald Trump"]
