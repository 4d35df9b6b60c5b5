"""A known family name inside a place's name is part of the place, not a person."""

import pytest

from newsgraph.model import Document


@pytest.mark.parametrize("text, place", [
    ("Officials in Harris County said the storm had passed.", "Harris County"),
    ("Fishing boats returned to the Trump River delta on Monday.", "Trump River"),
])
def test_a_family_name_before_a_place_noun_is_the_place(analyzer, text, place):
    record = analyzer.analyze(Document(text=text))
    assert not [m for m in record.mentions if m.type == "PERSON"], record.mentions
    assert any(m.text.endswith(place) for m in record.mentions), record.mentions


def test_the_person_is_still_found_outside_the_place(analyzer):
    record = analyzer.analyze(Document(text="Kamala Harris visited Harris County on Friday."))
    people = [m for m in record.mentions if m.type == "PERSON"]
    assert [m.text for m in people] == ["Kamala Harris"]


def test_a_name_between_an_opening_in_and_a_comma_is_a_place(analyzer):
    """The model tags the city as a person, and a former Chilean president bears its name."""
    record = analyzer.analyze(Document(text="In Lagos, bankers met on Monday to discuss the naira. "
                                            "In Santiago, Boric spoke to reporters."))
    assert [(m.text, m.type) for m in record.mentions if m.text == "Lagos"] == [("Lagos", "GPE")]
    assert [m.entity.name for m in record.mentions if m.type == "PERSON" and m.entity] == ["Gabriel Boric"]
