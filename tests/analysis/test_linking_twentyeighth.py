"""Twenty-eighth round of person resolution on unseen reports (issue #11): a title no phrasing of the
knowledge base matches, set off by commas after a name, still tells whom the name means. The
sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text, record_of


def test_a_reworded_title_after_a_name_decides_a_shared_family_name(analyzer):
    """No phrasing reads "acting head of the policy research department"; weighted overlap finds the
    LDP's acting policy chief, so a wrong given name before his family name is his, not that of
    another person with the given name."""
    text = ("On Monday, Kenji Tamura, acting head of the policy research department of the ruling Liberal "
            "Democratic Party, told reporters that the budget would pass. Tamura added that talks would go on.")
    people = people_by_text(analyzer, text, "2025-11-17")
    assert people["Kenji Tamura"] == "Norihisa Tamura"
    assert people["Tamura"] == "Norihisa Tamura"


def test_the_reworded_title_is_a_role_of_the_name_before_it(analyzer):
    text = ("On Monday, Kenji Tamura, acting head of the policy research department of the ruling Liberal "
            "Democratic Party, told reporters that the budget would pass.")
    doc = analyzer.nlp(text)
    [role] = [r for r in doc._.ng_roles if r.text.startswith("acting head")]
    assert role.text.endswith("Liberal Democratic Party")
    assert role.person is not None and text[role.person[0]:role.person[1]] == "Kenji Tamura"
    assert role.candidates[0].position == "jp.ldp_acting_policy_chief"


def test_a_phrase_after_a_name_that_fits_no_office_well_is_no_title(analyzer):
    """"a head of cattle" shares a head word with titles but fits no office: no role, so the name
    is decided as before."""
    text = "Farmer Ito Sato, head of a small dairy cooperative in Hokkaido, sold the herd in May."
    doc = analyzer.nlp(text)
    assert not any(r.text.startswith("head of a small") for r in doc._.ng_roles)


def test_a_clause_after_the_comma_is_no_title(analyzer):
    """A verb of its own makes the words after the comma a clause, not an apposition."""
    text = "Kenji Tamura, who heads the policy research department of the party, spoke on Monday."
    doc = analyzer.nlp(text)
    assert not any(r.text.startswith("who") or r.text.startswith("heads") for r in doc._.ng_roles)
    record = record_of(analyzer, text, "2025-11-17")
    assert record.mentions  # the text is still analysed


def test_a_nickname_in_quotes_is_part_of_the_name_it_stands_in(analyzer):
    """The given name, the quoted nickname and the family name are one person, linked without the
    nickname; a quoted nickname opening the name joins the family name after it."""
    text = ("Senator Ronald “Bato” dela Rosa spoke in Manila on Monday. "
            "In Tegucigalpa, “Papi” Asfura thanked his voters on Wednesday.")
    people = people_by_text(analyzer, text, "2025-12-24")
    assert people["Ronald “Bato” dela Rosa"] == "Ronald dela Rosa"
    assert people["“Papi” Asfura"] == "Nasry Asfura"
    assert not {"Ronald", "Bato", "Papi", "dela Rosa"} & set(people)


def test_a_quoted_word_that_is_no_name_stays_out_of_the_name(analyzer):
    text = "Asked whether the deal was done, the minister said 'Yes' Trump would sign it in June."
    people = people_by_text(analyzer, text, "2025-06-24")
    assert "Trump" in people and not any("Yes" in name for name in people)


def test_a_weekday_opening_a_known_full_name_is_the_given_name(analyzer):
    """The model reads "Monday" of "Monday Okpebholo" as a date; the knowledge base's full name wins,
    and the weekday is no time expression of the text either."""
    text = ("BENIN CITY, Nigeria -- The statement was signed by the governor of Edo State, Monday Okpebholo, "
            "on Friday. He said the roads would be rebuilt.")
    people = people_by_text(analyzer, text, "2025-10-25")
    assert people["Monday Okpebholo"] == "Monday Okpebholo"
    record = record_of(analyzer, text, "2025-10-25")
    assert [t.text for t in record.times] == ["Friday"]
