"""Ambassadors to the United States and permanent representatives to the UN of twenty countries, 2024-2026
(issue #11, batch kb15-12), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Permanent representatives to the UN (new offices)
    ("it.un_permanent_representative", "2024-06-01", "maurizio-massari"),
    ("it.un_permanent_representative", "2025-12-20", "maurizio-massari"),
    ("it.un_permanent_representative", "2026-01-23", "giorgio-marrapodi"),
    ("ca.un_permanent_representative", "2024-06-01", "bob-rae"),
    ("ca.un_permanent_representative", "2025-11-10", "bob-rae"),
    ("ca.un_permanent_representative", "2025-11-20", "david-lametti"),
    ("br.un_permanent_representative", "2024-06-01", "sergio-danese"),
    ("br.un_permanent_representative", "2025-12-23", "sergio-danese"),
    ("mx.un_permanent_representative", "2024-06-01", "hector-vasconcelos"),
    ("mx.un_permanent_representative", "2025-12-23", "hector-vasconcelos"),
    ("au.un_permanent_representative", "2024-06-01", "james-larsen"),
    ("au.un_permanent_representative", "2025-12-10", "james-larsen"),
    ("sa.un_permanent_representative", "2024-06-01", "abdulaziz-al-wasil"),
    ("sa.un_permanent_representative", "2025-10-28", "abdulaziz-al-wasil"),
    ("tr.un_permanent_representative", "2024-01-15", "sedat-onal"),
    ("tr.un_permanent_representative", "2024-06-01", "ahmet-yildiz"),
    ("id.un_permanent_representative", "2024-06-01", "arrmanatha-nasir"),
    ("id.un_permanent_representative", "2025-09-19", "umar-hadi"),
    ("za.un_permanent_representative", "2024-05-29", "mathu-joyini"),
    ("ar.un_permanent_representative", "2024-06-01", "ricardo-lagorio"),
    ("ar.un_permanent_representative", "2024-12-15", "francisco-tropepi"),
    # Existing UN offices, confirmations extended
    ("gb.un_permanent_representative", "2025-05-01", "barbara-woodward"),
    ("ru.un_ambassador", "2026-02-10", "vassily-nebenzia"),
    ("ua.un_ambassador", "2025-12-25", "andrii-melnyk"),
    ("cn.un_permanent_representative", "2026-05-01", "fu-cong"),
    # Ambassadors to the United States
    ("id.ambassador_to_us", "2025-09-19", "indroyono-soesilo"),
    ("au.ambassador_to_us", "2026-03-15", "kevin-rudd"),
    ("au.ambassador_to_us", "2026-04-02", "greg-moriarty"),
    ("fr.ambassador_to_us", "2024-07-09", "laurent-bili"),
    ("br.ambassador_to_us", "2025-01-20", "maria-luiza-viotti"),
    ("mx.ambassador_to_us", "2025-10-16", "esteban-moctezuma"),
    ("il.ambassador_to_us", "2025-05-25", "yechiel-leiter"),
    ("cn.ambassador_to_us", "2026-01-15", "xie-feng"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("it.un_permanent_representative", "2026-01-20", "maurizio-massari"),
    ("ca.un_permanent_representative", "2025-11-20", "bob-rae"),
    ("tr.un_permanent_representative", "2024-06-01", "sedat-onal"),
    ("id.un_permanent_representative", "2025-01-15", "arrmanatha-nasir"),
    ("ar.un_permanent_representative", "2024-12-15", "ricardo-lagorio"),
    ("au.ambassador_to_us", "2026-04-02", "kevin-rudd"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day", [
    ("id.ambassador_to_us", "2024-06-01"),
    ("id.un_permanent_representative", "2025-03-01"),
])
def test_vacancies_have_no_holder(kb, position, day):
    assert not holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Italian Ambassador to the UN", "2024-06-01", "maurizio-massari"),
    ("Canada's UN ambassador", "2025-12-01", "david-lametti"),
    ("Brazilian Ambassador to the UN", "2025-06-01", "sergio-danese"),
    ("Mexico's ambassador to the United Nations", "2025-06-01", "hector-vasconcelos"),
    ("Australian Ambassador to the United Nations", "2025-06-01", "james-larsen"),
    ("Permanent Representative of Türkiye to the United Nations", "2024-06-01", "ahmet-yildiz"),
    ("Indonesian Ambassador to the United States", "2025-09-20", "indroyono-soesilo"),
    ("Argentina's UN ambassador", "2024-06-01", "ricardo-lagorio"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
