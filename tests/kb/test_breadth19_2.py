"""Members of the US House of Representatives in the 119th Congress, and the House leadership and
committee posts added with them (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Members in office throughout, new and long-serving
    ("us.representative", "2025-06-01", "shomari-figures"),
    ("us.representative", "2025-06-01", "robert-aderholt"),
    ("us.representative", "2025-06-01", "mike-rogers-alabama"),
    ("us.representative", "2025-06-01", "nancy-pelosi"),
    ("us.representative", "2025-06-01", "lateefah-simon"),
    ("us.representative", "2025-06-01", "hakeem-jeffries"),
    ("us.representative", "2025-06-01", "alexandria-ocasio-cortez"),
    ("us.representative", "2025-06-01", "steve-scalise"),
    ("us.representative", "2025-06-01", "mike-johnson-speaker"),
    ("us.representative", "2025-06-01", "james-comer"),
    ("us.representative", "2025-06-01", "thomas-massie"),
    ("us.representative", "2025-06-01", "katherine-clark"),
    ("us.representative", "2025-06-01", "stephen-lynch-massachusetts"),
    ("us.representative", "2025-06-01", "frank-pallone"),
    ("us.representative", "2025-06-01", "jasmine-crockett"),
    ("us.representative", "2025-06-01", "dan-crenshaw"),
    ("us.representative", "2025-06-01", "chip-roy"),
    ("us.representative", "2025-06-01", "pramila-jayapal"),
    ("us.representative", "2025-06-01", "adam-smith-washington"),
    ("us.representative", "2025-06-01", "brian-fitzpatrick"),
    ("us.representative", "2025-06-01", "lisa-mcclain"),
    ("us.representative", "2025-06-01", "robert-garcia-california"),
    ("us.representative", "2025-06-01", "elise-stefanik"),
    ("us.representative", "2025-06-01", "jim-jordan"),
    ("us.representative", "2025-06-01", "rob-wittman"),
    ("us.representative", "2025-06-01", "virginia-foxx"),
    ("us.representative", "2024-06-01", "cathy-mcmorris-rodgers"),
    # Members who left during the Congress, and their successors
    ("us.representative", "2025-01-10", "mike-waltz"),
    ("us.representative", "2025-04-10", "randy-fine"),
    ("us.representative", "2025-04-10", "jimmy-patronis"),
    ("us.representative", "2025-02-01", "sylvester-turner"),
    ("us.representative", "2026-02-10", "christian-menefee"),
    ("us.representative", "2025-03-01", "raul-grijalva"),
    ("us.representative", "2025-12-01", "adelita-grijalva"),
    ("us.representative", "2025-05-01", "gerry-connolly"),
    ("us.representative", "2025-10-01", "james-walkinshaw"),
    ("us.representative", "2025-06-01", "mark-green-tennessee"),
    ("us.representative", "2025-12-10", "matt-van-epps"),
    ("us.representative", "2025-10-01", "mikie-sherrill"),
    ("us.representative", "2025-12-01", "marjorie-taylor-greene"),
    ("us.representative", "2025-12-01", "doug-lamalfa"),
    # Leadership and committee posts
    ("us.house_oversight_chair", "2025-06-01", "james-comer"),
    ("us.house_oversight_ranking_member", "2025-03-01", "gerry-connolly"),
    ("us.house_oversight_ranking_member", "2025-06-10", "stephen-lynch-massachusetts"),
    ("us.house_oversight_ranking_member", "2025-09-01", "robert-garcia-california"),
    ("us.house_energy_commerce_chair", "2021-06-01", "frank-pallone"),
    ("us.house_energy_commerce_chair", "2024-06-01", "cathy-mcmorris-rodgers"),
    ("us.house_energy_commerce_chair", "2025-05-01", "brett-guthrie"),
    ("us.house_energy_commerce_ranking_member", "2017-06-01", "frank-pallone"),
    ("us.house_energy_commerce_ranking_member", "2025-05-01", "frank-pallone"),
    ("us.house_republican_conference_chair", "2024-06-01", "elise-stefanik"),
    ("us.house_republican_conference_chair", "2025-06-01", "lisa-mcclain"),
    ("us.house_democratic_caucus_chair", "2025-03-01", "pete-aguilar"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.representative", "2025-02-01", "mike-waltz"),
    ("us.representative", "2025-03-01", "randy-fine"),
    ("us.representative", "2025-04-01", "sylvester-turner"),
    ("us.representative", "2026-01-20", "christian-menefee"),
    ("us.representative", "2025-04-01", "raul-grijalva"),
    ("us.representative", "2025-10-01", "adelita-grijalva"),
    ("us.representative", "2025-06-01", "gerry-connolly"),
    ("us.representative", "2025-08-01", "james-walkinshaw"),
    ("us.representative", "2025-08-01", "mark-green-tennessee"),
    ("us.representative", "2025-11-01", "matt-van-epps"),
    ("us.representative", "2025-12-01", "mikie-sherrill"),
    ("us.representative", "2026-01-10", "marjorie-taylor-greene"),
    ("us.representative", "2026-01-10", "doug-lamalfa"),
    ("us.representative", "2025-06-01", "cathy-mcmorris-rodgers"),
    ("us.house_oversight_ranking_member", "2025-06-01", "gerry-connolly"),
    ("us.house_oversight_ranking_member", "2025-07-01", "stephen-lynch-massachusetts"),
    ("us.house_energy_commerce_chair", "2024-06-01", "frank-pallone"),
    ("us.house_energy_commerce_chair", "2025-05-01", "cathy-mcmorris-rodgers"),
    ("us.house_republican_conference_chair", "2025-06-01", "elise-stefanik"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("House Oversight Committee Chairman", "2025-06-01", "james-comer"),
    ("House Energy and Commerce Committee Chairman", "2025-06-01", "brett-guthrie"),
    ("House Republican Conference Chair", "2025-06-01", "lisa-mcclain"),
    ("House Democratic Caucus Chair", "2025-03-01", "pete-aguilar"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
