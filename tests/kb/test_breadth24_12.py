"""Heads of big cities and first-level regions outside the US, China and Japan (harvest 24-12,
issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("de.saxony_anhalt_minister_president", "2025-06-01", "reiner-haseloff"),
    ("de.saxony_anhalt_minister_president", "2026-02-01", "sven-schulze"),
    ("de.baden_wuerttemberg_minister_president", "2024-06-01", "winfried-kretschmann"),
    ("de.saxony_minister_president", "2025-01-10", "michael-kretschmer"),
    ("de.mecklenburg_vorpommern_minister_president", "2024-06-01", "manuela-schwesig"),
    ("it.campania_president", "2025-06-01", "vincenzo-de-luca"),
    ("it.campania_president", "2025-12-10", "roberto-fico"),
    ("it.veneto_president", "2025-06-01", "luca-zaia"),
    ("it.veneto_president", "2025-12-06", "alberto-stefani"),
    ("it.apulia_president", "2026-01-08", "antonio-decaro"),
    ("id.west_java_governor", "2025-03-01", "dedi-mulyadi"),
    ("id.north_sumatra_governor", "2025-03-01", "bobby-nasution"),
    ("gb.greater_manchester_mayor", "2024-06-01", "andy-burnham"),
    ("ca.calgary_mayor", "2024-06-01", "jyoti-gondek"),
    ("ca.calgary_mayor", "2025-11-01", "jeromy-farkas"),
    ("ca.vancouver_mayor", "2024-06-01", "ken-sim"),
    ("et.oromia_president", "2024-06-01", "shimelis-abdisa"),
    ("et.addis_ababa_mayor", "2024-06-01", "adanech-abiebie"),
    ("tr.izmir_mayor", "2023-06-01", "tunc-soyer"),
    ("tr.izmir_mayor", "2024-06-01", "cemil-tugay"),
    ("ru.saint_petersburg_governor", "2024-06-01", "alexander-beglov"),
    ("ru.moscow_oblast_governor", "2024-06-01", "andrey-vorobyov"),
    ("ua.kyiv_mayor", "2025-01-01", "vitali-klitschko"),
    ("ua.kharkiv_mayor", "2024-06-01", "ihor-terekhov"),
    ("ua.odesa_mayor", "2025-06-01", "hennadiy-trukhanov"),
    ("ua.odesa_military_administration_head", "2025-11-01", "serhiy-lysak"),
    ("br.belo_horizonte_mayor", "2024-06-01", "fuad-noman"),
    ("br.belo_horizonte_mayor", "2025-04-01", "alvaro-damiao"),
    ("es.valencia_president", "2024-06-01", "carlos-mazon"),
    ("es.valencia_president", "2025-12-01", "juanfran-perez-llorca"),
    ("za.tshwane_mayor", "2025-01-01", "nasiphi-moya"),
    ("au.sydney_lord_mayor", "2024-10-01", "clover-moore"),
    ("au.melbourne_lord_mayor", "2024-08-01", "nicholas-reece"),
    ("my.selangor_menteri_besar", "2024-06-01", "amirudin-shari"),
    ("sa.riyadh_governor", "2024-06-01", "faisal-bin-bandar"),
    ("sa.makkah_governor", "2025-06-18", "khalid-al-faisal"),
    ("ph.quezon_city_mayor", "2025-07-01", "joy-belmonte"),
    ("mx.monterrey_mayor", "2025-01-01", "adrian-de-la-garza"),
    ("mx.guadalajara_mayor", "2025-01-01", "veronica-delgadillo"),
    ("co.cali_mayor", "2024-06-01", "alejandro-eder"),
    ("co.valle_del_cauca_governor", "2024-06-01", "dilian-francisca-toro"),
    ("in.maharashtra_governor", "2025-01-01", "cp-radhakrishnan"),
    ("in.maharashtra_governor", "2025-09-16", "acharya-devvrat"),
    ("in.gujarat_governor", "2024-06-01", "acharya-devvrat"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("de.saxony_anhalt_minister_president", "2026-02-01", "reiner-haseloff"),
    ("it.campania_president", "2025-12-10", "vincenzo-de-luca"),
    ("it.veneto_president", "2025-12-06", "luca-zaia"),
    ("id.west_java_governor", "2025-03-01", "bey-machmudin"),
    ("ca.calgary_mayor", "2025-11-01", "jyoti-gondek"),
    ("tr.izmir_mayor", "2024-06-01", "tunc-soyer"),
    ("ua.odesa_mayor", "2025-11-01", "hennadiy-trukhanov"),
    ("br.belo_horizonte_mayor", "2025-04-01", "fuad-noman"),
    ("es.valencia_president", "2025-12-01", "carlos-mazon"),
    ("in.maharashtra_governor", "2025-09-16", "cp-radhakrishnan"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Kyiv mayor", "2025-06-01", "vitali-klitschko"),
    ("Calgary mayor", "2025-11-15", "jeromy-farkas"),
    ("Greater Manchester mayor", "2025-06-01", "andy-burnham"),
    ("Tshwane mayor", "2025-06-01", "nasiphi-moya"),
    ("Izmir mayor", "2025-06-01", "cemil-tugay"),
    ("Maharashtra Governor", "2025-10-01", "acharya-devvrat"),
    ("Saxony-Anhalt premier", "2026-02-15", "sven-schulze"),
    ("Lord Mayor of Sydney", "2025-06-01", "clover-moore"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
