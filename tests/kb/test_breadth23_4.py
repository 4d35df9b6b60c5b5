"""Heads of national police forces in Africa, first group (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("gh.inspector_general_police", "2024-06-01", "george-akuffo-dampare"),
    ("gh.inspector_general_police", "2025-03-15", "christian-tetteh-yohuno"),
    ("ug.inspector_general_police", "2023-06-01", "martin-okoth-ochola"),
    ("ug.inspector_general_police", "2024-05-18", "abbas-byakagaba"),
    ("tz.inspector_general_police", "2024-01-01", "camillus-wambura"),
    ("zm.inspector_general_police", "2023-01-10", "lemmy-kajoba"),
    ("zm.inspector_general_police", "2024-06-01", "graphel-musamba"),
    ("zw.police_commissioner_general", "2023-06-01", "godwin-matanga"),
    ("zw.police_commissioner_general", "2025-01-02", "stephen-mutamba"),
    ("mw.inspector_general_police", "2024-01-01", "merlyne-yolamu"),
    ("mw.inspector_general_police", "2025-11-13", "richard-luhanga"),
    ("mz.police_commander_general", "2024-10-20", "bernardino-rafael"),
    ("mz.police_commander_general", "2025-01-24", "joaquim-sive"),
    ("cm.dgsn_delegate_general", "2025-06-01", "martin-mbarga-nguele"),
    ("sl.inspector_general_police", "2022-09-01", "william-fayia-sellu"),
    ("lr.inspector_general_police", "2023-06-01", "patrick-sudue"),
    ("lr.inspector_general_police", "2025-07-01", "gregory-coleman-lr"),
    ("na.inspector_general_police", "2024-10-02", "joseph-shikongo"),
    ("bw.police_commissioner", "2023-06-01", "keabetswe-makgophe"),
    ("bw.police_commissioner", "2025-06-01", "dinah-marathe"),
    ("rw.police_chief", "2023-01-01", "dan-munyuza"),
    ("rw.police_chief", "2023-03-01", "felix-namuhoranye"),
    ("ss.inspector_general_police", "2023-06-01", "majak-akec-malok"),
    ("ss.inspector_general_police", "2023-11-15", "atem-marol-biar"),
    ("sd.police_director_general", "2023-03-01", "anan-hamed-mohamed-omar"),
    ("sd.police_director_general", "2023-06-01", "khalid-hassan-mohieddin"),
    ("so.police_commissioner", "2023-01-10", "abdi-hassan-hijar"),
    ("so.police_commissioner", "2024-01-01", "sulub-ahmed-firin"),
    ("so.police_commissioner", "2024-10-02", "asad-osman-abdullahi"),
    ("ma.dgsn_director_general", "2023-06-01", "abdellatif-hammouchi"),
    ("sn.police_director_general", "2023-06-01", "seydou-bocar-yague"),
    ("sn.police_director_general", "2024-07-01", "mame-seydou-ndour"),
    ("cd.pnc_commissioner_general", "2023-01-10", "dieudonne-amuli-bahigwa"),
    ("cd.pnc_commissioner_general", "2023-04-03", "benjamin-alongaboni"),
    ("ls.police_commissioner", "2023-06-01", "holomo-molibeli"),
    ("ls.police_commissioner", "2024-04-01", "mahlape-morai"),
    ("ls.police_commissioner", "2024-06-01", "borotho-matsoso"),
    ("gm.inspector_general_police", "2023-06-01", "abdoulie-sanyang-gm"),
    ("gm.inspector_general_police", "2024-06-01", "seedy-muctarr-touray"),
    ("mu.police_commissioner", "2023-06-01", "anil-kumar-dip"),
    ("mu.police_commissioner", "2024-12-01", "rampersad-sooroojebally"),
    ("mg.police_director_general", "2025-10-15", "ravony-tsaramonina"),
    ("et.federal_police_commissioner", "2022-12-20", "demelash-gebremichael"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("gh.inspector_general_police", "2025-03-15", "george-akuffo-dampare"),
    ("ug.inspector_general_police", "2024-05-18", "martin-okoth-ochola"),
    ("zm.inspector_general_police", "2023-04-15", "lemmy-kajoba"),
    ("zw.police_commissioner_general", "2025-01-02", "godwin-matanga"),
    ("mw.inspector_general_police", "2025-11-13", "merlyne-yolamu"),
    ("mz.police_commander_general", "2025-01-24", "bernardino-rafael"),
    ("lr.inspector_general_police", "2024-02-01", "patrick-sudue"),
    ("bw.police_commissioner", "2024-06-01", "keabetswe-makgophe"),
    ("rw.police_chief", "2023-03-01", "dan-munyuza"),
    ("ss.inspector_general_police", "2023-11-15", "majak-akec-malok"),
    ("sd.police_director_general", "2023-06-01", "anan-hamed-mohamed-omar"),
    ("so.police_commissioner", "2023-03-01", "abdi-hassan-hijar"),
    ("so.police_commissioner", "2024-10-02", "sulub-ahmed-firin"),
    ("sn.police_director_general", "2024-07-01", "seydou-bocar-yague"),
    ("cd.pnc_commissioner_general", "2023-04-03", "dieudonne-amuli-bahigwa"),
    ("ls.police_commissioner", "2024-03-01", "holomo-molibeli"),
    ("ls.police_commissioner", "2024-06-01", "mahlape-morai"),
    ("gm.inspector_general_police", "2024-06-01", "abdoulie-sanyang-gm"),
    ("mu.police_commissioner", "2024-12-01", "anil-kumar-dip"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Ghana's police chief", "2025-06-01", "christian-tetteh-yohuno"),
    ("Ugandan police chief", "2024-06-01", "abbas-byakagaba"),
    ("Zimbabwean police chief", "2025-06-01", "stephen-mutamba"),
    ("Mozambican police chief", "2025-06-01", "joaquim-sive"),
    ("South Sudanese police chief", "2024-01-01", "atem-marol-biar"),
    ("Somali police commissioner", "2024-10-02", "asad-osman-abdullahi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
