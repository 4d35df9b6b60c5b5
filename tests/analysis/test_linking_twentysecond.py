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


def test_an_offices_own_capitals_refer_back_to_its_holder_named_before(analyzer):
    """"The EAM": the capitals a country's press gives an office stand for the person named before
    who held it, as "the minister" does."""
    text = ("External Affairs Minister S. Jaishankar began a three-day visit to Russia on Monday. "
            "The EAM met Russia’s foreign minister Sergey Lavrov for talks on trade.")
    people = _people(analyzer, text, "2025-08-20")
    assert people["The EAM"] == ("S. Jaishankar", "alias")


def test_an_offices_own_capitals_name_the_holder_when_one_country_has_that_office(analyzer):
    """No holder named before: the one country with an office of that title decides."""
    text = "The EAM will travel to Moscow next week for talks, officials said on Sunday."
    people = _people(analyzer, text, "2025-08-17")
    assert people["The EAM"] == ("S. Jaishankar", "alias")


def test_capitals_of_another_countrys_office_name_nobody_here(analyzer):
    """"The NSA" in a report on the United States is its agency, not India's national security adviser:
    the countries with an office of that title are not the report's."""
    text = "The NSA briefed senators in Washington on Tuesday about the intercepted messages."
    people = _people(analyzer, text, "2025-08-19")
    assert "The NSA" not in people


def test_the_minister_is_not_a_minister_who_has_since_become_prime_minister(analyzer):
    """Ruginienė left the labour ministry when she became prime minister: a month later "the minister"
    is the defence minister, although her old office's end is within the slack allowed for handovers."""
    text = ("Defence Minister Dovilė Šakalienė faced questions over the budget on Tuesday. Prime Minister "
            "Inga Ruginienė said on Wednesday that the minister still had her trust.")
    people = _people(analyzer, text, "2025-10-22")
    assert people["the minister"][0] == "Dovilė Šakalienė"


def test_a_full_name_adding_a_close_family_name_to_a_given_name_linked_alone_is_that_person(analyzer):
    """The headline gives "Sihasak"; the body spells his family name in another romanisation. Alone
    the full name is too weak to link; after the given name the text linked, it is him."""
    text = ("Sihasak to attend special ASEAN meeting\n\nThe Minister of Foreign Affairs, Sihasak Puangketkaew, "
            "will travel to Kuala Lumpur on Monday for a special meeting of ASEAN foreign ministers.")
    people = _people(analyzer, text, "2025-12-20")
    assert people["Sihasak"][0] == "Sihasak Phuangketkeow"
    assert people["Sihasak Puangketkaew"] == ("Sihasak Phuangketkeow", "corrected")


def test_a_family_name_after_a_given_name_linked_alone_must_be_close(analyzer):
    """"Eric Trump" after "Trump" is another person; so is a given name followed by an unlike family name."""
    text = ("Sihasak to attend special ASEAN meeting\n\nThe delegation's adviser, Sihasak Wongsuwan, "
            "will travel to Kuala Lumpur on Monday.")
    people = _people(analyzer, text, "2025-12-20")
    assert people["Sihasak Wongsuwan"][0] != "Sihasak Phuangketkeow"


def test_an_ayn_written_as_an_apostrophe_does_not_cut_a_name(analyzer):
    """"Muhammad Shia' al-Sudani": the apostrophe before "al-" belongs to the name, not a possessive."""
    text = "The results showed that the list of Prime Minister Muhammad Shia' al-Sudani led with 46 seats."
    people = _people(analyzer, text, "2025-11-17")
    assert people["Muhammad Shia' al-Sudani"][0] == "Mohammed Shia al-Sudani"


def test_a_name_the_model_ends_before_its_family_names_is_found_whole(analyzer):
    """The model tags "Cossette Alejandra" and leaves "López Osorio" untagged: the family names written
    after it belong to the name, which then names the councillor in full."""
    text = ("Electoral council members Cossette Alejandra López Osorio and Marlon Ochoa disagreed "
            "over the count on Tuesday.")
    people = _people(analyzer, text, "2025-12-16")
    assert people["Cossette Alejandra López Osorio"][0] == "Cossette López"


def test_a_nickname_in_quotes_is_not_taken_for_a_family_name(analyzer):
    """"Gilberto “Gibo” Teodoro Jr.": the model ends the first span at the opening quote; the word
    after it is a nickname, so the span is not grown over it."""
    text = "Meanwhile, Defense Secretary Gilberto “Gibo” Teodoro Jr. was even more direct in his response."
    people = _people(analyzer, text, "2025-08-13")
    assert "Gilberto “Gibo" not in people
