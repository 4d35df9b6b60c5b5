"""Advisers, chiefs of staff and heads of leaders' offices in Europe, the Americas and Asia-Pacific,
2024-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("es.pm_chief_of_staff", "2024-03-01", "oscar-lopez"),
    ("es.pm_chief_of_staff", "2025-06-01", "diego-rubio"),
    ("pl.pm_chancellery_head", "2025-02-15", "jan-grabiec"),
    ("pl.pm_cabinet_head", "2024-06-01", "pawel-gras"),
    ("pl.president_cabinet_head", "2025-10-01", "pawel-szefernaker"),
    ("pl.presidential_spokesperson", "2025-09-01", "rafal-leskiewicz"),
    ("gb.no10_communications_director", "2024-11-01", "matthew-doyle"),
    ("gb.no10_communications_director", "2025-06-01", "james-lyons"),
    ("gb.no10_communications_director", "2025-06-01", "steph-driver"),
    ("gb.no10_communications_director", "2025-12-01", "tim-allan"),
    ("lt.president_chief_nsa", "2024-03-20", "kestutis-budrys"),
    ("lt.president_chief_adviser", "2024-11-15", "frederikas-jansonas"),
    ("lt.president_chief_adviser", "2025-09-01", "asta-skaisgiryte"),
    ("cz.president_office_head", "2024-01-10", "jana-vohralikova"),
    ("cz.president_office_head", "2024-06-01", "milan-vasina"),
    ("by.presidential_administration_head", "2025-01-01", "dmitry-krutoi"),
    ("co.dapre_director", "2024-08-01", "laura-sarabia"),
    ("it.pm_chief_of_staff", "2024-06-01", "gaetano-caputi"),
    ("hu.pm_political_director", "2024-07-14", "balazs-orban"),
    ("ua.presidential_office_head_adviser", "2024-06-01", "mykhailo-podolyak"),
    ("ro.presidential_adviser_foreign_policy", "2025-12-01", "marius-lazurca"),
    ("ro.presidential_adviser_domestic_policy", "2025-12-01", "ludovic-orban"),
    ("ro.presidential_adviser_european_affairs", "2025-12-01", "valentin-naumescu"),
    ("ro.presidential_adviser_public_communication", "2025-12-01", "diana-iancu"),
    ("ro.presidential_secretary_general", "2025-12-01", "andreea-miu"),
    ("md.president_cabinet_head", "2024-06-01", "adrian-balutel"),
    ("md.president_security_adviser", "2025-06-01", "stanislav-secrieru"),
    ("ar.presidential_adviser", "2024-06-01", "santiago-caputo"),
    ("my.pm_senior_political_secretary", "2024-06-01", "shamsul-iskandar"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("es.pm_chief_of_staff", "2024-10-15", "oscar-lopez"),
    ("gb.no10_communications_director", "2025-05-01", "matthew-doyle"),
    ("gb.no10_communications_director", "2025-10-15", "james-lyons"),
    ("gb.no10_communications_director", "2026-03-01", "tim-allan"),
    ("lt.president_chief_nsa", "2025-01-15", "kestutis-budrys"),
    ("cz.president_office_head", "2024-03-01", "jana-vohralikova"),
    ("co.dapre_director", "2025-03-01", "laura-sarabia"),
    ("hu.pm_political_director", "2026-06-01", "balazs-orban"),
    ("ua.presidential_office_head_adviser", "2025-12-15", "mykhailo-podolyak"),
    ("md.president_cabinet_head", "2025-11-15", "adrian-balutel"),
    ("my.pm_senior_political_secretary", "2025-12-15", "shamsul-iskandar"),
])
def test_no_longer_holding(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
