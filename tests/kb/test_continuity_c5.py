"""Gaps in time filled for Peru, Australia, Chile, Jamaica and two non-state movements (batch C5):
the predecessors of the holders already recorded now cover 2025-2026, and each handover ends the
earlier term."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Peru: Boluarte's ministers before Jerí's cabinet of 2025-10-14
    ("pe.foreign_minister", "2025-06-01", "elmer-schialer"),
    ("pe.economy_minister", "2025-01-15", "jose-arista"),
    ("pe.economy_minister", "2025-03-01", "jose-salardi"),
    ("pe.economy_minister", "2025-07-01", "raul-perez-reyes"),
    ("pe.defence_minister", "2025-06-01", "walter-astudillo"),
    ("pe.defence_minister", "2025-12-01", "cesar-diaz-peche"),
    ("pe.justice_minister", "2025-06-01", "juan-alcantara"),
    ("pe.justice_minister", "2025-09-15", "juan-jose-santivanez"),
    ("pe.justice_minister", "2025-10-05", "juan-manuel-cavero"),
    ("pe.education_minister", "2025-06-01", "morgan-quero"),
    ("pe.education_minister", "2026-03-01", "erfurt-castillo-vera"),
    ("pe.health_minister", "2025-06-01", "cesar-vasquez-sanchez"),
    ("pe.transport_minister", "2025-07-01", "cesar-sandoval"),
    # Peru: presidents of Congress
    ("pe.congress_president", "2025-01-15", "eduardo-salhuana"),
    ("pe.congress_president", "2025-07-28", "jose-jeri"),
    ("pe.congress_president", "2025-12-01", "fernando-rospigliosi"),
    ("pe.congress_president", "2026-03-01", "jose-maria-balcazar"),
    # Australia: first Albanese ministry and Dutton's shadow ministry
    ("au.communications_minister", "2024-01-01", "michelle-rowland"),
    ("au.international_development_minister", "2024-01-01", "pat-conroy"),
    ("au.veterans_affairs_minister", "2024-01-01", "matt-keogh"),
    ("au.regional_development_minister", "2024-01-01", "kristy-mcbain"),
    ("au.shadow_treasurer", "2024-01-01", "angus-taylor"),
    ("au.shadow_foreign_minister", "2024-06-01", "simon-birmingham"),
    ("au.shadow_foreign_minister", "2025-03-01", "david-coleman"),
    ("au.shadow_defence_minister", "2024-06-01", "andrew-hastie"),
    # Chile: Boric's last ministers
    ("cl.justice_minister", "2025-06-01", "jaime-gajardo"),
    ("cl.health_minister", "2025-06-01", "ximena-aguilera"),
    ("cl.mining_minister", "2025-06-01", "aurora-williams"),
    ("cl.public_works_minister", "2025-06-01", "jessica-lopez-chile"),
    # Jamaica
    ("jm.defence_minister", "2023-01-01", "andrew-holness"),
    ("jm.defence_minister", "2025-10-01", "andrew-holness"),
    # Hezbollah and Hamas
    ("lb.hezbollah_executive_council_head", "2025-10-01", "ali-damoush"),
    ("ps.hamas_gaza_chief", "2025-10-01", "khalil-al-hayya"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("pe.foreign_minister", "2025-11-01", "elmer-schialer"),
    ("pe.economy_minister", "2025-03-01", "jose-arista"),
    ("pe.economy_minister", "2025-06-01", "jose-salardi"),
    ("pe.economy_minister", "2025-11-01", "raul-perez-reyes"),
    ("pe.defence_minister", "2025-11-01", "walter-astudillo"),
    ("pe.defence_minister", "2026-03-01", "cesar-diaz-peche"),
    ("pe.justice_minister", "2025-09-01", "juan-alcantara"),
    ("pe.justice_minister", "2025-10-05", "juan-jose-santivanez"),
    ("pe.justice_minister", "2025-11-01", "juan-manuel-cavero"),
    ("pe.education_minister", "2025-11-01", "morgan-quero"),
    ("pe.health_minister", "2025-11-01", "cesar-vasquez-sanchez"),
    ("pe.transport_minister", "2025-11-01", "cesar-sandoval"),
    ("pe.congress_president", "2025-08-15", "eduardo-salhuana"),
    ("pe.congress_president", "2025-12-01", "jose-jeri"),
    ("pe.congress_president", "2026-03-01", "fernando-rospigliosi"),
    ("au.communications_minister", "2025-06-01", "michelle-rowland"),
    ("au.international_development_minister", "2025-06-01", "pat-conroy"),
    ("au.shadow_treasurer", "2025-06-15", "angus-taylor"),
    ("au.shadow_foreign_minister", "2025-03-01", "simon-birmingham"),
    ("au.shadow_foreign_minister", "2025-06-15", "david-coleman"),
    ("au.shadow_defence_minister", "2025-06-15", "andrew-hastie"),
    ("cl.justice_minister", "2026-04-01", "jaime-gajardo"),
    ("cl.health_minister", "2026-04-01", "ximena-aguilera"),
    ("cl.mining_minister", "2026-04-01", "aurora-williams"),
    ("cl.public_works_minister", "2026-04-01", "jessica-lopez-chile"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
