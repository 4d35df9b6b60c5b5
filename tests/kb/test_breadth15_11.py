"""Leaders of the main parties of the United States, Canada, Mexico, Brazil, Israel and Türkiye
2024-2026 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United States: national committee chairs and congressional leaders
    ("us.dnc_chair", "2024-06-01", "jaime-harrison"),
    ("us.dnc_chair", "2025-02-15", "ken-martin-dnc"),
    ("us.rnc_chair", "2024-01-15", "ronna-mcdaniel"),
    ("us.rnc_chair", "2024-10-01", "michael-whatley"),
    ("us.rnc_chair", "2025-06-01", "michael-whatley"),
    ("us.rnc_chair", "2025-09-01", "joe-gruters"),
    ("us.house_majority_leader", "2025-06-01", "steve-scalise"),
    ("us.house_minority_leader", "2025-06-01", "hakeem-jeffries"),
    ("us.senate_minority_leader", "2025-06-01", "chuck-schumer"),
    # Canada
    ("ca.liberal_leader", "2024-06-01", "justin-trudeau"),
    ("ca.liberal_leader", "2025-03-10", "mark-carney"),
    ("ca.ndp_leader", "2024-06-01", "jagmeet-singh"),
    ("ca.ndp_leader", "2025-07-01", "don-davies-ndp"),
    ("ca.bloc_leader", "2024-06-01", "yves-francois-blanchet"),
    ("ca.bloc_leader", "2025-03-15", "yves-francois-blanchet"),
    # Mexico
    ("mx.pri_president", "2024-06-01", "alejandro-moreno-cardenas"),
    ("mx.pri_president", "2024-08-12", "alejandro-moreno-cardenas"),
    ("mx.pvem_president", "2024-06-01", "karen-castrejon"),
    ("mx.mc_coordinator", "2024-06-01", "dante-delgado"),
    ("mx.mc_coordinator", "2024-12-06", "jorge-alvarez-maynez"),
    ("mx.morena_president", "2024-06-01", "mario-delgado-carrillo"),
    ("mx.morena_president", "2024-09-23", "luisa-maria-alcalde"),
    ("mx.pan_president", "2024-06-01", "marko-cortes"),
    # Brazil
    ("br.pt_president", "2024-06-01", "gleisi-hoffmann"),
    ("br.pt_president", "2025-05-01", "humberto-costa"),
    ("br.pt_president", "2025-08-04", "edinho-silva"),
    ("br.pl_president", "2024-06-01", "valdemar-costa-neto"),
    ("br.uniao_president", "2024-03-01", "luciano-bivar"),
    ("br.uniao_president", "2024-07-01", "antonio-rueda"),
    ("br.pp_president", "2024-06-01", "ciro-nogueira"),
    ("br.psd_president", "2024-06-01", "gilberto-kassab"),
    ("br.mdb_president", "2024-06-01", "baleia-rossi"),
    ("br.republicanos_president", "2024-06-01", "marcos-pereira-republicanos"),
    # Israel
    ("il.likud_chair", "2024-06-01", "benjamin-netanyahu"),
    ("il.yesh_atid_chair", "2024-06-01", "yair-lapid"),
    ("il.blue_white_chair", "2024-06-01", "benny-gantz"),
    ("il.shas_chair", "2022-06-01", "aryeh-deri"),
    ("il.yisrael_beiteinu_chair", "2024-06-01", "avigdor-liberman"),
    ("il.religious_zionism_chair", "2024-06-01", "bezalel-smotrich"),
    ("il.otzma_yehudit_chair", "2024-06-01", "itamar-ben-gvir"),
    # Türkiye
    ("tr.akp_chair", "2024-06-01", "recep-tayyip-erdogan"),
    ("tr.akp_chair", "2025-02-23", "recep-tayyip-erdogan"),
    ("tr.mhp_chair", "2024-03-01", "devlet-bahceli"),
    ("tr.iyi_chair", "2024-03-01", "meral-aksener"),
    ("tr.iyi_chair", "2024-04-28", "musavat-dervisoglu"),
    ("tr.dem_co_chair", "2024-03-01", "tulay-hatimogullari"),
    ("tr.dem_co_chair", "2024-03-01", "tuncer-bakirhan"),
    ("tr.chp_chair", "2025-09-21", "ozgur-ozel"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.dnc_chair", "2025-02-15", "jaime-harrison"),
    ("us.rnc_chair", "2024-06-01", "ronna-mcdaniel"),
    ("us.rnc_chair", "2025-09-01", "michael-whatley"),
    ("ca.liberal_leader", "2025-04-01", "justin-trudeau"),
    ("ca.ndp_leader", "2025-07-01", "jagmeet-singh"),
    ("mx.mc_coordinator", "2025-01-15", "dante-delgado"),
    ("mx.morena_president", "2024-10-15", "mario-delgado-carrillo"),
    ("mx.pan_president", "2025-01-15", "marko-cortes"),
    ("br.pt_president", "2025-05-01", "gleisi-hoffmann"),
    ("br.pt_president", "2025-09-01", "humberto-costa"),
    ("br.uniao_president", "2024-07-01", "luciano-bivar"),
    ("tr.iyi_chair", "2024-06-01", "meral-aksener"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("DNC chair", "2025-06-01", "ken-martin-dnc"),
    ("RNC chairman", "2024-06-01", "michael-whatley"),
    ("RNC chairman", "2025-09-01", "joe-gruters"),
    ("NDP leader", "2024-06-01", "jagmeet-singh"),
    ("Bloc Québécois leader", "2024-06-01", "yves-francois-blanchet"),
    ("PRI leader", "2025-01-15", "alejandro-moreno-cardenas"),
    ("PT president", "2025-09-01", "edinho-silva"),
    ("Likud chairman", "2024-06-01", "benjamin-netanyahu"),
    ("Shas leader", "2022-06-01", "aryeh-deri"),
    ("MHP leader", "2024-06-01", "devlet-bahceli"),
    ("İYİ Party leader", "2024-06-01", "musavat-dervisoglu"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
