"""Europe's elections of 2025-2026, harvest 26-2 (issue #11): candidates' seats, party leaders, two
mayors and a prosecutor general resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Portugal
    ("pt.il_president", "2021-06-01", "joao-cotrim-de-figueiredo"),
    ("pt.member_of_european_parliament", "2025-06-01", "joao-cotrim-de-figueiredo"),
    ("pt.member_of_european_parliament", "2025-06-01", "catarina-martins"),
    ("pt.psd_president", "2006-06-01", "luis-marques-mendes"),
    ("pt.pcp_secretary_general", "2015-06-01", "jeronimo-de-sousa"),
    ("pt.pcp_secretary_general", "2024-06-01", "paulo-raimundo"),
    ("pt.pan_spokesperson", "2019-06-01", "andre-silva-pan"),
    ("pt.pan_spokesperson", "2024-06-01", "ines-de-sousa-real"),
    ("pt.assembly_member", "2025-11-01", "jorge-pinto-livre"),
    ("pt.assembly_member", "2024-10-01", "antonio-filipe"),
    ("pt.stop_union_coordinator", "2023-01-15", "andre-pestana"),
    # Poland
    ("pl.sejm_member", "2021-06-01", "magdalena-biejat"),
    ("pl.senate_deputy_marshal", "2024-06-01", "magdalena-biejat"),
    ("pl.sejm_member", "2025-03-01", "adrian-zandberg"),
    ("pl.sejm_member", "2022-06-01", "grzegorz-braun"),
    ("pl.member_of_european_parliament", "2025-03-01", "grzegorz-braun"),
    ("pl.sejm_member", "2024-06-01", "marek-jakubiak"),
    # Romania
    ("ro.usr_president", "2025-01-15", "elena-lasconi"),
    ("ro.usr_president", "2025-09-01", "dominic-fritz"),
    ("ro.timisoara_mayor", "2023-06-01", "dominic-fritz"),
    ("ro.udmr_president", "2020-06-01", "kelemen-hunor"),
    ("ro.pnl_president", "2012-06-01", "crin-antonescu"),
    ("ro.psd_president", "2013-06-01", "victor-ponta"),
    ("ro.member_of_european_parliament", "2025-03-01", "cristian-terhes"),
    # Czechia
    ("cz.top09_chair", "2025-06-01", "marketa-pekarova-adamova"),
    ("cz.top09_chair", "2025-12-01", "matej-ondrej-havel"),
    ("cz.kscm_chair", "2024-06-01", "katerina-konecna"),
    ("cz.member_of_european_parliament", "2020-06-01", "katerina-konecna"),
    ("cz.motoriste_chair", "2025-06-01", "petr-macinka"),
    # Netherlands
    ("nl.bbb_leader", "2025-06-01", "caroline-van-der-plas"),
    ("nl.denk_leader", "2025-06-01", "stephan-van-baarle"),
    ("nl.sgp_leader", "2024-06-01", "chris-stoffer"),
    ("nl.pvdd_leader", "2022-06-01", "esther-ouwehand"),
    ("nl.cu_leader", "2024-06-01", "mirjam-bikker"),
    ("nl.volt_leader", "2024-06-01", "laurens-dassen"),
    ("nl.fvd_leader", "2025-10-15", "lidewij-de-vos"),
    # Hungary
    ("hu.mi_hazank_president", "2025-06-01", "laszlo-toroczkai"),
    ("hu.mszp_chair", "2023-06-01", "imre-komjathi"),
    ("hu.mszp_chair", "2023-06-01", "agnes-kunhalmi"),
    ("hu.mszp_chair", "2025-06-01", "imre-komjathi"),
    # Ireland
    ("ie.rural_community_development_minister", "2023-06-01", "heather-humphreys"),
    # Moldova
    ("md.chisinau_mayor", "2024-06-01", "ion-ceban"),
    ("md.partidul_nostru_chair", "2024-06-01", "renato-usatii"),
    ("md.prosecutor_general", "2020-06-01", "alexandr-stoianoglo"),
    ("md.pas_president", "2019-06-01", "maia-sandu"),
    ("md.pas_president", "2024-06-01", "igor-grosu"),
    # Bulgaria
    ("bg.bsp_chair", "2025-06-01", "atanas-zafirov"),
    ("bg.bsp_chair", "2026-03-01", "krum-zarkov"),
    ("bg.pp_chair", "2025-11-01", "asen-vassilev"),
    ("bg.vazrazhdane_chair", "2024-06-01", "kostadin-kostadinov"),
    ("bg.itn_chair", "2022-06-01", "slavi-trifonov"),
    ("bg.mech_chair", "2024-06-01", "radostin-vassilev"),
    # Kosovo
    ("xk.pdk_chair", "2023-06-01", "memli-krasniqi"),
    ("xk.pdk_chair", "2025-12-01", "bedri-hamza"),
    ("xk.ldk_chair", "2024-06-01", "lumir-abdixhiku"),
    ("xk.aak_chair", "2025-06-01", "ramush-haradinaj"),
    # Lithuania
    ("lt.lsdp_chair", "2025-06-01", "gintautas-paluckas"),
    ("lt.lsdp_chair", "2025-10-01", "mindaugas-sinkevicius"),
    ("lt.liberal_movement_chair", "2024-06-01", "viktorija-cmilyte-nielsen"),
    ("lt.democrats_chair", "2024-06-01", "saulius-skvernelis"),
    ("lt.nemuno_ausra_chair", "2025-06-01", "remigijus-zemaitaitis"),
    # Latvia
    ("lv.latvia_first_chair", "2025-06-01", "ainars-slesers"),
    ("lv.national_alliance_chair", "2022-06-01", "raivis-dzintars"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("pt.il_president", "2024-01-01", "joao-cotrim-de-figueiredo"),
    ("pt.psd_president", "2008-01-01", "luis-marques-mendes"),
    ("pt.pcp_secretary_general", "2023-01-01", "jeronimo-de-sousa"),
    ("pt.pan_spokesperson", "2022-01-01", "andre-silva-pan"),
    ("pt.assembly_member", "2025-09-01", "antonio-filipe"),
    ("pl.sejm_member", "2024-06-01", "magdalena-biejat"),
    ("pl.sejm_member", "2025-01-01", "grzegorz-braun"),
    ("ro.usr_president", "2025-06-01", "elena-lasconi"),
    ("ro.pnl_president", "2016-01-01", "crin-antonescu"),
    ("ro.psd_president", "2017-01-01", "victor-ponta"),
    ("cz.top09_chair", "2025-12-01", "marketa-pekarova-adamova"),
    ("hu.mszp_chair", "2025-06-01", "agnes-kunhalmi"),
    ("hu.mszp_chair", "2024-08-01", "imre-komjathi"),
    ("ie.rural_community_development_minister", "2025-06-01", "heather-humphreys"),
    ("md.prosecutor_general", "2024-01-01", "alexandr-stoianoglo"),
    ("md.pas_president", "2022-01-01", "maia-sandu"),
    ("bg.bsp_chair", "2026-03-01", "atanas-zafirov"),
    ("xk.pdk_chair", "2025-12-01", "memli-krasniqi"),
    ("lt.lsdp_chair", "2025-10-01", "gintautas-paluckas"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("PCP secretary-general", "2025-06-01", "paulo-raimundo"),
    ("USR president", "2025-09-01", "dominic-fritz"),
    ("UDMR president", "2022-06-01", "kelemen-hunor"),
    ("Mayor of Timișoara", "2023-06-01", "dominic-fritz"),
    ("KSČM chair", "2024-06-01", "katerina-konecna"),
    ("Mayor of Chișinău", "2024-06-01", "ion-ceban"),
    ("BSP leader", "2026-03-01", "krum-zarkov"),
    ("PDK leader", "2025-12-01", "bedri-hamza"),
    ("Latvia First leader", "2025-06-01", "ainars-slesers"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
