"""Heads of national police forces, second group (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("lk.igp", "2024-01-15", "deshabandu-tennakoon"),
    ("lk.igp", "2024-05-01", "deshabandu-tennakoon"),
    ("lk.igp", "2025-01-10", "priyantha-weerasooriya"),
    ("lk.igp", "2025-10-01", "priyantha-weerasooriya"),
    ("np.igp", "2024-06-01", "basanta-bahadur-kunwar"),
    ("np.igp", "2025-06-01", "deepak-thapa-police"),
    ("np.igp", "2025-09-10", "chandra-kuber-khapung"),
    ("mv.police_commissioner", "2024-06-01", "ali-shujau"),
    ("mv.police_commissioner", "2025-08-01", "ismail-naveen"),
    ("kh.national_police_chief", "2023-03-01", "neth-savoeun"),
    ("kh.national_police_chief", "2024-03-01", "sar-thet"),
    ("sg.police_commissioner", "2024-03-01", "hoong-wee-teck"),
    ("sg.police_commissioner", "2026-02-01", "how-kwang-hwee"),
    ("tw.npa_director_general", "2023-06-01", "huang-ming-chao"),
    ("tw.npa_director_general", "2024-08-01", "chang-jung-hsing"),
    ("au.afp_commissioner", "2024-06-01", "reece-kershaw"),
    ("au.afp_commissioner", "2025-11-01", "krissy-barrett"),
    ("nz.police_commissioner", "2024-12-10", "richard-chambers-nz"),
    ("pg.police_commissioner", "2023-06-01", "david-manning-png"),
    ("fj.police_commissioner", "2024-03-01", "juki-fong-chew"),
    ("fj.police_commissioner", "2025-03-01", "rusiate-tudravu"),
    ("cl.carabineros_director", "2023-05-01", "ricardo-yanez-reveco"),
    ("cl.carabineros_director", "2024-11-01", "marcelo-araya-zapata"),
    ("hn.police_director", "2023-03-01", "gustavo-sanchez-hn"),
    ("hn.police_director", "2026-02-10", "miguel-perez-suazo"),
    ("gt.pnc_director", "2025-01-15", "david-custodio-boteo"),
    ("sv.pnc_director", "2023-06-01", "mauricio-arriaza-chicas"),
    ("jm.police_commissioner", "2023-06-01", "antony-anderson"),
    ("jm.police_commissioner", "2024-06-01", "kevin-blake-jm"),
    ("tt.police_commissioner", "2024-01-10", "erla-harewood-christopher"),
    ("tt.police_commissioner", "2025-04-01", "junior-benjamin-tt"),
    ("tt.police_commissioner", "2025-07-01", "allister-guevarro"),
    ("ie.garda_commissioner", "2024-05-01", "drew-harris-garda"),
    ("ie.garda_commissioner", "2025-10-01", "justin-kelly-garda"),
    ("se.national_police_commissioner", "2023-05-01", "anders-thornberg"),
    ("se.national_police_commissioner", "2024-05-01", "petra-lundh"),
    ("pk.islamabad_igp", "2023-08-01", "akbar-nasir-khan"),
    ("pk.islamabad_igp", "2024-05-01", "ali-nasir-rizvi"),
    ("th.police_chief", "2024-01-15", "torsak-sukvimol"),
    ("th.police_chief", "2024-10-05", "kitrat-phanphet"),
    ("vn.public_security_minister", "2023-05-01", "to-lam"),
    ("kr.police_commissioner", "2025-10-01", "cho-ji-ho"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("lk.igp", "2024-10-01", "deshabandu-tennakoon"),
    ("np.igp", "2025-04-01", "basanta-bahadur-kunwar"),
    ("np.igp", "2025-10-01", "deepak-thapa-police"),
    ("mv.police_commissioner", "2025-05-15", "ali-shujau"),
    ("mv.police_commissioner", "2026-06-01", "ismail-naveen"),
    ("kh.national_police_chief", "2024-01-01", "neth-savoeun"),
    ("sg.police_commissioner", "2026-02-01", "hoong-wee-teck"),
    ("tw.npa_director_general", "2024-08-01", "huang-ming-chao"),
    ("au.afp_commissioner", "2025-11-01", "reece-kershaw"),
    ("fj.police_commissioner", "2025-03-01", "juki-fong-chew"),
    ("cl.carabineros_director", "2024-11-01", "ricardo-yanez-reveco"),
    ("hn.police_director", "2023-08-01", "gustavo-sanchez-hn"),
    ("sv.pnc_director", "2024-10-01", "mauricio-arriaza-chicas"),
    ("jm.police_commissioner", "2024-06-01", "antony-anderson"),
    ("tt.police_commissioner", "2025-04-01", "erla-harewood-christopher"),
    ("tt.police_commissioner", "2025-07-01", "junior-benjamin-tt"),
    ("ie.garda_commissioner", "2025-10-01", "drew-harris-garda"),
    ("se.national_police_commissioner", "2024-05-01", "anders-thornberg"),
    ("pk.islamabad_igp", "2024-05-01", "akbar-nasir-khan"),
    ("th.police_chief", "2024-10-05", "torsak-sukvimol"),
    ("vn.public_security_minister", "2024-07-01", "to-lam"),
    ("kr.police_commissioner", "2026-01-10", "cho-ji-ho"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Garda Commissioner", "2025-10-01", "justin-kelly-garda"),
    ("AFP Commissioner", "2025-11-01", "krissy-barrett"),
    ("Islamabad IGP", "2024-05-01", "ali-nasir-rizvi"),
    ("Carabineros chief", "2024-11-01", "marcelo-araya-zapata"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
