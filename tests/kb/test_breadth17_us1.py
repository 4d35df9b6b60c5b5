"""United States cabinet departments (HHS, Interior, Labor, HUD, Transportation, Education, Veterans
Affairs) and the heads of the HHS agencies (NIH, FDA, CDC, CMS, Surgeon General), 2021-2026 (issue #11),
resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("us.secretary_of_health_and_human_services", "2021-02-15", "norris-cochran"),
    ("us.secretary_of_health_and_human_services", "2023-06-01", "xavier-becerra"),
    ("us.secretary_of_health_and_human_services", "2025-02-01", "dorothy-fink"),
    ("us.secretary_of_health_and_human_services", "2025-09-01", "robert-f-kennedy-jr"),
    ("us.secretary_of_the_interior", "2023-06-01", "deb-haaland"),
    ("us.secretary_of_the_interior", "2025-01-25", "walter-cruickshank"),
    ("us.secretary_of_the_interior", "2025-06-01", "doug-burgum"),
    ("us.secretary_of_labor", "2022-06-01", "marty-walsh"),
    ("us.secretary_of_labor", "2024-06-01", "julie-su"),
    ("us.secretary_of_labor", "2025-02-15", "vince-micone"),
    ("us.secretary_of_labor", "2025-10-01", "lori-chavez-deremer"),
    ("us.secretary_of_labor", "2026-04-21", "keith-sonderling"),
    ("us.secretary_of_housing_and_urban_development", "2022-06-01", "marcia-fudge"),
    ("us.secretary_of_housing_and_urban_development", "2024-06-01", "adrianne-todman"),
    ("us.secretary_of_housing_and_urban_development", "2025-06-01", "scott-turner"),
    ("us.secretary_of_transportation", "2023-06-01", "pete-buttigieg"),
    ("us.secretary_of_transportation", "2025-06-01", "sean-duffy"),
    ("us.secretary_of_education", "2023-06-01", "miguel-cardona"),
    ("us.secretary_of_education", "2025-02-15", "denise-carter"),
    ("us.secretary_of_education", "2025-06-01", "linda-mcmahon"),
    ("us.secretary_of_veterans_affairs", "2023-06-01", "denis-mcdonough"),
    ("us.secretary_of_veterans_affairs", "2025-06-01", "doug-collins"),
    ("us.nih_director", "2021-06-01", "francis-collins"),
    ("us.nih_director", "2022-06-01", "lawrence-tabak"),
    ("us.nih_director", "2024-06-01", "monica-bertagnolli"),
    ("us.nih_director", "2025-03-01", "matthew-memoli"),
    ("us.nih_director", "2025-10-01", "jay-bhattacharya"),
    ("us.fda_commissioner", "2021-06-01", "janet-woodcock"),
    ("us.fda_commissioner", "2023-06-01", "robert-califf"),
    ("us.fda_commissioner", "2025-03-01", "sara-brenner"),
    ("us.fda_commissioner", "2025-10-01", "marty-makary"),
    ("us.cdc_director", "2022-06-01", "rochelle-walensky"),
    ("us.cdc_director", "2023-07-05", "nirav-shah"),
    ("us.cdc_director", "2024-06-01", "mandy-cohen"),
    ("us.cdc_director", "2025-03-01", "susan-monarez"),
    ("us.cdc_director", "2025-08-15", "susan-monarez"),
    ("us.cdc_director", "2025-11-01", "jim-oneill"),
    ("us.cdc_director", "2026-03-01", "jay-bhattacharya"),
    ("us.cms_administrator", "2021-03-01", "liz-richter"),
    ("us.cms_administrator", "2023-06-01", "chiquita-brooks-lasure"),
    ("us.cms_administrator", "2025-06-01", "mehmet-oz"),
    ("us.surgeon_general", "2021-03-01", "susan-orsega"),
    ("us.surgeon_general", "2023-06-01", "vivek-murthy"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.secretary_of_health_and_human_services", "2021-04-01", "norris-cochran"),
    ("us.secretary_of_health_and_human_services", "2025-02-01", "xavier-becerra"),
    ("us.secretary_of_health_and_human_services", "2025-03-01", "dorothy-fink"),
    ("us.secretary_of_the_interior", "2025-03-01", "deb-haaland"),
    ("us.secretary_of_the_interior", "2025-03-01", "walter-cruickshank"),
    ("us.secretary_of_labor", "2023-06-01", "marty-walsh"),
    ("us.secretary_of_labor", "2025-02-15", "julie-su"),
    ("us.secretary_of_labor", "2025-06-01", "vince-micone"),
    ("us.secretary_of_labor", "2026-06-01", "lori-chavez-deremer"),
    ("us.secretary_of_housing_and_urban_development", "2024-06-01", "marcia-fudge"),
    ("us.secretary_of_housing_and_urban_development", "2025-06-01", "adrianne-todman"),
    ("us.secretary_of_transportation", "2025-06-01", "pete-buttigieg"),
    ("us.secretary_of_education", "2025-06-01", "miguel-cardona"),
    ("us.secretary_of_education", "2025-06-01", "denise-carter"),
    ("us.secretary_of_veterans_affairs", "2025-06-01", "denis-mcdonough"),
    ("us.nih_director", "2022-06-01", "francis-collins"),
    ("us.nih_director", "2024-06-01", "lawrence-tabak"),
    ("us.nih_director", "2025-03-01", "monica-bertagnolli"),
    ("us.nih_director", "2025-06-01", "matthew-memoli"),
    ("us.fda_commissioner", "2023-06-01", "janet-woodcock"),
    ("us.fda_commissioner", "2025-03-01", "robert-califf"),
    ("us.fda_commissioner", "2025-06-01", "sara-brenner"),
    ("us.fda_commissioner", "2026-06-01", "marty-makary"),
    ("us.cdc_director", "2023-08-01", "rochelle-walensky"),
    ("us.cdc_director", "2025-03-01", "mandy-cohen"),
    ("us.cdc_director", "2025-10-01", "susan-monarez"),
    ("us.cdc_director", "2026-03-01", "jim-oneill"),
    ("us.cms_administrator", "2021-06-01", "liz-richter"),
    ("us.cms_administrator", "2025-06-01", "chiquita-brooks-lasure"),
    ("us.surgeon_general", "2021-06-01", "susan-orsega"),
    ("us.surgeon_general", "2025-06-01", "vivek-murthy"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("HHS Secretary", "2025-09-01", "robert-f-kennedy-jr"),
    ("Health and Human Services Secretary", "2023-06-01", "xavier-becerra"),
    ("US Health Secretary", "2025-09-01", "robert-f-kennedy-jr"),
    ("US Interior Secretary", "2023-06-01", "deb-haaland"),
    ("US Labor Secretary", "2025-10-01", "lori-chavez-deremer"),
    ("HUD Secretary", "2025-06-01", "scott-turner"),
    ("US Transportation Secretary", "2023-06-01", "pete-buttigieg"),
    ("US Education Secretary", "2025-06-01", "linda-mcmahon"),
    ("Veterans Affairs Secretary", "2025-06-01", "doug-collins"),
    ("NIH Director", "2024-06-01", "monica-bertagnolli"),
    ("FDA Commissioner", "2025-10-01", "marty-makary"),
    ("CDC Director", "2024-06-01", "mandy-cohen"),
    ("CMS Administrator", "2025-06-01", "mehmet-oz"),
    ("Surgeon General", "2023-06-01", "vivek-murthy"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
