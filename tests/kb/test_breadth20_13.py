"""Heads of state-owned energy, mining and infrastructure companies 2023-2026 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("ua.naftogaz_ceo", "2023-06-01", "oleksiy-chernyshov"),
    ("ua.naftogaz_ceo", "2025-06-01", "serhiy-koretskyi"),
    ("ua.ukrenergo_ceo", "2024-03-01", "volodymyr-kudrytskyi"),
    ("ua.ukrenergo_ceo", "2025-01-15", "oleksiy-brekht"),
    ("ua.ukrenergo_ceo", "2025-08-01", "vitaliy-zaichenko"),
    ("ua.ukrenergo_ceo", "2025-10-01", "oleksiy-brekht"),
    ("ua.energoatom_ceo", "2024-06-01", "petro-kotin"),
    ("ua.energoatom_ceo", "2025-08-22", "pavlo-kovtoniuk"),
    ("za.eskom_ceo", "2023-01-15", "andre-de-ruyter"),
    ("za.eskom_ceo", "2023-08-01", "calib-cassim"),
    ("za.eskom_ceo", "2024-05-01", "dan-marokane"),
    ("za.transnet_ceo", "2023-05-01", "portia-derby"),
    ("za.transnet_ceo", "2023-12-01", "michelle-phillips-transnet"),
    ("za.transnet_ceo", "2024-06-01", "michelle-phillips-transnet"),
    ("fr.edf_ceo", "2024-01-01", "luc-remont"),
    ("fr.edf_ceo", "2025-06-01", "bernard-fontana"),
    ("it.eni_ceo", "2024-01-01", "claudio-descalzi"),
    ("it.eni_chairman", "2024-01-01", "giuseppe-zafarana"),
    ("no.equinor_ceo", "2023-01-01", "anders-opedal"),
    ("cl.codelco_ceo", "2023-03-01", "andre-sougarret"),
    ("cl.codelco_ceo", "2024-03-01", "ruben-alvarado"),
    ("cl.codelco_chairman", "2024-03-01", "maximo-pacheco"),
    ("co.ecopetrol_president", "2024-06-01", "ricardo-roa"),
    ("ar.ypf_president", "2024-06-01", "horacio-marin"),
    ("ru.rosneft_ceo", "2024-06-01", "igor-sechin"),
    ("ly.noc_chairman", "2024-01-01", "farhat-bengdara"),
    ("ly.noc_chairman", "2025-01-17", "masoud-suleman"),
    ("ao.sonangol_chairman", "2023-06-01", "sebastiao-gaspar-martins"),
    ("ir.nioc_ceo", "2023-06-01", "mohsen-khojasteh-mehr"),
    ("ir.nioc_ceo", "2025-01-01", "hamid-bovard"),
    ("in.ongc_chairman", "2024-01-01", "arun-kumar-singh-ongc"),
    ("in.ioc_chairman", "2024-01-01", "shrikant-madhav-vaidya"),
    ("in.ioc_chairman", "2024-12-01", "arvinder-singh-sahney"),
    ("in.coal_india_chairman", "2023-03-01", "pramod-agrawal-cil"),
    ("in.coal_india_chairman", "2023-08-01", "pm-prasad-cil"),
    ("kz.kmg_ceo", "2023-09-01", "magzum-mirzagaliyev"),
    ("kz.kmg_ceo", "2024-06-01", "askhat-khassenov"),
    ("kr.kepco_ceo", "2023-01-15", "cheong-seung-il"),
    ("kr.kepco_ceo", "2024-01-01", "kim-dong-cheol"),
    ("jp.tepco_president", "2024-01-01", "tomoaki-kobayakawa"),
    ("cn.cnpc_chairman", "2024-01-01", "dai-houliang"),
    ("cn.cnooc_chairman", "2024-01-01", "wang-dongjin"),
    ("cn.cnooc_chairman", "2025-08-01", "zhang-chuanjiang"),
    ("cn.sinopec_chairman", "2025-04-10", "ma-yongsheng"),
    ("cn.state_grid_chairman", "2024-01-01", "xin-baoan"),
    ("cn.state_grid_chairman", "2025-06-01", "zhang-zhigang"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ua.naftogaz_ceo", "2025-01-15", "oleksiy-chernyshov"),
    ("ua.ukrenergo_ceo", "2024-10-01", "volodymyr-kudrytskyi"),
    ("ua.ukrenergo_ceo", "2025-10-01", "vitaliy-zaichenko"),
    ("ua.energoatom_ceo", "2025-09-01", "petro-kotin"),
    ("za.eskom_ceo", "2023-08-01", "andre-de-ruyter"),
    ("za.eskom_ceo", "2024-05-01", "calib-cassim"),
    ("za.transnet_ceo", "2023-12-01", "portia-derby"),
    ("fr.edf_ceo", "2025-06-01", "luc-remont"),
    ("cl.codelco_ceo", "2023-10-01", "andre-sougarret"),
    ("ly.noc_chairman", "2025-02-01", "farhat-bengdara"),
    ("ir.nioc_ceo", "2025-01-01", "mohsen-khojasteh-mehr"),
    ("in.ioc_chairman", "2024-10-01", "shrikant-madhav-vaidya"),
    ("in.coal_india_chairman", "2023-08-01", "pramod-agrawal-cil"),
    ("kz.kmg_ceo", "2024-06-01", "magzum-mirzagaliyev"),
    ("kr.kepco_ceo", "2023-07-01", "cheong-seung-il"),
    ("cn.cnooc_chairman", "2025-08-01", "wang-dongjin"),
    ("cn.state_grid_chairman", "2025-06-01", "xin-baoan"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Naftogaz CEO", "2023-06-01", "oleksiy-chernyshov"),
    ("Ukrenergo CEO", "2024-03-01", "volodymyr-kudrytskyi"),
    ("Eskom CEO", "2024-05-01", "dan-marokane"),
    ("Transnet CEO", "2023-05-01", "portia-derby"),
    ("EDF CEO", "2024-01-01", "luc-remont"),
    ("Eni CEO", "2024-01-01", "claudio-descalzi"),
    ("Codelco CEO", "2024-03-01", "ruben-alvarado"),
    ("Ecopetrol president", "2024-06-01", "ricardo-roa"),
    ("Rosneft CEO", "2024-06-01", "igor-sechin"),
    ("ONGC chairman", "2024-01-01", "arun-kumar-singh-ongc"),
    ("KEPCO CEO", "2024-01-01", "kim-dong-cheol"),
    ("TEPCO president", "2024-01-01", "tomoaki-kobayakawa"),
])
def test_titles_resolve(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
