"""Legislators with named roles in large democracies, harvest 24-11 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # India
    ("in.rajya_sabha_leader_of_house", "2023-06-01", "piyush-goyal"),
    ("in.rajya_sabha_leader_of_house", "2024-07-01", "jp-nadda"),
    ("in.ps_committee_external_affairs_chair", "2025-10-01", "shashi-tharoor"),
    ("in.ps_committee_finance_chair", "2024-10-01", "bhartruhari-mahtab"),
    ("in.ps_committee_defence_chair", "2024-10-01", "radha-mohan-singh"),
    ("in.ps_committee_home_affairs_chair", "2024-10-01", "radha-mohan-das-agrawal"),
    ("in.ps_committee_communications_it_chair", "2024-10-01", "nishikant-dubey"),
    ("in.ps_committee_coal_mines_steel_chair", "2024-10-01", "anurag-thakur"),
    ("in.ps_committee_education_chair", "2025-06-01", "digvijaya-singh"),
    ("in.ps_committee_agriculture_chair", "2025-06-01", "charanjit-singh-channi"),
    ("in.ps_committee_rural_development_chair", "2025-06-01", "saptagiri-ulaka"),
    ("in.ps_committee_commerce_chair", "2024-10-01", "dola-sen"),
    ("in.ps_committee_health_chair", "2024-10-01", "ram-gopal-yadav"),
    ("in.ps_committee_industry_chair", "2024-10-01", "tiruchi-siva"),
    ("in.ps_committee_consumer_affairs_chair", "2024-10-01", "kanimozhi-karunanidhi"),
    # Indonesia
    ("id.dpr_commission_i_chair", "2025-03-17", "utut-adianto"),
    ("id.dpr_commission_xi_chair", "2025-08-31", "mukhamad-misbakhun"),
    ("id.dpr_commission_iii_chair", "2025-01-15", "habiburokhman"),
    # Japan
    ("jp.ldp_diet_affairs_chair", "2024-11-07", "tetsushi-sakamoto"),
    ("jp.ldp_diet_affairs_chair", "2025-11-01", "hiroshi-kajiyama"),
    ("jp.cdp_diet_affairs_chair", "2025-10-10", "hirofumi-ryu"),
    ("jp.cdp_councillors_diet_affairs_chair", "2025-10-31", "yoshitaka-saito-cdp"),
    # Brazil
    ("br.senate_ccj_president", "2025-06-01", "otto-alencar"),
    ("br.senate_cae_president", "2025-06-01", "renan-calheiros"),
    ("br.senate_cre_president", "2025-06-01", "nelsinho-trad"),
    ("br.senate_cra_president", "2025-06-01", "zequinha-marinho"),
    ("br.chamber_ccj_president", "2024-06-01", "caroline-de-toni"),
    ("br.chamber_ccj_president", "2025-06-01", "paulo-azi"),
    ("br.chamber_creden_president", "2025-06-01", "filipe-barros"),
    ("br.chamber_education_committee_president", "2024-06-01", "nikolas-ferreira"),
    ("br.chamber_education_committee_president", "2025-06-01", "mauricio-carvalho-br"),
    # Mexico
    ("mx.pan_senate_coordinator", "2024-10-01", "guadalupe-murguia"),
    ("mx.pan_senate_coordinator", "2025-03-01", "ricardo-anaya"),
    ("mx.pri_senate_coordinator", "2023-06-01", "manuel-anorve"),
    ("mx.pan_chamber_coordinator", "2024-10-01", "noemi-luna"),
    ("mx.pan_chamber_coordinator", "2025-08-31", "jose-elias-lixa"),
    ("mx.pri_chamber_coordinator", "2025-08-31", "ruben-moreira"),
    # Philippines
    ("ph.house_senior_deputy_majority_leader", "2023-06-01", "sandro-marcos"),
    ("ph.house_majority_leader", "2025-09-18", "sandro-marcos"),
    ("ph.house_minority_leader", "2023-06-01", "marcelino-libanan"),
    ("ph.house_minority_leader", "2025-08-01", "marcelino-libanan"),
    ("ph.house_senior_deputy_speaker", "2025-08-01", "david-suarez-ph"),
    ("ph.house_senior_deputy_majority_leader", "2025-08-01", "lorenz-defensor"),
    ("ph.house_deputy_speaker", "2025-08-01", "janette-garin"),
    ("ph.house_deputy_speaker", "2025-08-01", "paolo-ortega"),
    ("ph.house_deputy_speaker", "2025-08-01", "jay-khonghun"),
    ("ph.house_deputy_speaker", "2025-09-17", "kristine-singson-meehan"),
    ("ph.house_deputy_speaker", "2025-11-20", "ronaldo-puno"),
    ("ph.house_deputy_speaker", "2025-08-01", "yasser-balindong"),
    ("ph.house_deputy_speaker", "2025-08-01", "faustino-dy-iii"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("in.rajya_sabha_leader_of_house", "2024-07-01", "piyush-goyal"),
    ("jp.ldp_diet_affairs_chair", "2025-11-01", "tetsushi-sakamoto"),
    ("br.chamber_ccj_president", "2025-06-01", "caroline-de-toni"),
    ("br.chamber_education_committee_president", "2025-06-01", "nikolas-ferreira"),
    ("mx.pan_senate_coordinator", "2025-03-01", "guadalupe-murguia"),
    ("mx.pan_chamber_coordinator", "2025-08-31", "noemi-luna"),
    ("ph.house_senior_deputy_majority_leader", "2025-08-01", "sandro-marcos"),
    ("ph.house_deputy_speaker", "2025-10-01", "faustino-dy-iii"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Leader of the House in the Rajya Sabha", "2025-03-01", "jp-nadda"),
    ("chair of the parliamentary panel on external affairs", "2025-10-01", "shashi-tharoor"),
    ("Ketua Komisi I DPR", "2025-06-01", "utut-adianto"),
    ("LDP Diet affairs chief", "2024-12-01", "tetsushi-sakamoto"),
    ("Brazilian Senate CCJ chair", "2025-06-01", "otto-alencar"),
    ("Mexico's PAN Senate leader", "2025-06-01", "ricardo-anaya"),
    ("Philippine House Majority Leader", "2025-10-01", "sandro-marcos"),
    ("Philippine House Minority Leader", "2025-10-01", "marcelino-libanan"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
