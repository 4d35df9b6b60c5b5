"""Offices added for the Middle East, South-East Asia and international bodies resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("il.prime_minister", "2022-09-01", "yair-lapid"),
    ("il.defense_minister", "2024-12-01", "israel-katz"),
    ("ir.supreme_leader", "2026-02-27", "ali-khamenei"),
    ("ir.supreme_leader", "2026-04-01", "mojtaba-khamenei"),
    ("ir.president", "2024-06-15", "mohammad-mokhber"),
    ("ir.foreign_minister", "2025-05-01", "abbas-araghchi"),
    ("om.foreign_minister", "2024-05-01", "badr-albusaidi"),
    ("sa.prime_minister", "2023-01-01", "mohammed-bin-salman"),
    ("id.finance_minister", "2025-10-01", "purbaya-yudhi-sadewa"),
    ("ph.foreign_secretary", "2025-08-01", "theresa-lazaro"),
    ("vn.general_secretary", "2024-06-01", "nguyen-phu-trong"),
    ("vn.president", "2024-07-01", "to-lam"),
    ("my.miti_minister", "2025-06-01", "tengku-zafrul-aziz"),
    ("my.bnm_governor", "2024-01-01", "abdul-rasheed-ghaffour"),
    ("intl.nato_secretary_general", "2025-01-01", "mark-rutte"),
    ("intl.world_bank_president", "2019-03-01", "kristalina-georgieva"),
    ("intl.iaea_director_general", "2019-10-01", "cornel-feruta"),
    ("kr.ppp_leader", "2025-09-01", "jang-dong-hyeok"),
    ("kr.labor_minister", "2025-01-01", "kim-moon-soo"),
    ("tw.kmt_chair", "2025-12-01", "cheng-li-wun"),
    ("jp.mof_vice_minister_international", "2023-01-01", "masato-kanda"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


def test_a_day_between_terms_has_no_holder(kb):
    # Raisi died 2024-05-19; Mokhber acted from the next day, so the 19th belongs to Raisi only
    on_19 = {t.person for t in kb.holders("ir.president", date(2024, 5, 19))}
    assert on_19 == {"ebrahim-raisi"}


@pytest.mark.parametrize("polity", ["IL", "IR", "OM", "SA", "ID", "PH", "VN", "MY"])
def test_each_new_polity_has_head_foreign_and_finance_offices(kb, polity):
    kinds = {p.kind.value for p in kb.positions.values() if p.polity == polity}
    assert {"foreign", "finance"} <= kinds
    assert kinds & {"head_of_state", "head_of_government"}


def test_international_offices_belong_to_no_country(kb):
    offices = [p for p in kb.positions.values() if p.id.startswith("intl.")]
    assert len(offices) >= 7 and {p.polity for p in offices} == {"INT"}


@pytest.mark.parametrize("name, person", [
    ("阿拉格齐", "abbas-araghchi"), ("Abbas Araqchi", "abbas-araghchi"), ("بدر البوسعيدي", "badr-albusaidi"),
    ("Tô Lâm", "to-lam"), ("김문수", "kim-moon-soo"), ("金文洙", "kim-moon-soo"), ("鄭麗文", "cheng-li-wun"),
    ("神田眞人", "masato-kanda"), ("彭安杰", "ajay-banga"), ("谭德塞", "tedros-adhanom-ghebreyesus"),
])
def test_native_script_and_chinese_forms_find_the_person(kb, name, person):
    assert person in {f.entity for f in kb.persons_named(name)}
