"""Middle Eastern office-holders of harvest 26-11 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("sy.presidency_secretary_general", "2025-06-01", "maher-al-sharaa"),
    ("sy.interior_ministry_spokesperson", "2025-07-02", "nour-al-din-al-baba"),
    ("lb.mechanism_delegation_head", "2025-12-19", "simon-karam"),
    ("lb.loyalty_resistance_bloc_head", "2025-09-23", "mohammad-raad"),
    ("lb.hezbollah_liaison_unit_head", "2024-10-10", "wafiq-safa"),
    ("lb.hezbollah_liaison_unit_head", "2026-03-01", "hussein-al-abdallah-lb"),
    ("il.yashar_leader", "2025-12-01", "gadi-eisenkot"),
    ("il.raam_chair", "2026-01-25", "mansour-abbas"),
    ("il.hadash_chair", "2026-01-23", "ayman-odeh"),
    ("il.taal_chair", "2026-01-23", "ahmad-tibi"),
    ("il.minister_in_finance_ministry", "2025-06-01", "zeev-elkin"),
    ("jo.minister_of_state_prime_ministry_affairs", "2025-03-01", "abdullah-al-adwan"),
    ("jo.minister_of_state_prime_ministry_affairs", "2025-09-01", "abdul-latif-al-najdawi"),
    ("jo.minister_of_state_public_sector_development", "2025-03-01", "khair-abu-sueilik"),
    ("jo.minister_of_state_public_sector_development", "2025-09-01", "badriya-al-balbisi"),
    ("ir.vice_president_women_family", "2025-01-01", "zahra-behrouz-azar"),
    ("ir.majlis_national_security_committee_chair", "2026-02-15", "ebrahim-azizi"),
    ("ir.ipis_head", "2025-03-01", "saeed-khatibzadeh"),
    ("lb.higher_judicial_council_president", "2025-04-09", "souheil-abboud"),
    ("lb.cassation_public_prosecutor", "2022-01-01", "ghassan-oueidat"),
    ("lb.cassation_public_prosecutor", "2024-07-01", "jamal-hajjar-lb"),
    ("sa.national_security_adviser", "2025-01-01", "musaed-al-aiban"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("lb.hezbollah_liaison_unit_head", "2026-03-01", "wafiq-safa"),
    ("jo.minister_of_state_prime_ministry_affairs", "2025-09-01", "abdullah-al-adwan"),
    ("jo.minister_of_state_public_sector_development", "2025-09-01", "khair-abu-sueilik"),
    ("lb.cassation_public_prosecutor", "2024-07-01", "ghassan-oueidat"),
    ("sy.health_minister", "2025-06-01", "maher-al-sharaa"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("head of the Loyalty to the Resistance bloc", "2025-09-23", "mohammad-raad"),
    ("Hadash chairman", "2026-01-23", "ayman-odeh"),
    ("Jordanian Minister of State for Prime Ministry Affairs", "2025-09-01", "abdul-latif-al-najdawi"),
    ("Iranian Vice President for Women and Family Affairs", "2025-01-01", "zahra-behrouz-azar"),
    ("Saudi National Security Adviser", "2025-01-01", "musaed-al-aiban"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
