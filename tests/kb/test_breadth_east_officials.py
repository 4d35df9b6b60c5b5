"""Cabinets, deputy ministers, military chiefs and envoys of China, South Korea, Taiwan and Japan (issue #11)."""


import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("cn.cmc_vice_chairman", "2024-06-01", "he-weidong"),
    ("cn.cmc_vice_chairman", "2025-12-01", "zhang-shengmin"),
    ("cn.mfa_vice_minister", "2022-06-01", "deng-li"),
    ("cn.mfa_assistant_minister", "2022-06-01", "hua-chunying"),
    ("cn.ambassador_to_india", "2021-01-01", "sun-weidong"),
    ("cn.ambassador_to_philippines", "2023-04-14", "huang-xilian"),
    ("cn.ambassador_to_france", "2023-04-21", "lu-shaye"),
    ("cn.ambassador_to_uk", "2018-06-01", "liu-xiaoming"),
    ("cn.ambassador_to_indonesia", "2023-01-01", "lu-kang"),
    ("cn.public_security_minister", "2024-01-01", "wang-xiaohong"),
    ("cn.natural_resources_minister", "2020-01-01", "lu-hao"),
    ("kr.justice_minister", "2023-01-01", "han-dong-hoon"),
    ("kr.interior_minister", "2024-01-01", "lee-sang-min"),
    ("kr.jcs_chairman", "2024-06-01", "kim-myung-soo"),
    ("kr.first_vice_foreign_minister", "2025-08-01", "park-yoon-joo"),
    ("kr.gender_minister", "2023-01-01", "kim-hyun-sook"),
    ("tw.transportation_minister", "2024-07-01", "li-meng-yen"),
    ("tw.labor_minister", "2024-07-01", "ho-pei-shan"),
    ("tw.presidential_office_secretary_general", "2021-01-01", "su-jia-chyuan"),
    ("tw.presidential_office_secretary_general", "2023-06-01", "lin-chia-lung"),
    ("tw.dpp_caucus_convener", "2025-06-01", "ker-chien-ming"),
    ("jp.internal_affairs_minister", "2025-03-01", "seiichiro-murakami"),
    ("jp.mlit_minister", "2023-01-01", "tetsuo-saito"),
    ("jp.joint_staff_chief", "2024-01-01", "yoshihide-yoshida"),
    ("jp.asdf_chief", "2024-01-01", "hiroaki-uchikura"),
    ("jp.ambassador_to_india", "2023-06-01", "hiroshi-suzuki-diplomat"),
    ("kr.first_vice_foreign_minister", "2021-06-01", "choi-jong-kun"),
    ("kr.gender_minister", "2025-10-01", "won-min-kyong"),
    ("cn.mfa_asian_affairs_dg", "2025-11-18", "liu-jinsong"),
    ("tw.deputy_foreign_minister", "2017-01-01", "francois-wu"),
    ("tw.deputy_foreign_minister", "2024-09-01", "francois-wu"),
    ("jp.mofa_state_minister", "2025-11-01", "iwao-horii"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.cmc_vice_chairman", "2025-12-01", "he-weidong"),        # expelled, replaced 2025-10-23
    ("cn.ambassador_to_philippines", "2026-01-01", "huang-xilian"),  # left September 2025
    ("kr.interior_minister", "2025-01-01", "lee-sang-min"),        # resigned 2024-12-08
    ("kr.jcs_chairman", "2025-11-01", "kim-myung-soo"),            # change of command 2025-09-30
    ("tw.transportation_minister", "2024-10-01", "li-meng-yen"),   # resigned 2024-08-19
    ("tw.dpp_caucus_convener", "2026-03-01", "ker-chien-ming"),    # replaced 2026-02-24
    ("jp.joint_staff_chief", "2025-09-01", "yoshihide-yoshida"),   # retired 2025-08-01
    ("tw.deputy_foreign_minister", "2020-01-01", "francois-wu"),  # in Paris between his two terms
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_a_minister_moved_between_offices_holds_each_in_turn(kb):
    # Sun Weidong left New Delhi in October 2022 and became vice foreign minister in November.
    assert "sun-weidong" in holders(kb, "cn.ambassador_to_india", "2022-06-01")
    assert "sun-weidong" not in holders(kb, "cn.mfa_vice_minister", "2022-06-01")
    assert "sun-weidong" in holders(kb, "cn.mfa_vice_minister", "2023-06-01")
    assert "sun-weidong" not in holders(kb, "cn.ambassador_to_india", "2023-06-01")


def test_vice_foreign_ministers_are_held_together(kb):
    assert {"ma-zhaoxu", "sun-weidong", "hua-chunying"} <= holders(kb, "cn.mfa_vice_minister", "2024-06-01")


def test_two_people_with_one_name_stay_apart(kb):
    # The foreign minister of 2010-2013 and the environment minister of 2025 are both Kim Sung-hwan.
    assert "kim-sung-hwan" in holders(kb, "kr.foreign_minister", "2012-01-01")
    assert "kim-sung-hwan-environment" in holders(kb, "kr.environment_minister", "2025-08-01")
    named = {f.entity for f in kb.persons_named("Kim Sung-hwan")}
    assert {"kim-sung-hwan", "kim-sung-hwan-environment"} <= named


@pytest.mark.parametrize("name, person", [
    ("张又侠", "zhang-youxia"), ("何衛東", "he-weidong"), ("马朝旭", "ma-zhaoxu"), ("鄧勵", "deng-li"),
    ("井泉", "jing-quan"), ("郑栅洁", "zheng-shanjie"), ("王小洪", "wang-xiaohong"),
    ("정성호", "jung-sung-ho"), ("Jeong Seong-ho", "jung-sung-ho"), ("진영승", "jin-yong-sung"),
    ("Jin Young-seung", "jin-yong-sung"), ("박윤주", "park-yoon-joo"),
    ("潘孟安", "pan-men-an"), ("劉世芳", "liu-shyh-fang"), ("傅崐萁", "fu-kun-chi"), ("柯建銘", "ker-chien-ming"),
    ("Hsiao Yeh", "li-yuan-taiwan"), ("統合幕僚長", None), ("吉田圭秀", "yoshihide-yoshida"),
    ("松本洋平", "yohei-matsumoto"), ("あかま二郎", "jiro-akama"),
])
def test_native_script_and_variant_forms_find_the_person(kb, name, person):
    found = {f.entity for f in kb.persons_named(name)}
    if person is None:
        assert not found   # an office title is not a person's name
    else:
        assert person in found
