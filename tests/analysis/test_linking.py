"""Linking in context: pronouns, repeats, cues, countries and organisations."""

import pytest

import newsgraph
from newsgraph.model import ResolutionStatus


def mentions_of(text, published):
    return newsgraph.analyze(text, published=published).mentions


def test_pronouns_follow_the_subject_of_the_nearest_sentence():
    text = ("Japan's Minister of Economy, Trade and Industry met U.S. Commerce Secretary Howard Lutnick on "
            "Thursday. According to him, the two sides remained far apart. Prime Minister Sanae Takaichi said "
            "she would visit Washington in March.")
    found = {(m.text, m.start): m for m in mentions_of(text, "2026-02-13")}
    him = next(m for (t, _), m in found.items() if t == "him")
    she = next(m for (t, _), m in found.items() if t == "she")
    assert him.entity.name == "Ryosei Akazawa"
    assert she.entity.name == "Sanae Takaichi" and "refers to" in she.explanation


def test_repeats_share_the_first_link():
    text = ("U.S. Treasury Secretary Scott Bessent met Japanese officials on Tuesday. "
            "Bessent said a deal was close. Later Scott said nothing more.")
    people = [m for m in mentions_of(text, "2025-07-22") if m.type == "PERSON"]
    assert {m.entity.name for m in people if m.text in ("Scott Bessent", "Bessent")} == {"Scott Bessent"}
    repeat = next(m for m in people if m.text == "Bessent")
    assert repeat.explanation.startswith("same person as 'Scott Bessent'")


@pytest.mark.parametrize("text, published, written, person, status", [
    ("U.S. President-elect Trump said on Sunday he would impose tariffs.", "2024-11-25", "Trump", "Donald Trump",
     ResolutionStatus.exact),
    ("Former Japanese Prime Minister Yukio Hatoyama said on Monday that Japan should be independent.",
     "2025-07-11", "Yukio Hatoyama", "Yukio Hatoyama", ResolutionStatus.exact),
    ("Then-Defense Secretary Chuck Hagel visited Tokyo in 2014.", "2025-01-10", "Chuck Hagel", "Chuck Hagel",
     ResolutionStatus.exact),
])
def test_cues_choose_the_term(text, published, written, person, status):
    [mention] = [m for m in mentions_of(text, published) if m.text == written]
    assert (mention.entity.name, mention.status) == (person, status), mention.explanation


@pytest.mark.parametrize("text, written, entity", [
    ("Tokyo said on Monday that it would respond calmly.", "Tokyo", "Japan"),
    ("Washington and Beijing resumed talks.", "Beijing", "China"),
    ("Seoul declined to comment.", "Seoul", "South Korea"),
    ("Japanese officials were unhappy.", "Japanese", "Japan"),
    ("According to Xinhua News Agency, the talks resumed.", "Xinhua News Agency", "Xinhua News Agency"),
    ("The Liberal Democratic Party lost its majority.", "The Liberal Democratic Party", "Liberal Democratic Party (Japan)"),
])
def test_countries_and_organisations_are_linked(text, written, entity):
    found = [m for m in mentions_of(text, "2025-07-11") if written in m.text or m.text in written]
    assert found and found[0].entity is not None and found[0].entity.name == entity, [(m.text, m.entity) for m in found]


@pytest.mark.parametrize("text, written, person", [
    # a courtesy title is not part of the name
    ("Mr Bessent told reporters on Tuesday that talks would go on.", "Mr Bessent", "Scott Bessent"),
    # the first, short mention takes the decision made with the full name and title given later
    ("Bessent spoke first. Later U.S. Treasury Secretary Scott Bessent met Japanese officials.", "Bessent",
     "Scott Bessent"),
])
def test_a_group_of_mentions_reaches_one_decision(text, written, person):
    found = [m for m in mentions_of(text, "2025-07-22") if m.type == "PERSON" and m.text == written]
    assert found and all(m.entity and m.entity.name == person for m in found), [(m.text, m.explanation) for m in found]


def test_a_title_without_a_country_refers_back_to_the_person_it_fits():
    text = ("Japanese Foreign Minister Toshimitsu Motegi met his counterpart on Monday. "
            "The minister said the talks had been frank.")
    found = [m for m in mentions_of(text, "2026-03-02") if m.text == "The minister"]
    assert found and found[0].entity.name == "Toshimitsu Motegi", [(m.text, m.explanation) for m in found]
    assert "refers to" in found[0].explanation


@pytest.mark.parametrize("text, span", [
    ("European Commission President Ursula von der Leyen met reporters in Brussels on Monday to discuss the trade talks.",
     "Ursula von der Leyen"),
    ("The candidate Kim Moon-soo conceded on Wednesday.", "Kim Moon-soo"),
    ("A judge, Alexandre de Moraes, ruled on Monday.", "Alexandre de Moraes"),
    ("The official Badr bin Hamad al-Busaidi hosted the talks.", "Badr bin Hamad al-Busaidi"),
])
def test_person_spans_cover_particles_and_hyphenated_parts(text, span):
    spans = [m.text for m in mentions_of(text, "2025-06-04") if m.type == "PERSON"]
    assert span in spans, spans


def test_a_hyphen_between_two_names_pairs_two_people():
    spans = [m.text for m in mentions_of("There are no plans for a Trump-Putin meeting, the spokesman said.",
                                         "2025-11-20") if m.type == "PERSON"]
    assert "Trump-Putin" not in spans


def test_names_in_chinese_script_inside_english_text_are_mentions():
    text = "Prime Minister Shigeru Ishiba (石破茂) spoke with 特朗普 by telephone on Friday."
    found = {m.text: m for m in mentions_of(text, "2025-07-11") if m.type == "PERSON"}
    assert found["石破茂"].entity.name == "Shigeru Ishiba"
    assert found["特朗普"].entity.name == "Donald Trump"


def test_a_one_word_name_that_sounds_like_a_known_name_in_the_text_is_that_person():
    text = ("U.S. Treasury Secretary Besent said on Monday that tariffs would stay. "
            "Bessint added that talks would resume.")
    found = {m.text: m for m in mentions_of(text, "2025-07-22") if m.type == "PERSON"}
    assert found["Bessint"].entity.name == "Scott Bessent", found["Bessint"].explanation


@pytest.mark.parametrize("text, published, written, office", [
    ("On Tuesday Sanae Takaichi was elected as the 104th Prime Minister of Japan by the Diet.", "2025-10-22",
     "Sanae Takaichi", "Prime Minister of Japan"),
    ("Shigeru Ishiba became Prime Minister of Japan in October 2024.", "2025-03-01", "Shigeru Ishiba",
     "Prime Minister of Japan"),
])
def test_a_predicate_gives_its_subject_the_office(text, published, written, office):
    [mention] = [m for m in mentions_of(text, published) if m.text == written]
    assert mention.role is not None and mention.role.name == office, mention


def test_a_courtesy_title_alone_is_joined_to_the_name_after_it():
    text = ("Japan's ambassador to the United States, Shigeo Yamada, met officials in Washington. "
            "Mr Yamada said the talks went well.")
    found = {m.text: m for m in mentions_of(text, "2025-10-21") if m.type == "PERSON"}
    assert found["Mr Yamada"].entity.name == "Shigeo Yamada"


def test_previous_is_a_former_cue_and_the_explanation_says_when_the_office_was_held():
    text = "The new president referred to previous President Yun Sok-yeol's attempt to impose martial law."
    [mention] = [m for m in mentions_of(text, "2025-06-04") if m.text == "Yun Sok-yeol"]
    assert mention.entity.name == "Yoon Suk Yeol" and "held the office" in mention.explanation, mention.explanation


@pytest.mark.parametrize("text, published, phrase, person", [
    ("Lee Jae-myung won the vote. In his speech, the new president promised reform.", "2025-06-04",
     "president", "Lee Jae-myung"),
    ("Shigeo Yamada met officials in Washington. The ambassador later said he had no regrets.", "2025-10-21",
     "The ambassador", "Shigeo Yamada"),
])
def test_a_title_phrase_with_a_determiner_refers_back(text, published, phrase, person):
    found = [m for m in mentions_of(text, published) if m.text == phrase]
    assert found and found[0].entity.name == person, [(m.text, m.explanation) for m in mentions_of(text, published)]


def test_a_title_phrase_with_a_country_names_the_holder_and_no_punctuation():
    text = "The ceasefire held on Sunday. Japan's prime minister agreed."
    found = [m for m in mentions_of(text, "2025-07-27") if m.type == "PERSON"]
    assert [(m.text, m.entity.name) for m in found] == [("Japan's prime minister", "Shigeru Ishiba")]


def test_a_full_name_is_not_taken_for_the_person_whose_family_name_it_shares():
    text = "Eric Trump visited the resort on Monday. Trump later praised the course."
    found = {m.text: m for m in mentions_of(text, "2025-07-28") if m.type == "PERSON"}
    assert found["Eric Trump"].entity is None or found["Eric Trump"].entity.name != "Donald Trump"


def test_a_title_without_a_country_means_an_office_of_a_country_the_text_names():
    # Every country's vice president is a candidate for "Vice President"; the text is about
    # Argentina, and the holder there is called by her given name.
    text = "In Buenos Aires, Vice President Victoria said on Tuesday that Argentina would hold firm."
    found = {m.text: m for m in mentions_of(text, "2025-08-05") if m.type == "PERSON"}
    assert found["Victoria"].entity.name == "Victoria Villarruel", found["Victoria"].explanation
    assert "given name" in found["Victoria"].explanation


def test_pronouns_of_a_later_title_do_not_unsettle_a_name_written_exactly():
    text = ("Vice President Sara Duterte criticised the government of the Philippines. "
            "On Monday the president said he would not resign.")
    found = {m.text: m for m in mentions_of(text, "2025-08-05") if m.type == "PERSON"}
    assert (found["Sara Duterte"].entity.name, found["Sara Duterte"].status) == ("Sara Duterte", ResolutionStatus.exact)
    # "the president" is not the vice president named before it, but the president of the one
    # country the text names
    assert found["the president"].entity.name == "Ferdinand Marcos Jr."


def test_a_bare_title_in_a_text_naming_two_countries_is_not_guessed():
    text = "The Philippines and the United States held talks. The president said he would not resign."
    assert [m for m in mentions_of(text, "2025-08-05") if m.type == "PERSON"] == []


def test_a_full_name_spelled_almost_right_is_the_person_out_of_office_too():
    [mention] = [m for m in mentions_of("Yoshihide Sugga, who led Japan until 2021, spoke in Tokyo on Monday.",
                                        "2025-10-07") if m.type == "PERSON"]
    assert mention.entity.name == "Yoshihide Suga", mention.explanation
