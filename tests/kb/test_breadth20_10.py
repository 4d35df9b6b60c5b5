"""Ambassadors of mid-size countries in the main capitals, at the UN and the EU, and EU, US, Russian and
Israeli heads of mission, 2023-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ua.ambassador_to_uk", "2024-06-01", "valerii-zaluzhnyi"),
    ("ua.ambassador_to_eu", "2024-08-23", "vsevolod-chentsov"),
    ("ae.ambassador_to_us", "2022-01-15", "yousef-al-otaiba"),
    ("ae.un_permanent_representative", "2023-09-19", "lana-nusseibeh"),
    ("ae.un_permanent_representative", "2024-05-15", "mohamed-abushahab"),
    ("eg.ambassador_to_us", "2023-07-11", "motaz-zahran"),
    ("eg.un_permanent_representative", "2024-05-12", "osama-abdel-khalek"),
    ("pk.ambassador_to_us", "2023-06-01", "masood-khan"),
    ("pk.ambassador_to_us", "2024-09-01", "rizwan-saeed-sheikh"),
    ("ir.ambassador_to_russia", "2024-06-01", "kazem-jalali"),
    ("ir.ambassador_to_china", "2025-06-20", "abdolreza-rahmani-fazli"),
    ("qa.ambassador_to_us", "2023-06-01", "meshal-bin-hamad-al-thani"),
    ("qa.un_permanent_representative", "2024-09-22", "alya-ahmed-bin-saif-al-thani"),
    ("pl.un_permanent_representative", "2024-06-01", "krzysztof-szczerski"),
    ("pl.head_of_mission_us", "2023-06-01", "marek-magierowski"),
    ("ca.ambassador_to_china", "2023-04-28", "jennifer-may"),
    ("ph.un_permanent_representative", "2024-01-15", "antonio-lagdameo"),
    ("ph.un_permanent_representative", "2025-08-20", "enrique-manalo"),
    ("vn.ambassador_to_us", "2023-03-01", "nguyen-quoc-dung"),
    ("eu.ambassador_to_israel", "2022-05-09", "dimiter-tzantchev"),
    ("eu.ambassador_to_india", "2025-07-17", "herve-delphin"),
    ("eu.ambassador_to_pakistan", "2024-06-01", "riina-kionka"),
    ("ru.ambassador_to_israel", "2024-06-01", "anatoly-viktorov"),
    ("il.ambassador_to_russia", "2024-06-01", "simona-halperin"),
    ("il.ambassador_to_china", "2023-10-12", "irit-ben-abba"),
    ("gb.ambassador_to_eu", "2024-06-01", "lindsay-croisdale-appleby"),
    ("us.ambassador_to_iraq", "2023-05-30", "alina-romanowski"),
    ("us.ambassador_to_pakistan", "2025-05-09", "natalie-baker"),
    ("id.ambassador_to_us", "2023-01-15", "rosan-roeslani"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ae.un_permanent_representative", "2024-06-01", "lana-nusseibeh"),
    ("pk.ambassador_to_us", "2024-09-01", "masood-khan"),
    ("pl.head_of_mission_us", "2024-12-01", "marek-magierowski"),
    ("ph.un_permanent_representative", "2025-09-01", "antonio-lagdameo"),
    ("eu.ambassador_to_pakistan", "2025-10-01", "riina-kionka"),
    ("id.ambassador_to_us", "2024-01-15", "rosan-roeslani"),
    ("us.ambassador_to_pakistan", "2024-06-01", "natalie-baker"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
