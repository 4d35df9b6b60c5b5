"""Gulf and Latin American cabinet members resolve on known days, and leave when their terms end."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("sa.interior_minister", "2016-01-01", "mohammed-bin-nayef"),
    ("sa.interior_minister", "2023-01-01", "abdulaziz-bin-saud-bin-nayef"),
    ("sa.investment_minister", "2022-06-01", "khalid-al-falih"),
    ("ar.interior_minister", "2024-02-01", "guillermo-francos"),
    ("ar.interior_minister", "2025-10-01", "lisandro-catalan"),
    ("ar.human_capital_minister", "2025-06-01", "sandra-pettovello"),
    ("ae.interior_minister", "2024-01-01", "saif-bin-zayed-al-nahyan"),
    ("ae.deputy_prime_minister", "2025-01-01", "saif-bin-zayed-al-nahyan"),
    ("ae.economy_minister", "2021-01-01", "abdulla-bin-touq-al-marri"),
    ("mx.energy_secretary", "2025-01-01", "luz-elena-gonzalez-escobar"),
    ("mx.education_secretary", "2025-01-01", "mario-delgado-carrillo"),
    ("mx.welfare_secretary", "2025-01-01", "ariadna-montiel-reyes"),
    ("co.finance_minister", "2024-06-01", "ricardo-bonilla"),
    ("co.finance_minister", "2023-01-01", "jose-antonio-ocampo"),
    ("ar.justice_minister", "2025-06-01", "mariano-cuneo-libarona"),
    ("ar.justice_minister", "2026-03-10", "juan-bautista-mahiques"),
    ("ar.health_minister", "2024-06-01", "mario-russo"),
    ("ar.infrastructure_minister", "2024-01-01", "guillermo-ferraro"),
    ("ar.health_minister", "2025-01-01", "mario-lugones"),
    ("qa.defence_minister_of_state", "2020-01-01", "khalid-al-attiyah"),
    ("qa.defence_minister_of_state", "2025-01-01", "saoud-bin-abdulrahman-al-thani"),
    ("qa.interior_minister", "2024-01-01", "khalifa-bin-hamad-bin-khalifa-al-thani"),
    ("om.crown_prince", "2023-01-01", "theyazin-bin-haitham"),
    ("co.interior_minister", "2023-01-01", "alfonso-prada"),
    ("co.interior_minister", "2024-01-01", "luis-fernando-velasco"),
    ("co.interior_minister", "2024-10-01", "juan-fernando-cristo"),
    ("mx.attorney_general", "2024-01-01", "alejandro-gertz-manero"),
    ("mx.attorney_general", "2025-12-15", "ernestina-godoy"),
    ("mx.legal_counsel", "2025-01-01", "ernestina-godoy"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sa.interior_minister", "2018-01-01", "mohammed-bin-nayef"),
    ("ar.interior_minister", "2024-08-01", "guillermo-francos"),
    ("ar.interior_minister", "2025-12-01", "lisandro-catalan"),
    ("co.finance_minister", "2025-01-01", "ricardo-bonilla"),
    ("co.finance_minister", "2023-06-01", "jose-antonio-ocampo"),
    ("ar.justice_minister", "2026-03-10", "mariano-cuneo-libarona"),
    ("ar.health_minister", "2025-01-01", "mario-russo"),
    ("qa.defence_minister_of_state", "2025-01-01", "khalid-al-attiyah"),
    ("mx.attorney_general", "2025-12-15", "alejandro-gertz-manero"),
    ("mx.legal_counsel", "2025-12-15", "ernestina-godoy"),
    ("co.interior_minister", "2025-06-01", "juan-fernando-cristo"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
