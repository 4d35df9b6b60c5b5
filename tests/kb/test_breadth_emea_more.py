"""Offices added for the 2025-2026 Ukraine talks, Russia's legislature and Kremlin, the cabinets of Germany,
France, the UK, Italy, Spain, Poland and Türkiye, the second von der Leyen Commission, Israel and Iran
resolve on known days, successions hand over on the right day, and dismissed holders keep no term."""

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
    ("ir.interior_minister", "2025-01-01", "eskandar-momeni"),
    ("il.national_security_minister", "2024-01-01", "itamar-ben-gvir"),
    ("il.knesset_speaker", "2025-10-20", "amir-ohana"),
    ("il.justice_minister", "2025-10-20", "yariv-levin"),
    ("eu.ep_group_chair", "2025-01-01", "manfred-weber"),
    ("intl.nato_deputy_secretary_general", "2025-06-01", "radmila-shekerinska"),
    # UK after the reshuffle of 2025-09-05, France, Italy, Spain, Poland, Türkiye
    ("gb.justice_secretary", "2025-10-01", "david-lammy"),
    ("gb.work_pensions_secretary", "2025-10-01", "pat-mcfadden"),
    ("gb.science_secretary", "2025-10-01", "liz-kendall"),
    ("gb.scotland_secretary", "2025-10-01", "douglas-alexander"),
    ("fr.interior_minister", "2025-03-01", "bruno-retailleau"),
    ("fr.interior_minister", "2025-11-01", "laurent-nunez"),
    ("fr.justice_minister", "2025-11-01", "gerald-darmanin"),
    ("fr.labour_minister", "2025-11-01", "jean-pierre-farandou"),
    ("fr.culture_minister", "2025-11-01", "rachida-dati"),
    ("it.interior_minister", "2024-01-01", "matteo-piantedosi"),
    ("it.justice_minister", "2025-12-27", "carlo-nordio"),
    ("es.interior_minister", "2024-06-01", "fernando-grande-marlaska"),
    ("pl.justice_minister", "2024-06-01", "adam-bodnar"),
    ("pl.justice_minister", "2025-09-01", "waldemar-zurek"),
    ("tr.interior_minister", "2024-06-01", "ali-yerlikaya"),
    ("tr.interior_minister", "2026-03-01", "mustafa-ciftci"),
    ("tr.justice_minister", "2026-03-01", "akin-gurlek"),
    ("ua.energy_minister", "2025-09-01", "svitlana-hrynchuk"),
    ("ua.deputy_pm_european_integration", "2025-09-01", "taras-kachka"),
    ("ru.deputy_prime_minister", "2023-01-01", "alexander-novak"),
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
    ("fr.interior_minister", "2025-10-11", "bruno-retailleau", "laurent-nunez"),
    ("gb.housing_secretary", "2025-09-04", "angela-rayner", "steve-reed"),
    ("pl.justice_minister", "2025-07-23", "adam-bodnar", "waldemar-zurek"),
])
def test_a_successor_does_not_hold_the_office_before_the_handover(kb, position, day, before, after):
    held = holders(kb, position, day)
    assert before in held and after not in held


@pytest.mark.parametrize("position, person, inside, after", [
    # a dismissed or promoted holder keeps no term past the day they left
    ("ru.deputy_foreign_minister", "mikhail-bogdanov", "2025-07-08", "2025-07-10"),
    ("ua.first_deputy_foreign_minister", "serhiy-kyslytsya", "2025-12-01", "2026-01-06"),
    # dismissed by the Rada on 2025-11-19; resigned 2025-01-19 and reappointed 2025-03-18
    ("ua.energy_minister", "svitlana-hrynchuk", "2025-11-18", "2025-12-01"),
    ("ua.justice_minister", "herman-halushchenko", "2025-11-18", "2025-12-01"),
    ("il.national_security_minister", "itamar-ben-gvir", "2025-01-18", "2025-02-15"),
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
    ("Laurent Nunez", "laurent-nunez"),
    ("German Galushchenko", "herman-halushchenko"),
    ("איתמר בן גביר", "itamar-ben-gvir"),
    ("Mustafa Ciftci", "mustafa-ciftci"),
])
def test_spelling_variants_and_native_scripts_find_the_person(kb, name, person):
    assert person in {form.entity for form in kb.persons_named(name)}
