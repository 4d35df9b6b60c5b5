"""Cabinet office holders of Zimbabwe, Eswatini, Lesotho, Mozambique, Burkina Faso and Myanmar added or
extended for 2024-2026 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Zimbabwe
    ("zw.industry_commerce_minister", "2024-01-15", "sithembiso-nyoni"),
    ("zw.industry_commerce_minister", "2024-06-01", "mangaliso-ndlovu"),
    ("zw.environment_minister", "2024-01-15", "mangaliso-ndlovu"),
    ("zw.environment_minister", "2024-03-09", "sithembiso-nyoni"),
    ("zw.local_government_minister", "2024-02-01", "winston-chitando"),
    ("zw.local_government_minister", "2024-04-25", "daniel-garwe"),
    ("zw.mines_minister", "2024-02-01", "zhemu-soda"),
    ("zw.mines_minister", "2024-04-25", "winston-chitando"),
    ("zw.housing_minister", "2024-04-25", "zhemu-soda"),
    ("zw.energy_minister", "2024-06-01", "edgar-moyo"),
    ("zw.energy_minister", "2025-01-04", "july-moyo"),
    ("zw.public_service_minister", "2024-06-01", "july-moyo"),
    ("zw.public_service_minister", "2025-01-04", "edgar-moyo"),
    ("zw.sport_minister", "2024-06-01", "kirsty-coventry"),
    ("zw.sport_minister", "2025-03-27", "anselem-sanyatwe"),
    ("zw.veterans_minister", "2024-01-15", "christopher-mutsvangwa"),
    ("zw.veterans_minister", "2024-03-05", "monica-mavhunga"),
    # Eswatini
    ("sz.prime_minister", "2026-01-15", "russell-dlamini"),
    ("sz.finance_minister", "2025-02-15", "neal-rijkenberg"),
    ("sz.housing_minister", "2023-11-14", "apollo-maphalala"),
    ("sz.sports_minister", "2023-11-14", "bongani-nzima"),
    ("sz.tinkhundla_minister", "2023-11-14", "sikhumbuzo-dlamini"),
    # Lesotho
    ("ls.finance_minister", "2026-02-18", "retselisitsoe-matlanyane"),
    ("ls.environment_minister", "2023-11-08", "letsama-adontsi"),
    ("ls.public_service_minister", "2023-11-08", "mphuthi-mphuthi"),
    ("ls.gender_youth_minister", "2023-11-08", "putsoa-lesaoana"),
    # Mozambique
    ("mz.foreign_minister", "2024-06-01", "veronica-macamo"),
    ("mz.foreign_minister", "2025-02-01", "maria-manuela-lucas"),
    ("mz.health_minister", "2024-06-01", "armindo-tiago"),
    ("mz.health_minister", "2025-02-01", "ussene-isse"),
    ("mz.defence_minister", "2024-06-01", "cristovao-chume"),
    ("mz.casa_civil_minister", "2025-01-28", "ricardo-sengo"),
    ("mz.justice_minister", "2025-12-01", "mateus-saize"),
    # Burkina Faso
    ("bf.health_minister", "2025-06-01", "robert-kargougou"),
    ("bf.communication_minister", "2025-06-01", "pingdwende-gilbert-ouedraogo"),
    ("bf.humanitarian_minister", "2025-06-01", "pelagie-kabore"),
    # Myanmar
    ("mm.foreign_minister", "2025-07-31", "than-swe-mm"),
    ("mm.defence_minister", "2025-07-31", "maung-maung-aye"),
    ("mm.transport_minister", "2025-07-25", "mya-tun-oo"),
    ("mm.deputy_prime_minister", "2024-02-26", "than-swe-mm"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("zw.industry_commerce_minister", "2024-06-01", "sithembiso-nyoni"),
    ("zw.environment_minister", "2024-06-01", "mangaliso-ndlovu"),
    ("zw.local_government_minister", "2024-06-01", "winston-chitando"),
    ("zw.mines_minister", "2024-06-01", "zhemu-soda"),
    ("zw.energy_minister", "2025-02-01", "edgar-moyo"),
    ("zw.public_service_minister", "2025-02-01", "july-moyo"),
    ("zw.sport_minister", "2025-04-01", "kirsty-coventry"),
    ("zw.veterans_minister", "2024-03-01", "christopher-mutsvangwa"),
    ("mz.foreign_minister", "2025-02-01", "veronica-macamo"),
    ("mz.health_minister", "2025-02-01", "armindo-tiago"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Zimbabwean Sports Minister", "2025-06-01", "anselem-sanyatwe"),
    ("Zimbabwean Environment Minister", "2024-06-01", "sithembiso-nyoni"),
    ("Zimbabwean Energy Minister", "2025-06-01", "july-moyo"),
    ("Mozambican Health Minister", "2024-06-01", "armindo-tiago"),
    ("Mozambican Foreign Minister", "2024-06-01", "veronica-macamo"),
    ("Mozambican Justice Minister", "2025-12-01", "mateus-saize"),
    ("Burkinabe Health Minister", "2025-06-01", "robert-kargougou"),
    ("Myanmar Transport Minister", "2025-07-25", "mya-tun-oo"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
