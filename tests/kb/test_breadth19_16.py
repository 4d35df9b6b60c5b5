"""China's leadership 2022-2026 (issue #11): the 20th Politburo, state councillors, CPPCC chairman, central party
department heads and provincial party secretaries resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("cn.politburo_member", "2023-06-01", "ma-xingrui"),
    ("cn.politburo_member", "2023-06-01", "wang-yi"),
    ("cn.politburo_member", "2023-06-01", "yin-li"),
    ("cn.politburo_member", "2023-06-01", "he-weidong"),
    ("cn.politburo_member", "2024-06-01", "chen-jining"),
    ("cn.politburo_member", "2024-06-01", "li-shulei"),
    ("cn.state_councillor", "2020-06-01", "wang-yi"),
    ("cn.state_councillor", "2023-06-01", "qin-gang"),
    ("cn.state_councillor", "2023-06-01", "li-shangfu"),
    ("cn.state_councillor", "2024-06-01", "shen-yiqin"),
    ("cn.state_councillor", "2024-06-01", "wang-xiaohong"),
    ("cn.cppcc_chairman", "2020-06-01", "wang-yang"),
    ("cn.cppcc_chairman", "2024-06-01", "wang-huning"),
    ("cn.international_department_head", "2024-06-01", "liu-jianchao"),
    ("cn.international_department_head", "2025-11-01", "liu-haixing"),
    ("cn.ccdi_secretary", "2024-06-01", "li-xi"),
    ("cn.organization_department_head", "2024-06-01", "li-ganjie"),
    ("cn.organization_department_head", "2025-06-01", "shi-taifeng"),
    ("cn.united_front_department_head", "2024-06-01", "shi-taifeng"),
    ("cn.united_front_department_head", "2025-06-01", "li-ganjie"),
    ("cn.publicity_department_head", "2024-06-01", "li-shulei"),
    ("cn.political_legal_commission_secretary", "2024-06-01", "chen-wenqing"),
    ("cn.general_office_director", "2024-06-01", "cai-qi"),
    ("cn.npc_vice_chairman", "2024-06-01", "li-hongzhong"),
    ("cn.beijing_mayor", "2021-06-01", "chen-jining"),
    ("cn.beijing_mayor", "2024-06-01", "yin-yong"),
    ("cn.party_secretary_beijing", "2024-06-01", "yin-li"),
    ("cn.party_secretary_shanghai", "2020-06-01", "li-qiang"),
    ("cn.party_secretary_shanghai", "2024-06-01", "chen-jining"),
    ("cn.party_secretary_tianjin", "2020-06-01", "li-hongzhong"),
    ("cn.party_secretary_tianjin", "2024-06-01", "chen-miner"),
    ("cn.party_secretary_chongqing", "2020-06-01", "chen-miner"),
    ("cn.party_secretary_chongqing", "2024-06-01", "yuan-jiajun"),
    ("cn.party_secretary_guangdong", "2020-06-01", "li-xi"),
    ("cn.party_secretary_guangdong", "2024-06-01", "huang-kunming"),
    ("cn.party_secretary_zhejiang", "2023-06-01", "yi-lianhong"),
    ("cn.party_secretary_jiangxi", "2022-06-01", "yi-lianhong"),
    ("cn.party_secretary_jiangxi", "2023-06-01", "yin-hong"),
    ("cn.party_secretary_gansu", "2023-06-01", "hu-changsheng"),
    ("cn.party_secretary_hubei", "2025-03-01", "wang-zhonglin"),
    ("cn.party_secretary_qinghai", "2025-03-01", "wu-xiaojun"),
    ("cn.party_secretary_henan", "2025-03-01", "liu-ning"),
    ("cn.party_secretary_guangxi", "2025-03-01", "chen-gang"),
    ("cn.party_secretary_jilin", "2023-06-01", "jing-junhai"),
    ("cn.party_secretary_jilin", "2024-09-01", "huang-qiang"),
    ("cn.party_secretary_anhui", "2024-09-01", "liang-yanshun"),
    ("cn.party_secretary_ningxia", "2024-09-01", "li-yifei"),
    ("cn.party_secretary_heilongjiang", "2022-06-01", "xu-qin"),
    ("cn.party_secretary_xinjiang", "2023-06-01", "ma-xingrui"),
    ("cn.party_secretary_xinjiang", "2025-09-01", "chen-xiaojiang"),
    ("cn.party_secretary_tibet", "2022-06-01", "wang-junzheng"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.politburo_member", "2025-11-01", "he-weidong"),
    ("cn.state_councillor", "2024-06-01", "qin-gang"),
    ("cn.state_councillor", "2024-06-01", "li-shangfu"),
    ("cn.state_councillor", "2023-06-01", "wang-yi"),
    ("cn.cppcc_chairman", "2024-06-01", "wang-yang"),
    ("cn.international_department_head", "2025-11-01", "liu-jianchao"),
    ("cn.organization_department_head", "2025-06-01", "li-ganjie"),
    ("cn.united_front_department_head", "2025-06-01", "shi-taifeng"),
    ("cn.beijing_mayor", "2024-06-01", "chen-jining"),
    ("cn.party_secretary_shanghai", "2023-06-01", "li-qiang"),
    ("cn.party_secretary_tianjin", "2023-06-01", "li-hongzhong"),
    ("cn.party_secretary_chongqing", "2023-06-01", "chen-miner"),
    ("cn.party_secretary_guangdong", "2023-06-01", "li-xi"),
    ("cn.party_secretary_jiangxi", "2023-06-01", "yi-lianhong"),
    ("cn.party_secretary_jilin", "2024-09-01", "jing-junhai"),
    ("cn.party_secretary_xinjiang", "2025-09-01", "ma-xingrui"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Guangdong party chief", "2024-06-01", "huang-kunming"),
    ("Shanghai party secretary", "2024-06-01", "chen-jining"),
    ("Xinjiang party chief", "2025-09-01", "chen-xiaojiang"),
    ("CPPCC chairman", "2024-06-01", "wang-huning"),
    ("Beijing mayor", "2024-06-01", "yin-yong"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
