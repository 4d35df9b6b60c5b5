"""Business and finance figures of 2025-2026 news (issue #11): heads of companies, regulators and
stock exchanges resolve on known days, predecessors give way, and specific titles name the holder."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("kr.hd_hyundai_chairman", "2025-11-15", "chung-ki-sun"),
    ("kr.hanwha_group_chairman", "2025-06-01", "kim-seung-youn"),
    ("kr.hanwha_group_chairman", "1990-01-01", "kim-seung-youn"),
    ("kr.hanwha_vice_chairman", "2025-11-26", "kim-dong-kwan"),
    ("kr.hanwha_ocean_ceo", "2023-10-01", "kwon-hyuk-woong"),
    ("kr.hanwha_ocean_ceo", "2025-11-16", "kim-hee-cheol"),
    ("kr.posco_chairman", "2021-06-01", "choi-jeong-woo"),
    ("kr.posco_chairman", "2025-06-01", "chang-in-hwa"),
    ("kr.samsung_electronics_ceo", "2025-06-01", "jun-young-hyun"),
    ("kr.samsung_electronics_ceo", "2025-12-15", "jun-young-hyun"),
    ("kr.samsung_electronics_ceo", "2025-12-15", "roh-tae-moon"),
    ("kr.krx_chairman", "2026-02-05", "jeong-eun-bo"),
    ("jp.mhi_president", "2024-12-17", "seiji-izumisawa"),
    ("jp.mhi_president", "2025-06-01", "eisaku-ito"),
    ("jp.tse_president", "2021-01-15", "akira-kiyota"),
    ("jp.tse_president", "2022-06-01", "hiromi-yamaji"),
    ("jp.tse_president", "2024-06-01", "moriyuki-iwanaga"),
    ("jp.jpx_ceo", "2020-06-01", "akira-kiyota"),
    ("jp.jpx_ceo", "2025-06-01", "hiromi-yamaji"),
    ("cn.nfra_head", "2025-03-01", "li-yunze"),
    ("cn.geely_chairman", "2025-06-01", "li-shufu"),
    ("cn.deepseek_ceo", "2025-01-27", "liang-wenfeng"),
    ("cn.unitree_ceo", "2025-02-17", "wang-xingxing"),
    ("hk.hkex_ceo", "2022-06-01", "nicolas-aguzin"),
    ("hk.hkex_ceo", "2025-06-01", "bonnie-chan"),
    ("hk.sfc_ceo", "2020-06-01", "ashley-alder"),
    ("hk.sfc_ceo", "2025-06-01", "julia-leung"),
    ("in.sbi_chairman", "2023-06-01", "dinesh-kumar-khara"),
    ("in.sbi_chairman", "2025-06-01", "cs-setty"),
    ("in.air_india_ceo", "2025-06-12", "campbell-wilson"),
    ("de.rheinmetall_ceo", "2025-06-01", "armin-papperger"),
    ("de.deutsche_bank_ceo", "2025-06-01", "christian-sewing"),
    ("de.commerzbank_ceo", "2023-06-01", "manfred-knof"),
    ("de.commerzbank_ceo", "2025-06-01", "bettina-orlopp"),
    ("de.thyssenkrupp_ceo", "2022-06-01", "martina-merz"),
    ("de.thyssenkrupp_ceo", "2025-10-20", "miguel-lopez-borrego"),
    ("de.lufthansa_ceo", "2025-06-01", "carsten-spohr"),
    ("de.bafin_president", "2025-06-01", "mark-branson"),
    ("it.unicredit_ceo", "2025-09-04", "andrea-orcel"),
    ("it.leonardo_ceo", "2025-06-01", "roberto-cingolani"),
    ("nl.asml_ceo", "2025-06-01", "christophe-fouquet"),
    ("gb.bae_systems_ceo", "2015-06-01", "ian-king-bae"),
    ("gb.bae_systems_ceo", "2025-06-01", "charles-woodburn"),
    ("gb.fca_ceo", "2025-06-01", "nikhil-rathi"),
    ("us.citigroup_ceo", "2025-06-01", "jane-fraser"),
    ("us.northrop_grumman_ceo", "2015-06-01", "wes-bush"),
    ("us.northrop_grumman_ceo", "2025-06-01", "kathy-warden"),
    ("us.nasdaq_ceo", "2025-06-01", "adena-friedman"),
    ("us.cftc_chair", "2025-06-01", "caroline-pham"),
    ("us.cftc_chair", "2026-01-15", "michael-selig"),
    ("us.fdic_chair", "2025-06-01", "travis-hill"),
    ("us.comptroller_of_currency", "2023-06-01", "michael-hsu"),
    ("us.comptroller_of_currency", "2025-04-01", "rodney-hood"),
    ("us.comptroller_of_currency", "2025-10-01", "jonathan-gould"),
    ("qa.qatar_airways_ceo", "2020-06-01", "akbar-al-baker"),
    ("qa.qatar_airways_ceo", "2025-06-01", "badr-al-meer"),
    ("ae.dp_world_chairman", "2025-06-01", "sultan-ahmed-bin-sulayem"),
    ("ae.dp_world_ceo", "2025-06-01", "sultan-ahmed-bin-sulayem"),
    ("ae.dp_world_chairman", "2026-03-01", "essa-kazim"),
    ("ae.dp_world_ceo", "2026-03-01", "yuvraj-narayan"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kr.hanwha_ocean_ceo", "2025-11-16", "kwon-hyuk-woong"),
    ("kr.posco_chairman", "2024-06-01", "choi-jeong-woo"),
    ("jp.mhi_president", "2025-06-01", "seiji-izumisawa"),
    ("jp.tse_president", "2021-06-01", "akira-kiyota"),
    ("jp.tse_president", "2024-06-01", "hiromi-yamaji"),
    ("jp.jpx_ceo", "2024-06-01", "akira-kiyota"),
    ("hk.hkex_ceo", "2024-06-01", "nicolas-aguzin"),
    ("hk.sfc_ceo", "2023-06-01", "ashley-alder"),
    ("in.sbi_chairman", "2024-09-15", "dinesh-kumar-khara"),
    ("de.commerzbank_ceo", "2024-10-15", "manfred-knof"),
    ("de.thyssenkrupp_ceo", "2023-06-15", "martina-merz"),
    ("gb.bae_systems_ceo", "2017-07-15", "ian-king-bae"),
    ("us.northrop_grumman_ceo", "2019-02-01", "wes-bush"),
    ("us.cftc_chair", "2026-01-15", "caroline-pham"),
    ("us.comptroller_of_currency", "2025-04-01", "michael-hsu"),
    ("us.comptroller_of_currency", "2025-10-01", "rodney-hood"),
    ("qa.qatar_airways_ceo", "2024-01-01", "akbar-al-baker"),
    ("ae.dp_world_chairman", "2026-03-01", "sultan-ahmed-bin-sulayem"),
    ("ae.dp_world_ceo", "2026-03-01", "sultan-ahmed-bin-sulayem"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Rheinmetall CEO", "2025-06-01", "armin-papperger"),
    ("Commerzbank CEO", "2025-06-01", "bettina-orlopp"),
    ("HKEX chief executive", "2025-06-01", "bonnie-chan"),
    ("CFTC chairman", "2026-01-15", "michael-selig"),
    ("POSCO Group chairman", "2025-06-01", "chang-in-hwa"),
    ("Qatar Airways CEO", "2025-06-01", "badr-al-meer"),
    ("DP World chairman", "2026-03-01", "essa-kazim"),
    ("Hanwha Group chairman", "2025-06-01", "kim-seung-youn"),
    ("FCA chief executive", "2025-06-01", "nikhil-rathi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
