"""Dissidents, political prisoners, rights activists and Nobel Peace laureates of 2020-2026 (issue #11):
their offices resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("by.viasna_chair", "2022-10-07", "ales-bialiatski"),
    ("by.viasna_chair", "2025-12-13", "ales-bialiatski"),
    ("ua.ccl_head", "2022-12-10", "oleksandra-matviichuk"),
    ("ru.novaya_gazeta_editor", "2010-06-01", "dmitry-muratov"),
    ("ru.novaya_gazeta_editor", "2021-10-08", "dmitry-muratov"),
    ("ph.rappler_ceo", "2021-10-08", "maria-ressa"),
    ("ir.dhrc_vice_president", "2023-10-06", "narges-mohammadi"),
    ("jp.hidankyo_co_chair", "2024-12-10", "terumi-tanaka"),
    ("jp.hidankyo_co_chair", "2024-12-10", "shigemitsu-tanaka"),
    ("jp.hidankyo_co_chair", "2024-12-10", "toshiyuki-mimaki"),
    ("cu.unpacu_leader", "2021-07-11", "jose-daniel-ferrer"),
    ("cu.unpacu_leader", "2025-10-13", "jose-daniel-ferrer"),
    ("ge.batumelebi_director", "2025-08-06", "mzia-amaglobeli"),
    ("rw.dalfa_president", "2025-06-19", "victoire-ingabire"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ru.novaya_gazeta_editor", "2019-01-01", "dmitry-muratov"),
    ("ph.rappler_ceo", "2011-01-01", "maria-ressa"),
    ("cu.unpacu_leader", "2010-01-01", "jose-daniel-ferrer"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Viasna chair", "2025-12-13", "ales-bialiatski"),
    ("Novaya Gazeta editor-in-chief", "2021-10-08", "dmitry-muratov"),
    ("Rappler CEO", "2021-10-08", "maria-ressa"),
    ("UNPACU leader", "2025-10-13", "jose-daniel-ferrer"),
    ("DALFA-Umurinzi president", "2025-06-19", "victoire-ingabire"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder


def test_people_without_office_are_known(kb):
    for pid in ["maria-kolesnikova", "viktar-babaryka", "siarhei-tsikhanouski", "garry-kasparov",
                "mikhail-khodorkovsky", "toomaj-salehi", "reza-pahlavi", "alaa-abd-el-fattah",
                "boualem-sansal", "osman-kavala", "selahattin-demirtas", "joshua-wong", "benny-tai",
                "felix-maradiaga", "pham-doan-trang", "loujain-al-hathloul"]:
        assert pid in kb.persons
