"""Twenty-sixth round of person resolution on unseen reports (issue #11): a bare title refers back
to a person the text named with that title even when the knowledge base does not hold them, rather
than to whichever holder of a like office the knowledge base knows; and a style written with a full
stop ("Hon.") is no person of its own. The sentences and names are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _people(analyzer, text: str, day: str) -> list[tuple[str, str | None, str | None]]:
    return [(m.text, m.entity.name if m.entity else None, m.entity.id if m.entity else None)
            for m in record_of(analyzer, text, day).mentions if m.type.upper() in ("PERSON", "PER")]


def test_a_bare_title_refers_to_the_unknown_person_named_with_it(analyzer):
    """The adviser is the unknown adviser the text named, not a White House counsellor."""
    text = ("Special Adviser to the Prime Minister Kenta Morishige told reporters in Tokyo on Friday that "
            "the adviser would visit Washington next week.")
    people = {text: (name, entity) for text, name, entity in _people(analyzer, text, "2025-07-10")}
    assert people["the adviser"][0] == "Kenta Morishige"
    assert people["the adviser"][1] == people["Kenta Morishige"][1]
    assert people["the adviser"][1].startswith("ng:unresolved-")


def test_the_unknown_person_goes_by_their_fullest_name(analyzer):
    text = ("Kenta Morishige, special adviser to the Japanese prime minister, flew to Seoul. "
            "Morishige met officials there, and the adviser said talks had gone well.")
    people = {text: (name, entity) for text, name, entity in _people(analyzer, text, "2025-07-10")}
    assert people["the adviser"] == people["Kenta Morishige"] == people["Morishige"]


def test_a_title_of_another_office_does_not_refer_to_them(analyzer):
    """"The Minister of National Defence" is no foreign minister named before it."""
    text = ("The meeting was attended by the Foreign Minister of Ruritania, Tomas Velkavic. "
            "Later the Minister of National Defence spoke to the press.")
    assert [name for _, name, _ in _people(analyzer, text, "2025-07-10")] == ["Tomas Velkavic"]


def test_a_former_holder_named_before_is_not_the_title_now(analyzer):
    text = ("Kenta Morishige, a former special adviser to the prime minister, criticised the plan. "
            "The adviser to the prime minister declined to comment.")
    people = dict((text, name) for text, name, _ in _people(analyzer, text, "2025-07-10"))
    assert people.get("The adviser") != "Kenta Morishige"


def test_a_style_with_a_full_stop_is_no_person(analyzer):
    text = "The delegates included the Foreign Minister of Sri Lanka, Hon. Vijitha Herath, and Amb. Kenta Morishige."
    people = _people(analyzer, text, "2025-07-11")
    assert "Hon" not in [written for written, _, _ in people]
    assert {name for _, name, _ in people} == {"Vijitha Herath", "Kenta Morishige"}
