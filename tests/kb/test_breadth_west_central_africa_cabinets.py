"""Ghanaian, Ivorian, Cameroonian, Zambian and Angolan office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Ghana: predecessors in the Akufo-Addo government
    ("gh.defence_minister", "2023-06-01", "dominic-nitiwul"),
    ("gh.interior_minister", "2023-06-01", "ambrose-dery"),
    ("gh.vice_president", "2023-06-01", "mahamudu-bawumia"),
    ("gh.chief_of_staff", "2023-06-01", "akosua-frema-osei-opare"),
    # Ghana: trade
    ("gh.trade_minister", "2022-06-01", "alan-kyerematen"),
    ("gh.trade_minister", "2023-02-15", "samuel-abu-jinapor"),
    ("gh.trade_minister", "2024-06-01", "kobina-tahir-hammond"),
    ("gh.trade_minister", "2025-06-01", "elizabeth-ofosu-adjare"),
    ("gh.trade_minister", "2026-01-15", "elizabeth-ofosu-adjare"),
    # Ghana: parliament
    ("gh.minority_leader", "2022-06-01", "haruna-iddrisu"),
    ("gh.minority_leader", "2024-06-01", "cassiel-ato-forson"),
    ("gh.majority_leader", "2025-01-15", "cassiel-ato-forson"),
    ("gh.majority_leader", "2025-06-01", "mahama-ayariga"),
    # Ghana: the rest of the cabinet
    ("gh.attorney_general", "2024-06-01", "godfred-yeboah-dame"),
    ("gh.attorney_general", "2025-06-01", "dominic-ayine"),
    ("gh.education_minister", "2025-06-01", "haruna-iddrisu"),
    ("gh.health_minister", "2025-06-01", "kwabena-mintah-akandoh"),
    ("gh.roads_minister", "2025-06-01", "kwame-governs-agbodza"),
    ("gh.agriculture_minister", "2025-06-01", "eric-opoku"),
    ("gh.communications_minister", "2025-06-01", "samuel-nartey-george"),
    # Côte d'Ivoire
    ("ci.prime_minister", "2023-01-15", "patrick-achi"),
    ("ci.foreign_minister", "2023-01-15", "kandia-camara"),
    ("ci.assembly_president", "2024-06-01", "adama-bictogo"),
    ("ci.assembly_president", "2026-02-01", "patrick-achi"),
    ("ci.senate_president", "2024-06-01", "kandia-camara"),
    ("ci.interior_minister", "2023-06-01", "vagondo-diomande"),
    ("ci.interior_minister", "2026-02-01", "vagondo-diomande"),
    # Cameroon
    ("cm.territorial_administration_minister", "2025-06-01", "paul-atanga-nji"),
    ("cm.economy_minister", "2023-06-01", "alamine-ousmane-mey"),
    ("cm.trade_minister", "2023-06-01", "luc-magloire-mbarga-atangana"),
    ("cm.finance_minister", "2020-06-01", "louis-paul-motaze"),
    # Zambia
    ("zm.commerce_minister", "2024-06-01", "chipoka-mulenga"),
    ("zm.finance_minister", "2025-06-01", "situmbeko-musokotwane"),
    # Angola
    ("ao.vice_president", "2024-06-01", "esperanca-da-costa"),
    ("ao.bna_governor", "2023-03-01", "jose-de-lima-massano"),
    ("ao.economic_coordination_minister", "2023-03-01", "manuel-nunes-junior"),
    ("ao.economic_coordination_minister", "2024-06-01", "jose-de-lima-massano"),
    ("ao.unita_president", "2024-06-01", "adalberto-costa-junior"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gh.defence_minister", "2025-06-01", "dominic-nitiwul"),
    ("gh.interior_minister", "2025-06-01", "ambrose-dery"),
    ("gh.vice_president", "2025-06-01", "mahamudu-bawumia"),
    ("gh.chief_of_staff", "2025-06-01", "akosua-frema-osei-opare"),
    ("gh.trade_minister", "2023-06-01", "alan-kyerematen"),
    ("gh.trade_minister", "2023-06-01", "samuel-abu-jinapor"),
    ("gh.trade_minister", "2025-06-01", "kobina-tahir-hammond"),
    ("gh.minority_leader", "2024-06-01", "haruna-iddrisu"),
    ("gh.minority_leader", "2025-06-01", "cassiel-ato-forson"),
    ("gh.majority_leader", "2025-06-01", "cassiel-ato-forson"),
    ("gh.attorney_general", "2025-06-01", "godfred-yeboah-dame"),
    ("ci.prime_minister", "2024-06-01", "patrick-achi"),
    ("ci.foreign_minister", "2024-06-01", "kandia-camara"),
    ("ci.assembly_president", "2026-02-01", "adama-bictogo"),
    ("ao.bna_governor", "2024-06-01", "jose-de-lima-massano"),
    ("ao.economic_coordination_minister", "2024-06-01", "manuel-nunes-junior"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Ghanaian Trade Minister", "2025-06-01", "elizabeth-ofosu-adjare"),
    ("Ghanaian Attorney-General", "2025-06-01", "dominic-ayine"),
    ("Ghanaian Health Minister", "2025-06-01", "kwabena-mintah-akandoh"),
    ("Ghanaian Defence Minister", "2023-06-01", "dominic-nitiwul"),
    ("Ivorian Interior Minister", "2024-06-01", "vagondo-diomande"),
    ("Ivorian Senate President", "2024-06-01", "kandia-camara"),
    ("Cameroonian Trade Minister", "2023-06-01", "luc-magloire-mbarga-atangana"),
    ("Cameroonian Economy Minister", "2023-06-01", "alamine-ousmane-mey"),
    ("Zambian Commerce Minister", "2024-06-01", "chipoka-mulenga"),
    ("Angolan Vice President", "2024-06-01", "esperanca-da-costa"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
