"""Military chiefs of the United States, Brazil, Mexico, Colombia, Argentina, Spain, Russia and
Ukraine (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United States: chairman gap, army, navy and air force chiefs
    ("us.chairman_joint_chiefs", "2025-03-15", "christopher-grady"),
    ("us.army_chief_of_staff", "2023-03-01", "james-mcconville"),
    ("us.army_chief_of_staff", "2023-08-20", "randy-george"),
    ("us.army_chief_of_staff", "2025-06-15", "randy-george"),
    ("us.chief_of_naval_operations", "2023-05-01", "michael-gilday"),
    ("us.chief_of_naval_operations", "2023-09-15", "lisa-franchetti"),
    ("us.chief_of_naval_operations", "2024-06-01", "lisa-franchetti"),
    ("us.chief_of_naval_operations", "2025-05-01", "james-kilby"),
    ("us.air_force_chief_of_staff", "2023-06-01", "charles-q-brown"),
    ("us.air_force_chief_of_staff", "2024-06-01", "david-allvin"),
    # Brazil
    ("br.joint_staff_chief", "2023-01-10", "renato-rodrigues-de-aguiar-freire"),
    ("br.joint_staff_chief", "2022-06-01", "laerte-de-souza-santos"),
    ("br.army_commander", "2025-04-16", "tomas-paiva"),
    # Mexico
    ("mx.navy_secretary", "2023-06-01", "jose-rafael-ojeda-duran"),
    # Colombia
    ("co.military_forces_commander", "2023-06-01", "helder-giraldo"),
    ("co.military_forces_commander", "2025-06-01", "francisco-cubides"),
    ("co.military_forces_commander", "2026-02-01", "hugo-lopez-barreto"),
    ("co.army_commander", "2023-06-01", "luis-mauricio-ospina"),
    ("co.army_commander", "2025-06-01", "luis-emilio-cardozo"),
    ("co.army_commander", "2026-02-01", "royer-gomez-herrera"),
    ("co.navy_commander", "2023-06-01", "francisco-cubides"),
    ("co.navy_commander", "2025-06-01", "juan-ricardo-rozo"),
    ("co.air_force_commander", "2026-02-01", "carlos-fernando-silva-rueda"),
    # Argentina
    ("ar.joint_staff_chief", "2023-06-01", "juan-martin-paleo"),
    ("ar.joint_staff_chief", "2025-06-01", "xavier-isaac"),
    ("ar.joint_staff_chief", "2026-01-15", "marcelo-dalle-nogare"),
    ("ar.army_chief", "2025-06-01", "carlos-presti"),
    ("ar.army_chief", "2026-01-15", "oscar-zarich"),
    ("ar.navy_chief", "2025-06-01", "carlos-allievi"),
    ("ar.navy_chief", "2026-01-15", "juan-carlos-romay"),
    ("ar.air_force_chief", "2024-06-01", "fernando-mengo"),
    ("ar.air_force_chief", "2025-06-01", "gustavo-valverde"),
    # Spain
    ("es.chief_of_defence_staff", "2024-06-01", "teodoro-lopez-calderon"),
    ("es.army_chief_of_staff", "2022-06-01", "amador-ensenat"),
    ("es.navy_chief_of_staff", "2023-01-15", "antonio-martorell"),
    ("es.navy_chief_of_staff", "2023-06-01", "antonio-pineiro"),
    ("es.air_force_chief_of_staff", "2023-06-01", "javier-salto"),
    ("es.air_force_chief_of_staff", "2024-09-01", "francisco-braco"),
    # Russia
    ("ru.ground_forces_commander", "2024-06-01", "oleg-salyukov"),
    ("ru.ground_forces_commander", "2025-07-01", "andrey-mordvichev"),
    # Ukraine
    ("ua.chief_of_general_staff", "2023-06-01", "serhii-shaptala"),
    ("ua.navy_commander", "2023-06-01", "oleksii-neizhpapa"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.chairman_joint_chiefs", "2025-05-01", "christopher-grady"),
    ("us.army_chief_of_staff", "2023-09-01", "james-mcconville"),
    ("us.chief_of_naval_operations", "2023-09-01", "michael-gilday"),
    ("us.chief_of_naval_operations", "2025-05-01", "lisa-franchetti"),
    ("us.chief_of_naval_operations", "2025-09-01", "james-kilby"),
    ("us.air_force_chief_of_staff", "2024-01-15", "charles-q-brown"),
    ("us.air_force_chief_of_staff", "2025-12-01", "david-allvin"),
    ("co.military_forces_commander", "2024-08-01", "helder-giraldo"),
    ("co.military_forces_commander", "2026-02-01", "francisco-cubides"),
    ("co.army_commander", "2024-07-01", "luis-mauricio-ospina"),
    ("co.army_commander", "2026-02-01", "luis-emilio-cardozo"),
    ("co.navy_commander", "2024-08-01", "francisco-cubides"),
    ("ar.joint_staff_chief", "2024-02-01", "juan-martin-paleo"),
    ("ar.joint_staff_chief", "2026-01-15", "xavier-isaac"),
    ("ar.army_chief", "2026-01-15", "carlos-presti"),
    ("ar.navy_chief", "2026-01-15", "carlos-allievi"),
    ("ar.air_force_chief", "2025-01-15", "fernando-mengo"),
    ("es.air_force_chief_of_staff", "2024-09-01", "javier-salto"),
    ("ru.ground_forces_commander", "2025-07-01", "oleg-salyukov"),
    ("br.joint_staff_chief", "2023-02-01", "laerte-de-souza-santos"),
    ("es.navy_chief_of_staff", "2023-06-01", "antonio-martorell"),
    ("ua.chief_of_general_staff", "2024-03-01", "serhii-shaptala"),
    ("mx.navy_secretary", "2024-11-01", "jose-rafael-ojeda-duran"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("US Army Chief of Staff", "2024-06-01", "randy-george"),
    ("Argentine Army chief", "2024-06-01", "carlos-presti"),
    ("Argentine Navy chief", "2026-01-15", "juan-carlos-romay"),
    ("Colombian Army commander", "2025-06-01", "luis-emilio-cardozo"),
    ("Colombian Navy commander", "2025-06-01", "juan-ricardo-rozo"),
    ("Russian Ground Forces commander", "2024-06-01", "oleg-salyukov"),
    ("Ukrainian Navy commander", "2023-06-01", "oleksii-neizhpapa"),
    ("Spanish Air Force chief", "2024-09-01", "francisco-braco"),
    ("Spanish Navy chief", "2023-06-01", "antonio-pineiro"),
    ("Colombian army chief", "2026-02-01", "royer-gomez-herrera"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
