"""Harvest 24-5 (issue #11): South-East Asia and Oceania office-holders resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Singapore
    ("sg.minister_muslim_affairs", "2024-01-01", "masagos-zulkifli"),
    ("sg.minister_muslim_affairs", "2025-06-01", "muhammad-faishal-ibrahim"),
    ("sg.minister_of_state", "2023-01-01", "muhammad-faishal-ibrahim"),
    ("sg.senior_minister_of_state", "2025-06-01", "muhammad-faishal-ibrahim"),
    ("sg.minister_of_state", "2024-08-01", "murali-pillai"),
    ("sg.senior_minister_of_state", "2025-06-01", "murali-pillai"),
    ("sg.minister_of_state", "2022-01-01", "sun-xueling"),
    ("sg.senior_minister_of_state", "2025-06-01", "sun-xueling"),
    ("sg.minister_of_state", "2025-06-01", "dinesh-vasu-dash"),
    ("sg.minister_of_state", "2025-06-01", "jasmin-lau"),
    ("sg.minister_of_state", "2025-06-01", "goh-pei-ming"),
    ("sg.minister_of_state", "2025-06-01", "desmond-choo"),
    ("sg.minister_of_state", "2025-06-01", "zhulkarnain-abdul-rahim"),
    ("sg.senior_parliamentary_secretary", "2025-10-02", "syed-harun-alhabsyi"),
    ("sg.senior_minister_of_state", "2023-01-01", "zaqy-mohamad"),
    ("sg.senior_minister_of_state", "2025-01-01", "desmond-tan"),
    ("sg.minister_of_state", "2022-01-01", "low-yen-ling"),
    ("sg.senior_minister_of_state", "2024-06-01", "low-yen-ling"),
    ("sg.minister_of_state", "2025-01-01", "rahayu-mahzam"),
    ("sg.senior_parliamentary_secretary", "2024-06-01", "shawn-huang"),
    ("sg.minister_in_pmo", "2023-01-01", "maliki-osman"),
    # Malaysia
    ("my.deputy_finance_minister", "2023-06-01", "steven-sim"),
    ("my.deputy_defence_minister", "2023-06-01", "adly-zahari"),
    ("my.deputy_defence_minister", "2025-12-16", "adly-zahari"),
    ("my.deputy_law_minister", "2023-06-01", "ramkarpal-singh"),
    ("my.deputy_law_minister", "2024-06-01", "m-kulasegaran"),
    ("my.deputy_plantation_minister", "2023-06-01", "siti-aminah-aching"),
    ("my.deputy_education_minister", "2023-06-01", "lim-hui-ying"),
    ("my.deputy_education_minister", "2024-06-01", "wong-kah-woh"),
    ("my.deputy_religious_affairs_minister", "2024-06-01", "zulkifli-hasan-my"),
    ("my.deputy_religious_affairs_minister", "2026-01-10", "marhamah-rosli"),
    ("my.deputy_women_minister", "2024-06-01", "noraini-ahmad"),
    ("my.deputy_entrepreneur_minister", "2024-06-01", "r-ramanan"),
    # Australia
    ("au.manager_opposition_business", "2025-03-01", "michael-sukkar"),
    ("au.manager_opposition_business", "2025-07-01", "alex-hawke"),
    ("au.shadow_industry_minister", "2025-07-01", "alex-hawke"),
    ("au.shadow_defence_industry_minister", "2025-07-01", "jacinta-nampijinpa-price"),
    ("au.shadow_defence_industry_minister", "2025-10-01", "melissa-price"),
    ("au.shadow_cyber_security_minister", "2025-07-01", "melissa-price"),
    ("au.shadow_cyber_security_minister", "2025-10-01", "claire-chandler"),
    ("au.shadow_government_services_minister", "2025-03-01", "claire-chandler"),
    ("au.shadow_assistant_minister_ai", "2025-10-01", "simon-kennedy"),
    # Indonesia
    ("id.den_chairman", "2025-06-01", "luhut-binsar-pandjaitan"),
    ("id.deputy_finance_minister", "2022-01-01", "suahasil-nazara"),
    ("id.deputy_finance_minister", "2025-06-01", "thomas-djiwandono"),
    ("id.deputy_agriculture_minister", "2023-01-01", "harvick-hasnul-qolbi"),
    ("id.deputy_agriculture_minister", "2024-08-01", "sudaryono"),
    ("id.deputy_investment_minister", "2024-09-01", "yuliot-tanjung"),
    ("id.bgn_head", "2025-06-01", "dadan-hindayana"),
    ("id.presidential_adviser_security", "2025-10-01", "ahmad-dofiri"),
    # Philippines
    ("ph.senate_minority_leader", "2024-01-01", "koko-pimentel"),
    ("ph.senate_minority_leader", "2025-08-01", "vicente-sotto-iii"),
    ("ph.senate_minority_leader", "2025-10-01", "alan-peter-cayetano"),
    # Thailand
    ("th.peoples_party_deputy_leader", "2025-06-01", "sirikanya-tansakul"),
    ("th.peoples_party_secretary_general", "2025-01-01", "sarayut-jailak"),
    ("th.thai_sang_thai_leader", "2024-01-01", "sudarat-keyuraphan"),
    # Papua New Guinea, Fiji
    ("pg.key_constitutional_offices_minister", "2024-03-01", "richard-masere"),
    ("fj.assistant_health_minister", "2025-06-01", "penioni-ravunawa"),
    # Myanmar's National Unity Government
    ("mm.nug_prime_minister", "2023-01-01", "mahn-win-khaing-than"),
    ("mm.nug_foreign_minister", "2023-01-01", "zin-mar-aung"),
    ("mm.nug_defence_minister", "2022-01-01", "yee-mon"),
    ("mm.nug_home_minister", "2023-01-01", "lwin-ko-latt"),
    ("mm.nug_deputy_women_minister", "2023-01-01", "ei-thinzar-maung"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sg.minister_muslim_affairs", "2025-06-01", "masagos-zulkifli"),
    ("sg.minister_of_state", "2025-06-01", "muhammad-faishal-ibrahim"),
    ("sg.minister_of_state", "2025-06-01", "murali-pillai"),
    ("sg.minister_of_state", "2025-06-01", "sun-xueling"),
    ("sg.minister_of_state", "2024-06-01", "low-yen-ling"),
    ("sg.minister_in_pmo", "2025-06-01", "maliki-osman"),
    ("my.deputy_finance_minister", "2024-01-01", "steven-sim"),
    ("my.deputy_law_minister", "2024-01-01", "ramkarpal-singh"),
    ("my.deputy_plantation_minister", "2024-01-01", "siti-aminah-aching"),
    ("my.deputy_education_minister", "2024-01-01", "lim-hui-ying"),
    ("my.deputy_religious_affairs_minister", "2026-01-10", "zulkifli-hasan-my"),
    ("my.deputy_women_minister", "2026-01-10", "noraini-ahmad"),
    ("my.deputy_entrepreneur_minister", "2026-01-10", "r-ramanan"),
    ("au.manager_opposition_business", "2025-07-01", "michael-sukkar"),
    ("au.manager_opposition_business", "2026-03-01", "alex-hawke"),
    ("au.shadow_defence_industry_minister", "2025-10-01", "jacinta-nampijinpa-price"),
    ("au.shadow_cyber_security_minister", "2025-10-01", "melissa-price"),
    ("au.shadow_government_services_minister", "2025-07-01", "claire-chandler"),
    ("id.deputy_agriculture_minister", "2024-08-01", "harvick-hasnul-qolbi"),
    ("id.deputy_investment_minister", "2025-01-01", "yuliot-tanjung"),
    ("ph.senate_minority_leader", "2025-08-01", "koko-pimentel"),
    ("ph.senate_minority_leader", "2025-10-01", "vicente-sotto-iii"),
    ("th.thai_sang_thai_leader", "2026-03-01", "sudarat-keyuraphan"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Singapore's Minister-in-charge of Muslim Affairs", "2025-08-01", "muhammad-faishal-ibrahim"),
    ("Malaysia's deputy defence minister", "2025-06-01", "adly-zahari"),
    ("Malaysia's deputy religious affairs minister", "2026-01-10", "marhamah-rosli"),
    ("Manager of Opposition Business", "2025-07-01", "alex-hawke"),
    ("Indonesia's National Economic Council chairman", "2025-06-01", "luhut-binsar-pandjaitan"),
    ("Head of the National Nutrition Agency", "2025-06-01", "dadan-hindayana"),
    ("Philippine Senate Minority Leader", "2024-06-01", "koko-pimentel"),
    ("Philippine Senate Minority Leader", "2025-10-01", "alan-peter-cayetano"),
    ("Thai Sang Thai leader", "2025-06-01", "sudarat-keyuraphan"),
    ("Fiji's assistant health minister", "2025-06-01", "penioni-ravunawa"),
    ("NUG Prime Minister", "2024-01-01", "mahn-win-khaing-than"),
    ("NUG Foreign Minister", "2024-01-01", "zin-mar-aung"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
