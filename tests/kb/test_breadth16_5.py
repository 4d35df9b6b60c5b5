"""Permanent representatives to the UN of the Security Council's elected members 2024-2026 (issue #11)
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("dz.un_permanent_representative", "2024-01-02", "amar-bendjama"),
    ("dz.un_permanent_representative", "2025-10-02", "amar-bendjama"),
    ("gy.un_permanent_representative", "2024-01-02", "carolyn-rodrigues-birkett"),
    ("gy.un_permanent_representative", "2025-06-15", "carolyn-rodrigues-birkett"),
    ("sl.un_permanent_representative", "2024-08-12", "michael-imran-kanu"),
    ("sl.un_permanent_representative", "2026-02-10", "michael-imran-kanu"),
    ("si.un_permanent_representative", "2024-01-02", "bostjan-malovrh"),
    ("si.un_permanent_representative", "2024-10-01", "samuel-zbogar"),
    ("si.un_permanent_representative", "2025-06-15", "samuel-zbogar"),
    ("ch.un_permanent_representative", "2024-05-01", "pascale-baeriswyl"),
    ("mt.un_permanent_representative", "2024-04-15", "vanessa-frazier"),
    ("mz.un_permanent_representative", "2024-06-01", "pedro-comissario-afonso"),
    ("mz.un_permanent_representative", "2025-03-01", "domingos-fernandes-mz"),
    ("ec.un_permanent_representative", "2024-06-01", "jose-de-la-gasca"),
    ("dk.un_permanent_representative", "2025-03-03", "christina-markus-lassen"),
    ("gr.un_permanent_representative", "2025-05-01", "evangelos-sekeris"),
    ("pk.un_permanent_representative", "2024-06-01", "munir-akram"),
    ("pk.un_permanent_representative", "2025-07-01", "asim-iftikhar-ahmad"),
    ("pa.un_permanent_representative", "2025-08-01", "eloy-alfaro-de-alba"),
    ("so.un_permanent_representative", "2026-01-02", "abukar-dahir-osman"),
    ("bh.un_permanent_representative", "2026-01-02", "jamal-fares-alrowaiei"),
    ("co.un_permanent_representative", "2026-01-02", "leonor-zalabata"),
    ("cd.un_permanent_representative", "2025-09-25", "zenon-mukongo-ngay"),
    ("lv.un_permanent_representative", "2025-12-15", "sanita-pavluta-deslandes"),
    ("lr.un_permanent_representative", "2024-03-01", "sarah-safyn-fyneah"),
    ("lr.un_permanent_representative", "2026-01-02", "lewis-g-brown"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("si.un_permanent_representative", "2024-10-01", "bostjan-malovrh"),
    ("mt.un_permanent_representative", "2026-02-01", "vanessa-frazier"),
    ("mz.un_permanent_representative", "2025-03-01", "pedro-comissario-afonso"),
    ("ec.un_permanent_representative", "2025-01-15", "jose-de-la-gasca"),
    ("pk.un_permanent_representative", "2025-04-15", "munir-akram"),
    ("lr.un_permanent_representative", "2025-06-01", "sarah-safyn-fyneah"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Algerian Ambassador to the UN", "2025-01-02", "amar-bendjama"),
    ("Guyana's UN ambassador", "2025-06-15", "carolyn-rodrigues-birkett"),
    ("Sierra Leone's ambassador to the United Nations", "2024-08-12", "michael-imran-kanu"),
    ("Permanent Representative of Switzerland to the United Nations", "2024-05-01", "pascale-baeriswyl"),
    ("Maltese Ambassador to the UN", "2024-04-15", "vanessa-frazier"),
    ("Danish Ambassador to the UN", "2025-03-03", "christina-markus-lassen"),
    ("Greek Ambassador to the UN", "2025-05-01", "evangelos-sekeris"),
    ("Pakistan's UN ambassador", "2025-07-01", "asim-iftikhar-ahmad"),
    ("Panama's ambassador to the UN", "2025-08-01", "eloy-alfaro-de-alba"),
    ("Somali Ambassador to the UN", "2026-01-02", "abukar-dahir-osman"),
    ("Bahrain's ambassador to the United Nations", "2026-01-02", "jamal-fares-alrowaiei"),
    ("Colombian Ambassador to the UN", "2026-01-02", "leonor-zalabata"),
    ("DR Congo's UN ambassador", "2025-09-25", "zenon-mukongo-ngay"),
    ("Latvian Ambassador to the UN", "2025-12-15", "sanita-pavluta-deslandes"),
    ("Liberian Ambassador to the UN", "2026-01-02", "lewis-g-brown"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
