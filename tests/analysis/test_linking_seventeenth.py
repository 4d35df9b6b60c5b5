"""Seventeenth round of person resolution on unseen reports (issue #11): names written with an
apostrophe, names set off by "as" or a dash in lists of appointments, words of a place's or a
body's name that are no person, and relatives ("his wife"). The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people
from tests.analysis.linked_people import record_of


def _persons(analyzer, text: str, day: str) -> dict[str, object]:
    return {m.text: m for m in record_of(analyzer, text, day).mentions if m.type == "PERSON"}


def test_a_family_name_with_an_apostrophe_repeats_the_full_name_at_a_sentence_start(analyzer):
    """"N’Tam" alone after "Horta N’Tam": one part of a name the text gave, even with an apostrophe in it."""
    text = ("General Horta N’Tam was sworn in as transitional president of Guinea-Bissau on Thursday. "
            "N’Tam said the army would hold power for one year.")
    people = _people(analyzer, text, "2025-11-27")
    assert people["N’Tam"] == "Horta N'Tam"


def test_a_name_before_as_and_a_title_is_a_person_the_model_did_not_tag(analyzer):
    """"Đỗ Thanh Bình as Minister of Home Affairs": three capitalised words before "as" and an office are
    a name; its middle word is not a misspelling of another minister the text names ("Thắng")."""
    text = ("The National Assembly confirmed Trần Đức Thắng as Minister of Agriculture and Environment, "
            "and Đỗ Thanh Bình as Minister of Home Affairs.")
    people = _people(analyzer, text, "2025-10-25")
    assert people["Đỗ Thanh Bình"] == "Do Thanh Binh"
    assert "Thanh" not in people


def test_a_name_before_a_dash_and_a_title_in_a_list_is_a_person(analyzer):
    text = ("The president swore in the new ministers on Friday:\n"
            "Seidu Alhassan – Minister of State in Charge of Climate Change\n"
            "Ama Serwaa Owusu – Regional Minister for Ahafo\n")
    people = _people(analyzer, text, "2025-01-30")
    assert "Seidu Alhassan" in people


def test_a_word_of_a_provincial_bodys_name_is_no_person_and_no_misspelling(analyzer):
    """"Lai" in "the Gia Lai Provincial Party Committee" is part of a province's name, not Taiwan's
    president; "Bình" in "the Bình Định Provincial Party Committee" is not Đỗ Thanh Bình."""
    text = ("Đỗ Thanh Bình was appointed Minister of Home Affairs. Ho Quoc Dung previously led the Bình Định "
            "Provincial Party Committee and served as Secretary of the Gia Lai Provincial Party Committee.")
    people = _people(analyzer, text, "2025-10-25")
    assert people.get("Lai") is None
    assert people.get("Bình") is None


def test_his_wife_is_another_person_than_him(analyzer):
    text = ("Prime Minister Pham Minh Chinh and his wife visited a school in Hanoi on Monday. "
            "Later Pham Minh Chinh and his wife Le Thi Bich Tran met teachers.")
    record = record_of(analyzer, text, "2025-07-07")
    wives = [m for m in record.mentions if m.type == "PERSON" and m.text == "his wife"]
    assert len(wives) == 2
    assert all(m.entity is not None and m.entity.name != "Pham Minh Chinh" for m in wives)
    first, second = sorted(wives, key=lambda m: m.start)
    assert "wife of Pham Minh Chinh" in first.explanation
    assert second.entity.name == "Le Thi Bich Tran"
    # "his" itself still refers to him.
    assert any(m.text == "his" and m.entity.name == "Pham Minh Chinh" for m in record.mentions)


def test_the_same_unnamed_relative_of_one_person_is_one_id_across_texts(analyzer):
    one = _persons(analyzer, "President Lula da Silva and his wife arrived in Rome on Friday.", "2025-04-25")
    two = _persons(analyzer, "Lula da Silva and his wife attended the funeral.", "2025-04-26")
    assert one["his wife"].entity.id == two["his wife"].entity.id


def test_a_name_with_a_middle_initial_is_one_person(analyzer):
    """The model reads "John F. Smith" whole; the one-word known names inside it ("Smith", a family
    name several officials share; "Robert", a Micronesian minister's family name) do not cut it."""
    text = ("The senator, John F. Smith, spoke on Monday. Health Secretary Robert F. Kennedy Jr. answered. "
            "Secretary of State Marco A. Rubio arrived later.")
    people = _people(analyzer, text, "2025-09-01")
    assert "John F. Smith" in people and "Smith" not in people
    assert "Robert F. Kennedy Jr." in people and "Robert" not in people
    assert people["Marco A. Rubio"] == "Marco Rubio"


def test_a_rank_before_initials_is_no_given_name(analyzer):
    """"Air Vice Marshall S.K. Aneke": the word before the initials continues a capitalised rank, so
    the known family name after them still names the officer."""
    text = "The president named Air Vice Marshall S.K. Aneke as the new Chief of the Air Staff of Nigeria."
    people = _people(analyzer, text, "2025-10-24")
    assert people.get("Aneke") == "Sunday Aneke" or people.get("S.K. Aneke") == "Sunday Aneke"


def test_a_deputy_title_keeps_a_name_from_being_read_as_a_ministers(analyzer):
    """Translation swaps one ministry for another, seldom a deputy for the minister: "Deputy Foreign
    Minister Nguyen Minh Hang" is no garble of Nguyen Manh Hung, a full minister then in office."""
    text = ("Vietnam's delegation returned from Brazil on Tuesday. Deputy Foreign Minister Nguyen Minh Hang "
            "told reporters in Hanoi that the trip had gone well.")
    people = _people(analyzer, text, "2025-07-12")
    assert people["Nguyen Minh Hang"] != "Nguyen Manh Hung"


def test_an_adverb_opening_the_sentence_is_no_part_of_the_name_after_it(analyzer):
    """"Later Burnham met union leaders": the model takes "Later Burnham" for one name; the adverb
    goes, and "Burnham" repeats the full name the text gave. A place's article stays ("The Hague")."""
    text = "Andy Burnham said the party needed a new direction. Later Burnham met union leaders in The Hague."
    people = _people(analyzer, text, "2025-09-01")
    assert people.get("Burnham") == "Andy Burnham" and "Later Burnham" not in people


def test_a_place_the_model_found_stays_a_place_when_its_name_is_a_former_leaders_family_name(analyzer):
    """"Oman's capital, Muscat" is a city although Joseph Muscat, Malta's prime minister until
    2020, bears the word as his family name; with his full name in the text it is him."""
    text = "The talks were held in Oman's capital, Muscat, on Saturday, the ministry said."
    assert "Muscat" not in _people(analyzer, text, "2025-04-12")
    text = "Joseph Muscat spoke in Valletta. Muscat said he would not run again."
    assert _people(analyzer, text, "2025-04-12").get("Muscat") == "Joseph Muscat"


def test_a_countrys_title_beside_someone_of_another_country_is_a_mention_of_its_own(analyzer):
    """"After the meeting with the U.S. Secretary of Commerce, Ebrard stated …": the parse sets the
    title beside Ebrard, Mexico's economy secretary; he held no US office, so the title stands for
    its own holder. A title that reads its country from "the nation's" is left alone."""
    text = ("Mexican Economy Secretary Marcelo Ebrard flew to Washington. After the meeting with the "
            "U.S. Secretary of Commerce, Ebrard stated that there was a constructive dialogue.")
    people = _people(analyzer, text, "2025-02-21")
    assert people["the U.S. Secretary of Commerce"] == "Howard Lutnick"
    assert people["Ebrard"] == "Marcelo Ebrard"


def test_her_counterpart_is_the_counterpart_of_the_person_her_refers_to(analyzer):
    """"her US counterpart" after Mexico's president and her economy secretary are named: the
    counterpart of the woman "her" refers to, not of the latest official named."""
    text = ("Mexican President Claudia Sheinbaum spoke on Wednesday. Economy Secretary Marcelo Ebrard will "
            "return to Washington on Thursday. She said she would speak with her US counterpart again by phone.")
    people = _people(analyzer, text, "2025-02-26")
    assert people["her US counterpart"] == "Donald Trump"


def test_a_title_with_from_and_a_place_is_headed_by_the_office_word():
    """"Senator from Rhode Island" is headed by "senator": "island" (and "state" in "Senator from
    Washington state") became title heads, so "The island's leader" lost its leader."""
    from newsgraph.resolve.titles import title_heads

    assert title_heads(["Senator from Rhode Island", "Senator from Washington state"]) == {"senator"}
