"""Envoys, special representatives and UN officials of 2023-2026 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("intl.hrc_president", "2022-06-01", "federico-villegas"),
    ("intl.hrc_president", "2023-06-01", "vaclav-balek"),
    ("intl.hrc_president", "2024-06-01", "omar-zniber"),
    ("intl.hrc_president", "2025-06-01", "jurg-lauber"),
    ("intl.hrc_president", "2026-01-09", "sidharto-reza-suryodipuro"),
    ("intl.un_personal_envoy_western_sahara", "2023-06-01", "staffan-de-mistura"),
    ("intl.un_personal_envoy_cyprus", "2024-03-01", "maria-angela-holguin"),
    ("intl.un_personal_envoy_cyprus", "2025-06-01", "maria-angela-holguin"),
    ("intl.opcw_director_general", "2024-06-01", "fernando-arias"),
    ("intl.un_deputy_envoy_syria", "2026-01-02", "claudio-cordone"),
    ("us.special_envoy_sudan", "2024-06-01", "tom-perriello"),
    ("us.special_envoy_middle_east_humanitarian", "2023-12-01", "david-satterfield"),
    ("us.special_envoy_middle_east_humanitarian", "2024-06-01", "lise-grande"),
    ("us.special_envoy_antisemitism", "2023-06-01", "deborah-lipstadt"),
    ("us.special_envoy_antisemitism", "2025-12-19", "yehuda-kaploun"),
    ("us.special_envoy_latin_america", "2025-03-01", "mauricio-claver-carone"),
    ("us.deputy_special_envoy_middle_east", "2025-03-01", "morgan-ortagus"),
    ("us.climate_envoy", "2023-06-01", "john-kerry"),
    ("us.climate_envoy", "2024-06-01", "john-podesta"),
    ("us.senior_advisor_energy_investment", "2024-11-25", "amos-hochstein"),
    ("us.special_representative_ukraine_economic_recovery", "2024-06-01", "penny-pritzker"),
    ("us.special_envoy_iran", "2023-01-01", "robert-malley"),
    ("us.special_envoy_iran", "2023-07-01", "abram-paley"),
    ("us.special_envoy_yemen", "2022-04-27", "tim-lenderking"),
    ("us.special_envoy_iraq", "2025-12-01", "mark-savaya"),
    ("us.special_envoy_belarus", "2025-12-12", "john-coale"),
    ("us.special_envoy_global_partnerships", "2025-03-12", "paolo-zampolli"),
    ("us.special_envoy_uk", "2025-01-20", "mark-burnett"),
    ("us.deputy_ambassador_to_un", "2025-12-19", "tammy-bruce"),
    ("us.venezuela_chief_of_mission", "2025-12-01", "john-mcnamara-diplomat"),
    ("us.venezuela_chief_of_mission", "2026-01-31", "laura-dogu"),
    ("us.ait_director", "2023-06-01", "sandra-oudkirk"),
    ("us.ait_director", "2024-07-10", "raymond-greene"),
    ("cn.special_envoy_middle_east", "2023-11-01", "zhai-jun"),
    ("cn.special_representative_eurasian_affairs", "2023-05-15", "li-hui-diplomat"),
    ("cn.special_representative_eurasian_affairs", "2025-08-01", "sun-linjiang"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("intl.hrc_president", "2024-01-05", "vaclav-balek"),
    ("intl.hrc_president", "2025-01-05", "omar-zniber"),
    ("intl.hrc_president", "2026-01-09", "jurg-lauber"),
    ("intl.un_personal_envoy_cyprus", "2024-12-01", "maria-angela-holguin"),
    ("intl.opcw_director_general", "2026-08-01", "fernando-arias"),
    ("us.special_envoy_sudan", "2025-03-01", "tom-perriello"),
    ("us.special_envoy_middle_east_humanitarian", "2024-06-01", "david-satterfield"),
    ("us.special_envoy_middle_east_humanitarian", "2025-03-01", "lise-grande"),
    ("us.special_envoy_antisemitism", "2025-06-01", "deborah-lipstadt"),
    ("us.special_envoy_latin_america", "2025-07-01", "mauricio-claver-carone"),
    ("us.deputy_special_envoy_middle_east", "2025-08-01", "morgan-ortagus"),
    ("us.climate_envoy", "2024-06-01", "john-kerry"),
    ("us.climate_envoy", "2025-03-01", "john-podesta"),
    ("us.senior_advisor_energy_investment", "2025-03-01", "amos-hochstein"),
    ("us.special_representative_ukraine_economic_recovery", "2025-03-01", "penny-pritzker"),
    ("us.special_envoy_iran", "2023-07-01", "robert-malley"),
    ("us.special_envoy_iraq", "2026-02-15", "mark-savaya"),
    ("us.venezuela_chief_of_mission", "2026-01-31", "john-mcnamara-diplomat"),
    ("us.ait_director", "2024-07-10", "sandra-oudkirk"),
    ("cn.special_representative_eurasian_affairs", "2025-08-01", "li-hui-diplomat"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
