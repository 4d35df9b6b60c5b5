"""Greater China office holders from the 25-7 harvest (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # China: State Council appointments
    ("cn.vice_minister_ecology_environment", "2025-06-01", "li-gao"),
    ("cn.vice_minister_agriculture", "2025-06-01", "jiang-wensheng"),
    ("cn.vice_minister_agriculture", "2025-01-01", "zhang-zhili"),
    ("cn.vice_commerce_minister", "2025-06-01", "yan-dong"),
    ("cn.sasac_deputy_head", "2025-06-01", "li-zhen-sasac"),
    ("cn.samr_deputy_head", "2025-01-01", "deng-zhiyong"),
    ("cn.tao_deputy_director", "2024-06-01", "wu-xi-tao"),
    # China: NPC Standing Committee
    ("cn.npc_vice_chairman", "2025-04-27", "wang-dongming"),
    ("cn.npc_vice_chairman", "2025-04-27", "xiao-jie"),
    ("cn.npc_vice_chairman", "2025-04-27", "zheng-jianbang"),
    ("cn.npc_vice_chairman", "2025-04-27", "ding-zhongli"),
    ("cn.npc_vice_chairman", "2025-04-27", "hao-mingjin"),
    ("cn.npc_vice_chairman", "2025-04-27", "cai-dafeng"),
    ("cn.npc_vice_chairman", "2025-04-27", "he-wei-npc"),
    ("cn.npc_vice_chairman", "2025-04-27", "wu-weihua"),
    ("cn.npc_vice_chairman", "2025-04-27", "tie-ning"),
    ("cn.npc_vice_chairman", "2025-03-18", "peng-qinghua"),
    ("cn.npc_vice_chairman", "2025-04-27", "zhang-qingwei"),
    ("cn.npc_vice_chairman", "2025-04-27", "losang-jamcan"),
    ("cn.npc_vice_chairman", "2025-04-27", "shohrat-zakir"),
    ("cn.npc_secretary_general", "2025-04-27", "liu-qi-npc"),
    # China: Hong Kong and Macao affairs
    ("cn.hkmao_director", "2025-03-05", "xia-baolong"),
    ("cn.hkmao_deputy_director", "2024-06-01", "zhou-ji"),
    ("cn.hkmao_deputy_director", "2024-06-01", "zheng-yanxiong"),
    ("cn.hkmao_deputy_director", "2023-08-01", "zheng-xincong"),
    ("cn.hk_liaison_office_director", "2021-06-01", "luo-huining"),
    ("cn.hk_liaison_office_director", "2024-02-22", "zheng-yanxiong"),
    ("cn.hk_liaison_office_director", "2025-06-01", "zhou-ji"),
    ("cn.hk_osns_director", "2021-06-01", "zheng-yanxiong"),
    ("cn.hk_osns_director", "2025-06-30", "dong-jingwei"),
    # Hong Kong
    ("hk.police_commissioner", "2020-06-01", "chris-tang-ping-keung"),
    ("hk.police_commissioner", "2023-06-01", "raymond-siu-chak-yee"),
    ("hk.police_commissioner", "2025-04-02", "joe-chow-yat-ming"),
    ("hk.cssns_secretary_general", "2023-06-01", "sonny-au-chi-kwong"),
    # Macao
    ("mo.secretary_administration_justice", "2022-06-01", "andre-cheong"),
    ("mo.secretary_administration_justice", "2025-10-16", "wong-sio-chak"),
    ("mo.secretary_economy_finance", "2022-06-01", "lei-wai-nong"),
    ("mo.secretary_economy_finance", "2025-06-01", "tai-kin-ip"),
    ("mo.secretary_security", "2017-06-01", "wong-sio-chak"),
    ("mo.secretary_security", "2025-11-01", "chan-tsz-king"),
    ("mo.secretary_social_affairs_culture", "2022-06-01", "ao-ieong-u"),
    ("mo.secretary_social_affairs_culture", "2025-06-01", "o-lam"),
    ("mo.secretary_transport_public_works", "2017-06-01", "raimundo-do-rosario"),
    ("mo.secretary_transport_public_works", "2025-06-01", "raymond-tam-vai-man"),
    ("mo.commissioner_against_corruption", "2017-06-01", "andre-cheong"),
    ("mo.commissioner_against_corruption", "2022-06-01", "chan-tsz-king"),
    ("mo.commissioner_against_corruption", "2025-06-01", "ao-ieong-seong"),
    ("mo.commissioner_audit", "2025-06-01", "ao-ieong-u"),
    ("mo.prosecutor_general", "2025-06-01", "chan-tsz-king"),
    ("mo.prosecutor_general", "2025-11-01", "tong-hio-fong"),
    ("mo.unitary_police_commissioner_general", "2025-06-01", "leong-man-cheong"),
    ("mo.customs_director_general", "2022-06-01", "vong-man-chong"),
    ("mo.customs_director_general", "2025-06-01", "ho-hou-hon"),
    # Taiwan: Cho Jung-tai cabinet
    ("tw.minister_without_portfolio", "2024-06-01", "chen-shih-chung"),
    ("tw.minister_without_portfolio", "2024-06-01", "yang-jen-ni"),
    ("tw.minister_without_portfolio", "2024-06-01", "shih-che"),
    ("tw.minister_without_portfolio", "2024-06-01", "lin-ming-hsin"),
    ("tw.deputy_interior_minister", "2024-06-01", "maa-shyh-yuan"),
    ("tw.deputy_interior_minister", "2024-06-01", "tung-chien-hung"),
    ("tw.deputy_education_minister", "2024-06-01", "chang-liao-wan-chien"),
    ("tw.deputy_education_minister", "2025-06-01", "yeh-ping-cheng"),
    ("tw.deputy_health_minister", "2024-06-01", "lin-ching-yi"),
    ("tw.deputy_health_minister", "2024-06-01", "lue-jen-der"),
    ("tw.deputy_agriculture_minister", "2024-06-01", "hu-jong-i"),
    ("tw.deputy_agriculture_minister", "2024-06-01", "huang-chao-ching"),
    ("tw.executive_yuan_deputy_secretary_general", "2025-09-01", "ruan-jhao-syong"),
    ("tw.ocac_deputy_minister", "2025-09-01", "lee-yen-hui"),
    ("tw.deputy_digital_minister", "2025-09-01", "hou-yi-hsiu"),
    ("tw.deputy_sports_minister", "2025-09-09", "cheng-shih-chung"),
    ("tw.deputy_sports_minister", "2025-09-09", "huang-chi-huang"),
    ("tw.deputy_sports_minister", "2025-09-09", "hung-chih-chang"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.hk_liaison_office_director", "2023-02-01", "luo-huining"),
    ("cn.hk_liaison_office_director", "2025-06-01", "zheng-yanxiong"),
    ("cn.hkmao_deputy_director", "2025-06-01", "zheng-yanxiong"),
    ("cn.hk_osns_director", "2023-08-01", "zheng-yanxiong"),
    ("hk.police_commissioner", "2021-07-01", "chris-tang-ping-keung"),
    ("hk.police_commissioner", "2025-04-02", "raymond-siu-chak-yee"),
    ("mo.secretary_administration_justice", "2025-10-17", "andre-cheong"),
    ("mo.secretary_economy_finance", "2025-01-01", "lei-wai-nong"),
    ("mo.secretary_security", "2025-10-17", "wong-sio-chak"),
    ("mo.secretary_social_affairs_culture", "2025-01-01", "ao-ieong-u"),
    ("mo.secretary_transport_public_works", "2025-01-01", "raimundo-do-rosario"),
    ("mo.commissioner_against_corruption", "2020-06-01", "andre-cheong"),
    ("mo.commissioner_against_corruption", "2025-01-01", "chan-tsz-king"),
    ("mo.prosecutor_general", "2025-10-17", "chan-tsz-king"),
    ("mo.customs_director_general", "2025-01-01", "vong-man-chong"),
    ("tw.deputy_education_minister", "2025-10-01", "yeh-ping-cheng"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Hong Kong police chief", "2025-06-01", "joe-chow-yat-ming"),
    ("Hong Kong's police chief", "2023-06-01", "raymond-siu-chak-yee"),
    ("Macau Secretary for Security", "2025-06-01", "wong-sio-chak"),
    ("Macau Secretary for Security", "2025-11-01", "chan-tsz-king"),
    ("Secretary for Administration and Justice", "2025-11-01", "wong-sio-chak"),
    ("Secretary for Social Affairs and Culture", "2025-06-01", "o-lam"),
    ("Macau Prosecutor-General", "2025-11-01", "tong-hio-fong"),
    ("HKMAO director", "2025-06-01", "xia-baolong"),
    ("Beijing's national security chief in Hong Kong", "2025-06-01", "dong-jingwei"),
    ("Secretary-General of the NPC Standing Committee", "2025-06-01", "liu-qi-npc"),
    ("Executive Yuan deputy secretary-general", "2025-10-01", "ruan-jhao-syong"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
