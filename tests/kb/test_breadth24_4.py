"""South and Central Asian office holders from the 24-4 harvest (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Bangladesh, interim government
    ("bd.fisheries_livestock_minister", "2025-03-01", "farida-akhtar"),
    ("bd.health_minister", "2025-03-01", "nurjahan-begum"),
    ("bd.religious_affairs_minister", "2025-03-01", "afm-khalid-hossain"),
    ("bd.industries_minister", "2025-03-01", "adilur-rahman-khan"),
    ("bd.cht_affairs_minister", "2025-03-01", "supradip-chakma"),
    ("bd.primary_education_minister", "2026-01-20", "bidhan-ranjan-roy-poddar"),
    ("bd.liberation_war_affairs_minister", "2025-03-01", "faruk-e-azam"),
    ("bd.planning_minister", "2024-08-12", "salehuddin-ahmed"),
    ("bd.planning_minister", "2025-03-01", "wahiduddin-mahmud"),
    ("bd.food_minister", "2025-03-01", "ali-imam-majumder"),
    ("bd.land_minister", "2024-12-10", "af-hassan-ariff"),
    ("bd.land_minister", "2025-03-01", "ali-imam-majumder"),
    ("bd.special_assistant_home", "2025-06-01", "khoda-baksh-chowdhury"),
    ("bd.special_assistant_health", "2025-06-01", "sayedur-rahman"),
    ("bd.special_assistant_health", "2026-01-15", "sayedur-rahman"),
    # Bangladesh, BNP government
    ("bd.cht_affairs_minister", "2026-03-01", "dipen-dewan"),
    ("bd.state_minister_agriculture", "2026-03-01", "sultan-salahuddin-tuku"),
    ("bd.state_minister_social_welfare", "2026-03-01", "farzana-sharmin"),
    ("bd.state_minister_lgrd", "2026-03-01", "mir-shahe-alam"),
    ("bd.state_minister_civil_aviation", "2026-03-01", "rashiduzzaman-millat"),
    ("bd.state_minister_road_transport_railways", "2026-03-01", "habibur-rashid"),
    ("bd.state_minister_shipping_bridges", "2026-03-01", "rajib-ahsan"),
    # India
    ("in.inc_general_secretary", "2024-11-28", "priyanka-gandhi-vadra"),
    ("in.lok_sabha_member", "2025-03-01", "priyanka-gandhi-vadra"),
    ("in.inc_deputy_leader_lok_sabha", "2025-03-01", "gaurav-gogoi"),
    ("in.inc_chief_whip_lok_sabha", "2025-03-01", "kodikunnil-suresh"),
    ("in.inc_whip_lok_sabha", "2025-03-01", "manickam-tagore"),
    ("in.assam_pcc_president", "2024-01-01", "bhupen-kumar-borah"),
    ("in.assam_pcc_president", "2025-08-01", "gaurav-gogoi"),
    ("in.haryana_governor", "2025-09-01", "ashim-kumar-ghosh"),
    ("in.goa_governor", "2025-09-01", "ashok-gajapathi-raju"),
    ("in.ladakh_lieutenant_governor", "2025-09-01", "kavinder-gupta"),
    ("in.bihar_governor", "2025-06-01", "arif-mohammed-khan"),
    ("in.manipur_governor", "2025-06-01", "ajay-kumar-bhalla"),
    ("in.kerala_governor", "2025-06-01", "rajendra-arlekar"),
    ("in.mizoram_governor", "2025-06-01", "vijay-kumar-singh"),
    ("in.odisha_governor", "2025-06-01", "hari-babu-kambhampati"),
    # Pakistan
    ("pk.senate_leader_of_opposition", "2025-01-01", "shibli-faraz"),
    ("pk.senate_leader_of_opposition", "2026-02-01", "raja-nasir-abbas"),
    ("pk.punjab_leader_of_opposition", "2025-01-01", "ahmad-khan-bhachar"),
    ("pk.punjab_deputy_leader_of_opposition", "2025-01-01", "moin-riaz-qureshi"),
    ("pk.pti_chief_whip_na", "2024-06-01", "aamir-dogar"),
    # Sri Lanka
    ("lk.deputy_speaker", "2025-03-01", "rizvie-salih"),
    ("lk.deputy_chair_committees", "2025-03-01", "hemali-weeraseekara"),
    # Kazakhstan
    ("kz.ecology_minister", "2023-05-01", "zulfiya-suleimenova"),
    ("kz.presidential_envoy_environment", "2024-06-01", "zulfiya-suleimenova"),
    ("kz.deputy_prime_minister", "2024-09-24", "kanat-bozumbayev"),
    # Uzbekistan
    ("uz.presidential_press_secretary", "2025-06-24", "sherzod-asadov"),
    ("uz.national_guard_commander", "2024-01-01", "rustam-juraev"),
    ("uz.national_guard_commander", "2026-02-01", "bakhodir-tashmatov"),
    # Afghanistan, Tajikistan, Kyrgyzstan
    ("af.doha_political_office_head", "2025-01-01", "suhail-shaheen"),
    ("tj.energy_minister", "2025-04-19", "daler-juma"),
    ("kg.emergency_minister", "2026-03-01", "urmatbek-shamyrkanov"),
    ("kg.emergency_minister", "2026-03-11", "kanatbek-chynybaev"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bd.fisheries_livestock_minister", "2026-03-01", "farida-akhtar"),
    ("bd.health_minister", "2026-03-01", "nurjahan-begum"),
    ("bd.religious_affairs_minister", "2026-03-01", "afm-khalid-hossain"),
    ("bd.industries_minister", "2026-03-01", "adilur-rahman-khan"),
    ("bd.cht_affairs_minister", "2026-03-01", "supradip-chakma"),
    ("bd.primary_education_minister", "2026-03-01", "bidhan-ranjan-roy-poddar"),
    ("bd.liberation_war_affairs_minister", "2026-03-01", "faruk-e-azam"),
    ("bd.planning_minister", "2024-09-01", "salehuddin-ahmed"),
    ("bd.planning_minister", "2026-03-01", "wahiduddin-mahmud"),
    ("bd.food_minister", "2026-03-01", "ali-imam-majumder"),
    ("bd.land_minister", "2025-01-01", "af-hassan-ariff"),
    ("bd.land_minister", "2026-03-01", "ali-imam-majumder"),
    ("bd.special_assistant_home", "2026-01-15", "khoda-baksh-chowdhury"),
    ("bd.special_assistant_health", "2026-03-01", "sayedur-rahman"),
    ("in.assam_pcc_president", "2025-08-01", "bhupen-kumar-borah"),
    ("pk.senate_leader_of_opposition", "2025-10-01", "shibli-faraz"),
    ("pk.punjab_leader_of_opposition", "2025-09-01", "ahmad-khan-bhachar"),
    ("kz.ecology_minister", "2024-01-01", "zulfiya-suleimenova"),
    ("kz.presidential_envoy_environment", "2026-02-01", "zulfiya-suleimenova"),
    ("uz.national_guard_commander", "2026-02-01", "rustam-juraev"),
    ("kg.emergency_minister", "2026-03-11", "urmatbek-shamyrkanov"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Haryana Governor", "2025-09-01", "ashim-kumar-ghosh"),
    ("Ladakh LG", "2025-09-01", "kavinder-gupta"),
    ("Manipur Governor", "2025-06-01", "ajay-kumar-bhalla"),
    ("Assam Congress chief", "2025-08-01", "gaurav-gogoi"),
    ("Pakistan's Senate opposition leader", "2026-02-01", "raja-nasir-abbas"),
    ("Sri Lanka's Deputy Speaker", "2025-01-01", "rizvie-salih"),
    ("Uzbek presidential press secretary", "2025-01-01", "sherzod-asadov"),
    ("Tajik energy minister", "2025-01-01", "daler-juma"),
    ("Bangladesh's land adviser", "2025-06-01", "ali-imam-majumder"),
    ("Chittagong Hill Tracts Affairs Minister", "2026-03-01", "dipen-dewan"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
