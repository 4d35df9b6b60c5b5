"""Portuguese, Romanian, Azerbaijani, Tajik and Papua New Guinean office holders (issue #11) resolve
on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Portugal: the Montenegro governments
    ("pt.health_minister", "2024-06-01", "ana-paula-martins"),
    ("pt.health_minister", "2025-06-05", "ana-paula-martins"),
    ("pt.education_minister", "2025-01-15", "fernando-alexandre"),
    ("pt.labour_minister", "2025-01-15", "maria-do-rosario-palma-ramalho"),
    ("pt.environment_minister", "2025-01-15", "maria-da-graca-carvalho"),
    ("pt.infrastructure_minister", "2025-01-15", "miguel-pinto-luz"),
    ("pt.agriculture_minister", "2025-01-15", "jose-manuel-fernandes"),
    ("pt.presidency_minister", "2025-01-15", "antonio-leitao-amaro"),
    ("pt.parliamentary_affairs_minister", "2024-06-01", "pedro-duarte-pt"),
    ("pt.parliamentary_affairs_minister", "2025-06-05", "carlos-abreu-amorim"),
    ("pt.culture_minister", "2024-06-01", "dalila-rodrigues"),
    ("pt.culture_minister", "2025-06-05", "margarida-balseiro-lopes"),
    ("pt.state_reform_minister", "2025-07-01", "goncalo-saraiva-matias"),
    ("pt.ps_secretary_general", "2023-06-01", "antonio-costa"),
    ("pt.ps_secretary_general", "2024-06-01", "pedro-nuno-santos"),
    ("pt.ps_secretary_general", "2025-07-01", "jose-luis-carneiro"),
    ("pt.interior_minister", "2025-12-01", "maria-lucia-amaral"),
    ("pt.interior_minister", "2026-02-23", "luis-neves"),
    # Romania
    ("ro.health_minister", "2024-06-01", "alexandru-rafila"),
    ("ro.health_minister", "2025-08-01", "alexandru-rogobete"),
    ("ro.education_minister", "2024-06-01", "ligia-deca"),
    ("ro.education_minister", "2025-08-01", "daniel-david-ro"),
    ("ro.education_minister", "2026-02-01", "ilie-bolojan"),
    ("ro.education_minister", "2026-03-03", "mihai-dimian"),
    ("ro.environment_minister", "2024-06-01", "mircea-fechet"),
    ("ro.environment_minister", "2025-08-01", "diana-buzoianu"),
    ("ro.senate_president", "2025-03-01", "mircea-abrudean"),
    ("ro.senate_president", "2025-08-01", "mircea-abrudean"),
    ("ro.economy_minister", "2025-08-01", "radu-miruta"),
    ("ro.economy_minister", "2025-12-24", "irineu-darau"),
    ("ro.deputy_prime_minister", "2025-12-23", "radu-miruta"),
    # Azerbaijan
    ("az.first_vice_president", "2023-06-01", "mehriban-aliyeva"),
    ("az.presidential_administration_head", "2025-11-13", "samir-nuriyev"),
    ("az.deputy_prime_minister", "2025-01-10", "samir-sharifov"),
    ("az.energy_minister", "2025-12-12", "parviz-shahbazov"),
    ("az.labour_minister", "2024-06-01", "sahil-babayev"),
    ("az.labour_minister", "2025-12-05", "anar-aliyev-az"),
    ("az.defence_minister", "2025-10-09", "zakir-hasanov"),
    # Tajikistan
    ("tj.first_deputy_prime_minister", "2024-06-01", "hokim-kholiqzoda"),
    ("tj.finance_minister", "2025-09-27", "faiziddin-qahhorzoda"),
    ("tj.interior_minister", "2022-12-30", "ramazon-rahimzoda"),
    ("tj.economy_minister", "2025-03-24", "zavqi-zavqizoda"),
    ("tj.upper_house_chairman", "2025-04-11", "rustam-emomali"),
    # Papua New Guinea
    ("pg.treasurer", "2023-06-01", "ian-ling-stuckey"),
    ("pg.treasurer", "2024-03-01", "james-marape"),
    ("pg.treasurer", "2024-06-24", "ian-ling-stuckey"),
    ("pg.foreign_minister", "2023-09-01", "james-marape"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("pt.parliamentary_affairs_minister", "2025-07-01", "pedro-duarte-pt"),
    ("pt.culture_minister", "2025-07-01", "dalila-rodrigues"),
    ("pt.ps_secretary_general", "2024-06-01", "antonio-costa"),
    ("pt.ps_secretary_general", "2025-07-01", "pedro-nuno-santos"),
    ("pt.interior_minister", "2026-03-01", "maria-lucia-amaral"),
    ("ro.health_minister", "2025-08-01", "alexandru-rafila"),
    ("ro.education_minister", "2025-08-01", "ligia-deca"),
    ("ro.education_minister", "2026-02-01", "daniel-david-ro"),
    ("ro.education_minister", "2026-03-10", "ilie-bolojan"),
    ("ro.environment_minister", "2025-08-01", "mircea-fechet"),
    ("ro.economy_minister", "2026-01-15", "radu-miruta"),
    ("az.labour_minister", "2025-06-01", "sahil-babayev"),
    ("pg.treasurer", "2024-03-01", "ian-ling-stuckey"),
    ("pg.treasurer", "2024-08-01", "james-marape"),
    ("pg.foreign_minister", "2024-03-01", "james-marape"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Portuguese Health Minister", "2025-01-15", "ana-paula-martins"),
    ("Portuguese Education Minister", "2025-01-15", "fernando-alexandre"),
    ("Portuguese Interior Minister", "2026-03-01", "luis-neves"),
    ("Romanian Health Minister", "2025-08-01", "alexandru-rogobete"),
    ("Romanian Education Minister", "2026-03-10", "mihai-dimian"),
    ("Romanian Economy Minister", "2026-01-15", "irineu-darau"),
    ("Azerbaijani Energy Minister", "2025-12-12", "parviz-shahbazov"),
    ("Tajik Finance Minister", "2025-09-27", "faiziddin-qahhorzoda"),
    ("PNG Treasurer", "2024-06-24", "ian-ling-stuckey"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
