"""Spokespeople and senior communications officials, harvest 26-7 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United States
    ("us.white_house_communications_director", "2022-06-01", "kate-bedingfield"),
    ("us.white_house_communications_director", "2024-06-01", "ben-labolt"),
    ("us.white_house_communications_director", "2025-06-01", "steven-cheung"),
    ("us.white_house_principal_deputy_press_secretary", "2023-06-01", "olivia-dalton"),
    ("us.white_house_deputy_press_secretary", "2022-06-01", "andrew-bates"),
    ("us.white_house_principal_deputy_press_secretary", "2024-10-01", "andrew-bates"),
    ("us.white_house_deputy_press_secretary", "2021-10-26", "chris-meagher"),
    ("us.atsd_public_affairs", "2024-01-10", "chris-meagher"),
    ("us.nsc_spokesperson", "2025-05-02", "brian-hughes-nsc"),
    ("us.pentagon_deputy_press_secretary", "2023-10-02", "sabrina-singh"),
    # European Commission
    ("eu.commission_deputy_chief_spokesperson", "2025-03-01", "arianna-podesta"),
    ("eu.commission_deputy_chief_spokesperson", "2025-03-01", "stefan-de-keersmaecker"),
    ("eu.commission_spokesperson", "2025-03-14", "olof-gill"),
    ("eu.commission_spokesperson", "2025-03-01", "balazs-ujvari"),
    ("eu.commission_spokesperson", "2025-03-01", "anna-kaisa-itkonen"),
    ("eu.commission_spokesperson", "2025-03-01", "lea-zuber"),
    ("eu.commission_spokesperson", "2025-03-01", "eva-hrncirova"),
    ("eu.commission_spokesperson", "2025-03-01", "markus-lammert"),
    ("eu.commission_spokesperson", "2025-03-01", "maciej-berestecki"),
    ("eu.commission_spokesperson", "2025-03-01", "guillaume-mercier"),
    ("eu.commission_spokesperson", "2025-03-01", "thomas-regnier"),
    # United Nations
    ("intl.un_associate_spokesperson", "2024-06-04", "florencia-soto-nino"),
    ("intl.un_associate_spokesperson", "2022-11-07", "stephanie-tremblay"),
    # Ukraine
    ("ua.mod_spokesperson", "2024-04-10", "dmytro-lazutkin"),
    ("ua.mod_press_department_head", "2024-04-10", "illarion-pavliuk"),
    ("ua.navy_spokesperson", "2025-08-28", "dmytro-pletenchuk"),
    ("ua.southern_defence_forces_spokesperson", "2023-06-01", "nataliia-humeniuk"),
    ("ua.southern_defence_forces_spokesperson", "2024-05-15", "dmytro-pletenchuk"),
    ("ua.southern_defence_forces_spokesperson", "2025-11-28", "vladyslav-voloshyn"),
    ("ua.ccd_head", "2024-07-25", "andriy-kovalenko-ccd"),
    ("ua.sbgs_spokesperson", "2025-07-11", "andriy-demchenko"),
    ("ua.hur_representative", "2023-12-07", "andriy-yusov"),
    ("ua.general_staff_spokesperson", "2024-03-16", "dmytro-lykhovii"),
    # Iran
    ("ir.irgc_spokesperson", "2019-06-11", "ramezan-sharif"),
    ("ir.irgc_spokesperson", "2025-06-15", "ali-mohammad-naini"),
    ("ir.defence_ministry_spokesperson", "2023-09-25", "reza-talaei-nik"),
    # Israel
    ("il.idf_arabic_spokesperson", "2024-02-02", "avichay-adraee"),
    ("il.idf_international_spokesperson", "2023-11-01", "richard-hecht"),
    ("il.idf_international_spokesperson", "2026-03-02", "nadav-shoshani"),
    # Türkiye, Pakistan
    ("tr.mod_spokesperson", "2025-10-16", "zeki-akturk"),
    ("pk.pm_foreign_media_spokesperson", "2025-11-03", "mosharraf-zaidi"),
    # South Korea
    ("kr.mnd_spokesperson", "2024-12-16", "jeon-ha-kyu"),
    ("kr.mnd_spokesperson", "2025-12-16", "chung-bin-na"),
    ("kr.mnd_deputy_spokesperson", "2022-12-16", "lee-kyung-ho-mnd"),
    ("kr.jcs_spokesperson", "2022-09-26", "kim-jun-rak"),
    ("kr.jcs_spokesperson", "2024-06-01", "lee-sung-jun-jcs"),
    ("kr.unification_ministry_spokesperson", "2024-05-13", "koo-byoung-sam"),
    ("kr.vice_unification_minister", "2023-10-16", "moon-seung-hyun"),
    ("kr.vice_unification_minister", "2025-04-07", "kim-soo-kyung"),
    ("kr.senior_secretary_public_communication", "2023-06-01", "kim-eun-hye"),
    # Japan, Taiwan, China
    ("jp.mofa_asian_oceanian_affairs_dg", "2025-11-17", "masaaki-kanai"),
    ("tw.mac_deputy_minister", "2025-09-04", "shen-you-chung"),
    ("tw.mac_deputy_minister", "2024-07-04", "lee-li-chen"),
    ("cn.embassy_us_spokesperson", "2022-03-22", "liu-pengyu"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.white_house_communications_director", "2023-06-01", "kate-bedingfield"),
    ("us.white_house_communications_director", "2025-06-01", "ben-labolt"),
    ("us.white_house_principal_deputy_press_secretary", "2024-06-01", "olivia-dalton"),
    ("us.white_house_principal_deputy_press_secretary", "2025-06-01", "andrew-bates"),
    ("us.white_house_deputy_press_secretary", "2024-10-01", "andrew-bates"),
    ("us.white_house_deputy_press_secretary", "2023-01-10", "chris-meagher"),
    ("us.atsd_public_affairs", "2025-06-01", "chris-meagher"),
    ("us.pentagon_deputy_press_secretary", "2025-06-01", "sabrina-singh"),
    ("ua.southern_defence_forces_spokesperson", "2024-05-15", "nataliia-humeniuk"),
    ("ua.southern_defence_forces_spokesperson", "2024-08-01", "dmytro-pletenchuk"),
    ("ir.irgc_spokesperson", "2025-06-15", "ramezan-sharif"),
    ("ir.irgc_spokesperson", "2026-04-15", "ali-mohammad-naini"),
    ("il.idf_international_spokesperson", "2025-06-01", "richard-hecht"),
    ("kr.mnd_spokesperson", "2025-12-16", "jeon-ha-kyu"),
    ("kr.jcs_spokesperson", "2024-06-01", "kim-jun-rak"),
    ("kr.vice_unification_minister", "2025-04-07", "moon-seung-hyun"),
    ("kr.vice_unification_minister", "2025-09-01", "kim-soo-kyung"),
    ("kr.senior_secretary_public_communication", "2024-06-01", "kim-eun-hye"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("White House communications director", "2025-06-01", "steven-cheung"),
    ("Ukrainian Navy spokesman", "2025-06-01", "dmytro-pletenchuk"),
    ("IRGC spokesman", "2025-01-01", "ali-mohammad-naini"),
    ("IDF Arabic-language spokesperson", "2025-01-01", "avichay-adraee"),
    ("IDF international spokesperson", "2025-06-01", "nadav-shoshani"),
    ("South Korean Defense Ministry spokesperson", "2024-06-01", "jeon-ha-kyu"),
    ("Turkish Defense Ministry spokesman", "2025-06-01", "zeki-akturk"),
    ("Unification Ministry spokesperson", "2024-01-01", "koo-byoung-sam"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
