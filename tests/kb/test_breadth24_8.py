"""Harvest 24-8 (issue #11): US officials below the cabinet, Mexican governors and mayors, Colombian,
Ecuadorian, Peruvian and Argentine office holders and Canada's secretaries of state, on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # US district judges
    ("us.federal_district_judge", "2025-10-05", "karin-immergut"),
    ("us.federal_district_judge", "2025-10-09", "april-perry"),
    ("us.federal_district_judge", "2025-11-20", "jia-cobb"),
    ("us.federal_district_judge", "2025-06-12", "charles-breyer"),
    ("us.federal_district_judge", "2025-11-24", "cameron-mcgowan-currie"),
    # US attorneys and the pardon attorney
    ("us.us_attorney_edva", "2025-06-01", "erik-siebert"),
    ("us.us_attorney_edva", "2025-10-15", "lindsey-halligan"),
    ("us.us_attorney_dc", "2025-03-01", "ed-martin-doj"),
    ("us.us_attorney_dc", "2025-08-03", "jeanine-pirro"),
    ("us.us_attorney_nj", "2025-07-01", "alina-habba"),
    ("us.pardon_attorney", "2025-06-01", "ed-martin-doj"),
    # Homeland security and the Border Patrol
    ("us.dhs_assistant_secretary_public_affairs", "2025-10-01", "tricia-mclaughlin"),
    ("us.dhs_assistant_secretary_public_affairs", "2026-03-15", "lauren-bis"),
    ("us.dhs_spokesperson", "2026-03-15", "katie-zacharia"),
    ("us.border_patrol_chief", "2024-06-01", "jason-owens-usbp"),
    ("us.border_patrol_chief", "2025-03-11", "mike-banks-usbp"),
    ("us.border_patrol_commander_at_large", "2025-11-15", "gregory-bovino"),
    # White House press office
    ("us.white_house_deputy_press_secretary", "2025-03-01", "kush-desai"),
    ("us.white_house_principal_deputy_press_secretary", "2025-06-01", "harrison-fields"),
    # State attorneys general
    ("us.new_york_attorney_general", "2025-10-01", "letitia-james"),
    ("us.illinois_attorney_general", "2025-10-09", "kwame-raoul"),
    ("us.california_attorney_general", "2025-06-10", "rob-bonta"),
    ("us.dc_attorney_general", "2025-09-05", "brian-schwalb"),
    # Mexico
    ("mx.nuevo_leon_governor", "2022-06-01", "samuel-garcia-nl"),
    ("mx.sinaloa_governor", "2022-04-16", "ruben-rocha-moya"),
    ("mx.sonora_governor", "2025-02-01", "alfonso-durazo"),
    ("mx.baja_california_governor", "2021-11-02", "marina-del-pilar-avila"),
    ("mx.michoacan_governor", "2021-10-02", "alfredo-ramirez-bedolla"),
    ("mx.uruapan_mayor", "2025-06-01", "carlos-manzo"),
    ("mx.uruapan_mayor", "2025-11-06", "grecia-quiroz"),
    ("mx.senate_foreign_relations_chair", "2024-10-08", "alejandro-murat"),
    # Colombia
    ("co.medellin_mayor", "2018-06-01", "federico-gutierrez"),
    ("co.medellin_mayor", "2024-02-01", "federico-gutierrez"),
    ("co.antioquia_governor", "2024-02-01", "andres-julian-rendon"),
    # Ecuador, Peru
    ("ec.presidential_spokesperson", "2025-08-01", "carolina-jaramillo-ec"),
    ("pe.fuerza_popular_president", "2021-06-06", "keiko-fujimori"),
    ("pe.fuerza_popular_president", "2025-10-29", "keiko-fujimori"),
    # Argentina
    ("ar.chamber_second_vice_president", "2025-12-03", "luis-petri"),
    ("ar.lla_deputies_bloc_leader", "2024-06-01", "gabriel-bornoroni"),
    ("ar.uxp_deputies_bloc_leader", "2024-06-01", "german-martinez-ar"),
    # Canada
    ("ca.children_youth_secretary_of_state", "2025-05-14", "anna-gainey"),
    ("ca.cra_financial_institutions_secretary_of_state", "2025-05-14", "wayne-long"),
    ("ca.seniors_secretary_of_state", "2025-05-14", "stephanie-mclean"),
    ("ca.nature_secretary_of_state", "2025-05-14", "nathalie-provost"),
    ("ca.sport_secretary_of_state", "2025-05-14", "adam-van-koeverden"),
    ("ca.labour_secretary_of_state", "2025-05-14", "john-zerucelli"),
    ("ca.combatting_crime_secretary_of_state", "2025-05-14", "ruby-sahota"),
    ("ca.defence_procurement_secretary_of_state", "2025-07-29", "stephen-fuhr"),
    ("ca.rural_development_secretary_of_state", "2025-05-14", "buckley-belanger"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.us_attorney_edva", "2025-10-01", "erik-siebert"),
    ("us.us_attorney_edva", "2026-02-15", "lindsey-halligan"),
    ("us.us_attorney_dc", "2025-06-15", "ed-martin-doj"),
    ("us.us_attorney_nj", "2025-12-20", "alina-habba"),
    ("us.dhs_assistant_secretary_public_affairs", "2026-03-15", "tricia-mclaughlin"),
    ("us.border_patrol_chief", "2025-03-01", "jason-owens-usbp"),
    ("us.border_patrol_commander_at_large", "2026-03-01", "gregory-bovino"),
    ("us.white_house_principal_deputy_press_secretary", "2025-09-01", "harrison-fields"),
    ("mx.uruapan_mayor", "2025-11-06", "carlos-manzo"),
    ("co.medellin_mayor", "2021-06-01", "federico-gutierrez"),
    ("ec.presidential_spokesperson", "2025-12-15", "carolina-jaramillo-ec"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Nuevo León Governor", "2025-06-01", "samuel-garcia-nl"),
    ("Sinaloa governor", "2025-06-01", "ruben-rocha-moya"),
    ("Michoacán Governor", "2025-11-10", "alfredo-ramirez-bedolla"),
    ("Mayor of Uruapan", "2025-11-10", "grecia-quiroz"),
    ("Mayor of Medellín", "2025-06-01", "federico-gutierrez"),
    ("California Attorney General", "2025-06-01", "rob-bonta"),
    ("New York Attorney General", "2025-06-01", "letitia-james"),
    ("U.S. Border Patrol Chief", "2025-06-01", "mike-banks-usbp"),
    ("U.S. Attorney for the Eastern District of Virginia", "2025-10-15", "lindsey-halligan"),
    ("U.S. Attorney for the District of Columbia", "2025-09-01", "jeanine-pirro"),
    ("Secretary of State for Defence Procurement", "2025-06-01", "stephen-fuhr"),
    ("leader of Fuerza Popular", "2025-06-01", "keiko-fujimori"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder


@pytest.mark.parametrize("title, day, holder", [
    ("U.S. Attorney General", "2025-06-01", "pam-bondi"),
    ("Attorney General of the United States", "2025-06-01", "pam-bondi"),
    ("Senate Foreign Relations Committee chair", "2025-06-01", "jim-risch"),
])
def test_nearby_federal_titles_keep_their_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
