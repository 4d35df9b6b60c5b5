"""Senior officials of international organisations, harvest 24-10 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("eu.eeas_secretary_general", "2023-06-01", "stefano-sannino"),
    ("eu.eeas_secretary_general", "2025-02-02", "belen-martinez-carbonell"),
    ("eu.dg_mena_director_general", "2025-05-22", "stefano-sannino"),
    ("eu.commission_secretary_general", "2019-10-01", "ilze-juhansone"),
    ("eu.commission_secretary_general", "2020-01-15", "ilze-juhansone"),
    ("intl.un_global_communications_chief", "2025-05-23", "melissa-fleming"),
    ("intl.un_disarmament_high_representative", "2017-05-02", "izumi-nakamitsu"),
    ("intl.un_chef_de_cabinet", "2022-03-01", "courtenay-rattray"),
    ("intl.un_desa_chief", "2022-07-26", "li-junhua"),
    ("intl.unaids_executive_director", "2019-12-01", "winnie-byanyima"),
    ("intl.unodc_executive_director", "2020-03-01", "ghada-waly"),
    ("intl.un_counter_terrorism_chief", "2017-06-22", "vladimir-voronkov"),
    ("intl.unog_director_general", "2019-09-01", "tatiana-valovaya"),
    ("intl.un_habitat_executive_director", "2024-07-01", "anaclaudia-rossbach"),
    ("intl.un_management_chief", "2020-02-03", "catherine-pollard"),
    ("intl.unhcr_deputy_high_commissioner", "2024-09-01", "kelly-clements"),
    ("intl.un_srsg_sexual_violence", "2022-06-10", "pramila-patten"),
    ("intl.un_srsg_children_armed_conflict", "2024-01-01", "virginia-gamba"),
    ("intl.un_srsg_children_armed_conflict", "2025-11-01", "vanessa-frazier"),
    ("intl.eca_executive_secretary", "2024-01-01", "claver-gatete"),
    ("intl.escwa_executive_secretary", "2019-02-08", "rola-dashti"),
    ("intl.escap_executive_secretary", "2018-11-02", "armida-alisjahbana"),
    ("intl.wfp_deputy_executive_director", "2025-08-23", "carl-skau"),
    ("intl.unops_executive_director", "2023-05-05", "jorge-moreira-da-silva"),
    ("intl.un_asg_middle_east_asia_pacific", "2019-06-01", "khaled-khiari"),
    ("intl.nato_asg_political_affairs", "2024-07-10", "boris-ruge"),
    ("intl.nato_deputy_secretary_general", "2024-10-15", "boris-ruge"),
    ("intl.nato_ims_director_general", "2024-01-01", "janusz-adamczak"),
    ("intl.world_bank_md_operations", "2021-01-01", "axel-van-trotsenburg"),
    ("intl.world_bank_md_operations", "2023-04-04", "anna-bjerde"),
    ("intl.world_bank_senior_managing_director", "2023-05-01", "axel-van-trotsenburg"),
    ("intl.au_commissioner_economic_development", "2025-11-29", "francisca-tatchouop-belobe"),
    ("intl.gcc_asg_political_affairs", "2018-06-09", "abdulaziz-aluwaisheg"),
    ("intl.asean_dsg_community_corporate", "2020-01-01", "robert-matheus-michael-tene"),
    ("intl.asean_dsg_community_corporate", "2022-01-01", "tran-duc-binh"),
    ("intl.asean_dsg_community_corporate", "2024-02-17", "nararya-soeprapto"),
    ("intl.asean_dsg_political_security", "2022-01-01", "robert-matheus-michael-tene"),
    ("intl.asean_dsg_political_security", "2024-02-17", "astanah-abdul-aziz"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("eu.eeas_secretary_general", "2025-02-02", "stefano-sannino"),
    ("intl.un_srsg_children_armed_conflict", "2025-11-15", "virginia-gamba"),
    ("intl.nato_deputy_secretary_general", "2024-12-03", "boris-ruge"),
    ("intl.nato_ims_director_general", "2025-08-01", "janusz-adamczak"),
    ("intl.world_bank_md_operations", "2023-04-04", "axel-van-trotsenburg"),
    ("intl.asean_dsg_community_corporate", "2022-01-01", "robert-matheus-michael-tene"),
    ("intl.asean_dsg_community_corporate", "2024-02-17", "tran-duc-binh"),
    ("intl.asean_dsg_political_security", "2024-02-17", "robert-matheus-michael-tene"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("EEAS Secretary-General", "2025-06-01", "belen-martinez-carbonell"),
    ("UN disarmament chief", "2024-06-01", "izumi-nakamitsu"),
    ("UNODC chief", "2024-06-01", "ghada-waly"),
    ("UNAIDS Executive Director", "2024-06-01", "winnie-byanyima"),
    ("UN-Habitat Executive Director", "2025-01-01", "anaclaudia-rossbach"),
    ("ESCWA Executive Secretary", "2024-01-01", "rola-dashti"),
    ("UNOPS Executive Director", "2024-01-01", "jorge-moreira-da-silva"),
    ("World Bank Managing Director of Operations", "2024-01-01", "anna-bjerde"),
    ("Special Representative for Children and Armed Conflict", "2025-11-15", "vanessa-frazier"),
    ("Director-General for the Middle East, North Africa and the Gulf", "2025-06-01", "stefano-sannino"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
