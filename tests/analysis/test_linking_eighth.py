"""Eighth round of person resolution on unseen reports (issue #11): place words inside office
titles. A state, province or region that shares its name with a country ("Georgia", "Victoria",
"Ireland") belongs to the office when the title is written whole; a city standing for its country
("Tokyo", "London") keeps a city's office apart from the bare title ("the governor", "the mayor").
The sentences are this project's own."""

from __future__ import annotations

import pytest
from tests.analysis.linked_people import people_by_text as _people

from newsgraph.model import Document, Precision, PublishedDate


@pytest.mark.parametrize("text, title, holder", [
    # Georgia is also a country whose central bank has a "Governor".
    ("The Georgia Governor said on Monday that the state would sue over the tariffs.",
     "The Georgia Governor", "Brian Kemp"),
    # Victoria is also the capital of the Seychelles.
    ("The Premier of Victoria said the state would answer the federal budget within a week.",
     "The Premier of Victoria", "Jacinta Allan"),
    # "Ireland" is a country word; Northern Ireland's office is the United Kingdom's.
    ("Northern Ireland's First Minister welcomed the agreement on border checks.",
     "Northern Ireland's First Minister", "Michelle O'Neill"),
])
def test_a_place_word_written_inside_a_whole_title_belongs_to_the_office(analyzer, text, title, holder):
    assert _people(analyzer, text, "2025-06-10")[title] == holder


@pytest.mark.parametrize("text, title", [
    ("The city council met on Monday to discuss the budget. The governor said the figures were fine.",
     "The governor"),
    ("The city council met on Monday to discuss the budget. The mayor said the figures were wrong.",
     "The mayor"),
])
def test_a_bare_title_many_places_share_names_nobody_without_a_place(analyzer, text, title):
    # Every central bank and every state has a governor, every city a mayor: no one of them is meant.
    assert _people(analyzer, text, "2025-06-10").get(title) is None


def test_a_bare_governor_in_a_report_on_one_country_is_its_central_banks_not_its_capitals(analyzer):
    people = _people(analyzer, "Japan's economy grew in the spring. The governor said the bank would keep "
                               "rates on hold until wages rise.", "2025-06-10")
    assert people["The governor"] == "Kazuo Ueda"


@pytest.mark.parametrize("text, title, holder", [
    ("The Tokyo Governor said the city would open more shelters.", "The Tokyo Governor", "Yuriko Koike"),
    ("The Kremlin spokesman said the talks would go on.", "The Kremlin spokesman", "Dmitry Peskov"),
    ("The Mayor of London said the city would bid again.", "The Mayor of London", "Sadiq Khan"),
])
def test_a_city_that_stands_for_its_country_still_names_its_own_office(analyzer, text, title, holder):
    assert _people(analyzer, text, "2025-06-10")[title] == holder


@pytest.mark.parametrize("title", ["The spokesman", "The envoy", "The adviser", "The prosecutor"])
def test_a_common_title_word_is_nobody_in_a_report_without_a_country(analyzer, title):
    # Each word is part of one country's phrasing only ("Presidential Spokesman", "Chief Adviser"),
    # but partly: written alone it names no office.
    text = f"The city council met on Monday to discuss the budget. {title} said the figures were fine."
    assert _people(analyzer, text, "2025-06-10").get(title) is None


@pytest.mark.parametrize("text, title, holder", [
    ("Markets rose on Monday. The Fed chair said rates would hold.", "The Fed chair", "Jerome Powell"),
    ("Markets rose on Monday. The chief cabinet secretary declined to comment.", "The chief cabinet secretary",
     "Yoshimasa Hayashi"),
])
def test_a_title_written_as_one_countrys_office_is_called_still_names_it(analyzer, text, title, holder):
    assert _people(analyzer, text, "2025-06-10")[title] == holder


@pytest.mark.parametrize("text, title, holder", [
    # A country's possessive stands where "the Brazilian" would.
    ("Brazil's leader said he would answer the tariffs with tariffs.", "Brazil's leader",
     "Luiz Inácio Lula da Silva"),
    # A body as the possessor is part of the title: the Fed's chairman is the Fed chairman.
    ("The Fed's chairman said the bank would wait for more data.", "The Fed's chairman", "Jerome Powell"),
    # "premier" is the press's word for any prime minister.
    ("The Malaysian premier said ASEAN would stay neutral.", "The Malaysian premier", "Anwar Ibrahim"),
    ("The Thai premier flew to the border on Monday.", "The Thai premier", "Paetongtarn Shinawatra"),
])
def test_titles_written_the_way_the_press_writes_them(analyzer, text, title, holder):
    assert _people(analyzer, text, "2025-06-10")[title] == holder


def test_chinas_premier_written_as_prime_minister_is_still_the_premier(analyzer):
    people = _people(analyzer, "The Chinese prime minister told a forum in Tianjin that growth would hold.",
                     "2025-06-10")
    assert people["The Chinese prime minister"] == "Li Qiang"


def test_a_pronoun_or_country_possessor_is_no_part_of_the_title(analyzer):
    # "its chairman" is no office called "its chairman"; "Japan's" is the country.
    people = _people(analyzer, "Japan's prime minister met the Toyota board. Japan's foreign minister joined later.",
                     "2025-06-10")
    assert people["Japan's prime minister"] == "Shigeru Ishiba"
    assert people["Japan's foreign minister"] == "Takeshi Iwaya"


def test_the_countrys_title_is_of_the_country_the_text_speaks_of(analyzer):
    # Washington is named too, but as the other side of the talks: Iran is the one speaking.
    people = _people(analyzer, "Iran said on Monday it would not stop enrichment. The country's foreign minister "
                               "said talks with Washington would go on.", "2025-06-10")
    assert people["The country's foreign minister"] == "Abbas Araghchi"


def test_the_incoming_holder_is_the_one_whose_term_starts_next(analyzer):
    people = _people(analyzer, "Germany's incoming chancellor said the coalition deal was sealed in Berlin. In "
                               "Germany, the outgoing chancellor thanked voters.", "2025-04-20")
    assert people["Germany's incoming chancellor"] == "Friedrich Merz"
    # The outgoing one is someone else, not the incoming one named before.
    assert people["the outgoing chancellor"] == "Olaf Scholz"


def test_an_incoming_holder_is_not_said_to_hold_the_office_yet(analyzer):
    record = analyzer.analyze(Document(text="Germany's incoming chancellor said the coalition deal was sealed.",
                                       published=PublishedDate(value="2025-04-20", precision=Precision.day)))
    [mention] = [m for m in record.mentions if m.type == "PERSON"]
    assert "incoming" in mention.explanation and "in office from 2025-05-06" in mention.explanation


def test_a_country_adjective_before_a_noun_is_no_country_of_the_title(analyzer):
    # "the head of the Japanese delegation" heads a delegation, not Japan.
    people = _people(analyzer, "The head of the Japanese delegation said the talks were constructive.", "2025-06-10")
    assert people.get("The head") is None and people.get("The head of the Japanese delegation") is None


def test_the_pope_in_a_report_on_another_country_is_still_the_pope(analyzer):
    assert _people(analyzer, "The pope said he would visit Lebanon.", "2025-06-10")["The pope"] == "Leo XIV"


def test_the_blocs_title_is_the_eus_after_the_eu_is_named(analyzer):
    people = _people(analyzer, "The EU said it would retaliate against the tariffs. The bloc's trade commissioner "
                               "said Brussels was ready.", "2025-06-10")
    assert people["The bloc's trade commissioner"] == "Maroš Šefčovič"


def test_a_body_written_as_its_initials_in_a_title_is_that_body(analyzer):
    # "AUC" for the African Union Commission: the initials of three capitalised words of a phrasing.
    people = _people(analyzer, "President Lourenço met the AUC Chairperson in Addis Ababa on Monday.", "2025-06-10")
    assert people["the AUC Chairperson"] == "Mahmoud Ali Youssouf"


def test_titles_joined_by_and_are_no_name(analyzer):
    # The model tags "AUC Chairperson and Commissioners" as a person; it holds no name.
    people = _people(analyzer, "President Lourenço will meet with the newly appointed AUC Chairperson and "
                               "Commissioners over the coming days.", "2025-03-13")
    assert "AUC Chairperson and Commissioners" not in people
    # "newly appointed" before the title: on the handover day, the new holder.
    assert people["AUC Chairperson"] == "Mahmoud Ali Youssouf"


def test_initials_stop_at_a_title_head():
    from newsgraph.resolve.titles import acronymed
    heads = frozenset({"chairperson", "ceo", "commandant"})
    assert acronymed("African Union Commission Chairperson", heads) == "AUC Chairperson"
    assert acronymed("Chairperson of the African Union Commission", heads) == "Chairperson of the AUC"
    assert acronymed("Japan Coast Guard Commandant", heads) == "JCG Commandant"
    assert acronymed("Minister of Economy, Trade and Industry", heads) == "Minister of Economy, Trade and Industry"


@pytest.mark.parametrize("text, title, holder", [
    ("Netanyahu's defence minister ordered the army to prepare.", "Netanyahu's defence minister", "Israel Katz"),
    ("Starmer's chancellor said the spending review would protect the NHS.", "Starmer's chancellor",
     "Rachel Reeves"),
    ("Xi's top diplomat met the Russian foreign minister in Beijing.", "Xi's top diplomat", "Wang Yi"),
    ("Trump's Middle East envoy arrived in Doha on Monday.", "Trump's Middle East envoy", "Steve Witkoff"),
])
def test_a_leaders_title_is_of_the_leaders_country_and_time(analyzer, text, title, holder):
    people = _people(analyzer, text, "2025-06-10")
    assert people.get(title, people.get(title.split("'s ")[1])) == holder


def test_a_former_holder_named_by_title_alone_is_the_latest_who_left(analyzer):
    people = _people(analyzer, "Israel's former defence minister criticised the plan on Monday.", "2025-06-10")
    assert people["Israel's former defence minister"] == "Yoav Gallant"
