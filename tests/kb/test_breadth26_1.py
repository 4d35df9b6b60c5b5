"""Harvest 26-1 (issue #11): party chiefs, legislators, mayors and candidates of the Americas'
2025-2026 elections and new governments resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Chile
    ("cl.pc_secretary_general", "2015-06-01", "lautaro-carmona"),
    ("cl.pc_president", "2025-06-01", "lautaro-carmona"),
    ("cl.pc_secretary_general", "2025-06-01", "barbara-figueroa"),
    ("cl.ps_president", "2024-06-01", "paulina-vodanovic"),
    ("cl.ps_secretary_general", "2024-06-01", "camilo-escalona"),
    ("cl.fa_president", "2025-06-01", "constanza-martinez-cl"),
    ("cl.pnl_president", "2025-06-01", "johannes-kaiser"),
    ("cl.providencia_mayor", "2020-06-01", "evelyn-matthei"),
    ("cl.anfp_president", "2009-06-01", "harold-mayne-nicholls"),
    ("cl.deputy", "2008-06-01", "marco-enriquez-ominami"),
    # Honduras
    ("hn.vice_minister_health", "2026-03-01", "angel-midence"),
    ("hn.vice_minister_health", "2026-03-01", "jose-miguel-castillo-hn"),
    ("hn.tegucigalpa_mayor", "2018-06-01", "nasry-asfura"),
    ("hn.tegucigalpa_mayor", "2026-03-01", "juan-diego-zelaya"),
    ("hn.san_pedro_sula_mayor", "2024-06-01", "roberto-contreras-hn"),
    ("hn.san_pedro_sula_mayor", "2026-06-01", "roberto-contreras-hn"),
    ("hn.liberal_party_president", "2025-06-01", "roberto-contreras-hn"),
    ("hn.congress_vice_president", "2024-06-01", "rasel-tome"),
    ("hn.deputy", "2024-06-01", "rasel-tome"),
    ("hn.deputy", "2024-06-01", "jorge-calix"),
    ("hn.deputy", "2026-06-01", "jorge-calix"),
    ("hn.deputy", "2024-06-01", "maribel-espinoza"),
    ("hn.deputy", "2024-06-01", "jorge-zelaya-hn"),
    # Argentina
    ("ar.pro_deputies_bloc_leader", "2022-06-01", "cristian-ritondo"),
    ("ar.fuerza_del_cambio_leader", "2026-01-10", "cristian-ritondo"),
    ("ar.pro_buenos_aires_president", "2025-01-01", "cristian-ritondo"),
    ("ar.ucr_deputies_bloc_leader", "2026-01-10", "pamela-verasay"),
    ("ar.provincias_unidas_bloc_leader", "2026-01-10", "gisela-scaglia"),
    ("ar.pj_senate_bloc_leader", "2022-06-01", "jose-mayans"),
    ("ar.senate_vice_president", "2026-03-01", "carolina-moises"),
    ("ar.senate_first_vice_president", "2026-03-01", "carolina-losada"),
    ("ar.senate_second_vice_president", "2026-03-01", "alejandra-vigo"),
    ("ar.ucr_president", "2024-06-01", "martin-lousteau"),
    ("ar.lla_president", "2023-06-01", "martin-menem"),
    ("ar.lla_president", "2025-06-01", "karina-milei"),
    ("ar.pro_president", "2025-06-01", "mauricio-macri"),
    # Ecuador
    ("ec.rc_president", "2026-03-01", "gabriela-rivadeneira"),
    ("ec.conaie_president", "2023-06-01", "leonidas-iza"),
    ("ec.conaie_president", "2025-10-01", "marlon-vargas-ec"),
    ("ec.quito_mayor", "2022-06-01", "santiago-guarderas"),
    ("ec.quito_mayor", "2025-06-01", "pabel-munoz"),
    ("ec.guayaquil_mayor", "2021-06-01", "cynthia-viteri"),
    ("ec.guayaquil_mayor", "2025-06-01", "aquiles-alvarez"),
    ("ec.guayas_prefect", "2015-06-01", "jimmy-jairala"),
    ("ec.guayas_prefect", "2025-06-01", "marcela-aguinaga"),
    ("ec.pichincha_prefect", "2025-01-01", "paola-pabon"),
    ("ec.cotopaxi_prefect", "2025-06-01", "lourdes-tiban"),
    # Bolivia
    ("bo.la_paz_mayor", "2024-06-01", "ivan-arias-bo"),
    ("bo.el_alto_mayor", "2024-06-01", "eva-copa"),
    ("bo.santa_cruz_mayor", "2024-06-01", "jhonny-fernandez-bo"),
    ("bo.cochabamba_mayor", "2024-06-01", "manfred-reyes-villa"),
    ("bo.senate_president", "2023-06-01", "andronico-rodriguez"),
    # Costa Rica
    ("cr.first_lady", "2020-06-01", "claudia-dobles"),
    ("cr.deputy", "2026-06-01", "claudia-dobles"),
    ("cr.deputy", "2016-06-01", "fabricio-alvarado"),
    ("cr.deputy", "2024-06-01", "fabricio-alvarado"),
    ("cr.deputy", "2024-06-01", "ariel-robles"),
    ("cr.deputy", "2024-06-01", "eliecer-feinzaig"),
    ("cr.deputy", "2026-06-01", "jose-maria-villalta"),
    ("cr.deputy", "2026-06-01", "nogui-acosta"),
    # Peru
    ("pe.trade_tourism_minister", "2022-03-01", "roberto-sanchez-pe"),
    ("pe.juntos_por_el_peru_president", "2022-01-01", "roberto-sanchez-pe"),
    ("pe.la_libertad_governor", "2015-03-01", "cesar-acuna"),
    ("pe.la_libertad_governor", "2024-06-01", "cesar-acuna"),
    ("pe.la_libertad_governor", "2026-01-01", "joana-cabrera"),
    # Colombia
    ("co.senate_president", "2013-01-01", "roy-barreras"),
    ("co.senate_president", "2023-01-01", "roy-barreras"),
    ("co.medellin_mayor", "2006-01-01", "sergio-fajardo"),
    ("co.medellin_mayor", "2022-01-01", "daniel-quintero"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cl.pc_secretary_general", "2024-01-01", "lautaro-carmona"),
    ("hn.tegucigalpa_mayor", "2026-03-01", "nasry-asfura"),
    ("hn.congress_vice_president", "2026-03-01", "rasel-tome"),
    ("ar.ucr_president", "2026-03-01", "martin-lousteau"),
    ("ar.lla_president", "2025-06-01", "martin-menem"),
    ("ec.conaie_president", "2025-10-01", "leonidas-iza"),
    ("ec.quito_mayor", "2024-01-01", "santiago-guarderas"),
    ("ec.guayaquil_mayor", "2024-01-01", "cynthia-viteri"),
    ("ec.guayas_prefect", "2024-01-01", "jimmy-jairala"),
    ("bo.cochabamba_mayor", "2026-07-01", "manfred-reyes-villa"),
    ("bo.senate_president", "2026-01-01", "andronico-rodriguez"),
    ("cr.deputy", "2026-06-01", "fabricio-alvarado"),
    ("pe.trade_tourism_minister", "2023-01-01", "roberto-sanchez-pe"),
    ("pe.la_libertad_governor", "2026-01-01", "cesar-acuna"),
    ("co.senate_president", "2024-01-01", "roy-barreras"),
    ("co.medellin_mayor", "2023-11-01", "daniel-quintero"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Mayor of Quito", "2025-06-01", "pabel-munoz"),
    ("Mayor of Guayaquil", "2021-06-01", "cynthia-viteri"),
    ("CONAIE president", "2025-10-01", "marlon-vargas-ec"),
    ("Prefect of Guayas", "2015-01-01", "jimmy-jairala"),
    ("Mayor of El Alto", "2023-01-01", "eva-copa"),
    ("Mayor of Cochabamba", "2024-01-01", "manfred-reyes-villa"),
    ("Chilean Communist Party president", "2025-01-01", "lautaro-carmona"),
    ("Chilean Socialist Party president", "2025-01-01", "paulina-vodanovic"),
    ("Mayor of Providencia", "2020-01-01", "evelyn-matthei"),
    ("Mayor of Tegucigalpa", "2026-03-01", "juan-diego-zelaya"),
    ("Honduran Liberal Party president", "2025-06-01", "roberto-contreras-hn"),
    ("PRO bloc leader", "2025-06-01", "cristian-ritondo"),
    ("UCR president", "2024-06-01", "martin-lousteau"),
    ("Peronist Senate bloc leader", "2025-06-01", "jose-mayans"),
    ("First Lady of Costa Rica", "2020-01-01", "claudia-dobles"),
    ("Mayor of Medellín", "2021-01-01", "daniel-quintero"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
