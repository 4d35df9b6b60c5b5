"""Brazilian, Peruvian and Argentine cabinet ministers (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Brazil: further ministries of Lula's third government
    ("br.planning_minister", "2025-06-01", "simone-tebet"),
    ("br.social_security_minister", "2024-06-01", "carlos-lupi"),
    ("br.social_security_minister", "2025-08-01", "wolney-queiroz"),
    ("br.communications_minister", "2024-06-01", "juscelino-filho"),
    ("br.communications_minister", "2025-06-01", "frederico-de-siqueira-filho"),
    ("br.human_rights_minister", "2024-06-01", "silvio-almeida"),
    ("br.human_rights_minister", "2024-10-01", "macae-evaristo"),
    ("br.women_minister", "2024-06-01", "cida-goncalves"),
    ("br.women_minister", "2025-06-01", "marcia-lopes"),
    ("br.tourism_minister", "2023-03-01", "daniela-carneiro"),
    ("br.tourism_minister", "2025-06-01", "celso-sabino"),
    ("br.tourism_minister", "2026-01-15", "gustavo-feliciano"),
    ("br.management_minister", "2024-06-01", "esther-dweck"),
    ("br.racial_equality_minister", "2024-06-01", "anielle-franco"),
    # Peru: ministries from Jerí's cabinet on
    ("pe.housing_minister", "2025-11-01", "wilder-sifuentes"),
    ("pe.housing_minister", "2026-03-01", "wilder-sifuentes"),
    ("pe.women_minister", "2025-11-01", "sandra-gutierrez-cuba"),
    ("pe.environment_minister", "2025-11-01", "miguel-angel-espichan"),
    ("pe.environment_minister", "2026-03-01", "nelly-paredes"),
    ("pe.culture_minister", "2025-11-01", "alfredo-luna-briceno"),
    ("pe.social_inclusion_minister", "2025-11-01", "lesly-shica"),
    # Argentina: the two ministers left of the first cabinet
    ("ar.economy_minister", "2026-03-01", "luis-caputo"),
    ("ar.human_capital_minister", "2026-03-01", "sandra-pettovello"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("br.social_security_minister", "2025-08-01", "carlos-lupi"),
    ("br.communications_minister", "2025-06-01", "juscelino-filho"),
    ("br.human_rights_minister", "2024-10-01", "silvio-almeida"),
    ("br.women_minister", "2025-06-01", "cida-goncalves"),
    ("br.tourism_minister", "2024-01-15", "daniela-carneiro"),
    ("br.tourism_minister", "2026-01-15", "celso-sabino"),
    ("pe.environment_minister", "2026-03-01", "miguel-angel-espichan"),
    ("pe.women_minister", "2026-03-01", "sandra-gutierrez-cuba"),
    ("pe.culture_minister", "2026-03-01", "alfredo-luna-briceno"),
    ("pe.social_inclusion_minister", "2026-03-01", "lesly-shica"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Brazilian Planning Minister", "2025-06-01", "simone-tebet"),
    ("Brazilian Tourism Minister", "2026-01-15", "gustavo-feliciano"),
    ("Brazilian Social Security Minister", "2025-08-01", "wolney-queiroz"),
    ("Brazilian Human Rights Minister", "2025-01-15", "macae-evaristo"),
    ("Peruvian Housing Minister", "2026-03-01", "wilder-sifuentes"),
    ("Peruvian Environment Minister", "2026-03-01", "nelly-paredes"),
    ("Peruvian Culture Minister", "2025-11-01", "alfredo-luna-briceno"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
