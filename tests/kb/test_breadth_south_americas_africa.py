"""Offices added for South Asia, South-East Asia, Oceania, the Americas and Africa resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("pk.prime_minister", "2020-01-01", "imran-khan"),
    ("pk.prime_minister", "2023-12-01", "anwaar-ul-haq-kakar"),
    ("pk.prime_minister", "2025-05-10", "shehbaz-sharif"),
    ("pk.president", "2020-06-01", "arif-alvi"),
    ("pk.foreign_minister", "2022-12-01", "bilawal-bhutto-zardari"),
    ("pk.finance_minister", "2022-06-01", "miftah-ismail"),
    ("pk.army_chief", "2025-05-10", "asim-munir"),
    ("pk.sbp_governor", "2024-01-01", "jameel-ahmad"),
    ("bd.prime_minister", "2024-03-01", "sheikh-hasina"),
    ("bd.chief_adviser", "2025-06-01", "muhammad-yunus"),
    ("bd.prime_minister", "2026-03-01", "tarique-rahman"),
    ("bd.foreign_minister", "2025-06-01", "touhid-hossain"),
    ("bd.bangladesh_bank_governor", "2026-03-01", "mostaqur-rahman"),
    ("ve.president", "2025-06-01", "nicolas-maduro"),
    ("ve.president", "2026-02-01", "delcy-rodriguez"),
    ("ve.foreign_minister", "2024-01-01", "yvan-gil"),
    ("co.president", "2024-01-01", "gustavo-petro"),
    ("co.foreign_minister", "2025-03-01", "laura-sarabia"),
    ("co.foreign_minister", "2025-07-20", "rosa-villavicencio"),
    ("co.defence_minister", "2025-06-01", "pedro-arnulfo-sanchez"),
    ("ng.president", "2024-01-01", "bola-tinubu"),
    ("ng.president", "2020-01-01", "muhammadu-buhari"),
    ("ng.cbn_governor", "2024-01-01", "olayemi-cardoso"),
    ("in.foreign_secretary", "2023-01-01", "vinay-mohan-kwatra"),
    ("in.foreign_secretary", "2025-01-01", "vikram-misri"),
    ("in.ambassador_to_us", "2025-01-01", "vinay-mohan-kwatra"),
    ("in.vice_president", "2025-10-01", "cp-radhakrishnan"),
    ("id.vice_president", "2025-01-01", "gibran-rakabuming-raka"),
    ("ph.executive_secretary", "2026-01-01", "ralph-recto"),
    ("my.deputy_prime_minister", "2024-01-01", "fadillah-yusof"),
    ("ca.ambassador_to_us", "2026-03-01", "mark-wiseman"),
    ("br.stf_president", "2026-01-01", "edson-fachin"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


def test_the_day_after_a_capture_belongs_to_the_acting_president(kb):
    # Maduro was seized on 2026-01-03 and the Supreme Court put Rodríguez in charge that night
    on_4 = {t.person for t in kb.holders("ve.president", date(2026, 1, 4))}
    assert on_4 == {"delcy-rodriguez"}


@pytest.mark.parametrize("name, person", [
    ("شہباز شریف", "shehbaz-sharif"), ("Shahbaz Sharif", "shehbaz-sharif"), ("夏巴兹·谢里夫", "shehbaz-sharif"),
    ("اسحاق ڈار", "ishaq-dar"), ("শেখ হাসিনা", "sheikh-hasina"), ("ওয়াকার-উজ-জামান", "waker-uz-zaman"),
    ("Nicolas Maduro", "nicolas-maduro"), ("Yvan Gil", "yvan-gil"), ("Bola Ahmed Tinubu", "bola-tinubu"),
])
def test_native_script_and_spelling_variants_find_the_person(kb, name, person):
    assert person in {f.entity for f in kb.persons_named(name)}


def test_colombian_general_does_not_take_the_spanish_prime_ministers_name(kb):
    assert {f.entity for f in kb.persons_named("Pedro Sánchez")} == {"pedro-sanchez"}


@pytest.mark.parametrize("polity", ["PK", "BD", "VE", "CO", "NG"])
def test_each_new_polity_has_head_foreign_finance_and_defence_offices(kb, polity):
    kinds = {p.kind.value for p in kb.positions.values() if p.polity == polity}
    assert {"foreign", "finance", "defence"} <= kinds
    assert kinds & {"head_of_state", "head_of_government"}
