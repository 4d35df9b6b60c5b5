"""Eighteenth round of person resolution on unseen reports (issue #11): names set off before a title
that opens with a modifier ("– Regional Minister for …"), and names the model took for a body that
an apposed title closed by a comma shows to be a person. The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people
from tests.analysis.linked_people import record_of


def _persons(analyzer, text: str, day: str) -> dict[str, object]:
    return {m.text: m for m in record_of(analyzer, text, day).mentions if m.type == "PERSON"}


def test_a_name_before_a_dash_and_a_modified_title_in_a_list_is_a_person(analyzer):
    """"Ama Serwaa Owusu – Regional Minister for Ahafo": "Regional" belongs to the title, so the
    words before the dash are a name in apposition like those before "– Minister of State"."""
    text = ("The president swore in the new ministers on Friday:\n"
            "Seidu Alhassan – Minister of State in Charge of Climate Change\n"
            "Ama Serwaa Owusu – Regional Minister for Ahafo\n")
    people = _people(analyzer, text, "2025-01-30")
    assert "Seidu Alhassan" in people
    assert "Ama Serwaa Owusu" in people


def test_a_run_tagged_as_a_body_before_an_apposed_title_closed_by_a_comma_is_a_person(analyzer):
    """", the former presidential spokesman," after three capitalised words the model took for an
    organisation: a person in apposition. A body's own apposition ("the investment bank") stays a body."""
    text = ("The justice minister was dismissed, while Ateny Wek Ateny, the former presidential spokesman, "
            "took over the information portfolio. Goldman Sachs, the investment bank, declined to comment.")
    people = _people(analyzer, text, "2025-11-14")
    assert "Ateny Wek Ateny" in people
    assert not any("Goldman" in name for name in people)


def test_a_title_two_people_hold_names_the_one_the_text_named_before(analyzer):
    """A state's two senators share one office, so "The New Mexico Senator" alone says nobody; after
    "Ben Ray Luján" it is him. With neither named before, it stays open."""
    named = ("New Mexico Senator Ben Ray Luján criticised the tariff plan on Tuesday. "
             "The New Mexico Senator said farmers would pay for it.")
    people = _people(analyzer, named, "2025-06-03")
    assert people["The New Mexico Senator"] == "Ben Ray Luján"
    unnamed = "The New Mexico Senator said farmers would pay for the tariff plan."
    assert _people(analyzer, unnamed, "2025-06-03").get("The New Mexico Senator") is None


def test_a_title_two_offices_share_names_the_holder_named_before(analyzer):
    """Saudi Arabia's vice minister and its deputy minister for political affairs are both "the Saudi
    Deputy Foreign Minister"; the one the report named is meant."""
    text = ("Saud Al-Satti met Iranian officials in Tehran on Monday. "
            "The Saudi Deputy Foreign Minister said the talks had gone well.")
    people = _people(analyzer, text, "2025-06-02")
    assert people["The Saudi Deputy Foreign Minister"] == "Saud Al-Satti"


def test_a_misspelled_outgoing_holder_in_a_report_of_the_handover_is_that_person(analyzer):
    """Two days after Purbaya Yudhi Sadewa replaced her, "Finance Minister Sri Mulyanni Indrawaty" in a
    report of the reshuffle is the outgoing minister, misspelled, as her correctly written name is;
    months later the same words under the title are a wrong person for the holder and flagged."""
    text = ("Indonesia's President Prabowo Subianto reshuffled his cabinet on Monday. "
            "Finance Minister Sri Mulyanni Indrawaty was replaced by Purbaya Yudhi Sadewa.")
    mentions = _persons(analyzer, text, "2025-09-10")
    outgoing = mentions["Sri Mulyanni Indrawaty"]
    assert outgoing.entity.name == "Sri Mulyani Indrawati"
    assert outgoing.status.value == "corrected"
    later = "Finance Minister Sri Mulyanni Indrawaty said the budget deficit would stay below 3%."
    slip = _persons(analyzer, later, "2026-01-20")["Sri Mulyanni Indrawaty"]
    assert slip.status.value == "conflict"
    assert slip.entity.name == "Purbaya Yudhi Sadewa"


def test_a_name_does_not_grow_over_the_body_before_it(analyzer):
    """"the Senate John Thun": "Senate" names the body, so the name is "John Thun" (John Thune
    misspelled) even though "John" is also someone's family name."""
    text = "Although the majority of the Senate John Thun has pressured the rules for nominees, Democrats refused."
    people = _people(analyzer, text, "2025-10-13")
    assert people.get("John Thun") == "John Thune"
    assert "Senate John Thun" not in people


def test_a_former_holder_proposed_for_the_office_again_is_that_person_not_a_wrong_name(analyzer):
    """"the election of Nouri al-Maliki as prime minister" while Mohammed Shia al-Sudani holds the
    office: the title is one he is proposed for, so the name is his and no wrong-person slip; his
    surname alone later in the report is him too. "Prime Minister Nouri al-Maliki" that day still is a slip."""
    text = ("The Coordination Framework discussed the election of the State of Law Coalition leader "
            "Nouri al-Maliki as prime minister on Tuesday. Al-Maliki met Kurdish leaders in Baghdad.")
    mentions = _persons(analyzer, text, "2026-01-27")
    assert mentions["Nouri al-Maliki"].entity.name == "Nouri al-Maliki"
    assert mentions["Nouri al-Maliki"].status.value == "exact"
    assert mentions["Al-Maliki"].entity.name == "Nouri al-Maliki"
    slip = _persons(analyzer, "Prime Minister Nouri al-Maliki met Kurdish leaders in Baghdad.", "2026-01-27")
    assert slip["Nouri al-Maliki"].status.value == "conflict"


def test_a_known_person_nominated_as_an_office_is_that_person(analyzer):
    """"the nomination of Pete Hegseth as defense secretary" weeks before he took office, while Lloyd
    Austin held it: Hegseth, not a wrong name for Austin."""
    text = "Senators questioned the nomination of Pete Hegseth as defense secretary on Tuesday."
    mentions = _persons(analyzer, text, "2024-12-03")
    assert mentions["Pete Hegseth"].entity.name == "Pete Hegseth"
    assert mentions["Pete Hegseth"].status.value != "conflict"


def test_a_name_with_an_apostrophe_after_a_title_is_read_whole(analyzer):
    """"Minister for Religious Affairs Mohd Na’im Mokhtar": "Na’im" is a word of the name though
    str.istitle() says otherwise, so the name is not cut to "Mohd" (a word of another minister's
    name the report gives, "Mustapha Mohd Yunus Sakmud")."""
    text = ("The reshuffle kept Mustapha Mohd Yunus Sakmud but dropped the Minister for Religious Affairs "
            "Mohd Na’im Mokhtar.")
    people = _people(analyzer, text, "2025-12-16")
    assert people.get("Mohd Na’im Mokhtar") == "Mohd Na'im Mokhtar"
    assert "Mohd" not in people


def test_a_bare_head_of_his_office_is_no_holder_of_another_head_office(analyzer):
    """"the previous head of his office" names the head of the president's office, not whoever
    heads an intelligence directorate the text named before; "his" stays the president's."""
    text = ("Volodymyr Zelensky appointed Kyrylo Budanov, head of the Main Intelligence Directorate, to a new post. "
            "The reshuffle came weeks after a scandal that led to the dismissal of the previous head of his office.")
    people = _people(analyzer, text, "2025-06-01")
    assert people.get("the previous head") is None


def test_a_surname_repeating_a_newcomers_full_name_is_that_newcomer(analyzer):
    """"Mr Coale" after "John Coale", whom the knowledge base lacks, is the same newcomer, not Keith
    Kellogg, the envoy whose name a Chinese reading makes loosely alike ("Kailoge"); "Witkov" after a
    garbled "Joshua Witkov" still spells Steve Witkoff's name and stays his."""
    text = ("Belarusian President Alexander Lukashenko met John Coale, a special envoy of US President "
            "Donald Trump, in Minsk on Friday. Mr Coale described his two-day talks as productive.")
    people = _people(analyzer, text, "2025-12-13")
    assert people.get("Coale") != "Keith Kellogg"
    garbled = "US special envoy Joshua Witkov arrived in Moscow on Wednesday. Witkov met Vladimir Putin at the Kremlin."
    assert _people(analyzer, garbled, "2025-11-26").get("Witkov") == "Steve Witkoff"
