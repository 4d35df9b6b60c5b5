"""Harvest 26-10 (issue #11): Guinea's ministers of February 2026 and South African GNU deputy
ministers resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("gn.youth_minister", "2025-10-01", "cellou-balde"),
    ("gn.youth_sports_minister", "2026-03-01", "cellou-balde"),
    ("gn.sports_minister", "2025-06-01", "keamou-bogola-haba"),
    ("gn.public_service_minister", "2026-03-01", "faya-francois-bourouno"),
    ("gn.employment_minister", "2026-03-01", "mory-conde"),
    ("gn.energy_minister", "2026-03-01", "laye-sekou-camara"),
    ("gn.hydraulics_minister", "2025-12-01", "aboubacar-camara-gn"),
    ("gn.urban_planning_minister", "2026-03-01", "mohamed-lamine-sy-savane"),
    ("gn.presidency_cabinet_director", "2024-01-01", "djiba-diakite"),
    ("gn.presidency_secretary_general", "2026-03-01", "amara-camara-gn"),
    ("za.deputy_science_minister", "2025-01-01", "nomalungelo-gina"),
    ("za.deputy_labour_minister", "2025-01-01", "jomo-sibiya"),
    ("za.deputy_labour_minister", "2025-01-01", "phumzile-mgcina"),
    ("za.deputy_environment_minister", "2025-01-01", "narend-singh"),
    ("za.deputy_environment_minister", "2025-01-01", "bernice-swarts"),
    ("za.deputy_trade_minister", "2024-08-01", "zuko-godlimpi"),
    ("za.deputy_correctional_services_minister", "2025-01-01", "lindiwe-ntshalintshali"),
    ("za.deputy_justice_minister", "2025-01-01", "andries-nel"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gn.youth_minister", "2026-03-01", "cellou-balde"),
    ("gn.sports_minister", "2026-03-01", "keamou-bogola-haba"),
    ("gn.youth_sports_minister", "2026-03-01", "keamou-bogola-haba"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Guinea's youth and sports minister", "2026-03-01", "cellou-balde"),
    ("Guinea's energy minister", "2026-03-01", "laye-sekou-camara"),
    ("Guinea's hydrocarbons minister", "2025-12-01", "aboubacar-camara-gn"),
    ("South Africa's deputy science minister", "2025-01-01", "nomalungelo-gina"),
    ("South Africa's deputy correctional services minister", "2025-01-01", "lindiwe-ntshalintshali"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
