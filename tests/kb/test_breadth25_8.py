"""Military and security chiefs named in 2025-2026 news (harvest 25-8, issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("il.northern_command_chief", "2024-01-01", "ori-gordin"),
    ("il.northern_command_chief", "2025-09-01", "rafi-milo"),
    ("il.ground_forces_commander", "2025-11-25", "nadav-lotan"),
    ("pl.territorial_defence_commander", "2020-01-01", "wieslaw-kukula"),
    ("pl.territorial_defence_commander", "2023-06-01", "maciej-klisz"),
    ("pl.operational_commander", "2025-09-10", "maciej-klisz"),
    ("gh.chief_of_naval_staff", "2024-01-01", "issah-adams-yakubu"),
    ("gh.chief_of_naval_staff", "2025-04-26", "godwin-livinus-bessing"),
    ("gh.chief_of_air_staff", "2025-04-26", "eric-agyen-frempong"),
    ("gh.gaf_chief_of_staff", "2025-03-24", "glover-ashong-annan"),
    ("so.nisa_director", "2023-06-01", "mahad-mohamed-salad"),
    ("so.nisa_director", "2024-10-01", "abdullahi-sanbaloolshe"),
    ("so.nisa_director", "2025-06-02", "mahad-mohamed-salad"),
    ("lb.general_security_director", "2025-06-01", "hassan-choucair"),
    ("lb.isf_director", "2025-06-01", "raed-abdallah"),
    ("lb.state_security_director", "2025-06-01", "edgar-lawandos"),
    ("lb.state_security_deputy_director", "2025-06-01", "mourched-hajj-sleiman"),
    ("id.bin_head", "2020-01-01", "budi-gunawan"),
    ("id.bin_head", "2025-09-04", "muhammad-herindra"),
    ("dz.dgsi_director", "2025-06-01", "abdelkader-ait-ouarabi"),
    ("dz.dgdse_director", "2025-05-28", "rochdi-fethi-moussaoui"),
    ("ma.dged_director", "2025-08-31", "yassine-mansouri"),
    ("ar.side_secretary", "2025-06-01", "sergio-neiffert"),
    ("ar.side_secretary", "2025-12-04", "cristian-auguadra"),
    ("cl.navy_commander", "2023-06-01", "juan-andres-de-la-maza"),
    ("cl.navy_commander", "2025-12-17", "fernando-cabrera-salazar"),
    ("cl.air_force_commander", "2025-12-17", "hugo-rodriguez-gonzalez"),
    ("it.dis_director", "2024-06-01", "elisabetta-belloni"),
    ("it.dis_director", "2025-06-01", "vittorio-rizzi"),
    ("it.aisi_director", "2020-01-01", "mario-parente"),
    ("it.aisi_director", "2025-01-09", "bruno-valensise"),
    ("it.aise_director", "2025-01-09", "giovanni-caravelli"),
    ("de.mad_president", "2018-01-01", "christof-gramm"),
    ("de.mad_president", "2025-03-13", "martina-rosenberg"),
    ("ve.sebin_director", "2022-01-01", "gustavo-gonzalez-lopez"),
    ("ve.sebin_director", "2024-10-15", "alexis-rodriguez-cabello"),
    ("ve.dgcim_director", "2026-01-08", "gustavo-gonzalez-lopez"),
    ("ug.deputy_chief_of_defence_forces", "2023-01-01", "peter-elwelu"),
    ("ug.deputy_chief_of_defence_forces", "2024-03-26", "samuel-okiding"),
    ("ec.army_commander", "2025-09-10", "ivan-vasconez"),
    ("ec.army_commander", "2025-10-15", "john-mino-razo"),
    ("ec.navy_commander", "2025-09-02", "ricardo-unda"),
    ("ec.air_force_commander", "2024-06-01", "celiano-cevallos"),
    ("ec.air_force_commander", "2025-09-02", "mauricio-salazar-machuca"),
    ("bg.chief_of_defence", "2025-11-19", "emil-eftimov"),
    ("pt.navy_chief", "2023-06-01", "henrique-gouveia-e-melo"),
    ("pt.navy_chief", "2025-01-10", "jorge-nobre-de-sousa"),
    ("td.chief_of_general_staff", "2024-10-16", "abakar-abdelkerim-daoud"),
    ("td.army_chief_of_staff", "2024-10-16", "djontan-marcel-hoinanti"),
    ("td.gendarmerie_chief", "2024-10-16", "saleh-touma-houno"),
    ("iq.pmf_chairman", "2025-06-01", "faleh-al-fayyadh"),
    ("ci.gendarmerie_commander", "2025-01-15", "alexandre-apalo-toure"),
    ("uy.navy_commander", "2023-06-01", "jorge-wilson-uy"),
    ("uy.navy_commander", "2025-08-14", "jose-luis-elizondo"),
    ("ke.vice_chief_of_defence_forces", "2024-04-01", "charles-kahariri"),
    ("ke.vice_chief_of_defence_forces", "2024-05-03", "john-omenda"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("il.northern_command_chief", "2025-09-01", "ori-gordin"),
    ("pl.territorial_defence_commander", "2023-06-01", "wieslaw-kukula"),
    ("pl.territorial_defence_commander", "2024-01-01", "maciej-klisz"),
    ("gh.chief_of_naval_staff", "2025-04-26", "issah-adams-yakubu"),
    ("so.nisa_director", "2024-10-01", "mahad-mohamed-salad"),
    ("so.nisa_director", "2025-06-02", "abdullahi-sanbaloolshe"),
    ("id.bin_head", "2025-01-01", "budi-gunawan"),
    ("ar.side_secretary", "2025-12-04", "sergio-neiffert"),
    ("cl.navy_commander", "2025-07-01", "juan-andres-de-la-maza"),
    ("it.dis_director", "2025-02-01", "elisabetta-belloni"),
    ("it.aisi_director", "2024-05-01", "mario-parente"),
    ("de.mad_president", "2021-01-01", "christof-gramm"),
    ("ve.sebin_director", "2024-11-01", "gustavo-gonzalez-lopez"),
    ("ug.deputy_chief_of_defence_forces", "2024-04-01", "peter-elwelu"),
    ("ec.army_commander", "2025-10-15", "ivan-vasconez"),
    ("ec.air_force_commander", "2025-09-02", "celiano-cevallos"),
    ("pt.navy_chief", "2025-01-10", "henrique-gouveia-e-melo"),
    ("uy.navy_commander", "2025-08-14", "jorge-wilson-uy"),
    ("ke.vice_chief_of_defence_forces", "2024-05-03", "charles-kahariri"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("IDF Northern Command chief", "2025-09-01", "rafi-milo"),
    ("Somalia's spy chief", "2025-07-01", "mahad-mohamed-salad"),
    ("Lebanese General Security chief", "2025-06-01", "hassan-choucair"),
    ("Indonesia's intelligence chief", "2025-06-01", "muhammad-herindra"),
    ("Morocco's spy chief", "2025-06-01", "yassine-mansouri"),
    ("Argentina's intelligence chief", "2026-01-10", "cristian-auguadra"),
    ("Chilean navy chief", "2025-07-01", "fernando-cabrera-salazar"),
    ("Italy's intelligence chief", "2025-06-01", "vittorio-rizzi"),
    ("Portuguese navy chief", "2025-06-01", "jorge-nobre-de-sousa"),
    ("Bulgarian Chief of Defence", "2025-06-01", "emil-eftimov"),
    ("Ecuador's army commander", "2025-10-15", "john-mino-razo"),
    ("Uruguayan navy chief", "2025-09-01", "jose-luis-elizondo"),
    ("PMF chairman", "2025-06-01", "faleh-al-fayyadh"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
