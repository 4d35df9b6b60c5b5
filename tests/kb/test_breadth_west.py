"""Offices added for Russia, Ukraine, Iran, Israel, the Gulf, Türkiye and Europe resolve on known days."""


import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ru.deputy_foreign_minister", "2025-06-01", "sergei-ryabkov"),
    ("ru.deputy_foreign_minister", "2016-01-01", "vassily-nebenzia"),
    ("ru.un_ambassador", "2025-03-01", "vassily-nebenzia"),
    ("ru.chief_of_general_staff", "2023-01-01", "valery-gerasimov"),
    ("ru.security_council_deputy_chairman", "2024-01-01", "dmitry-medvedev"),
    ("ru.presidential_aide", "2025-05-15", "vladimir-medinsky"),
    ("ru.gru_chief", "2025-05-15", "igor-kostyukov"),
    ("ua.commander_in_chief", "2023-06-01", "valerii-zaluzhnyi"),
    ("ua.commander_in_chief", "2025-01-01", "oleksandr-syrskyi"),
    ("ua.hur_chief", "2024-01-01", "kyrylo-budanov"),
    ("ua.nsdc_secretary", "2022-03-01", "oleksiy-danilov"),
    ("ua.nsdc_secretary", "2025-09-01", "rustem-umerov"),
    ("ir.irgc_commander", "2024-01-01", "hossein-salami"),
    ("ir.irgc_commander", "2025-09-01", "mohammad-pakpour"),
    ("ir.snsc_secretary", "2024-06-01", "ali-akbar-ahmadian"),
    ("ir.snsc_secretary", "2025-10-01", "ali-larijani"),
    ("ir.first_vice_president", "2023-01-01", "mohammad-mokhber"),
    ("ir.first_vice_president", "2025-01-01", "mohammad-reza-aref"),
    ("ir.parliament_speaker", "2025-06-01", "mohammad-bagher-ghalibaf"),
    ("il.idf_chief_of_staff", "2024-01-01", "herzi-halevi"),
    ("il.idf_chief_of_staff", "2025-06-01", "eyal-zamir"),
    ("il.mossad_director", "2024-01-01", "david-barnea"),
    ("il.ambassador_to_us", "2025-06-01", "yechiel-leiter"),
    ("eg.gis_director", "2023-01-01", "abbas-kamel"),
    ("tr.mit_head", "2024-01-01", "ibrahim-kalin"),
    ("eu.economy_commissioner", "2022-01-01", "paolo-gentiloni"),
    ("eu.economy_commissioner", "2025-06-01", "valdis-dombrovskis"),
    ("gb.deputy_prime_minister", "2025-01-01", "angela-rayner"),
    ("gb.deputy_prime_minister", "2025-10-01", "david-lammy"),
    ("de.vice_chancellor", "2025-06-01", "lars-klingbeil"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, before, after", [
    # the handover day belongs to both; the day before only to the outgoing holder
    ("ir.irgc_commander", "2025-06-12", "hossein-salami", "mohammad-pakpour"),
    ("ua.commander_in_chief", "2024-02-07", "valerii-zaluzhnyi", "oleksandr-syrskyi"),
    ("il.idf_chief_of_staff", "2025-03-04", "herzi-halevi", "eyal-zamir"),
])
def test_a_successor_does_not_hold_the_office_before_the_handover(kb, position, day, before, after):
    held = holders(kb, position, day)
    assert before in held and after not in held


def test_an_office_left_vacant_has_no_holder(kb):
    # Kyslytsya was dismissed on 2024-12-21; Melnyk's decree came on 2025-04-07
    assert holders(kb, "ua.un_ambassador", "2025-02-01") == set()


@pytest.mark.parametrize("position, person, alive, after_death", [
    # killed in the strikes of 2026-02-28 and of the night of 16/17 March 2026
    ("ir.irgc_commander", "mohammad-pakpour", "2026-02-27", "2026-03-10"),
    ("ir.snsc_secretary", "ali-larijani", "2026-03-10", "2026-03-20"),
])
def test_the_dead_keep_no_office(kb, position, person, alive, after_death):
    assert person in holders(kb, position, alive)
    assert person not in holders(kb, position, after_death)


@pytest.mark.parametrize("polity", ["RU", "UA", "IR", "IL"])
def test_each_polity_has_a_military_or_security_chief(kb, polity):
    names = {p.id for p in kb.positions.values() if p.polity == polity}
    wanted = {"RU": "ru.chief_of_general_staff", "UA": "ua.commander_in_chief",
              "IR": "ir.irgc_commander", "IL": "il.idf_chief_of_staff"}[polity]
    assert wanted in names
