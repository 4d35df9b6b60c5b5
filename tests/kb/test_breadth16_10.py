"""Cabinet ministers of Uzbekistan, Kyrgyzstan, Tajikistan, Turkmenistan, Mongolia and Laos,
2024-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("uz.justice_minister", "2024-06-01", "akbar-tashkulov"),
    ("uz.energy_minister", "2025-05-14", "jurabek-mirzamakhmudov"),
    ("kg.first_deputy_chairman", "2024-06-01", "adylbek-kasymaliev"),
    ("kg.first_deputy_chairman", "2024-12-20", "daniyar-amangeldiev"),
    ("kg.emergency_minister", "2025-06-01", "boobek-ajikeev"),
    ("kg.emergency_minister", "2026-02-17", "urmatbek-shamyrkanov"),
    ("kg.transport_minister", "2024-06-01", "tilek-tekebaev"),
    ("kg.transport_minister", "2024-08-01", "absattar-syrgabaev"),
    ("kg.transport_minister", "2025-06-01", "absattar-syrgabaev"),
    ("kg.natural_resources_minister", "2025-06-01", "meder-mashiev"),
    ("kg.health_minister", "2025-12-10", "kanybek-dosmambetov"),
    ("kg.health_minister", "2026-01-15", "kanybek-dosmambetov"),
    ("kg.health_minister", "2026-02-25", "damirbek-osmonov"),
    ("kg.education_minister", "2024-06-01", "dogdurkul-kendirbaeva"),
    ("kg.science_minister", "2025-09-01", "baktiyar-orozov"),
    ("tj.culture_minister", "2023-06-01", "zulfiya-davlatzoda"),
    ("tj.culture_minister", "2024-02-01", "matlubakhon-sattoriyon"),
    ("tm.health_minister", "2026-02-14", "myratberdi-gayypov"),
    ("tm.environment_minister", "2026-02-14", "ovezgeldy-goshdzhanov"),
    ("tm.national_security_minister", "2026-02-15", "dovletgeldy-meredov"),
    ("tm.roads_minister", "2026-02-28", "khangeldy-kerimov"),
    ("mn.culture_minister", "2024-06-01", "ch-nomin"),
    ("mn.health_minister", "2023-06-01", "s-chinzorig"),
    ("mn.economy_minister", "2023-06-01", "chimediin-khurelbaatar"),
    ("la.education_minister", "2024-06-01", "phouth-simmalavong"),
    ("la.education_minister", "2025-07-01", "thongsalith-mangnomek"),
    ("la.energy_mines_minister", "2025-01-21", "phoxay-sayasone"),
    ("la.labour_minister", "2025-07-01", "phoxay-sayasone"),
    ("la.natural_resources_minister", "2024-06-01", "bounkham-vorachit"),
    ("la.central_bank_governor", "2024-01-15", "bounleua-sinxayvoravong"),
    ("la.central_bank_governor", "2024-12-01", "vetthana-dalaloy"),
    ("la.central_bank_governor", "2025-07-01", "bounkham-vorachit"),
    ("la.finance_minister", "2025-06-09", "santiphab-phomvihane"),
    ("la.public_security_minister", "2022-07-01", "vilay-lakhamfong"),
    ("la.industry_commerce_minister", "2022-07-01", "malaithong-kommasith"),
    ("la.public_works_minister", "2023-02-01", "ngampasong-muongmany"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kg.first_deputy_chairman", "2024-12-20", "adylbek-kasymaliev"),
    ("kg.emergency_minister", "2026-02-17", "boobek-ajikeev"),
    ("kg.transport_minister", "2024-08-01", "tilek-tekebaev"),
    ("kg.transport_minister", "2026-02-17", "absattar-syrgabaev"),
    ("kg.natural_resources_minister", "2026-02-17", "meder-mashiev"),
    ("kg.health_minister", "2026-02-25", "kanybek-dosmambetov"),
    ("kg.science_minister", "2025-12-16", "baktiyar-orozov"),
    ("tj.culture_minister", "2024-02-01", "zulfiya-davlatzoda"),
    ("la.education_minister", "2025-07-01", "phouth-simmalavong"),
    ("la.energy_mines_minister", "2025-07-01", "phoxay-sayasone"),
    ("la.natural_resources_minister", "2025-07-01", "bounkham-vorachit"),
    ("la.central_bank_governor", "2024-12-01", "bounleua-sinxayvoravong"),
    ("la.central_bank_governor", "2025-07-01", "vetthana-dalaloy"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Uzbek Justice Minister", "2024-06-01", "akbar-tashkulov"),
    ("Uzbek Energy Minister", "2025-05-14", "jurabek-mirzamakhmudov"),
    ("Kyrgyz Health Minister", "2026-01-15", "kanybek-dosmambetov"),
    ("Kyrgyz Transport Minister", "2025-06-01", "absattar-syrgabaev"),
    ("Tajik Culture Minister", "2024-02-01", "matlubakhon-sattoriyon"),
    ("Turkmen Health Minister", "2026-02-14", "myratberdi-gayypov"),
    ("Mongolian Culture Minister", "2024-06-01", "ch-nomin"),
    ("Lao Education Minister", "2025-07-01", "thongsalith-mangnomek"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
