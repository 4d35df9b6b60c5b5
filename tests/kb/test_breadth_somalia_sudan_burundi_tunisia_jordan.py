"""Somali, South Sudanese, Burundian, Tunisian and Jordanian office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Somalia
    ("so.finance_minister", "2023-01-15", "elmi-mohamud-nur"),
    ("so.finance_minister", "2024-06-01", "bihi-iman-egeh"),
    ("so.finance_minister", "2025-07-01", "bihi-iman-egeh"),
    ("so.interior_minister", "2023-06-01", "ahmed-moallim-fiqi"),
    ("so.interior_minister", "2024-07-30", "ali-yusuf-ali-hosh"),
    ("so.interior_minister", "2025-08-03", "ali-yusuf-ali-hosh"),
    ("so.foreign_minister", "2023-06-01", "abshir-omar-huruse"),
    ("so.defence_minister", "2023-06-01", "abdulkadir-mohamed-nur"),
    ("so.defence_minister", "2025-04-01", "jibril-abdirashid-haji-abdi"),
    ("so.deputy_prime_minister", "2025-05-01", "jibril-abdirashid-haji-abdi"),
    ("so.speaker", "2023-06-01", "adan-mohamed-nur-madobe"),
    ("so.speaker", "2026-01-29", "adan-mohamed-nur-madobe"),
    ("so.president", "2026-03-05", "hassan-sheikh-mohamud"),
    ("so.central_bank_governor", "2023-06-01", "abdirahman-mohamed-abdullahi"),
    # South Sudan
    ("ss.finance_minister", "2023-10-01", "bak-barnaba-chol"),
    ("ss.finance_minister", "2024-05-01", "awow-daniel-chuang"),
    ("ss.finance_minister", "2025-01-15", "marial-dongrin-ater"),
    ("ss.finance_minister", "2025-10-01", "athian-diing-athian"),
    ("ss.finance_minister", "2026-01-15", "bak-barnaba-chol"),
    ("ss.finance_minister", "2026-02-25", "salvatore-garang-mabiordit"),
    ("ss.defence_minister", "2023-06-01", "chol-thon-balok"),
    ("ss.central_bank_governor", "2023-01-15", "johnny-ohisa-damian"),
    ("ss.central_bank_governor", "2024-06-01", "james-alic-garang"),
    ("ss.central_bank_governor", "2025-03-01", "johnny-ohisa-damian"),
    ("ss.central_bank_governor", "2025-07-01", "addis-ababa-othow"),
    ("ss.speaker", "2022-01-15", "jemma-nunu-kumba"),
    ("ss.defence_minister", "2022-06-01", "angelina-teny"),
    ("ss.interior_minister", "2022-06-01", "mahmoud-solomon-agook"),
    ("ss.interior_minister", "2024-06-01", "angelina-teny"),
    ("ss.interior_minister", "2026-01-20", "aleu-ayieny-aleu"),
    ("ss.foreign_minister", "2023-06-01", "deng-dau-deng"),
    ("ss.foreign_minister", "2024-01-15", "james-pitia-morgan"),
    # Burundi
    ("bi.interior_minister", "2024-01-15", "martin-niteretse"),
    ("bi.interior_minister", "2025-08-06", "leonidas-ndaruzaniye"),
    ("bi.finance_minister", "2023-06-01", "audace-niyonzima"),
    ("bi.defence_minister", "2024-04-22", "alain-tribert-mutabazi"),
    ("bi.national_assembly_president", "2025-08-01", "gelase-daniel-ndabirabe"),
    ("bi.central_bank_governor", "2023-06-01", "dieudonne-murengerantwari"),
    ("bi.central_bank_governor", "2023-10-10", "edouard-normand-bigendako"),
    ("bi.trade_minister", "2025-08-06", "hassan-kibeya"),
    # Tunisia
    ("tn.economy_minister", "2024-05-01", "feriel-ouerghi"),
    ("tn.economy_minister", "2024-08-26", "samir-abdelhafidh"),
    ("tn.trade_minister", "2024-08-26", "samir-abid"),
    ("tn.trade_minister", "2023-01-02", "fadhila-rabhi"),
    ("tn.trade_minister", "2023-06-01", "kalthoum-ben-rejeb"),
    ("tn.defence_minister", "2023-06-01", "imed-memmiche"),
    ("bi.senate_president", "2023-06-01", "emmanuel-sinzohagera"),
    ("bi.senate_president", "2025-08-06", "gervais-ndirakobuca"),
    # Jordan
    ("jo.speaker", "2023-06-01", "ahmad-safadi"),
    ("jo.speaker", "2024-12-01", "ahmad-safadi"),
    ("jo.speaker", "2025-10-26", "mazen-al-qadi"),
    ("jo.finance_minister", "2024-02-01", "mohamad-al-ississ"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("so.finance_minister", "2023-08-01", "elmi-mohamud-nur"),
    ("so.interior_minister", "2024-05-01", "ahmed-moallim-fiqi"),
    ("so.foreign_minister", "2024-01-15", "abshir-omar-huruse"),
    ("so.defence_minister", "2025-04-01", "abdulkadir-mohamed-nur"),
    ("so.defence_minister", "2025-05-01", "jibril-abdirashid-haji-abdi"),
    ("ss.finance_minister", "2024-05-01", "bak-barnaba-chol"),
    ("ss.finance_minister", "2024-08-01", "awow-daniel-chuang"),
    ("ss.finance_minister", "2025-09-15", "marial-dongrin-ater"),
    ("ss.finance_minister", "2026-01-15", "athian-diing-athian"),
    ("ss.finance_minister", "2026-02-25", "bak-barnaba-chol"),
    ("ss.central_bank_governor", "2024-06-01", "johnny-ohisa-damian"),
    ("ss.central_bank_governor", "2025-03-01", "james-alic-garang"),
    ("ss.central_bank_governor", "2025-07-01", "johnny-ohisa-damian"),
    ("ss.defence_minister", "2023-06-01", "angelina-teny"),
    ("ss.interior_minister", "2023-06-01", "mahmoud-solomon-agook"),
    ("ss.interior_minister", "2026-01-20", "angelina-teny"),
    ("ss.foreign_minister", "2023-10-01", "deng-dau-deng"),
    ("ss.foreign_minister", "2024-06-01", "james-pitia-morgan"),
    ("bi.interior_minister", "2025-08-06", "martin-niteretse"),
    ("bi.finance_minister", "2025-01-15", "audace-niyonzima"),
    ("bi.defence_minister", "2025-08-06", "alain-tribert-mutabazi"),
    ("bi.central_bank_governor", "2023-10-10", "dieudonne-murengerantwari"),
    ("tn.economy_minister", "2024-08-26", "feriel-ouerghi"),
    ("tn.trade_minister", "2023-06-01", "fadhila-rabhi"),
    ("tn.trade_minister", "2024-08-26", "kalthoum-ben-rejeb"),
    ("tn.defence_minister", "2024-08-26", "imed-memmiche"),
    ("bi.senate_president", "2025-08-06", "emmanuel-sinzohagera"),
    ("jo.speaker", "2025-10-27", "ahmad-safadi"),
    ("jo.finance_minister", "2024-10-01", "mohamad-al-ississ"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Somali Finance Minister", "2024-06-01", "bihi-iman-egeh"),
    ("Somali Interior Minister", "2024-07-30", "ali-yusuf-ali-hosh"),
    ("Somali Defence Minister", "2023-06-01", "abdulkadir-mohamed-nur"),
    ("South Sudanese Finance Minister", "2025-01-15", "marial-dongrin-ater"),
    ("South Sudanese Defence Minister", "2023-06-01", "chol-thon-balok"),
    ("South Sudanese Interior Minister", "2024-06-01", "angelina-teny"),
    ("Burundian Interior Minister", "2024-01-15", "martin-niteretse"),
    ("Burundian Trade Minister", "2025-08-06", "hassan-kibeya"),
    ("Tunisian Economy Minister", "2024-08-26", "samir-abdelhafidh"),
    ("Tunisian Trade Minister", "2024-08-26", "samir-abid"),
    ("Tunisian Defence Minister", "2023-06-01", "imed-memmiche"),
    ("Jordanian Speaker", "2024-12-01", "ahmad-safadi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
