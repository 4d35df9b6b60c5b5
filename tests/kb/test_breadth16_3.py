"""Government, presidential and foreign-ministry spokespeople of 16 countries, 2024-2026 (issue #11),
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("kr.presidential_spokesperson", "2024-01-15", "kim-soo-kyung"),
    ("kr.mofa_spokesperson", "2024-08-15", "lee-jae-woong"),
    ("kr.mofa_spokesperson", "2025-06-05", "lee-jae-woong"),
    ("fr.mfa_spokesperson", "2025-09-22", "pascal-confavreux"),
    ("de.foreign_office_spokesperson", "2024-06-01", "sebastian-fischer"),
    ("de.foreign_office_spokesperson", "2025-06-01", "kathrin-deschauer"),
    ("de.foreign_office_spokesperson", "2025-10-01", "martin-giese"),
    ("in.mea_spokesperson", "2025-06-26", "randhir-jaiswal"),
    ("pk.fo_spokesperson", "2025-06-01", "shafqat-ali-khan"),
    ("pk.fo_spokesperson", "2025-11-01", "tahir-hussain-andrabi"),
    ("ir.government_spokesperson", "2024-05-20", "ali-bahadori-jahromi"),
    ("ir.government_spokesperson", "2025-01-01", "fatemeh-mohajerani"),
    ("tr.mfa_spokesperson", "2025-06-01", "oncu-keceli"),
    ("il.mfa_spokesperson", "2024-06-01", "oren-marmorstein"),
    ("ua.presidential_press_secretary", "2021-09-01", "serhii-nykyforov"),
    ("ua.mfa_spokesperson", "2024-01-15", "oleh-nikolenko"),
    ("ua.mfa_spokesperson", "2025-06-01", "heorhii-tykhyi"),
    ("eg.presidential_spokesperson", "2022-06-01", "bassam-radi"),
    ("eg.presidential_spokesperson", "2024-03-01", "ahmed-fahmy"),
    ("eg.presidential_spokesperson", "2025-11-01", "mohamed-el-shennawy"),
    ("eg.mfa_spokesperson", "2024-01-15", "ahmed-abu-zeid"),
    ("eg.mfa_spokesperson", "2025-03-01", "tamim-khallaf"),
    ("mx.presidential_spokesperson", "2024-05-01", "jesus-ramirez-cuevas"),
    ("mx.presidential_spokesperson", "2025-01-01", "paulina-silva"),
    ("qa.mfa_spokesperson", "2025-09-17", "majed-al-ansari"),
    ("jp.mofa_press_secretary", "2025-11-26", "toshihiro-kitamura"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kr.presidential_spokesperson", "2024-01-15", "lee-do-woon"),
    ("kr.presidential_spokesperson", "2024-08-01", "kim-soo-kyung"),
    ("de.foreign_office_spokesperson", "2025-06-01", "sebastian-fischer"),
    ("pk.fo_spokesperson", "2025-11-01", "shafqat-ali-khan"),
    ("ir.government_spokesperson", "2024-10-01", "ali-bahadori-jahromi"),
    ("ua.mfa_spokesperson", "2024-08-01", "oleh-nikolenko"),
    ("eg.presidential_spokesperson", "2023-06-01", "bassam-radi"),
    ("eg.presidential_spokesperson", "2025-12-01", "ahmed-fahmy"),
    ("eg.mfa_spokesperson", "2025-01-01", "ahmed-abu-zeid"),
    ("mx.presidential_spokesperson", "2024-11-01", "jesus-ramirez-cuevas"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("South Korean Foreign Ministry spokesperson", "2024-08-15", "lee-jae-woong"),
    ("French Foreign Ministry spokesperson", "2025-09-22", "pascal-confavreux"),
    ("Turkish Foreign Ministry spokesman", "2025-06-01", "oncu-keceli"),
    ("Israeli Foreign Ministry spokesman", "2024-06-01", "oren-marmorstein"),
    ("Ukrainian presidential spokesman", "2021-09-01", "serhii-nykyforov"),
    ("Egyptian presidential spokesman", "2024-03-01", "ahmed-fahmy"),
    ("Egyptian Foreign Ministry spokesman", "2025-03-01", "tamim-khallaf"),
    ("Mexican presidential spokeswoman", "2025-01-01", "paulina-silva"),
    ("Qatari Foreign Ministry spokesman", "2025-09-17", "majed-al-ansari"),
    ("Iranian government spokesman", "2024-05-20", "ali-bahadori-jahromi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
