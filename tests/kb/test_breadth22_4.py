"""Deputy prime ministers (Australia, Canada, Croatia, Serbia) and defence ministers (Togo, Tonga,
Eswatini, Kyrgyzstan) added for 2024-2026 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("au.deputy_prime_minister", "2024-03-01", "richard-marles"),
    ("au.deputy_prime_minister", "2025-06-01", "richard-marles"),
    ("ca.deputy_prime_minister", "2024-06-01", "chrystia-freeland"),
    ("hr.deputy_prime_minister", "2024-02-01", "davor-bozinovic"),
    ("hr.deputy_prime_minister", "2024-02-01", "tomo-medved"),
    ("hr.deputy_prime_minister", "2024-02-01", "oleg-butkovic"),
    ("hr.deputy_prime_minister", "2024-02-01", "anja-simpraga"),
    ("hr.deputy_prime_minister", "2024-02-01", "branko-bacic"),
    ("hr.deputy_prime_minister", "2024-02-01", "ivan-anusic"),
    ("hr.deputy_prime_minister", "2024-10-01", "josip-dabro"),
    ("hr.deputy_prime_minister", "2025-06-01", "david-vlajcic"),
    ("hr.deputy_prime_minister", "2026-03-01", "tomislav-coric"),
    ("rs.deputy_prime_minister", "2024-01-15", "sinisa-mali"),
    ("rs.deputy_prime_minister", "2024-01-15", "ivica-dacic"),
    ("rs.deputy_prime_minister", "2024-01-15", "milos-vucevic"),
    ("rs.deputy_prime_minister", "2024-01-15", "maja-gojkovic"),
    ("rs.deputy_prime_minister", "2024-09-01", "aleksandar-vulin"),
    ("rs.deputy_prime_minister", "2024-09-01", "irena-vujovic"),
    ("rs.deputy_prime_minister", "2025-06-01", "adrijana-mesarovic"),
    ("rs.deputy_prime_minister", "2025-06-01", "ivica-dacic"),
    ("rs.first_deputy_prime_minister", "2024-09-01", "sinisa-mali"),
    ("rs.first_deputy_prime_minister", "2025-06-01", "sinisa-mali"),
    ("tg.armed_forces_minister", "2024-06-01", "faure-gnassingbe"),
    ("tg.armed_forces_minister", "2025-11-01", "faure-gnassingbe"),
    ("to.defence_minister", "2025-06-01", "tupoutoa-ulukalala"),
    ("sz.defence_minister", "2024-03-11", "pholile-shakantu"),
    ("kg.defence_minister", "2026-02-23", "ruslan-mukambetov"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ca.deputy_prime_minister", "2025-01-10", "chrystia-freeland"),
    ("hr.deputy_prime_minister", "2024-06-01", "anja-simpraga"),
    ("hr.deputy_prime_minister", "2025-03-01", "josip-dabro"),
    ("rs.deputy_prime_minister", "2024-09-01", "sinisa-mali"),
    ("rs.deputy_prime_minister", "2024-09-01", "milos-vucevic"),
    ("rs.deputy_prime_minister", "2024-09-01", "maja-gojkovic"),
    ("rs.deputy_prime_minister", "2025-06-01", "aleksandar-vulin"),
    ("rs.deputy_prime_minister", "2025-06-01", "irena-vujovic"),
    ("rs.first_deputy_prime_minister", "2024-01-15", "sinisa-mali"),
    ("to.defence_minister", "2024-10-01", "tupoutoa-ulukalala"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
