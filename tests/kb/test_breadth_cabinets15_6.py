"""United Arab Emirates, Qatar and Kazakhstan cabinet office holders 2024-2026 (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # United Arab Emirates
    ("ae.justice_minister", "2025-08-26", "abdullah-bin-sultan-al-nuaimi"),
    ("ae.health_minister", "2024-06-01", "abdul-rahman-al-owais"),
    ("ae.health_minister", "2025-10-01", "ahmed-al-sayegh"),
    ("ae.education_minister", "2024-03-01", "ahmad-belhoul-al-falasi"),
    ("ae.education_minister", "2025-08-27", "sarah-al-amiri"),
    ("ae.sports_minister", "2025-10-22", "ahmad-belhoul-al-falasi"),
    ("ae.higher_education_minister", "2025-10-22", "abdulrahman-al-awar"),
    ("ae.human_resources_minister", "2024-05-01", "abdulrahman-al-awar"),
    ("ae.environment_minister", "2023-12-01", "mariam-almheiri"),
    ("ae.environment_minister", "2025-06-01", "amna-al-dahak"),
    ("ae.culture_minister", "2024-09-01", "salem-al-qassimi"),
    ("ae.industry_minister", "2025-01-15", "sultan-al-jaber"),
    ("ae.investment_minister", "2023-07-15", "mohamed-hassan-alsuwaidi"),
    ("ae.family_minister", "2024-12-11", "sana-suhail"),
    ("ae.community_minister", "2025-03-01", "shamma-al-mazrouei"),
    ("ae.cabinet_affairs_minister", "2025-09-11", "mohammad-al-gergawi"),
    ("ae.tolerance_minister", "2025-11-06", "nahyan-bin-mubarak-al-nahyan"),
    ("ae.minister_of_state_defence", "2023-06-01", "mohammed-al-bowardi"),
    ("ae.minister_of_state_defence", "2024-01-12", "mohamed-mubarak-al-mazrouei"),
    ("ae.minister_of_state_youth", "2024-01-12", "sultan-alneyadi"),
    ("ae.minister_of_state_entrepreneurship", "2024-07-20", "alia-al-mazrouei"),
    ("ae.economy_minister", "2024-06-22", "abdulla-bin-touq-al-marri"),
    ("ae.foreign_trade_minister", "2025-06-19", "thani-al-zeyoudi"),
    # Qatar
    ("qa.health_minister", "2024-06-01", "hanan-al-kuwari"),
    ("qa.health_minister", "2025-05-20", "mansour-al-mahmoud"),
    ("qa.education_minister", "2024-06-01", "buthaina-al-nuaimi"),
    ("qa.education_minister", "2026-02-18", "lolwah-al-khater"),
    ("qa.social_development_minister", "2024-06-01", "maryam-al-misnad"),
    ("qa.social_development_minister", "2024-11-12", "buthaina-al-nuaimi"),
    ("qa.minister_of_state_international_cooperation", "2024-06-01", "lolwah-al-khater"),
    ("qa.minister_of_state_international_cooperation", "2024-11-13", "maryam-al-misnad"),
    ("qa.commerce_minister", "2024-06-01", "mohammed-bin-hamad-bin-qassim-al-thani"),
    ("qa.commerce_minister", "2025-04-21", "faisal-bin-thani-al-thani"),
    ("qa.transport_minister", "2024-06-01", "jassim-al-sulaiti"),
    ("qa.transport_minister", "2025-05-20", "mohammed-bin-abdulla-al-thani"),
    ("qa.labour_minister", "2025-09-17", "ali-bin-smaikh-al-marri"),
    ("qa.justice_minister", "2025-09-17", "ibrahim-al-mohannadi"),
    ("qa.municipality_minister", "2025-06-01", "abdullah-bin-hamad-bin-abdullah-al-attiyah"),
    ("qa.environment_minister", "2025-05-26", "abdulla-al-subaie"),
    ("qa.sports_minister", "2023-06-01", "salah-bin-ghanem-al-ali"),
    ("qa.sports_minister", "2024-06-01", "hamad-bin-khalifa-bin-ahmed-al-thani"),
    ("qa.culture_minister", "2023-12-02", "abdulrahman-bin-hamad-al-thani"),
    ("qa.state_security_head", "2024-08-16", "abdullah-bin-mohammed-al-khulaifi"),
    ("qa.state_security_head", "2024-11-13", "khalfan-al-kaabi"),
    ("qa.finance_minister", "2025-11-24", "ali-bin-ahmed-al-kuwari"),
    # Kazakhstan
    ("kz.economy_minister", "2025-10-14", "serik-zhumangarin"),
    ("kz.health_minister", "2023-06-01", "azhar-giniyat"),
    ("kz.health_minister", "2025-04-08", "akmaral-alnazarova"),
    ("kz.emergency_minister", "2023-12-01", "syrym-sharipkhanov"),
    ("kz.emergency_minister", "2025-03-20", "chingis-arinov"),
    ("kz.energy_minister", "2024-06-01", "almasadam-satkaliyev"),
    ("kz.energy_minister", "2025-05-31", "yerlan-akkenzhenov"),
    ("kz.agriculture_minister", "2025-02-16", "aidarbek-saparov"),
    ("kz.ecology_minister", "2024-06-01", "yerlan-nysanbayev"),
    ("kz.water_minister", "2024-06-01", "nurzhan-nurzhigitov"),
    ("kz.education_minister", "2024-06-01", "gani-beisembayev"),
    ("kz.education_minister", "2026-01-27", "zhuldyz-suleimenova"),
    ("kz.transport_minister", "2025-07-04", "nurlan-sauranbayev"),
    ("kz.industry_minister", "2025-08-29", "yersayin-nagaspayev"),
    ("kz.trade_minister", "2025-05-30", "arman-shakkaliyev"),
    ("kz.labour_minister", "2025-06-04", "svetlana-zhakupova"),
    ("kz.culture_minister", "2024-05-13", "aida-balayeva"),
    ("kz.science_minister", "2025-08-19", "sayasat-nurbek"),
    ("kz.digital_minister", "2024-07-18", "zhaslan-madiyev"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ae.health_minister", "2025-09-15", "abdul-rahman-al-owais"),
    ("ae.education_minister", "2024-08-01", "ahmad-belhoul-al-falasi"),
    ("ae.environment_minister", "2024-02-01", "mariam-almheiri"),
    ("ae.minister_of_state_defence", "2024-02-01", "mohammed-al-bowardi"),
    ("qa.health_minister", "2024-12-01", "hanan-al-kuwari"),
    ("qa.education_minister", "2024-12-01", "buthaina-al-nuaimi"),
    ("qa.social_development_minister", "2024-12-01", "maryam-al-misnad"),
    ("qa.minister_of_state_international_cooperation", "2024-12-01", "lolwah-al-khater"),
    ("qa.commerce_minister", "2024-12-01", "mohammed-bin-hamad-bin-qassim-al-thani"),
    ("qa.transport_minister", "2024-12-01", "jassim-al-sulaiti"),
    ("qa.sports_minister", "2024-03-01", "salah-bin-ghanem-al-ali"),
    ("qa.state_security_head", "2024-12-01", "abdullah-bin-mohammed-al-khulaifi"),
    ("kz.economy_minister", "2025-02-01", "nurlan-baibazarov"),
    ("kz.health_minister", "2024-03-01", "azhar-giniyat"),
    ("kz.emergency_minister", "2024-03-01", "syrym-sharipkhanov"),
    ("kz.energy_minister", "2025-04-23", "almasadam-satkaliyev"),
    ("kz.education_minister", "2025-12-01", "gani-beisembayev"),
    ("kz.labour_minister", "2026-02-15", "svetlana-zhakupova"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Emirati Health Minister", "2025-10-01", "ahmed-al-sayegh"),
    ("UAE Education Minister", "2025-08-27", "sarah-al-amiri"),
    ("UAE Justice Minister", "2025-08-26", "abdullah-bin-sultan-al-nuaimi"),
    ("Qatari Health Minister", "2025-05-20", "mansour-al-mahmoud"),
    ("Qatari Education Minister", "2024-06-01", "buthaina-al-nuaimi"),
    ("Qatari Transport Minister", "2025-05-20", "mohammed-bin-abdulla-al-thani"),
    ("Kazakh Energy Minister", "2025-05-31", "yerlan-akkenzhenov"),
    ("Kazakh Health Minister", "2025-04-08", "akmaral-alnazarova"),
    ("Kazakh Agriculture Minister", "2025-02-16", "aidarbek-saparov"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
