"""Legislatures, spokespeople, deputy ministers, military chiefs, coast guards and central bank boards
of South Korea, Taiwan, Japan and China beyond the cabinet (issue #11)."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("kr.na_speaker", "2021-01-01", "park-byeong-seug"),
    ("kr.na_speaker", "2023-01-01", "kim-jin-pyo"),
    ("kr.na_speaker", "2025-01-01", "woo-won-shik"),
    ("kr.na_deputy_speaker", "2023-01-01", "kim-young-joo"),
    ("kr.na_deputy_speaker", "2024-08-01", "lee-hak-young"),
    ("kr.na_deputy_speaker", "2024-08-01", "joo-ho-young"),
    ("kr.vice_defense_minister", "2024-06-01", "kim-seon-ho"),
    ("kr.vice_defense_minister", "2025-08-01", "lee-doo-hee"),
    ("kr.defense_minister", "2025-02-01", "kim-seon-ho"),       # acting after the martial-law resignation
    ("kr.defense_minister", "2025-07-10", "lee-doo-hee"),       # acting until Ahn Gyu-back took office
    ("kr.defense_minister", "2025-08-01", "ahn-gyu-back"),
    ("kr.first_vice_finance_minister", "2025-07-01", "lee-hyoung-il"),
    ("kr.deputy_national_security_adviser", "2025-07-01", "lim-woong-soon"),
    ("tw.chief_of_general_staff", "2024-01-01", "mei-chia-shu"),
    ("tw.executive_yuan_spokesperson", "2025-03-01", "michelle-lee-taiwan"),
    ("tw.representative_to_japan", "2020-01-01", "frank-hsieh"),
    ("tw.representative_to_japan", "2025-01-01", "lee-yi-yang"),
    ("tw.nsc_secretary_general", "2017-01-01", "joseph-wu"),
    ("tw.nsc_secretary_general", "2017-10-01", "yen-de-fa"),
    ("tw.nsc_secretary_general", "2024-10-01", "joseph-wu"),
    ("tw.nsb_director", "2023-06-01", "tsai-ming-yen"),
    ("tw.tpp_caucus_convener", "2025-06-01", "huang-kuo-chang"),
    ("jp.msdf_chief", "2025-01-01", "akira-saito"),
    ("jp.jcg_commandant", "2023-06-01", "shohei-ishii"),
    ("jp.jcg_commandant", "2025-01-01", "yoshio-seguchi"),
    ("jp.councillors_president", "2023-06-01", "hidehisa-otsuji"),
    ("jp.councillors_president", "2025-01-01", "masakazu-sekiguchi"),
    ("jp.komeito_secretary_general", "2023-01-01", "keiichi-ishii"),
    ("jp.komeito_secretary_general", "2025-06-01", "makoto-nishida"),
    ("jp.boj_policy_board_member", "2023-01-01", "toyoaki-nakamura"),
    ("jp.boj_policy_board_member", "2025-10-01", "junko-koeda"),
    ("jp.jcp_secretariat_head", "2020-01-01", "akira-koike"),
    ("jp.ishin_secretary_general", "2025-03-01", "ryohei-iwatani"),
    ("cn.joint_staff_chief", "2020-01-01", "li-zuocheng"),
    ("cn.joint_staff_chief", "2024-01-01", "liu-zhenli"),
    ("cn.ccg_spokesperson", "2024-11-01", "liu-dejun"),
    ("cn.eastern_theater_spokesperson", "2025-04-02", "shi-yi"),
    ("cn.mfa_vice_minister", "2024-10-01", "chen-xiaodong"),
    ("kp.un_permanent_representative", "2020-01-01", "kim-song-diplomat"),
    ("kr.bok_senior_deputy_governor", "2022-01-01", "lee-seung-heon"),
    ("kr.bok_senior_deputy_governor", "2024-01-01", "ryoo-sang-dai"),
    ("kr.bok_monetary_policy_board_member", "2022-01-01", "suh-young-kyung"),
    ("tw.taipei_mayor", "2020-01-01", "ko-wen-je"),
    ("tw.taipei_mayor", "2024-01-01", "chiang-wan-an"),
    ("tw.new_taipei_mayor", "2023-01-01", "hou-yu-ih"),
    ("tw.taichung_mayor", "2023-01-01", "lu-shiow-yen"),
    ("jp.tokyo_governor", "2024-07-08", "yuriko-koike"),
    ("kr.seoul_mayor", "2008-01-01", "oh-se-hoon"),
    ("kr.seoul_mayor", "2025-01-01", "oh-se-hoon"),
    ("kr.dp_floor_leader", "2026-02-01", "han-byung-do"),
    ("kr.senior_secretary_political_affairs", "2025-10-01", "woo-sang-ho"),
    ("kr.senior_secretary_political_affairs", "2026-02-01", "hong-ihk-pyo"),
    ("cn.safe_administrator", "2020-01-01", "pan-gongsheng"),
    ("cn.safe_administrator", "2024-06-01", "zhu-hexin"),
    ("cn.pboc_deputy_governor", "2024-06-01", "zhu-hexin"),
    ("cn.deputy_international_trade_representative", "2026-02-01", "jiang-chenghua"),
    ("cn.wto_representative", "2023-01-01", "li-chenggang"),
    ("cn.wto_representative", "2026-01-01", "li-yongjie"),
    ("jp.mod_vice_minister", "2023-01-01", "atsuo-suzuki"),
    ("jp.mod_vice_minister", "2024-01-01", "kazuo-masuda"),
    ("jp.mod_vice_minister", "2025-09-01", "taro-yamato"),
    ("jp.mod_vice_minister_international", "2024-01-01", "kiyoshi-serizawa"),
    ("kr.nis_director", "2025-09-01", "lee-jong-seok"),
    ("tw.ocean_affairs_minister", "2024-01-01", "kuan-bi-ling"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kr.na_speaker", "2023-01-01", "park-byeong-seug"),           # stepped down 2022-05-29
    ("kr.na_speaker", "2025-01-01", "kim-jin-pyo"),                 # the 21st Assembly ended 2024-05-29
    ("kr.na_deputy_speaker", "2023-06-01", "chung-jin-suk"),        # replaced in October 2022
    ("kr.vice_defense_minister", "2025-08-01", "kim-seon-ho"),      # Lee Doo-hee appointed 2025-06-26
    ("kr.defense_minister", "2025-08-01", "lee-doo-hee"),           # acting only until 2025-07-24
    ("tw.representative_to_japan", "2025-01-01", "frank-hsieh"),   # resigned 2024-08-06
    ("tw.nsc_secretary_general", "2020-01-01", "joseph-wu"),       # foreign minister between his two terms
    ("tw.tpp_caucus_convener", "2026-03-01", "huang-kuo-chang"),   # left the legislature 2026-02-01
    ("jp.jcg_commandant", "2025-01-01", "shohei-ishii"),           # replaced 2024-07-01
    ("jp.councillors_president", "2025-01-01", "hidehisa-otsuji"),  # stepped down 2024-11-11
    ("jp.komeito_secretary_general", "2025-06-01", "keiichi-ishii"),  # party leader from 2024-09-28
    ("jp.boj_policy_board_member", "2025-10-01", "toyoaki-nakamura"),  # term ended 2025-06-30
    ("jp.ishin_secretary_general", "2025-12-01", "ryohei-iwatani"),  # resigned after the July 2025 election
    ("cn.joint_staff_chief", "2024-01-01", "li-zuocheng"),          # succeeded by Liu Zhenli in 2022
    ("cn.mfa_vice_minister", "2025-10-01", "chen-xiaodong"),        # replaced in April 2025
    ("kr.bok_senior_deputy_governor", "2024-01-01", "lee-seung-heon"),  # term ended 2023-08-20
    ("kr.bok_monetary_policy_board_member", "2024-06-01", "cho-yoon-je"),  # term ended 2024-04-20
    ("tw.taipei_mayor", "2024-01-01", "ko-wen-je"),                 # left office 2022-12-25
    ("kr.seoul_mayor", "2015-01-01", "oh-se-hoon"),                 # resigned 2011, returned 2021
    ("kr.dp_floor_leader", "2026-02-01", "kim-byung-kee"),          # resigned in December 2025
    ("kr.senior_secretary_political_affairs", "2026-02-01", "woo-sang-ho"),  # left to run for governor
    ("cn.safe_administrator", "2024-06-01", "pan-gongsheng"),       # handed SAFE to Zhu Hexin 2023-12-08
    ("cn.wto_representative", "2025-06-01", "li-chenggang"),        # trade representative from 2025-04-16
    ("jp.mod_vice_minister", "2025-09-01", "kazuo-masuda"),         # succeeded by Taro Yamato 2025-08-01
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_deputy_speakers_are_held_together(kb):
    assert {"kim-young-joo", "chung-jin-suk"} <= holders(kb, "kr.na_deputy_speaker", "2022-08-01")


def test_acting_ministers_fill_the_gap_between_full_holders(kb):
    # Kim Yong-hyun resigned 2024-12-05; Ahn Gyu-back took office 2025-07-25.
    terms = {t.person: t for t in kb.holders("kr.defense_minister", date(2025, 3, 1))}
    assert set(terms) == {"kim-seon-ho"}
    assert str(getattr(terms["kim-seon-ho"].status, "value", terms["kim-seon-ho"].status)) == "acting"


@pytest.mark.parametrize("name, person", [
    ("우원식", "woo-won-shik"), ("禹元植", "woo-won-shik"), ("Woo Won-sik", "woo-won-shik"),
    ("박병석", "park-byeong-seug"), ("朴炳錫", "park-byeong-seug"), ("Lee Hack-young", "lee-hak-young"),
    ("Kim Sun-ho", "kim-seon-ho"), ("이두희", "lee-doo-hee"), ("Lee Hyung-il", "lee-hyoung-il"),
    ("梅家樹", "mei-chia-shu"), ("Mei Jiashu", "mei-chia-shu"), ("李慧芝", "michelle-lee-taiwan"),
    ("李逸洋", "lee-yi-yang"), ("Li Yi-yang", "lee-yi-yang"), ("蔡明彥", "tsai-ming-yen"),
    ("齋藤聡", "akira-saito"), ("瀬口良夫", "yoshio-seguchi"), ("関口昌一", "masakazu-sekiguchi"),
    ("西田実仁", "makoto-nishida"), ("高田創", "hajime-takata"), ("小池晃", "akira-koike"),
    ("刘德军", "liu-dejun"), ("류더쥔", "liu-dejun"), ("施毅", "shi-yi"), ("刘振立", "liu-zhenli"),
    ("沈伯洋", "puma-shen"), ("Shen Pao-yang", "puma-shen"), ("王定宇", "wang-ting-yu"), ("陈晓东", "chen-xiaodong"),
    ("김성", "kim-song-diplomat"), ("蔣萬安", "chiang-wan-an"), ("Wayne Chiang", "chiang-wan-an"),
    ("Hou You-yi", "hou-yu-ih"), ("盧秀燕", "lu-shiow-yen"), ("小池百合子", "yuriko-koike"), ("오세훈", "oh-se-hoon"),
    ("유상대", "ryoo-sang-dai"), ("Ryoo Sangdai", "ryoo-sang-dai"), ("한병도", "han-byung-do"),
    ("Hong Ik-pyo", "hong-ihk-pyo"), ("朱鹤新", "zhu-hexin"), ("蒋成华", "jiang-chenghua"),
    ("増田和夫", "kazuo-masuda"), ("이종석", "lee-jong-seok"), ("管碧玲", "kuan-bi-ling"),
    ("Guan Biling", "kuan-bi-ling"),
    ("國安會秘書長", None), ("海上保安庁長官", None), ("东部战区新闻发言人", None),
])
def test_native_script_and_variant_forms_find_the_person(kb, name, person):
    found = {f.entity for f in kb.persons_named(name)}
    if person is None:
        assert not found   # an office title is not a person's name
    else:
        assert person in found


def test_a_bare_short_family_name_does_not_name_the_theater_spokesman(kb):
    # 'Shi' alone is more often part of another name in a report than Senior Colonel Shi Yi.
    assert "shi-yi" not in {f.entity for f in kb.persons_named("Shi")}
    assert "shi-yi" in {f.entity for f in kb.persons_named("Shi Yi")}


def test_legislators_hold_seats_now_that_all_113_are_known(kb):
    # A seat term is safe only with the whole Legislative Yuan known (tw_legislature.yaml): with a
    # handful, the title would pick one of them for any legislator.
    assert "puma-shen" in {f.entity for f in kb.persons_named("Puma Shen")}
    assert "puma-shen" in holders(kb, "tw.legislator", "2025-06-01")
    assert len(holders(kb, "tw.legislator", "2025-06-01")) == 113
