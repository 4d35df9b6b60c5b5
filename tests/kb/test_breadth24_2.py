"""East and Southern African office holders of the second session-24 harvest (issue #11) resolve on
known days: South African ministers and premiers, Zimbabwean deputy ministers, Kenyan principal
secretaries and governors, Ugandan, Ethiopian and Somali officials."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # South Africa
    ("za.transport_minister", "2023-06-01", "sindisiwe-chikunga"),
    ("za.transport_minister", "2025-07-21", "barbara-creecy"),
    ("za.tourism_minister", "2024-07-03", "patricia-de-lille"),
    ("za.social_development_minister", "2024-07-03", "sisisi-tolashe"),
    ("za.deputy_social_development_minister", "2024-07-03", "ganief-hendricks"),
    ("za.labour_minister", "2024-09-17", "nomakhosazana-meth"),
    ("za.small_business_minister", "2022-06-01", "stella-ndabeni-abrahams"),
    ("za.small_business_minister", "2024-07-03", "stella-ndabeni-abrahams"),
    ("za.water_minister", "2024-07-07", "pemmy-majodina"),
    ("za.land_reform_minister", "2024-07-03", "mzwanele-nyhontso"),
    ("za.science_minister", "2024-07-03", "blade-nzimande"),
    ("za.women_youth_minister", "2024-07-03", "sindisiwe-chikunga"),
    ("za.planning_minister", "2024-01-01", "maropene-ramokgopa"),
    ("za.deputy_minister_in_presidency", "2025-12-09", "kenny-morolong"),
    ("za.public_works_minister", "2023-06-01", "sihle-zikalala"),
    ("za.deputy_public_works_minister", "2025-06-30", "sihle-zikalala"),
    ("za.gauteng_premier", "2024-06-23", "panyaza-lesufi"),
    ("za.kwazulu_natal_premier", "2024-06-14", "thami-ntuli"),
    ("za.western_cape_premier", "2020-01-01", "alan-winde"),
    ("za.western_cape_premier", "2024-06-14", "alan-winde"),
    ("za.northern_cape_premier", "2024-06-14", "zamani-saul"),
    ("za.limpopo_premier", "2024-06-14", "phophi-ramathuba"),
    ("za.eastern_cape_premier", "2024-06-14", "oscar-mabuyane"),
    ("za.north_west_premier", "2024-06-14", "lazarus-mokgosi"),
    ("za.mpumalanga_premier", "2024-06-14", "mandla-ndlovu-za"),
    ("za.free_state_premier", "2024-06-14", "maqueen-letsoha-mathae"),
    # Zimbabwe
    ("zw.deputy_finance_minister", "2024-07-09", "david-kudakwashe-mnangagwa"),
    ("zw.deputy_tourism_minister", "2025-01-30", "tongai-mnangagwa"),
    ("zw.deputy_defence_minister", "2023-09-12", "levy-mayihlome"),
    ("zw.deputy_justice_minister", "2023-09-12", "obert-mazungunye"),
    ("zw.deputy_veterans_minister", "2023-12-01", "monica-mavhunga"),
    ("zw.deputy_veterans_minister", "2024-04-25", "headman-moyo"),
    ("zw.deputy_primary_education_minister", "2023-09-12", "angeline-gata"),
    ("zw.deputy_public_service_minister", "2023-09-12", "mercy-dinha"),
    ("zw.deputy_information_minister", "2024-02-09", "omphile-marupi"),
    ("zw.deputy_foreign_minister", "2024-06-01", "sheillah-chikomo"),
    ("zw.deputy_local_government_minister", "2024-02-09", "benjamin-kabikira"),
    ("zw.deputy_local_government_minister", "2025-02-20", "albert-mavunga"),
    ("zw.deputy_housing_minister", "2024-04-25", "musa-ncube-zw"),
    ("zw.deputy_energy_minister", "2024-04-25", "yeukai-simbanegavi"),
    ("zw.deputy_mines_minister", "2025-02-20", "caleb-makwiranzou"),
    # Kenya
    ("ke.economic_planning_ps", "2025-04-17", "boniface-makokha"),
    ("ke.public_investments_ps", "2025-04-17", "cyrell-odede"),
    ("ke.government_coordination_ps", "2025-04-17", "ahmed-abdisalan-ibrahim"),
    ("ke.children_welfare_ps", "2025-04-17", "carren-agengo"),
    ("ke.youth_affairs_ps", "2025-04-17", "fikirini-jacobs"),
    ("ke.shipping_maritime_ps", "2025-04-17", "aden-abdi-millah"),
    ("ke.nairobi_governor", "2024-10-07", "johnson-sakaja"),
    ("ke.mombasa_governor", "2023-01-16", "abdulswamad-nassir"),
    ("ke.kisumu_governor", "2022-08-25", "anyang-nyongo"),
    ("ke.kakamega_governor", "2024-10-07", "fernandes-barasa"),
    ("ke.homa_bay_governor", "2022-08-25", "gladys-wanga"),
    ("ke.kisii_governor", "2022-08-25", "simba-arati"),
    ("ke.wajir_governor", "2025-10-06", "ahmed-abdullahi-jiir"),
    ("ke.nyeri_governor", "2025-10-06", "mutahi-kahiga"),
    ("ke.kirinyaga_governor", "2024-10-07", "anne-waiguru"),
    ("ke.machakos_governor", "2022-08-25", "wavinya-ndeti"),
    ("ke.siaya_governor", "2022-08-25", "james-orengo"),
    ("ke.cog_chair", "2023-06-01", "anne-waiguru"),
    ("ke.cog_chair", "2025-10-06", "ahmed-abdullahi-jiir"),
    ("ke.cog_vice_chair", "2025-10-06", "mutahi-kahiga"),
    # Uganda
    ("ug.mos_minerals", "2020-08-01", "peter-lokeris"),
    ("ug.karamoja_minister", "2025-04-02", "peter-lokeris"),
    ("ug.government_chief_whip", "2025-07-04", "hamson-obua"),
    ("ug.opposition_chief_whip", "2024-06-19", "john-baptist-nambeshe"),
    ("ug.nup_secretary_general", "2025-06-16", "david-lewis-rubongoya"),
    ("ug.head_of_public_service", "2015-01-01", "john-mitala"),
    ("ug.head_of_public_service", "2025-08-26", "lucy-nakyobe"),
    # Ethiopia
    ("et.niss_director_general", "2020-01-01", "demelash-gebremichael"),
    ("et.niss_director_general", "2022-06-01", "temesgen-tiruneh"),
    ("et.niss_director_general", "2025-02-22", "redwan-hussien"),
    # Somalia
    ("so.deputy_prime_minister", "2025-10-31", "salah-ahmed-jama"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("za.transport_minister", "2024-07-04", "sindisiwe-chikunga"),
    ("za.public_works_minister", "2024-07-04", "sihle-zikalala"),
    ("zw.deputy_veterans_minister", "2024-04-25", "monica-mavhunga"),
    ("ke.cog_chair", "2024-10-08", "anne-waiguru"),
    ("ug.mos_minerals", "2024-03-22", "peter-lokeris"),
    ("ug.head_of_public_service", "2021-07-16", "john-mitala"),
    ("et.niss_director_general", "2020-12-01", "demelash-gebremichael"),
    ("et.niss_director_general", "2024-02-09", "temesgen-tiruneh"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Gauteng Premier", "2025-06-01", "panyaza-lesufi"),
    ("KwaZulu-Natal Premier", "2025-06-01", "thami-ntuli"),
    ("Western Cape Premier", "2025-06-01", "alan-winde"),
    ("Nairobi Governor", "2025-06-01", "johnson-sakaja"),
    ("Mombasa Governor", "2025-06-01", "abdulswamad-nassir"),
    ("Minister for Karamoja Affairs", "2025-06-01", "peter-lokeris"),
    ("NUP Secretary General", "2025-06-01", "david-lewis-rubongoya"),
    ("Ethiopia's intelligence chief", "2025-06-01", "redwan-hussien"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
