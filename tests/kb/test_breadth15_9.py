"""Leaders of the main parties of the UK, Germany, France, Italy, Spain and Poland, 2024-2026
(issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("gb.conservative_leader", "2025-05-03", "kemi-badenoch"),
    ("gb.labour_leader", "2026-06-25", "keir-starmer"),
    ("gb.libdem_leader", "2025-05-02", "ed-davey"),
    ("de.linke_co_chair", "2024-03-01", "janine-wissler"),
    ("de.linke_co_chair", "2024-03-01", "martin-schirdewan"),
    ("de.linke_co_chair", "2025-06-01", "ines-schwerdtner"),
    ("de.linke_co_chair", "2025-06-01", "jan-van-aken"),
    ("fr.ecologistes_national_secretary", "2024-07-01", "marine-tondelier"),
    ("fr.ecologistes_national_secretary", "2025-05-01", "marine-tondelier"),
    ("fr.modem_president", "2024-03-24", "francois-bayrou"),
    ("fr.horizons_president", "2024-07-01", "edouard-philippe"),
    ("fr.rn_president", "2024-06-01", "jordan-bardella"),
    ("fr.lfi_coordinator", "2024-06-25", "manuel-bompard"),
    ("it.fdi_president", "2024-04-01", "giorgia-meloni"),
    ("it.m5s_president", "2024-01-15", "giuseppe-conte"),
    ("it.m5s_president", "2025-10-26", "giuseppe-conte"),
    ("it.lega_secretary", "2025-04-06", "matteo-salvini"),
    ("it.forza_italia_secretary", "2024-02-24", "antonio-tajani"),
    ("it.pd_secretary", "2026-01-28", "elly-schlein"),
    ("es.psoe_secretary_general", "2024-12-01", "pedro-sanchez"),
    ("es.vox_president", "2024-01-27", "santiago-abascal"),
    ("es.pp_president", "2025-07-05", "alberto-nunez-feijoo"),
    ("es.sumar_coordinator", "2024-04-27", "yolanda-diaz"),
    ("es.sumar_coordinator", "2025-03-29", "lara-hernandez"),
    ("es.sumar_coordinator", "2025-03-29", "carlos-martin-sumar"),
    ("pl.ko_chairman", "2024-05-01", "donald-tusk"),
    ("pl.ko_chairman", "2026-03-08", "donald-tusk"),
    ("pl.psl_president", "2025-11-15", "wladyslaw-kosiniak-kamysz"),
    ("pl.polska2050_chair", "2025-06-01", "szymon-holownia"),
    ("pl.polska2050_chair", "2026-02-01", "katarzyna-pelczynska-nalecz"),
    ("pl.nowa_lewica_chair", "2024-06-01", "robert-biedron"),
    ("pl.nowa_lewica_chair", "2024-06-01", "wlodzimierz-czarzasty"),
    ("pl.nowa_lewica_chair", "2025-12-14", "wlodzimierz-czarzasty"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("de.linke_co_chair", "2024-10-20", "janine-wissler"),
    ("de.linke_co_chair", "2024-10-20", "martin-schirdewan"),
    ("de.linke_co_chair", "2024-03-01", "ines-schwerdtner"),
    ("es.sumar_coordinator", "2024-07-01", "yolanda-diaz"),
    ("es.sumar_coordinator", "2024-12-01", "lara-hernandez"),
    ("es.psoe_secretary_general", "2017-01-15", "pedro-sanchez"),
    ("pl.polska2050_chair", "2026-02-01", "szymon-holownia"),
    ("pl.polska2050_chair", "2025-06-01", "katarzyna-pelczynska-nalecz"),
    ("pl.nowa_lewica_chair", "2025-12-15", "robert-biedron"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Lega leader", "2025-05-01", "matteo-salvini"),
    ("Brothers of Italy leader", "2024-04-15", "giorgia-meloni"),
    ("Labour leader", "2026-06-25", "keir-starmer"),
    ("Civic Platform leader", "2024-05-01", "donald-tusk"),
    ("French Greens leader", "2025-05-01", "marine-tondelier"),
    ("MoDem leader", "2024-06-01", "francois-bayrou"),
    ("Horizons leader", "2024-07-01", "edouard-philippe"),
    ("Five Star Movement leader", "2025-01-15", "giuseppe-conte"),
    ("Forza Italia leader", "2024-06-01", "antonio-tajani"),
    ("Vox leader", "2024-06-01", "santiago-abascal"),
    ("PSOE leader", "2025-01-15", "pedro-sanchez"),
    ("PSL leader", "2025-11-20", "wladyslaw-kosiniak-kamysz"),
    ("Polska 2050 leader", "2026-02-05", "katarzyna-pelczynska-nalecz"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
