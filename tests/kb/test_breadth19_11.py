"""Heads of state companies, sovereign funds, canal authorities, electoral commissions, regulators,
space agencies and US federal agencies, 2023-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("pa.canal_administrator", "2025-01-10", "ricaurte-vasquez"),
    ("eg.suez_canal_authority_chairman", "2024-03-01", "osama-rabie"),
    ("ng.nnpc_ceo", "2024-06-01", "mele-kyari"),
    ("ng.nnpc_ceo", "2025-04-03", "bayo-ojulari"),
    ("mx.pemex_director_general", "2023-06-01", "octavio-romero-oropeza"),
    ("mx.pemex_director_general", "2024-10-15", "victor-rodriguez-padilla"),
    ("br.petrobras_ceo", "2023-06-01", "jean-paul-prates"),
    ("br.petrobras_ceo", "2024-06-01", "magda-chambriard"),
    ("ve.pdvsa_president", "2023-06-01", "pedro-tellechea"),
    ("ve.pdvsa_president", "2024-08-28", "hector-obregon"),
    ("dz.sonatrach_ceo", "2023-01-15", "toufik-hakkar"),
    ("dz.sonatrach_ceo", "2024-06-01", "rachid-hachichi"),
    ("dz.sonatrach_ceo", "2025-10-27", "noureddine-daoudi"),
    ("ru.gazprom_ceo", "2021-06-01", "alexei-miller"),
    ("ru.rosatom_director_general", "2023-06-01", "alexei-likhachev"),
    ("ru.roscosmos_director_general", "2024-06-01", "yury-borisov"),
    ("ru.roscosmos_director_general", "2025-02-07", "dmitry-bakanov"),
    ("id.pertamina_ceo", "2023-06-01", "nicke-widyawati"),
    ("id.pertamina_ceo", "2024-11-05", "simon-aloysius-mantiri"),
    ("id.danantara_ceo", "2025-03-05", "rosan-roeslani"),
    ("my.petronas_ceo", "2023-06-13", "tengku-muhammad-taufik"),
    ("ae.adnoc_ceo", "2021-10-05", "sultan-al-jaber"),
    ("ae.mubadala_ceo", "2023-06-01", "khaldoon-al-mubarak"),
    ("sa.pif_governor", "2023-06-01", "yasir-al-rumayyan"),
    ("qa.qia_ceo", "2023-06-01", "mansour-al-mahmoud"),
    ("qa.qia_ceo", "2024-11-13", "mohammed-al-sowaidi"),
    ("sg.temasek_ceo", "2020-06-01", "ho-ching"),
    ("sg.temasek_ceo", "2024-06-01", "dilhan-pillay"),
    ("no.nbim_ceo", "2024-06-01", "nicolai-tangen"),
    ("in.sebi_chairman", "2024-08-10", "madhabi-puri-buch"),
    ("in.sebi_chairman", "2025-03-15", "tuhin-kanta-pandey"),
    ("in.chief_election_commissioner", "2024-06-04", "rajiv-kumar-cec"),
    ("in.chief_election_commissioner", "2025-02-19", "gyanesh-kumar"),
    ("in.isro_chairman", "2025-01-14", "v-narayanan"),
    ("bd.chief_election_commissioner", "2024-01-07", "kazi-habibul-awal"),
    ("bd.chief_election_commissioner", "2024-11-24", "nasir-uddin-cec"),
    ("ng.inec_chairman", "2025-10-15", "may-agbamuche-mbu"),
    ("ng.inec_chairman", "2025-10-23", "joash-amupitan"),
    ("mx.ine_president", "2022-06-01", "lorenzo-cordova"),
    ("mx.ine_president", "2024-06-02", "guadalupe-taddei"),
    ("ve.cne_president", "2024-07-29", "elvis-amoroso"),
    ("ke.iebc_chairperson", "2025-07-11", "erastus-ethekon"),
    ("jp.jaxa_president", "2024-01-20", "hiroshi-yamakawa"),
    ("cn.cnsa_administrator", "2024-06-01", "zhang-kejian"),
    ("cn.cnsa_administrator", "2025-01-10", "shan-zhongde"),
    ("us.fema_administrator", "2024-10-01", "deanne-criswell"),
    ("us.fema_administrator", "2025-03-01", "cameron-hamilton"),
    ("us.fema_administrator", "2025-07-05", "david-richardson-fema"),
    ("us.fema_administrator", "2025-12-01", "karen-evans"),
    ("us.irs_commissioner", "2024-06-01", "danny-werfel"),
    ("us.irs_commissioner", "2025-07-01", "billy-long"),
    ("us.faa_administrator", "2025-03-01", "chris-rocheleau"),
    ("us.faa_administrator", "2025-08-01", "bryan-bedford"),
    ("us.bls_commissioner", "2025-03-01", "erika-mcentarfer"),
    ("us.bls_commissioner", "2025-08-01", "william-wiatrowski"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ng.nnpc_ceo", "2025-04-03", "mele-kyari"),
    ("mx.pemex_director_general", "2024-10-15", "octavio-romero-oropeza"),
    ("br.petrobras_ceo", "2024-06-01", "jean-paul-prates"),
    ("ve.pdvsa_president", "2024-09-01", "pedro-tellechea"),
    ("dz.sonatrach_ceo", "2023-10-03", "toufik-hakkar"),
    ("dz.sonatrach_ceo", "2025-10-27", "rachid-hachichi"),
    ("ru.roscosmos_director_general", "2025-02-07", "yury-borisov"),
    ("id.pertamina_ceo", "2024-11-05", "nicke-widyawati"),
    ("qa.qia_ceo", "2024-11-13", "mansour-al-mahmoud"),
    ("sg.temasek_ceo", "2021-10-01", "ho-ching"),
    ("in.sebi_chairman", "2025-03-15", "madhabi-puri-buch"),
    ("in.chief_election_commissioner", "2025-02-19", "rajiv-kumar-cec"),
    ("bd.chief_election_commissioner", "2024-09-06", "kazi-habibul-awal"),
    ("ng.inec_chairman", "2025-10-24", "may-agbamuche-mbu"),
    ("mx.ine_president", "2023-04-04", "lorenzo-cordova"),
    ("cn.cnsa_administrator", "2025-01-10", "zhang-kejian"),
    ("us.fema_administrator", "2025-01-21", "deanne-criswell"),
    ("us.fema_administrator", "2025-05-09", "cameron-hamilton"),
    ("us.fema_administrator", "2025-11-18", "david-richardson-fema"),
    ("us.irs_commissioner", "2025-01-21", "danny-werfel"),
    ("us.irs_commissioner", "2025-09-01", "billy-long"),
    ("us.bls_commissioner", "2025-08-02", "erika-mcentarfer"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Panama Canal Administrator", "2025-01-10", "ricaurte-vasquez"),
    ("Suez Canal Authority chairman", "2024-03-01", "osama-rabie"),
    ("NNPC Group CEO", "2025-05-01", "bayo-ojulari"),
    ("Petrobras CEO", "2024-06-01", "magda-chambriard"),
    ("Sonatrach CEO", "2024-06-01", "rachid-hachichi"),
    ("Roscosmos chief", "2025-02-07", "dmitry-bakanov"),
    ("SEBI chairperson", "2024-08-10", "madhabi-puri-buch"),
    ("ISRO chairman", "2025-01-15", "v-narayanan"),
    ("INEC Chairman", "2025-10-24", "joash-amupitan"),
    ("FEMA Administrator", "2024-10-01", "deanne-criswell"),
    ("IRS Commissioner", "2024-06-01", "danny-werfel"),
    ("BLS Commissioner", "2025-03-01", "erika-mcentarfer"),
    ("JAXA President", "2024-01-20", "hiroshi-yamakawa"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
