"""Deputy ministers, ministers of state, state ministers and principal secretaries of South Africa,
Nigeria, Kenya, Uganda, Ethiopia, Pakistan, Bangladesh and Sri Lanka, 2024-2026 (issue #11),
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # South Africa: GNU deputy ministers
    ("za.deputy_agriculture_minister", "2024-09-01", "rosemary-capa"),
    ("za.deputy_land_reform_minister", "2024-09-01", "stanley-mathabatha"),
    ("za.deputy_basic_education_minister", "2024-09-01", "reginah-mhaule"),
    ("za.deputy_communications_minister", "2024-09-01", "mondli-gungubele"),
    ("za.deputy_cogta_minister", "2024-09-01", "dickson-masemola"),
    ("za.deputy_cogta_minister", "2024-09-01", "zolile-burns-ncamashe"),
    ("za.deputy_defence_minister", "2024-09-01", "bantu-holomisa"),
    ("za.deputy_defence_minister", "2024-09-01", "richard-mkhungo"),
    ("za.deputy_electricity_minister", "2024-09-01", "samantha-graham-mare"),
    ("za.deputy_health_minister", "2024-09-01", "joe-phaahla"),
    ("za.deputy_higher_education_minister", "2024-09-01", "buti-manamela"),
    ("za.deputy_higher_education_minister", "2024-09-01", "mimmy-gondwe"),
    ("za.deputy_higher_education_minister", "2025-09-01", "nomusa-dube-ncube"),
    ("za.deputy_home_affairs_minister", "2024-09-01", "njabulo-nzuza"),
    ("za.deputy_human_settlements_minister", "2024-09-01", "tandi-mahambehlala"),
    ("za.deputy_water_minister", "2024-09-01", "david-mahlobo"),
    ("za.deputy_minister_in_presidency", "2024-09-01", "nonceba-mhlauli"),
    # Nigeria: ministers of state
    ("ng.minister_of_state_environment", "2024-03-01", "iziaq-salako"),
    ("ng.minister_of_state_health", "2025-01-15", "iziaq-salako"),
    ("ng.minister_of_state_health", "2024-03-01", "tunji-alausa"),
    ("ng.minister_of_state_labour", "2024-03-01", "nkeiruka-onyejeocha"),
    ("ng.minister_of_state_fct", "2024-03-01", "mariya-mahmoud"),
    ("ng.minister_of_state_education", "2024-03-01", "yusuf-tanko-sununu"),
    ("ng.minister_of_state_education", "2025-01-15", "suwaiba-said-ahmad"),
    ("ng.minister_of_state_humanitarian", "2025-01-15", "yusuf-tanko-sununu"),
    ("ng.minister_of_state_water", "2024-03-01", "bello-goronyo"),
    ("ng.minister_of_state_works", "2025-01-15", "bello-goronyo"),
    ("ng.minister_of_state_steel", "2024-03-01", "uba-maigari-ahmadu"),
    ("ng.minister_of_state_regional_development", "2025-01-15", "uba-maigari-ahmadu"),
    ("ng.minister_of_state_finance", "2025-01-15", "doris-uzoka-anite"),
    ("ng.minister_of_state_trade", "2025-01-15", "john-owan-enoh"),
    ("ng.minister_of_state_police", "2024-03-01", "imaan-sulaiman-ibrahim"),
    # Kenya: principal secretaries
    ("ke.treasury_ps", "2024-07-11", "chris-kiptoo"),
    ("ke.interior_ps", "2024-07-11", "raymond-omollo"),
    ("ke.defence_ps", "2024-07-11", "patrick-mariru"),
    ("ke.foreign_affairs_ps", "2024-07-11", "korir-singoei"),
    ("ke.basic_education_ps", "2024-07-11", "belio-kipsang"),
    ("ke.basic_education_ps", "2025-06-01", "julius-bitok"),
    ("ke.immigration_ps", "2024-07-11", "julius-bitok"),
    ("ke.immigration_ps", "2025-06-01", "belio-kipsang"),
    # Uganda: ministers of state
    ("ug.mos_relief", "2024-06-01", "lillian-aber"),
    ("ug.mos_northern_uganda", "2024-06-01", "kenneth-omona"),
    ("ug.mos_karamoja", "2024-06-01", "florence-nambozo"),
    ("ug.mos_minerals", "2024-06-01", "phiona-nyamutoro"),
    ("ug.mos_trade", "2024-06-01", "wilson-mbadi"),
    ("ug.mos_youth", "2024-06-01", "balaam-barugahara"),
    ("ug.mos_finance_general_duties", "2024-06-01", "henry-musasizi"),
    # Ethiopia: state ministers of foreign affairs
    ("et.state_minister_foreign", "2024-06-13", "misganu-arga"),
    ("et.state_minister_foreign", "2024-06-13", "birtukan-ayano"),
    # Pakistan: ministers of state
    ("pk.mos_it", "2024-06-01", "shaza-fatima-khawaja"),
    ("pk.mos_food_security", "2025-06-01", "malik-rasheed-ahmad-khan"),
    ("pk.mos_power", "2025-06-01", "abdul-rehman-khan-kanju"),
    ("pk.mos_law", "2025-06-01", "aqeel-malik"),
    ("pk.mos_railways", "2025-06-01", "bilal-azhar-kayani"),
    ("pk.mos_religious_affairs", "2025-06-01", "kesoo-mal-kheal-das"),
    ("pk.mos_overseas_pakistanis", "2025-06-01", "aun-chaudhry"),
    ("pk.mos_health", "2025-06-01", "mukhtar-ahmad-malik"),
    ("pk.mos_federal_education", "2025-06-01", "wajiha-qamar"),
    # Bangladesh: state ministers of 2024
    ("bd.state_minister_finance", "2024-05-01", "waseqa-ayesha-khan"),
    ("bd.state_minister_planning", "2024-05-01", "shahiduzzaman-sarker"),
    ("bd.state_minister_lgrd", "2024-05-01", "abdul-wadud"),
    ("bd.state_minister_health", "2024-05-01", "rokeya-sultana"),
    ("bd.state_minister_education", "2024-05-01", "shamsun-nahar-chapa"),
    ("bd.state_minister_cultural_affairs", "2024-05-01", "nahid-izhar-khan"),
    ("bd.state_minister_labour", "2024-05-01", "nazrul-islam-chowdhury"),
    ("bd.state_minister_power", "2024-02-01", "nasrul-hamid"),
    # Sri Lanka: deputy ministers
    ("lk.deputy_finance_minister", "2024-12-15", "harshana-suriyapperuma"),
    ("lk.deputy_digital_economy_minister", "2024-12-15", "eranga-weeraratne"),
    ("lk.deputy_labour_minister", "2024-12-15", "mahinda-jayasinghe"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("za.deputy_higher_education_minister", "2025-09-01", "buti-manamela"),
    ("za.deputy_higher_education_minister", "2024-09-01", "nomusa-dube-ncube"),
    ("ng.minister_of_state_environment", "2025-01-15", "iziaq-salako"),
    ("ng.minister_of_state_health", "2024-03-01", "iziaq-salako"),
    ("ng.minister_of_state_education", "2025-01-15", "yusuf-tanko-sununu"),
    ("ng.minister_of_state_water", "2025-01-15", "bello-goronyo"),
    ("ng.minister_of_state_steel", "2025-01-15", "uba-maigari-ahmadu"),
    ("ng.minister_of_state_police", "2025-01-15", "imaan-sulaiman-ibrahim"),
    ("ng.minister_of_state_finance", "2024-03-01", "doris-uzoka-anite"),
    ("ke.basic_education_ps", "2025-06-01", "belio-kipsang"),
    ("ke.immigration_ps", "2025-06-01", "julius-bitok"),
    ("pk.mos_it", "2025-06-01", "shaza-fatima-khawaja"),
    ("bd.state_minister_finance", "2024-09-01", "waseqa-ayesha-khan"),
    ("bd.state_minister_power", "2024-09-01", "nasrul-hamid"),
    ("bd.state_minister_education", "2024-09-01", "shamsun-nahar-chapa"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Nigerian Minister of State for Finance", "2025-01-15", "doris-uzoka-anite"),
    ("Kenyan Treasury PS", "2024-07-11", "chris-kiptoo"),
    ("South Africa's Deputy Health Minister", "2024-09-01", "joe-phaahla"),
    ("Pakistani Minister of State for Railways", "2025-06-01", "bilal-azhar-kayani"),
    ("Sri Lanka's Deputy Finance Minister", "2024-12-15", "harshana-suriyapperuma"),
    ("Ugandan State Minister for Trade", "2024-06-01", "wilson-mbadi"),
    ("Kenya's Interior PS", "2024-07-11", "raymond-omollo"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
