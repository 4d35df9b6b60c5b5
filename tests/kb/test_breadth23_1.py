"""Top military commanders 2023-2026, first group of countries (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("af.army_chief_of_staff", "2021-10-01", "qari-fasihuddin-fitrat"),
    ("al.chief_of_general_staff", "2024-06-01", "arben-kingji"),
    ("am.chief_of_general_staff", "2023-03-01", "edvard-asryan"),
    ("az.land_forces_commander", "2024-06-01", "hikmat-mirzayev"),
    ("bo.armed_forces_commander", "2025-09-15", "gustavo-anibarro"),
    ("bo.armed_forces_commander", "2025-12-01", "victor-hugo-balderrama"),
    ("bo.army_commander", "2024-03-01", "juan-jose-zuniga"),
    ("bo.army_commander", "2024-08-01", "jose-wilson-sanchez"),
    ("bo.army_commander", "2025-09-15", "roberto-pablo-delgadillo"),
    ("bo.army_commander", "2025-12-01", "hector-alejandro-alarcon"),
    ("bf.chief_of_general_staff", "2024-01-15", "celestin-simpore"),
    ("bf.army_chief_of_staff", "2023-06-01", "theophile-nikiema"),
    ("by.chief_of_general_staff", "2023-06-01", "viktor-gulevich"),
    ("by.chief_of_general_staff", "2024-09-01", "pavel-muraveiko"),
    ("bj.chief_of_general_staff", "2024-06-01", "fructueux-gbaguidi"),
    ("bj.army_chief_of_staff", "2025-12-07", "abou-issa"),
    ("ch.chief_of_armed_forces", "2024-06-01", "thomas-sussli"),
    ("ch.chief_of_armed_forces", "2026-02-01", "benedikt-roos"),
    ("ch.land_forces_commander", "2025-03-01", "benedikt-roos"),
    ("ci.chief_of_general_staff", "2024-06-01", "lassina-doumbia"),
    ("cl.army_commander", "2024-06-01", "javier-iturriaga"),
    ("cl.army_commander", "2026-04-01", "pedro-varela-sabando"),
    ("cm.chief_of_defence_staff", "2024-06-01", "rene-claude-meka"),
    ("cy.national_guard_chief", "2023-03-01", "demokritos-zervakis"),
    ("cy.national_guard_chief", "2024-06-01", "georgios-tsitsikostas"),
    ("cy.national_guard_chief", "2025-11-01", "emmanuel-theodorou"),
    ("ec.joint_command_chief", "2024-06-01", "jaime-vela"),
    ("ec.joint_command_chief", "2025-10-01", "henry-delgado"),
    ("ee.defence_forces_commander", "2023-06-01", "martin-herem"),
    ("ee.defence_forces_commander", "2024-09-01", "andrus-merilo"),
    ("ge.defence_forces_chief", "2023-06-01", "giorgi-matiashvili"),
    ("gh.chief_of_defence_staff", "2023-06-01", "seth-amoama"),
    ("gh.chief_of_defence_staff", "2024-06-01", "thomas-oppong-peprah"),
    ("gh.chief_of_defence_staff", "2025-05-01", "william-agyapong"),
    ("gh.chief_of_army_staff", "2024-06-01", "bismarck-onwona"),
    ("gh.chief_of_army_staff", "2025-05-01", "lawrence-gbetanu"),
    ("gn.chief_of_general_staff", "2023-03-01", "sadiba-koulibaly"),
    ("gn.chief_of_general_staff", "2023-06-01", "ibrahima-sory-bangoura"),
    ("gn.army_chief_of_staff", "2024-12-01", "abdoulaye-keita-general"),
    ("gw.chief_of_general_staff", "2024-06-01", "biague-na-ntan"),
    ("hn.joint_staff_chief", "2024-06-01", "roosevelt-hernandez"),
    ("hn.joint_staff_chief", "2026-01-01", "hector-valerio-ardon"),
    ("hn.army_commander", "2026-01-01", "rodimiro-murillo"),
    ("hr.chief_of_general_staff", "2023-06-01", "robert-hranj"),
    ("hr.chief_of_general_staff", "2024-06-01", "tihomir-kundid"),
    ("ie.defence_forces_chief_of_staff", "2024-06-01", "sean-clancy"),
    ("ie.defence_forces_chief_of_staff", "2025-09-01", "rossa-mulcahy"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("bo.armed_forces_commander", "2025-12-01", "gustavo-anibarro"),
    ("bo.army_commander", "2024-08-01", "juan-jose-zuniga"),
    ("bo.army_commander", "2025-01-15", "jose-wilson-sanchez"),
    ("bo.army_commander", "2025-12-01", "roberto-pablo-delgadillo"),
    ("bf.chief_of_general_staff", "2025-03-01", "celestin-simpore"),
    ("by.chief_of_general_staff", "2024-09-01", "viktor-gulevich"),
    ("ch.chief_of_armed_forces", "2026-02-01", "thomas-sussli"),
    ("ch.land_forces_commander", "2026-02-01", "benedikt-roos"),
    ("cl.army_commander", "2026-04-01", "javier-iturriaga"),
    ("cy.national_guard_chief", "2024-06-01", "demokritos-zervakis"),
    ("cy.national_guard_chief", "2025-11-01", "georgios-tsitsikostas"),
    ("ec.joint_command_chief", "2025-10-01", "jaime-vela"),
    ("ee.defence_forces_commander", "2024-09-01", "martin-herem"),
    ("gh.chief_of_defence_staff", "2024-06-01", "seth-amoama"),
    ("gh.chief_of_defence_staff", "2025-05-01", "thomas-oppong-peprah"),
    ("gh.chief_of_army_staff", "2025-05-01", "bismarck-onwona"),
    ("gn.chief_of_general_staff", "2023-06-01", "sadiba-koulibaly"),
    ("gw.chief_of_general_staff", "2025-12-15", "biague-na-ntan"),
    ("hn.joint_staff_chief", "2026-01-01", "roosevelt-hernandez"),
    ("hr.chief_of_general_staff", "2024-06-01", "robert-hranj"),
    ("ie.defence_forces_chief_of_staff", "2025-09-01", "sean-clancy"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Ghana Armed Forces chief", "2024-06-01", "thomas-oppong-peprah"),
    ("Bolivian army chief", "2024-03-01", "juan-jose-zuniga"),
    ("Estonian Defence Forces commander", "2024-09-01", "andrus-merilo"),
    ("Irish Defence Forces chief", "2025-09-01", "rossa-mulcahy"),
    ("Croatian armed forces chief", "2024-06-01", "tihomir-kundid"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
