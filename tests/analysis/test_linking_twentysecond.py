"""Twenty-second round of person resolution on unseen reports (issue #11): a part of a full name
written alone later is the same person even when an apostrophe breaks its capitalisation
("Na’im" of "Mohd Na’im Mokhtar"). The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _people(analyzer, text: str, day: str) -> dict[str, tuple[str | None, str]]:
    return {m.text: (m.entity.name if m.entity else None, m.status.value)
            for m in record_of(analyzer, text, day).mentions}


def test_a_name_part_with_an_apostrophe_written_alone_is_the_person_named_before(analyzer):
    """The model tags the lone "Na’im’s" as an organisation; as a part of the full name the text gave
    it is that person, as "Ishiba" after "Shigeru Ishiba" is."""
    text = ("The new line-up left out the Minister for Religious Affairs, Mohd Na’im Mokhtar.\n"
            "Na’im’s exclusion surprised his party, which had expected him to stay.")
    people = _people(analyzer, text, "2025-12-16")
    assert people["Mohd Na’im Mokhtar"][0] == "Mohd Na'im Mokhtar"
    assert people["Na’im"] == ("Mohd Na'im Mokhtar", "exact")


def test_a_name_part_with_a_capital_after_the_apostrophe_still_counts(analyzer):
    """"O'Brien" is capitalised as str.istitle expects; the rule for "Na’im" must not lose it."""
    text = ("Robert O'Brien, a former national security adviser, spoke at the forum on Monday. "
            "O'Brien said the alliance would hold.")
    people = _people(analyzer, text, "2025-10-06")
    assert people["O'Brien"][0] == people["Robert O'Brien"][0]
