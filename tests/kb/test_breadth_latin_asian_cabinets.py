"""Mexican, Brazilian, Colombian, Peruvian and Bolivian cabinet members (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Mexico: López Obrador's interior, energy, education and health secretaries
    ("mx.interior_secretary", "2024-01-15", "luisa-maria-alcalde"),
    ("mx.energy_secretary", "2023-06-01", "rocio-nahle"),
    ("mx.energy_secretary", "2024-03-01", "miguel-angel-maciel"),
    ("mx.education_secretary", "2023-06-01", "leticia-ramirez-amaya"),
    ("mx.health_secretary", "2023-06-01", "jorge-alcocer"),
    # Brazil: education, labour, transport
    ("br.education_minister", "2024-06-01", "camilo-santana"),
    ("br.labour_minister", "2025-06-01", "luiz-marinho"),
    ("br.transport_minister", "2025-06-01", "renan-filho"),
    # Colombia: education, agriculture, transport, labour
    ("co.education_minister", "2023-01-15", "alejandro-gaviria"),
    ("co.education_minister", "2023-10-01", "aurora-vergara"),
    ("co.education_minister", "2024-09-01", "daniel-rojas-medellin"),
    ("co.agriculture_minister", "2024-10-01", "martha-carvajalino"),
    ("co.transport_minister", "2024-10-01", "maria-constanza-garcia"),
    ("co.transport_minister", "2025-02-01", "maria-fernanda-rojas-mantilla"),
    ("co.labour_minister", "2024-06-01", "gloria-ines-ramirez"),
    ("co.labour_minister", "2025-02-15", "antonio-sanguino"),
    # Peru: prime ministers
    ("pe.prime_minister", "2023-06-01", "alberto-otarola"),
    ("pe.prime_minister", "2024-09-01", "gustavo-adrianzen"),
    ("pe.prime_minister", "2025-07-01", "eduardo-arana"),
    # Peru: interior ministers
    ("pe.interior_minister", "2023-01-05", "victor-rojas-herrera"),
    ("pe.interior_minister", "2023-06-01", "vicente-romero-fernandez"),
    ("pe.interior_minister", "2024-01-15", "victor-torres-falcon"),
    ("pe.interior_minister", "2024-05-01", "walter-ortiz"),
    ("pe.interior_minister", "2024-10-01", "juan-jose-santivanez"),
    ("pe.interior_minister", "2025-04-15", "julio-diaz-zulueta"),
    ("pe.interior_minister", "2025-08-01", "carlos-malaver"),
    ("pe.interior_minister", "2025-12-01", "vicente-tiburcio"),
    # Peru: Jerí's and Balcázar's sector ministers
    ("pe.justice_minister", "2025-09-15", "juan-jose-santivanez"),
    ("pe.justice_minister", "2025-12-01", "walter-martinez-laura"),
    ("pe.justice_minister", "2026-02-25", "luis-enrique-jimenez"),
    ("pe.education_minister", "2025-12-01", "jorge-figueroa-guzman"),
    ("pe.health_minister", "2025-12-01", "luis-quiroz-aviles"),
    ("pe.health_minister", "2026-02-25", "luis-quiroz-aviles"),
    ("pe.agriculture_minister", "2025-12-01", "vladimir-cuno"),
    ("pe.agriculture_minister", "2026-02-25", "felipe-meza"),
    ("pe.labour_minister", "2026-02-25", "oscar-fernandez-caceres"),
    ("pe.trade_tourism_minister", "2025-12-01", "teresa-mera"),
    ("pe.trade_tourism_minister", "2026-02-25", "jose-reyes-llanos"),
    ("pe.production_minister", "2026-02-25", "cesar-quispe-lujan"),
    ("pe.transport_minister", "2025-12-01", "aldo-prieto"),
    ("pe.energy_mines_minister", "2025-12-01", "luis-bravo-de-la-cruz"),
    ("pe.energy_mines_minister", "2026-02-25", "angelo-alfaro-lombardi"),
    # Bolivia: government ministers under Arce, more of the Paz cabinet
    ("bo.government_minister", "2023-06-01", "eduardo-del-castillo"),
    ("bo.government_minister", "2025-08-01", "roberto-rios"),
    ("bo.health_minister", "2025-11-09", "marcela-flores"),
    ("bo.education_minister", "2025-11-09", "beatriz-garcia"),
    ("bo.public_works_minister", "2025-11-09", "mauricio-zamora-liebers"),
    ("bo.productive_development_minister", "2025-11-09", "oscar-mario-justiniano"),
    ("bo.presidential_spokesperson", "2025-11-22", "carla-faval"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("mx.interior_secretary", "2024-10-15", "luisa-maria-alcalde"),
    ("mx.energy_secretary", "2024-03-01", "rocio-nahle"),
    ("mx.energy_secretary", "2024-10-15", "miguel-angel-maciel"),
    ("mx.education_secretary", "2024-10-15", "leticia-ramirez-amaya"),
    ("mx.health_secretary", "2024-10-15", "jorge-alcocer"),
    ("co.education_minister", "2023-10-01", "alejandro-gaviria"),
    ("co.education_minister", "2024-09-01", "aurora-vergara"),
    ("co.transport_minister", "2025-03-01", "maria-constanza-garcia"),
    ("co.labour_minister", "2025-03-01", "gloria-ines-ramirez"),
    ("pe.prime_minister", "2024-09-01", "alberto-otarola"),
    ("pe.prime_minister", "2025-07-01", "gustavo-adrianzen"),
    ("pe.prime_minister", "2025-12-01", "eduardo-arana"),
    ("pe.interior_minister", "2023-06-01", "victor-rojas-herrera"),
    ("pe.interior_minister", "2024-01-15", "vicente-romero-fernandez"),
    ("pe.interior_minister", "2024-05-01", "victor-torres-falcon"),
    ("pe.interior_minister", "2024-10-01", "walter-ortiz"),
    ("pe.interior_minister", "2025-04-15", "juan-jose-santivanez"),
    ("pe.interior_minister", "2025-08-01", "julio-diaz-zulueta"),
    ("pe.interior_minister", "2025-12-01", "carlos-malaver"),
    ("pe.interior_minister", "2026-03-01", "vicente-tiburcio"),
    ("pe.justice_minister", "2025-12-01", "juan-jose-santivanez"),
    ("pe.justice_minister", "2026-03-01", "walter-martinez-laura"),
    ("pe.education_minister", "2026-03-01", "jorge-figueroa-guzman"),
    ("pe.agriculture_minister", "2026-03-01", "vladimir-cuno"),
    ("pe.trade_tourism_minister", "2026-03-01", "teresa-mera"),
    ("pe.energy_mines_minister", "2026-03-01", "luis-bravo-de-la-cruz"),
    ("bo.government_minister", "2025-08-01", "eduardo-del-castillo"),
    ("bo.government_minister", "2025-12-01", "roberto-rios"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Mexican Energy Secretary", "2024-03-01", "miguel-angel-maciel"),
    ("Brazilian Education Minister", "2025-06-01", "camilo-santana"),
    ("Brazilian Transport Minister", "2025-06-01", "renan-filho"),
    ("Colombian Labor Minister", "2025-06-01", "antonio-sanguino"),
    ("Colombian Education Minister", "2025-01-15", "daniel-rojas-medellin"),
    ("Peruvian Prime Minister", "2024-09-01", "gustavo-adrianzen"),
    ("Peruvian Interior Minister", "2024-10-01", "juan-jose-santivanez"),
    ("Peruvian Trade Minister", "2025-12-01", "teresa-mera"),
    ("Bolivian Health Minister", "2025-12-01", "marcela-flores"),
    ("Bolivian Government Minister", "2024-06-01", "eduardo-del-castillo"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
