"""Leaders of parliamentary parties 2023-2026 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("iq.state_of_law_leader", "2024-01-18", "nouri-al-maliki"),
    ("iq.badr_secretary_general", "2024-09-09", "hadi-al-amiri"),
    ("iq.hikma_leader", "2024-09-09", "ammar-al-hakim"),
    ("iq.aah_leader", "2024-09-09", "qais-al-khazali"),
    ("iq.sadrist_leader", "2023-06-01", "muqtada-al-sadr"),
    ("iq.taqaddum_leader", "2025-05-22", "mohammed-al-halbousi"),
    ("iq.siyada_leader", "2025-12-28", "khamis-al-khanjar"),
    ("iq.azm_leader", "2025-12-28", "muthanna-al-samarrai"),
    ("iq.kdp_president", "2023-05-01", "masoud-barzani"),
    ("iq.puk_president", "2023-10-04", "bafel-talabani"),
    ("lb.amal_leader", "2023-05-01", "nabih-berri"),
    ("lb.psp_leader", "2023-03-01", "walid-jumblatt"),
    ("lb.psp_leader", "2024-03-01", "taymour-jumblatt"),
    ("lb.kataeb_leader", "2023-01-01", "samy-gemayel"),
    ("tr.saadet_chair", "2023-06-01", "temel-karamollaoglu"),
    ("tr.saadet_chair", "2025-01-01", "mahmut-arikan"),
    ("np.uml_chair", "2024-07-15", "kp-sharma-oli"),
    ("np.maoist_centre_chair", "2023-01-01", "pushpa-kamal-dahal"),
    ("my.umno_president", "2023-03-20", "ahmad-zahid-hamidi"),
    ("fi.kokoomus_chair", "2023-04-02", "petteri-orpo"),
    ("fi.centre_chair", "2023-06-01", "annika-saarikko"),
    ("fi.centre_chair", "2024-07-01", "antti-kaikkonen"),
    ("fi.rkp_chair", "2024-07-01", "anders-adlercreutz"),
    ("fi.sdp_chair", "2023-04-02", "sanna-marin"),
    ("fi.sdp_chair", "2024-01-01", "antti-lindtman"),
    ("fi.finns_party_chair", "2023-04-02", "riikka-purra"),
    ("fi.greens_chair", "2023-04-02", "maria-ohisalo"),
    ("fi.greens_chair", "2024-01-01", "sofia-virta"),
    ("dk.venstre_leader", "2023-03-01", "jakob-ellemann-jensen"),
    ("dk.venstre_leader", "2024-03-01", "troels-lund-poulsen"),
    ("ee.reform_chair", "2023-11-18", "kaja-kallas"),
    ("ee.reform_chair", "2025-06-08", "kristen-michal"),
    ("sk.hlas_chairman", "2023-10-01", "peter-pellegrini"),
    ("sk.hlas_chairman", "2024-07-01", "matus-sutaj-estok"),
    ("ro.psd_president", "2024-01-01", "marcel-ciolacu"),
    ("ro.psd_president", "2025-06-01", "sorin-grindeanu"),
    ("ro.psd_president", "2026-01-01", "sorin-grindeanu"),
    ("ro.pnl_president", "2024-01-01", "nicolae-ciuca"),
    ("ro.pnl_president", "2024-12-15", "ilie-bolojan"),
    ("ro.pnl_president", "2025-09-01", "ilie-bolojan"),
    ("rs.sns_president", "2023-01-01", "aleksandar-vucic"),
    ("rs.sns_president", "2023-06-01", "milos-vucevic"),
    ("be.nva_president", "2024-06-09", "bart-de-wever"),
    ("be.nva_president", "2025-06-01", "valerie-van-peel"),
    ("no.hoyre_leader", "2025-09-08", "erna-solberg"),
    ("no.hoyre_leader", "2026-03-01", "ine-eriksen-soreide"),
    ("lt.tslkd_chair", "2025-04-01", "laurynas-kasciunas"),
    ("lt.lsdp_chair", "2024-10-13", "vilija-blinkeviciute"),
    ("hu.dk_president", "2024-06-09", "ferenc-gyurcsany"),
    ("hu.dk_president", "2025-07-01", "klara-dobrev"),
    ("hu.tisza_president", "2024-05-01", "attila-szabo"),
    ("hu.tisza_president", "2025-01-01", "peter-magyar"),
    ("hr.sdp_president", "2024-04-17", "peda-grbin"),
    ("hr.sdp_president", "2025-01-01", "sinisa-hajdas-doncic"),
    ("bd.jamaat_ameer", "2024-08-05", "shafiqur-rahman"),
    ("nl.sp_leader", "2023-11-22", "lilian-marijnissen"),
    ("nl.sp_leader", "2024-03-02", "jimmy-dijk"),
    ("il.utj_chair", "2023-01-01", "yitzhak-goldknopf"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("lb.psp_leader", "2023-07-01", "walid-jumblatt"),
    ("tr.saadet_chair", "2025-01-01", "temel-karamollaoglu"),
    ("fi.centre_chair", "2024-07-01", "annika-saarikko"),
    ("fi.rkp_chair", "2024-07-01", "anna-maja-henriksson"),
    ("fi.sdp_chair", "2024-01-01", "sanna-marin"),
    ("fi.greens_chair", "2024-01-01", "maria-ohisalo"),
    ("dk.venstre_leader", "2024-03-01", "jakob-ellemann-jensen"),
    ("ee.reform_chair", "2025-01-01", "kaja-kallas"),
    ("sk.hlas_chairman", "2024-07-01", "peter-pellegrini"),
    ("ro.psd_president", "2025-06-01", "marcel-ciolacu"),
    ("ro.pnl_president", "2025-01-01", "nicolae-ciuca"),
    ("rs.sns_president", "2023-06-01", "aleksandar-vucic"),
    ("be.nva_president", "2025-06-01", "bart-de-wever"),
    ("no.hoyre_leader", "2026-03-01", "erna-solberg"),
    ("lt.lsdp_chair", "2025-06-01", "vilija-blinkeviciute"),
    ("hu.dk_president", "2025-07-01", "ferenc-gyurcsany"),
    ("hu.tisza_president", "2025-01-01", "attila-szabo"),
    ("hr.sdp_president", "2025-01-01", "peda-grbin"),
    ("nl.sp_leader", "2024-03-02", "lilian-marijnissen"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day, holder", [
    ("dk.df_chairman", "2022-01-24", "morten-messerschmidt"),
    ("no.sp_leader", "2025-03-29", "trygve-slagsvold-vedum"),
])
def test_more_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, holder", [
    ("pt.be_coordinator", "2023-03-01", "catarina-martins"),
    ("pt.be_coordinator", "2024-03-10", "mariana-mortagua"),
    ("jp.sdp_leader", "2022-01-14", "mizuho-fukushima"),
])
def test_holders_of_added_offices(kb, position, day, holder):
    assert holder in holders(kb, position, day)


def test_left_bloc_handover(kb):
    assert "catarina-martins" not in holders(kb, "pt.be_coordinator", "2024-03-10")
