"""Military commanders named in 2023-2026 news (issue #11): CMC members and PLA theatre commanders, IRGC
commanders, US combatant commanders, Ukrainian and Russian force commanders, IDF posts, on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("cn.cmc_member", "2023-05-01", "li-shangfu"),
    ("cn.cmc_member", "2024-05-01", "miao-hua"),
    ("cn.cmc_member", "2025-08-01", "liu-zhenli"),
    ("cn.cmc_member", "2025-08-01", "zhang-shengmin"),
    ("cn.political_work_department_director", "2023-06-01", "miao-hua"),
    ("cn.central_theater_commander", "2022-06-01", "wu-yanan"),
    ("cn.central_theater_commander", "2023-06-01", "huang-ming-general"),
    ("cn.central_theater_commander", "2025-12-23", "han-shengyan"),
    ("cn.eastern_theater_commander", "2023-08-03", "lin-xiangyang"),
    ("cn.eastern_theater_commander", "2025-12-23", "yang-zhibin"),
    ("cn.northern_theater_commander", "2024-08-01", "huang-ming-general"),
    ("cn.southern_theater_commander", "2024-08-01", "wu-yanan"),
    ("cn.western_theater_commander", "2021-09-07", "wang-haijiang"),
    ("cn.pap_commander", "2023-01-01", "wang-chunning"),
    ("cn.pap_commander", "2025-07-22", "cao-junzhang"),
    ("ir.irgc_navy_commander", "2024-04-09", "alireza-tangsiri"),
    ("ir.khatam_al_anbiya_commander", "2024-01-01", "gholam-ali-rashid"),
    ("ir.khatam_al_anbiya_commander", "2025-06-15", "ali-shadmani"),
    ("ir.khatam_al_anbiya_commander", "2025-09-01", "ali-abdollahi"),
    ("ir.irgc_intelligence_chief", "2024-01-01", "mohammad-kazemi-irgc"),
    ("ir.quds_force_syria_lebanon_commander", "2024-03-01", "mohammad-reza-zahedi"),
    ("ir.basij_commander", "2023-01-01", "gholamreza-soleimani"),
    ("us.africom_commander", "2024-01-01", "michael-langley"),
    ("us.africom_commander", "2025-09-01", "dagvin-anderson"),
    ("us.southcom_commander", "2025-06-01", "alvin-holsey"),
    ("us.southcom_commander", "2025-12-13", "evan-pettus"),
    ("us.northcom_commander", "2023-02-05", "glen-vanherck"),
    ("us.northcom_commander", "2024-03-01", "gregory-guillot"),
    ("us.stratcom_commander", "2024-01-01", "anthony-cotton"),
    ("us.stratcom_commander", "2025-12-05", "richard-correll"),
    ("us.spacecom_commander", "2023-06-01", "james-dickinson"),
    ("us.spacecom_commander", "2024-01-11", "stephen-whiting"),
    ("us.socom_commander", "2024-01-01", "bryan-fenton"),
    ("us.socom_commander", "2025-10-04", "frank-bradley"),
    ("us.marine_corps_commandant", "2023-08-15", "eric-smith-usmc"),
    ("us.marine_corps_commandant", "2023-09-23", "eric-smith-usmc"),
    ("us.vice_chairman_joint_chiefs", "2024-06-01", "christopher-grady"),
    ("ru.joint_group_commander", "2022-12-01", "sergei-surovikin"),
    ("ru.joint_group_commander", "2023-01-12", "valery-gerasimov"),
    ("ua.joint_forces_commander", "2024-04-01", "yurii-sodol"),
    ("ua.joint_forces_commander", "2024-10-01", "andrii-hnatov"),
    ("ua.unmanned_systems_forces_commander", "2024-10-01", "vadym-sukharevskyi"),
    ("ua.unmanned_systems_forces_commander", "2025-06-10", "robert-brovdi"),
    ("ua.air_assault_forces_commander", "2025-06-03", "oleh-apostol"),
    ("il.southern_command_chief", "2023-10-07", "yaron-finkelman"),
    ("il.ground_forces_commander", "2023-10-07", "tamir-yadai"),
    ("il.deputy_chief_of_staff", "2025-04-01", "tamir-yadai"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.cmc_member", "2024-01-01", "li-shangfu"),
    ("cn.cmc_member", "2025-07-01", "miao-hua"),
    ("cn.cmc_member", "2025-11-01", "zhang-shengmin"),
    ("cn.political_work_department_director", "2025-01-01", "miao-hua"),
    ("cn.central_theater_commander", "2023-02-01", "wu-yanan"),
    ("cn.central_theater_commander", "2024-09-01", "huang-ming-general"),
    ("cn.eastern_theater_commander", "2025-11-01", "lin-xiangyang"),
    ("cn.pap_commander", "2025-08-01", "wang-chunning"),
    ("ir.khatam_al_anbiya_commander", "2025-06-14", "gholam-ali-rashid"),
    ("ir.khatam_al_anbiya_commander", "2025-07-01", "ali-shadmani"),
    ("ir.irgc_intelligence_chief", "2025-07-01", "mohammad-kazemi-irgc"),
    ("ir.quds_force_syria_lebanon_commander", "2024-05-01", "mohammad-reza-zahedi"),
    ("ir.basij_commander", "2026-04-01", "gholamreza-soleimani"),
    ("us.africom_commander", "2025-08-16", "michael-langley"),
    ("us.southcom_commander", "2025-12-13", "alvin-holsey"),
    ("us.northcom_commander", "2024-02-06", "glen-vanherck"),
    ("us.stratcom_commander", "2025-12-06", "anthony-cotton"),
    ("us.spacecom_commander", "2024-01-11", "james-dickinson"),
    ("us.socom_commander", "2025-10-04", "bryan-fenton"),
    ("ru.joint_group_commander", "2023-01-12", "sergei-surovikin"),
    ("ua.joint_forces_commander", "2024-06-25", "yurii-sodol"),
    ("ua.joint_forces_commander", "2025-03-17", "andrii-hnatov"),
    ("ua.unmanned_systems_forces_commander", "2025-06-04", "vadym-sukharevskyi"),
    ("il.ground_forces_commander", "2024-10-01", "tamir-yadai"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day, holder", [
    ("us.cybercom_commander", "2024-06-01", "timothy-haugh"),
    ("us.cybercom_commander", "2025-04-10", "william-hartman"),
    ("us.chief_of_space_operations", "2023-06-01", "chance-saltzman"),
])
def test_us_cyber_and_space_chiefs(kb, position, day, holder):
    assert holder in holders(kb, position, day)


def test_haugh_gone_from_cyber_command(kb):
    assert "timothy-haugh" not in holders(kb, "us.cybercom_commander", "2025-04-10")
