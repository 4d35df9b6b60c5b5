"""Governments of Russia (Mishustin II), Türkiye (cabinet of 2023) and Iran (Pezeshkian) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ru.first_deputy_prime_minister", "2024-06-01", "denis-manturov"),
    ("ru.deputy_prime_minister", "2024-06-01", "tatyana-golikova"),
    ("ru.deputy_prime_minister", "2024-06-01", "dmitry-patrushev"),
    ("ru.deputy_prime_minister", "2024-06-01", "vitaly-savelyev"),
    ("ru.deputy_prime_minister", "2024-06-01", "yuri-trutnev"),
    ("ru.deputy_prime_minister", "2024-06-01", "alexander-novak"),
    ("ru.interior_minister", "2024-06-01", "vladimir-kolokoltsev"),
    ("ru.energy_minister", "2024-06-01", "sergei-tsivilev"),
    ("ru.agriculture_minister", "2024-06-01", "oksana-lut"),
    ("ru.sport_minister", "2024-06-01", "mikhail-degtyarev"),
    ("ru.transport_minister", "2025-01-01", "roman-starovoit"),
    ("ru.transport_minister", "2025-08-01", "andrei-nikitin-ru"),
    ("ru.transport_minister", "2025-07-07", "andrei-nikitin-ru"),
    ("ru.first_deputy_head_presidential_administration", "2024-06-01", "alexey-gromov"),
    ("ru.first_deputy_head_presidential_administration", "2024-06-01", "sergei-kiriyenko"),
    ("ru.rosgvardia_director", "2020-01-01", "viktor-zolotov"),
    ("ru.deputy_head_presidential_administration", "2024-06-01", "dmitry-kozak"),
    ("tr.mit_head", "2025-09-01", "ibrahim-kalin"),
    ("ru.navy_commander", "2025-01-01", "alexander-moiseyev"),
    ("ir.snsc_secretary", "2010-01-01", "saeed-jalili"),
    ("ir.snsc_secretary", "2020-01-01", "ali-shamkhani"),
    ("ir.snsc_secretary", "2024-01-01", "ali-akbar-ahmadian"),
    ("ru.security_council_secretary", "2025-12-01", "sergei-shoigu"),
    ("ir.environment_chief", "2024-10-01", "shina-ansari"),
    ("tr.family_minister", "2024-01-01", "mahinur-ozdemir-goktas"),
    ("tr.energy_minister", "2024-01-01", "alparslan-bayraktar"),
    ("tr.environment_minister", "2024-01-01", "mehmet-ozhaseki"),
    ("tr.environment_minister", "2025-01-01", "murat-kurum"),
    ("tr.health_minister", "2025-01-01", "kemal-memisoglu"),
    ("tr.education_minister", "2025-01-01", "yusuf-tekin"),
    ("tr.chief_of_general_staff", "2024-01-01", "metin-gurak"),
    ("tr.chief_of_general_staff", "2025-10-01", "selcuk-bayraktaroglu"),
    ("ir.roads_minister", "2025-01-01", "farzaneh-sadegh"),
    ("ir.health_minister", "2025-01-01", "mohammad-reza-zafarghandi"),
    ("ir.ict_minister", "2025-01-01", "sattar-hashemi"),
    ("ir.armed_forces_chief_of_staff", "2024-01-01", "mohammad-bagheri"),
    ("ir.armed_forces_chief_of_staff", "2025-10-01", "abdolrahim-mousavi"),
    ("ir.army_commander", "2024-01-01", "abdolrahim-mousavi"),
    ("ir.army_commander", "2025-10-01", "amir-hatami"),
    ("ir.defense_minister", "2026-03-05", "majid-ebnelreza"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ru.transport_minister", "2025-08-01", "roman-starovoit"),   # dismissed 2025-07-07
    ("ru.deputy_head_presidential_administration", "2025-10-01", "dmitry-kozak"),  # resigned 2025-09-18
    ("ir.intelligence_minister", "2026-03-20", "esmaeil-khatib"),  # killed, confirmed 2026-03-18
    ("tr.health_minister", "2025-01-01", "fahrettin-koca"),       # replaced 2024-07-02
    ("tr.environment_minister", "2025-01-01", "mehmet-ozhaseki"),  # resigned 2024-07-02
    ("tr.chief_of_general_staff", "2025-10-01", "metin-gurak"),   # retired August 2025
    ("ir.armed_forces_chief_of_staff", "2025-10-01", "mohammad-bagheri"),  # killed 2025-06-13
    ("ir.armed_forces_chief_of_staff", "2026-03-05", "abdolrahim-mousavi"),  # killed 2026-02-28
    ("ir.army_commander", "2025-10-01", "abdolrahim-mousavi"),    # became chief of staff
    ("ir.defense_minister", "2026-03-05", "aziz-nasirzadeh"),     # killed 2026-02-28
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_bare_family_names_left_out(kb):
    """'Patrushev' alone stays Nikolai Patrushev's; 'Lut' is also a place name."""
    assert kb.persons["dmitry-patrushev"].family is None
    assert kb.persons["oksana-lut"].family is None
    assert kb.persons["alparslan-bayraktar"].family is None
    assert kb.persons["murat-kurum"].family is None
    assert kb.persons["abdolrahim-mousavi"].family is None
    assert kb.persons["shina-ansari"].family is None
