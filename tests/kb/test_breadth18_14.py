"""Cabinet offices 2024-2026 of Uruguay, Bolivia, Ecuador, Panama, Costa Rica, the Dominican Republic and Cuba
added or extended by batch kb18-14 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Uruguay
    ("uy.education_minister", "2024-06-01", "pablo-da-silveira"),
    ("uy.tourism_minister", "2024-09-01", "eduardo-sanguinetti"),
    # Bolivia
    ("bo.culture_minister", "2024-06-01", "esperanza-guevara"),
    ("bo.culture_minister", "2026-01-15", "cinthia-yanez"),
    ("bo.rural_development_minister", "2024-06-01", "santos-condori"),
    ("bo.environment_minister", "2024-06-01", "alan-lisperguer"),
    ("bo.mining_minister", "2025-06-01", "alejandro-santos-laura"),
    # Ecuador
    ("ec.environment_minister", "2024-03-01", "sade-fritschi"),
    ("ec.environment_minister", "2024-12-01", "ines-manzano"),
    ("ec.environment_minister", "2025-04-01", "maria-cristina-recalde"),
    ("ec.environment_minister", "2025-07-01", "maria-luisa-cruz"),
    ("ec.tourism_minister", "2024-03-01", "niels-olsen"),
    ("ec.tourism_minister", "2024-09-15", "mateo-estrella"),
    ("ec.housing_minister", "2023-12-01", "humberto-plaza"),
    ("ec.culture_minister", "2023-12-01", "romina-munoz-ec"),
    ("ec.sports_minister", "2023-12-01", "andres-guschmer"),
    ("ec.women_minister", "2023-12-01", "arianna-tanca"),
    ("ec.energy_minister", "2025-08-10", "ines-manzano"),
    # Panama
    ("pa.housing_minister", "2025-06-01", "jaime-jovane"),
    ("pa.government_minister", "2025-06-01", "dinoska-montalvo"),
    # Costa Rica
    ("cr.presidency_minister", "2025-06-01", "jorge-rodriguez-bogle"),
    ("cr.housing_minister", "2025-09-01", "grettel-vega"),
    ("cr.planning_minister", "2025-09-01", "marlon-navarro-cr"),
    ("cr.women_minister", "2025-09-01", "yerlin-zuniga"),
    # Dominican Republic
    ("do.education_minister", "2024-06-01", "angel-hernandez-do"),
    ("do.housing_minister", "2024-06-01", "carlos-bonilla-do"),
    ("do.youth_minister", "2024-09-01", "carlos-valdez-do"),
    ("do.economy_minister", "2024-06-01", "pavel-isa-contreras"),
    ("do.economy_minister", "2021-06-01", "miguel-ceara-hatton"),
    ("do.presidency_minister", "2024-06-01", "joel-santos-echavarria"),
    ("do.presidency_minister", "2021-06-01", "lisandro-macarrulla"),
    ("do.energy_minister", "2024-06-01", "antonio-almonte"),
    ("do.energy_minister", "2025-06-01", "joel-santos-echavarria"),
    ("do.tourism_minister", "2025-12-01", "david-collado"),
    # Cuba
    ("cu.health_minister", "2025-06-01", "jose-angel-portal-miranda"),
    ("cu.culture_minister", "2023-06-01", "alpidio-alonso-grau"),
    ("cu.education_minister", "2023-06-01", "naima-trujillo-barreto"),
    ("cu.higher_education_minister", "2023-06-01", "walter-baluja-garcia"),
    ("cu.finance_minister", "2023-06-01", "vladimir-regueiro-ale"),
    ("cu.vice_president", "2020-06-01", "salvador-valdes-mesa"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("uy.education_minister", "2025-06-01", "pablo-da-silveira"),
    ("uy.tourism_minister", "2025-06-01", "eduardo-sanguinetti"),
    ("bo.culture_minister", "2025-12-01", "esperanza-guevara"),
    ("bo.rural_development_minister", "2025-12-01", "santos-condori"),
    ("bo.environment_minister", "2025-12-01", "alan-lisperguer"),
    ("bo.mining_minister", "2025-12-01", "alejandro-santos-laura"),
    ("ec.environment_minister", "2024-12-01", "sade-fritschi"),
    ("ec.environment_minister", "2025-04-01", "ines-manzano"),
    ("ec.environment_minister", "2025-07-01", "maria-cristina-recalde"),
    ("ec.environment_minister", "2025-10-01", "maria-luisa-cruz"),
    ("ec.tourism_minister", "2024-10-01", "niels-olsen"),
    ("cr.presidency_minister", "2026-03-10", "jorge-rodriguez-bogle"),
    ("do.education_minister", "2025-06-01", "angel-hernandez-do"),
    ("do.housing_minister", "2026-03-01", "carlos-bonilla-do"),
    ("do.economy_minister", "2025-03-01", "pavel-isa-contreras"),
    ("do.economy_minister", "2023-01-01", "miguel-ceara-hatton"),
    ("do.presidency_minister", "2023-01-01", "lisandro-macarrulla"),
    ("do.presidency_minister", "2025-01-01", "joel-santos-echavarria"),
    ("do.energy_minister", "2025-01-01", "antonio-almonte"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Ecuadorian Environment Minister", "2025-04-01", "maria-cristina-recalde"),
    ("Cuban Health Minister", "2025-06-01", "jose-angel-portal-miranda"),
    ("Dominican Energy Minister", "2025-06-01", "joel-santos-echavarria"),
    ("Panamanian Housing Minister", "2025-06-01", "jaime-jovane"),
    ("Bolivian Mining Minister", "2025-06-01", "alejandro-santos-laura"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
