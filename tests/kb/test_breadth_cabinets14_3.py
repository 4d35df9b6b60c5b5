"""Canadian cabinet office holders of the Trudeau and Carney governments (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("ca.health_minister", "2024-05-19", "mark-holland"),
    ("ca.health_minister", "2025-04-13", "kamal-khera"),
    ("ca.health_minister", "2025-05-13", "marjorie-michel"),
    ("ca.immigration_minister", "2024-05-19", "marc-miller"),
    ("ca.immigration_minister", "2025-04-13", "rachel-bendayan"),
    ("ca.immigration_minister", "2025-05-13", "lena-metlege-diab"),
    ("ca.environment_minister", "2023-07-05", "steven-guilbeault"),
    ("ca.environment_minister", "2025-04-13", "terry-duguid"),
    ("ca.environment_minister", "2025-08-22", "julie-dabrusin"),
    ("ca.transport_minister", "2024-12-16", "anita-anand"),
    ("ca.transport_minister", "2025-06-15", "chrystia-freeland"),
    ("ca.transport_minister", "2025-09-16", "steven-mackinnon"),
    ("ca.treasury_board_president", "2024-04-07", "anita-anand"),
    ("ca.treasury_board_president", "2025-03-02", "ginette-petitpas-taylor"),
    ("ca.treasury_board_president", "2025-05-13", "shafqat-ali"),
    ("ca.housing_minister", "2024-04-07", "sean-fraser"),
    ("ca.housing_minister", "2025-03-02", "nate-erskine-smith"),
    ("ca.housing_minister", "2025-05-13", "gregor-robertson"),
    ("ca.agriculture_minister", "2024-05-19", "lawrence-macaulay"),
    ("ca.agriculture_minister", "2025-04-13", "kody-blois"),
    ("ca.agriculture_minister", "2025-05-13", "heath-macdonald"),
    ("ca.fisheries_minister", "2024-05-19", "diane-lebouthillier"),
    ("ca.fisheries_minister", "2025-04-13", "joanne-thompson"),
    ("ca.crown_indigenous_minister", "2024-06-18", "gary-anandasangaree"),
    ("ca.crown_indigenous_minister", "2025-05-13", "rebecca-alty"),
    ("ca.indigenous_services_minister", "2023-08-04", "patty-hajdu"),
    ("ca.indigenous_services_minister", "2025-05-13", "mandy-gull-masty"),
    ("ca.public_works_minister", "2024-05-19", "jean-yves-duclos"),
    ("ca.public_works_minister", "2025-04-13", "ali-ehsassi"),
    ("ca.public_works_minister", "2025-08-22", "joel-lightbound"),
    ("ca.culture_minister", "2024-05-19", "pascale-st-onge"),
    ("ca.culture_minister", "2025-07-21", "steven-guilbeault"),
    ("ca.culture_minister", "2025-12-01", "marc-miller"),
    ("ca.house_leader", "2024-05-19", "karina-gould"),
    ("ca.house_leader", "2025-04-13", "arielle-kayabaga"),
    ("ca.house_leader", "2025-07-15", "steven-mackinnon"),
    ("ca.jobs_families_minister", "2025-03-02", "steven-mackinnon"),
    ("ca.jobs_families_minister", "2025-05-13", "patty-hajdu"),
    ("ca.ai_minister", "2025-05-13", "evan-solomon"),
    ("ca.emergency_management_minister", "2025-05-13", "eleanor-olszewski"),
    ("ca.veterans_affairs_minister", "2025-05-13", "jill-mcknight"),
    ("ca.northern_arctic_minister", "2025-05-13", "rebecca-chartrand"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ca.health_minister", "2025-04-03", "mark-holland"),
    ("ca.health_minister", "2025-06-02", "kamal-khera"),
    ("ca.immigration_minister", "2025-04-03", "marc-miller"),
    ("ca.immigration_minister", "2025-06-02", "rachel-bendayan"),
    ("ca.environment_minister", "2025-04-03", "steven-guilbeault"),
    ("ca.environment_minister", "2025-06-02", "terry-duguid"),
    ("ca.transport_minister", "2025-04-03", "anita-anand"),
    ("ca.transport_minister", "2025-10-06", "chrystia-freeland"),
    ("ca.treasury_board_president", "2025-01-09", "anita-anand"),
    ("ca.treasury_board_president", "2025-06-02", "ginette-petitpas-taylor"),
    ("ca.housing_minister", "2025-01-09", "sean-fraser"),
    ("ca.housing_minister", "2025-06-02", "nate-erskine-smith"),
    ("ca.agriculture_minister", "2025-04-03", "lawrence-macaulay"),
    ("ca.agriculture_minister", "2025-06-02", "kody-blois"),
    ("ca.fisheries_minister", "2025-04-03", "diane-lebouthillier"),
    ("ca.crown_indigenous_minister", "2025-06-02", "gary-anandasangaree"),
    ("ca.indigenous_services_minister", "2025-06-02", "patty-hajdu"),
    ("ca.public_works_minister", "2025-04-03", "jean-yves-duclos"),
    ("ca.public_works_minister", "2025-06-02", "ali-ehsassi"),
    ("ca.culture_minister", "2025-04-03", "pascale-st-onge"),
    ("ca.culture_minister", "2025-12-17", "steven-guilbeault"),
    ("ca.house_leader", "2025-04-03", "karina-gould"),
    ("ca.house_leader", "2025-06-02", "arielle-kayabaga"),
    ("ca.jobs_families_minister", "2025-06-02", "steven-mackinnon"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Canadian Health Minister", "2025-06-01", "marjorie-michel"),
    ("Canadian Immigration Minister", "2024-06-01", "marc-miller"),
    ("Canadian Environment Minister", "2025-06-01", "julie-dabrusin"),
    ("Canadian Transport Minister", "2025-10-15", "steven-mackinnon"),
    ("Canadian Agriculture Minister", "2025-06-01", "heath-macdonald"),
    ("Canadian Fisheries Minister", "2024-06-01", "diane-lebouthillier"),
    ("Canadian Housing Minister", "2025-06-01", "gregor-robertson"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
