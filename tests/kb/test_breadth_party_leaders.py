"""Party leaders, secretaries-general and parliamentary leaders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Japan: CDP and Nippon Ishin secretaries-general
    ("jp.cdp_secretary_general", "2023-06-01", "katsuya-okada"),
    ("jp.cdp_secretary_general", "2025-03-01", "junya-ogawa"),
    ("jp.ishin_secretary_general", "2025-10-01", "hiroshi-nakatsukasa"),
    # South Korea: party leaders
    ("kr.ppp_leader", "2023-06-01", "kim-gi-hyeon"),
    ("kr.ppp_leader", "2023-12-20", "yun-jae-ok"),
    ("kr.ppp_leader", "2024-02-01", "han-dong-hoon"),
    ("kr.ppp_leader", "2024-04-20", "yun-jae-ok"),
    ("kr.ppp_leader", "2024-06-01", "hwang-woo-yea"),
    ("kr.dp_leader", "2024-07-01", "park-chan-dae"),
    ("kr.rkp_leader", "2024-05-01", "cho-kuk"),
    ("kr.rkp_leader", "2024-10-01", "cho-kuk"),
    ("kr.rkp_leader", "2025-12-01", "cho-kuk"),
    ("kr.reform_party_leader", "2024-09-01", "huh-eun-ah"),
    # South Korea: floor leaders
    ("kr.ppp_floor_leader", "2023-01-15", "joo-ho-young"),
    ("kr.ppp_floor_leader", "2023-10-01", "yun-jae-ok"),
    ("kr.ppp_floor_leader", "2024-09-01", "choo-kyung-ho"),
    ("kr.dp_floor_leader", "2023-01-15", "park-hong-keun"),
    ("kr.dp_floor_leader", "2023-07-01", "park-kwang-on"),
    ("kr.dp_floor_leader", "2024-01-15", "hong-ihk-pyo"),
    # Taiwan
    ("tw.dpp_chair", "2023-06-01", "lai-ching-te"),
    # United States
    ("us.senate_minority_whip", "2023-06-01", "john-thune"),
    # Germany
    ("de.cdu_chair", "2023-06-01", "friedrich-merz"),
    ("de.cdu_chair", "2025-10-01", "friedrich-merz"),
    ("de.cdu_csu_group_chair", "2023-06-01", "friedrich-merz"),
    ("de.greens_co_chair", "2023-06-01", "ricarda-lang"),
    ("de.greens_co_chair", "2023-06-01", "omid-nouripour"),
    ("de.greens_co_chair", "2025-03-01", "franziska-brantner"),
    ("de.greens_co_chair", "2025-03-01", "felix-banaszak"),
    ("de.fdp_chair", "2023-06-01", "christian-lindner"),
    ("de.fdp_chair", "2025-09-01", "christian-duerr"),
    ("de.bsw_co_chair", "2024-06-01", "sahra-wagenknecht"),
    ("de.bsw_co_chair", "2024-06-01", "amira-mohamed-ali"),
    ("de.bsw_co_chair", "2025-12-10", "amira-mohamed-ali"),
    ("de.bsw_co_chair", "2025-12-10", "fabio-de-masi"),
    # United Kingdom
    ("gb.conservative_leader", "2023-06-01", "rishi-sunak"),
    ("gb.conservative_leader", "2025-01-15", "kemi-badenoch"),
    ("gb.labour_leader", "2023-06-01", "keir-starmer"),
    ("gb.libdem_leader", "2023-06-01", "ed-davey"),
    ("gb.snp_leader", "2023-01-15", "nicola-sturgeon"),
    ("gb.snp_leader", "2023-10-01", "humza-yousaf"),
    ("gb.snp_leader", "2024-09-01", "john-swinney"),
    ("gb.reform_uk_leader", "2023-06-01", "richard-tice"),
    # France
    ("fr.rn_president", "2023-06-01", "jordan-bardella"),
    ("fr.lr_president", "2023-06-01", "eric-ciotti"),
    ("fr.lr_president", "2025-06-01", "bruno-retailleau"),
    ("fr.ps_first_secretary", "2023-06-01", "olivier-faure"),
    ("fr.lfi_coordinator", "2023-06-01", "manuel-bompard"),
    ("fr.renaissance_secretary_general", "2023-06-01", "stephane-sejourne"),
    ("fr.renaissance_secretary_general", "2025-03-01", "gabriel-attal"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.cdp_secretary_general", "2025-03-01", "katsuya-okada"),
    ("jp.cdp_secretary_general", "2025-10-01", "junya-ogawa"),
    ("kr.ppp_leader", "2024-02-01", "kim-gi-hyeon"),
    ("kr.ppp_leader", "2024-06-01", "han-dong-hoon"),
    ("kr.ppp_leader", "2024-09-01", "hwang-woo-yea"),
    ("kr.ppp_floor_leader", "2023-10-01", "joo-ho-young"),
    ("kr.ppp_floor_leader", "2024-09-01", "yun-jae-ok"),
    ("kr.ppp_floor_leader", "2025-01-15", "choo-kyung-ho"),
    ("kr.dp_floor_leader", "2023-07-01", "park-hong-keun"),
    ("kr.dp_floor_leader", "2024-01-15", "park-kwang-on"),
    ("kr.dp_floor_leader", "2024-09-01", "hong-ihk-pyo"),
    ("kr.dp_leader", "2024-07-01", "lee-jae-myung"),
    ("kr.rkp_leader", "2025-03-01", "cho-kuk"),
    ("kr.reform_party_leader", "2025-09-01", "huh-eun-ah"),
    ("us.senate_minority_whip", "2025-03-01", "john-thune"),
    ("de.cdu_csu_group_chair", "2025-09-01", "friedrich-merz"),
    ("de.greens_co_chair", "2025-03-01", "ricarda-lang"),
    ("de.greens_co_chair", "2025-03-01", "omid-nouripour"),
    ("de.fdp_chair", "2025-09-01", "christian-lindner"),
    ("de.bsw_co_chair", "2025-12-10", "sahra-wagenknecht"),
    ("gb.conservative_leader", "2025-01-15", "rishi-sunak"),
    ("gb.snp_leader", "2023-10-01", "nicola-sturgeon"),
    ("gb.snp_leader", "2024-09-01", "humza-yousaf"),
    ("gb.reform_uk_leader", "2024-09-01", "richard-tice"),
    ("fr.lr_president", "2025-01-15", "eric-ciotti"),
    ("fr.lr_president", "2025-06-01", "eric-ciotti"),
    ("fr.renaissance_secretary_general", "2025-03-01", "stephane-sejourne"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("German CDU leader", "2023-06-01", "friedrich-merz"),
    ("German FDP leader", "2025-09-01", "christian-duerr"),
    ("British Conservative leader", "2025-01-15", "kemi-badenoch"),
    ("British Liberal Democrat leader", "2023-06-01", "ed-davey"),
    ("French Socialist Party leader", "2023-06-01", "olivier-faure"),
    ("French LR leader", "2025-06-01", "bruno-retailleau"),
    ("South Korean PPP floor leader", "2023-10-01", "yun-jae-ok"),
    ("South Korean Rebuilding Korea Party leader", "2024-10-01", "cho-kuk"),
    ("Japanese CDP Secretary-General", "2025-03-01", "junya-ogawa"),
    ("Taiwanese DPP chairman", "2023-06-01", "lai-ching-te"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
