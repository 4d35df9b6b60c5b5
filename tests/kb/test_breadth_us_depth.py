"""US officials beyond the cabinet (issue #11): agency heads, envoys, ambassadors, White House staff
and congressional committee leaders resolve on known days, and leave when their term ends."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("us.fbi_director", "2024-06-01", "christopher-wray"),
    ("us.fbi_director", "2025-06-01", "kash-patel"),
    ("us.fbi_deputy_director", "2025-06-01", "dan-bongino"),
    ("us.border_czar", "2025-03-01", "tom-homan"),
    ("us.omb_director", "2020-10-01", "russell-vought"),
    ("us.omb_director", "2025-06-01", "russell-vought"),
    ("us.epa_administrator", "2025-06-01", "lee-zeldin"),
    ("us.nasa_administrator", "2026-01-15", "jared-isaacman"),
    ("us.sec_chair", "2023-06-01", "gary-gensler"),
    ("us.sec_chair", "2025-06-01", "paul-atkins"),
    ("us.fcc_chair", "2025-06-01", "brendan-carr"),
    ("us.ftc_chair", "2025-06-01", "andrew-ferguson-ftc"),
    ("us.doge_head", "2025-03-01", "elon-musk"),
    ("us.ice_director", "2025-02-01", "caleb-vitello"),
    ("us.ice_director", "2025-06-01", "todd-lyons"),
    ("us.cbp_commissioner", "2025-09-01", "rodney-scott-cbp"),
    ("us.uscis_director", "2023-01-01", "ur-jaddou"),
    ("us.uscis_director", "2025-09-01", "joseph-edlow"),
    ("us.solicitor_general", "2023-01-01", "elizabeth-prelogar"),
    ("us.solicitor_general", "2025-06-01", "john-sauer"),
    ("us.deputy_attorney_general", "2025-02-01", "emil-bove"),
    ("us.deputy_attorney_general", "2025-06-01", "todd-blanche"),
    ("us.nsa_director", "2024-06-01", "timothy-haugh"),
    ("us.nsa_director", "2025-06-01", "william-hartman"),
    ("us.sba_administrator", "2025-06-01", "kelly-loeffler"),
    ("us.ambassador_to_india", "2026-02-01", "sergio-gor"),
    ("us.special_envoy_south_central_asia", "2025-12-01", "sergio-gor"),
    ("us.ambassador_to_uk", "2025-06-01", "warren-stephens"),
    ("us.ambassador_to_france", "2025-08-01", "charles-kushner"),
    ("us.ambassador_to_mexico", "2025-06-01", "ronald-johnson-diplomat"),
    ("us.ambassador_to_canada", "2025-06-01", "pete-hoekstra"),
    ("us.senior_advisor_africa", "2025-05-01", "massad-boulos"),
    ("us.senior_advisor_arab_middle_east", "2025-03-01", "massad-boulos"),
    ("us.special_envoy_greenland", "2026-01-10", "jeff-landry"),
    ("us.governor_louisiana", "2025-06-01", "jeff-landry"),
    ("us.white_house_deputy_chief_of_staff", "2025-06-01", "dan-scavino"),
    ("us.white_house_deputy_chief_of_staff", "2025-06-01", "stephen-miller"),
    ("us.presidential_personnel_director", "2025-11-01", "dan-scavino"),
    ("us.house_appropriations_chair", "2025-06-01", "tom-cole"),
    ("us.house_appropriations_ranking_member", "2025-06-01", "rosa-delauro"),
    ("us.senate_appropriations_chair", "2024-06-01", "patty-murray"),
    ("us.senate_appropriations_chair", "2025-06-01", "susan-collins"),
    ("us.senate_appropriations_vice_chair", "2025-06-01", "patty-murray"),
    ("us.house_judiciary_chair", "2025-06-01", "jim-jordan"),
    ("us.house_judiciary_ranking_member", "2024-06-01", "jerry-nadler"),
    ("us.house_judiciary_ranking_member", "2025-06-01", "jamie-raskin"),
    ("us.house_financial_services_chair", "2020-06-01", "maxine-waters"),
    ("us.house_financial_services_chair", "2024-06-01", "patrick-mchenry"),
    ("us.house_financial_services_chair", "2025-06-01", "french-hill"),
    ("us.senate_hsgac_ranking_member", "2024-06-01", "rand-paul"),
    ("us.senate_hsgac_chair", "2025-06-01", "rand-paul"),
    ("us.house_homeland_security_chair", "2024-06-01", "mark-green-tennessee"),
    ("us.house_homeland_security_chair", "2025-09-01", "andrew-garbarino"),
    ("us.house_homeland_security_chair", "2020-06-01", "bennie-thompson"),
    ("us.house_homeland_security_ranking_member", "2025-03-01", "bennie-thompson"),
    ("us.house_financial_services_ranking_member", "2025-03-01", "maxine-waters"),
    ("us.under_secretary_state_political_affairs", "2025-07-01", "allison-hooker"),
    ("us.usaid_administrator", "2025-02-10", "marco-rubio"),
    ("us.senate_finance_ranking_member", "2025-04-01", "ron-wyden"),
    ("us.senate_commerce_ranking_member", "2025-06-01", "maria-cantwell"),
    ("us.senate_hsgac_chair", "2024-06-01", "gary-peters"),
    ("us.senate_hsgac_ranking_member", "2025-03-01", "gary-peters"),
    ("us.deputy_national_security_advisor", "2025-03-01", "alex-wong"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.fbi_director", "2025-06-01", "christopher-wray"),           # stepped down January 2025
    ("us.doge_head", "2025-07-01", "elon-musk"),                     # last day 2025-05-30
    ("us.ice_director", "2025-04-01", "caleb-vitello"),              # reassigned 2025-02-21
    ("us.nsa_director", "2025-06-01", "timothy-haugh"),              # dismissed 2025-04-03
    ("us.deputy_attorney_general", "2025-06-01", "emil-bove"),       # Blanche confirmed 2025-03-05
    ("us.sec_chair", "2025-06-01", "gary-gensler"),                  # resigned January 2025
    ("us.uscis_director", "2025-09-01", "ur-jaddou"),                # left January 2025
    ("us.house_judiciary_ranking_member", "2025-06-01", "jerry-nadler"),
    ("us.senate_appropriations_chair", "2025-06-01", "patty-murray"),  # Republicans took the Senate
    ("us.house_homeland_security_chair", "2025-09-01", "mark-green-tennessee"),  # resigned 2025-07-20
    ("us.house_financial_services_chair", "2025-06-01", "patrick-mchenry"),
    ("us.presidential_personnel_director", "2025-06-01", "dan-scavino"),  # took over in October 2025
    ("us.deputy_national_security_advisor", "2025-06-01", "alex-wong"),  # left 2025-05-01
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("person", [
    "jim-jordan", "charles-kushner", "ronald-johnson-diplomat", "french-hill", "maxine-waters",
    "rodney-scott-cbp", "mark-green-tennessee", "alex-wong",
])
def test_names_that_are_places_words_or_taken_carry_no_family_name(kb, person):
    """'Jordan', 'Hill', 'Green', 'Waters' are a country or words; 'Kushner', 'Johnson', 'Scott',
    'Wong' already name a more prominent person: a bare family name must not turn into these people."""
    assert kb.persons[person].family is None


@pytest.mark.parametrize("title, day, person", [
    ("FBI Director", "2025-06-01", "kash-patel"),
    ("border czar", "2025-06-01", "tom-homan"),
    ("Senate Appropriations Committee Chair", "2025-06-01", "susan-collins"),
    ("House Judiciary Committee Chairman", "2025-06-01", "jim-jordan"),
    ("US Ambassador to the UK", "2025-06-01", "warren-stephens"),
    ("acting ICE Director", "2025-06-01", "todd-lyons"),
    ("EPA Administrator", "2025-06-01", "lee-zeldin"),
    ("US special envoy to Greenland", "2026-01-10", "jeff-landry"),
])
def test_a_press_title_alone_finds_the_holder(kb, title, day, person):
    """A title-only mention ("the FBI Director said") links to whoever held the office that day."""
    assert title_holder(kb, title, day) == person
