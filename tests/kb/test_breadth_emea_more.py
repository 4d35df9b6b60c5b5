"""Offices added for the 2025-2026 Ukraine talks, Russia's legislature and Kremlin, the Merz cabinet,
the second von der Leyen Commission, Israel's opposition and Iran's government spokeswoman resolve on
known days, and successions hand over on the right day."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Ukraine: negotiating team at Abu Dhabi (January-February 2026) and the offices its members hold
    ("ua.chief_of_general_staff", "2024-06-01", "anatolii-barhylevych"),
    ("ua.chief_of_general_staff", "2026-02-04", "andrii-hnatov"),
    ("ua.first_deputy_presidential_office_head", "2026-02-04", "serhiy-kyslytsya"),
    ("ua.first_deputy_foreign_minister", "2025-06-01", "serhiy-kyslytsya"),
    ("ua.servant_of_the_people_faction_leader", "2026-01-23", "davyd-arakhamia"),
    ("ua.rada_chairman", "2020-06-01", "dmytro-razumkov"),
    ("ua.rada_chairman", "2025-06-01", "ruslan-stefanchuk"),
    ("ua.mfa_spokesperson", "2024-12-27", "heorhii-tykhyi"),
    ("ua.presidential_adviser", "2026-01-02", "dmytro-lytvyn"),
    # Russia
    ("ru.delegation_head", "2025-06-02", "vladimir-medinsky"),
    ("ru.delegation_head", "2026-02-04", "igor-kostyukov"),
    ("ru.delegation_head", "2026-02-17", "vladimir-medinsky"),
    ("ru.federation_council_chair", "2024-09-25", "valentina-matviyenko"),
    ("ru.federation_council_deputy_chair", "2022-01-01", "konstantin-kosachev"),
    ("ru.ldpr_chairman", "2023-01-01", "leonid-slutsky"),
    ("ru.first_deputy_head_presidential_administration", "2020-01-01", "sergei-kiriyenko"),
    ("ru.defence_ministry_spokesperson", "2022-06-01", "igor-konashenkov"),
    ("ru.deputy_foreign_minister", "2020-01-01", "mikhail-bogdanov"),
    ("ru.deputy_foreign_minister", "2025-10-01", "dmitry-lyubinsky"),
    ("ru.deputy_foreign_minister", "2025-12-10", "alexander-alimov"),
    # Germany
    ("de.interior_minister", "2025-09-01", "alexander-dobrindt"),
    ("de.justice_minister", "2025-09-01", "stefanie-hubig"),
    ("de.labour_minister", "2025-09-01", "baerbel-bas"),
    ("de.health_minister", "2025-09-01", "nina-warken"),
    ("de.digital_minister", "2025-09-01", "karsten-wildberger"),
    ("de.spd_chair", "2023-01-01", "saskia-esken"),
    ("de.spd_chair", "2025-09-01", "baerbel-bas"),
    ("de.spd_chair", "2025-09-01", "lars-klingbeil"),
    ("de.cdu_csu_group_chair", "2025-09-01", "jens-spahn"),
    ("de.afd_co_chair", "2024-01-01", "alice-weidel"),
    ("de.afd_co_chair", "2024-01-01", "tino-chrupalla"),
    ("de.bavaria_minister_president", "2020-01-01", "markus-soeder"),
    ("de.csu_chairman", "2020-01-01", "markus-soeder"),
    # EU, Israel, Iran
    ("eu.competition_commissioner", "2025-03-01", "teresa-ribera"),
    ("eu.executive_vice_president", "2025-03-01", "stephane-sejourne"),
    ("eu.commissioner", "2025-03-01", "magnus-brunner"),
    ("il.opposition_leader", "2025-05-26", "yair-lapid"),
    ("ir.government_spokesperson", "2025-06-20", "fatemeh-mohajerani"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, before, after", [
    # the handover day belongs to both; the day before only to the outgoing holder
    ("ua.chief_of_general_staff", "2025-03-15", "anatolii-barhylevych", "andrii-hnatov"),
    ("ua.rada_chairman", "2021-10-07", "dmytro-razumkov", "ruslan-stefanchuk"),
    ("ru.delegation_head", "2026-01-22", "vladimir-medinsky", "igor-kostyukov"),
    ("ru.delegation_head", "2026-02-12", "igor-kostyukov", "vladimir-medinsky"),
    ("de.spd_chair", "2025-06-26", "saskia-esken", "baerbel-bas"),
])
def test_a_successor_does_not_hold_the_office_before_the_handover(kb, position, day, before, after):
    held = holders(kb, position, day)
    assert before in held and after not in held


@pytest.mark.parametrize("position, person, inside, after", [
    # a dismissed or promoted holder keeps no term past the day they left
    ("ru.deputy_foreign_minister", "mikhail-bogdanov", "2025-07-08", "2025-07-10"),
    ("ua.first_deputy_foreign_minister", "serhiy-kyslytsya", "2025-12-01", "2026-01-06"),
])
def test_a_former_holder_has_left(kb, position, person, inside, after):
    assert person in holders(kb, position, inside)
    assert person not in holders(kb, position, after)


def test_an_office_before_its_first_recorded_holder_is_empty(kb):
    # the Merz cabinet was sworn in on 2025-05-06; the digital ministry did not exist before
    assert holders(kb, "de.digital_minister", "2025-05-05") == set()


@pytest.mark.parametrize("name, person", [
    ("Andriy Gnatov", "andrii-hnatov"),
    ("Давид Арахамія", "davyd-arakhamia"),
    ("Валентина Матвиенко", "valentina-matviyenko"),
    ("Markus Soeder", "markus-soeder"),
    ("Dan Jorgensen", "dan-jorgensen"),
    ("فاطمه مهاجرانی", "fatemeh-mohajerani"),
])
def test_spelling_variants_and_native_scripts_find_the_person(kb, name, person):
    assert person in {form.entity for form in kb.persons_named(name)}
