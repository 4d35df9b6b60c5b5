"""Offices added for Japan, South Korea, China, Taiwan and North Korea (issue #11) resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("jp.agriculture_minister", "2025-03-01", "taku-eto"),
    ("jp.agriculture_minister", "2025-07-01", "shinjiro-koizumi"),
    ("jp.justice_minister", "2022-12-01", "ken-saito"),
    ("jp.digital_minister", "2023-06-01", "taro-kono"),
    ("jp.reconstruction_minister", "2026-01-10", "takao-makino"),
    ("jp.ldp_vice_president", "2025-03-01", "yoshihide-suga"),
    ("jp.ldp_general_council_chair", "2025-11-01", "haruko-arimura"),
    ("jp.ldp_election_strategy_chair", "2024-10-15", "shinjiro-koizumi"),
    ("jp.komeito_leader", "2024-10-15", "keiichi-ishii"),
    ("jp.ishin_co_leader", "2025-09-01", "fumitake-fujita"),
    ("jp.jcp_chair", "2023-06-01", "kazuo-shii"),
    ("jp.boj_deputy_governor", "2024-06-01", "shinichi-uchida"),
    ("jp.ambassador_to_south_korea", "2022-06-01", "koichi-aiboshi"),
    ("jp.mofa_press_secretary", "2024-01-10", "maki-kobayashi"),
    ("kr.unification_minister", "2024-06-01", "kim-yung-ho"),
    ("kr.policy_chief", "2025-08-01", "kim-yong-beom"),
    ("kr.ppp_floor_leader", "2025-03-01", "kweon-seong-dong"),
    ("kr.ambassador_to_china", "2025-11-01", "roh-jae-hun"),
    ("cn.vice_premier", "2024-01-01", "zhang-guoqing"),
    ("cn.vice_president", "2024-01-01", "han-zheng"),
    ("cn.tao_director", "2020-01-01", "liu-jieyi"),
    ("cn.ambassador_to_south_korea", "2022-01-01", "xing-haiming"),
    ("tw.legislative_speaker", "2023-01-01", "yu-shyi-kun"),
    ("tw.kmt_chair", "2021-01-01", "johnny-chiang"),
    ("kp.foreign_minister", "2021-01-01", "ri-son-gwon"),
    ("kp.foreign_minister", "2024-01-01", "choe-son-hui"),
    ("kp.premier", "2022-01-01", "kim-tok-hun"),
    ("kp.defense_minister", "2023-06-01", "kang-sun-nam"),
    ("kp.defense_minister", "2025-06-01", "no-kwang-chol"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.agriculture_minister", "2025-07-01", "taku-eto"),      # resigned 2025-05-21
    ("cn.vice_premier", "2024-01-01", "han-zheng"),             # vice president from 2023-03
    ("kp.defense_minister", "2023-06-01", "no-kwang-chol"),    # out between his two terms
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_open_terms_of_co_holders_do_not_exclude_each_other(kb):
    on = date(2026, 1, 5)
    deputies = {t.person for t in kb.holders("jp.deputy_chief_cabinet_secretary", on)}
    assert {"masanao-ozaki", "kei-sato", "yasuhiro-tsuyuki"} <= deputies
    standing = {t.person for t in kb.holders("cn.politburo_standing_committee_member", on)}
    assert len(standing) == 7


def test_north_korea_has_head_foreign_defence_and_premier(kb):
    kinds = {p.kind.value for p in kb.positions.values() if p.polity == "KP"}
    assert {"head_of_state", "head_of_government", "foreign", "defence"} <= kinds


@pytest.mark.parametrize("name, person", [
    ("김정은", "kim-jong-un"), ("金正恩", "kim-jong-un"), ("Kim Jong-un", "kim-jong-un"),
    ("최선희", "choe-son-hui"), ("Choe Son-hui", "choe-son-hui"), ("金与正", "kim-yo-jong"),
    ("정동영", "chung-dong-young"), ("권성동", "kweon-seong-dong"),
    ("玉木雄一郎", "yuichiro-tamaki"), ("Tamaki Yuichiro", "yuichiro-tamaki"), ("吉村洋文", "hirofumi-yoshimura"),
    ("田村智子", "tomoko-tamura"), ("赵乐际", "zhao-leji"), ("韓國瑜", "han-kuo-yu"), ("You Si-kun", "yu-shyi-kun"),
])
def test_native_script_and_variant_forms_find_the_person(kb, name, person):
    assert person in {f.entity for f in kb.persons_named(name)}
