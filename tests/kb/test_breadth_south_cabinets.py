"""Cabinets of Thailand, the Philippines, India and Pakistan (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Thailand: Srettha and Paetongtarn cabinets
    ("th.tourism_minister", "2024-01-15", "sudawan-wangsuphakijkosol"),
    ("th.social_development_minister", "2024-01-15", "varawut-silpa-archa"),
    ("th.higher_education_minister", "2024-01-15", "supamas-isarabhakdi"),
    ("th.digital_economy_minister", "2024-01-15", "prasert-jantararuangtong"),
    ("th.pm_office_minister", "2024-01-15", "puangpetch-chunla-iad"),
    ("th.agriculture_minister", "2024-01-15", "thamanat-prompow"),
    ("th.transport_minister", "2025-03-01", "suriya-juangroongruangkit"),
    ("th.energy_minister", "2025-03-01", "pirapan-salirathavibhaga"),
    ("th.deputy_prime_minister", "2025-03-01", "suriya-juangroongruangkit"),
    ("th.deputy_prime_minister", "2025-03-01", "prasert-jantararuangtong"),
    ("th.deputy_defence_minister", "2025-08-01", "nattaphon-narkphanit"),
    # Philippines: Marcos Jr. cabinet secretaries
    ("ph.budget_secretary", "2024-06-01", "amenah-pangandaman"),
    ("ph.budget_secretary", "2025-12-01", "rolando-toledo"),
    ("ph.dict_secretary", "2023-06-01", "ivan-john-uy"),
    ("ph.dict_secretary", "2025-10-15", "henry-aguda"),
    ("ph.labor_secretary", "2024-01-01", "bienvenido-laguesma"),
    ("ph.tourism_secretary", "2024-01-01", "christina-frasco"),
    ("ph.migrant_workers_secretary", "2023-01-01", "susan-ople"),
    ("ph.migrant_workers_secretary", "2025-01-01", "hans-leo-cacdac"),
    ("ph.planning_secretary", "2024-01-01", "arsenio-balisacan"),
    ("ph.housing_secretary", "2025-07-01", "jose-ramon-aliling"),
    ("ph.pco_secretary", "2025-04-01", "jay-ruiz"),
    ("ph.pco_secretary", "2025-08-01", "dave-gomez"),
    ("ph.energy_secretary", "2025-08-01", "sharon-garin"),
    # India: Modi's third ministry
    ("in.textiles_minister", "2025-01-01", "giriraj-singh"),
    ("in.coal_minister", "2025-01-01", "g-kishan-reddy"),
    ("in.mines_minister", "2025-01-01", "g-kishan-reddy"),
    ("in.jal_shakti_minister", "2025-01-01", "c-r-patil"),
    ("in.doner_minister", "2025-01-01", "jyotiraditya-scindia"),
    ("in.law_minister", "2025-01-01", "arjun-ram-meghwal"),
    ("in.science_technology_minister", "2025-01-01", "jitendra-singh"),
    ("in.skill_development_minister", "2025-01-01", "jayant-chaudhary"),
    ("in.ayush_minister", "2025-01-01", "prataprao-jadhav"),
    ("in.statistics_minister", "2025-01-01", "rao-inderjit-singh"),
    ("in.cooperation_minister", "2025-01-01", "amit-shah"),
    ("in.steel_minister", "2025-01-01", "hd-kumaraswamy"),
    # Pakistan: Shehbaz Sharif's second cabinet and its 2025 expansion
    ("pk.power_minister", "2025-01-01", "awais-leghari"),
    ("pk.railways_minister", "2025-06-01", "hanif-abbasi"),
    ("pk.petroleum_minister", "2024-10-01", "musadik-malik"),
    ("pk.defence_production_minister", "2024-10-01", "khawaja-asif"),
    ("pk.defence_production_minister", "2025-06-01", "raza-hayat-hiraj"),
    ("pk.health_minister", "2025-06-01", "mustafa-kamal-pk"),
    ("pk.it_minister", "2025-06-01", "shaza-fatima-khawaja"),
    ("pk.science_technology_minister", "2025-06-01", "khalid-magsi"),
    ("pk.parliamentary_affairs_minister", "2025-06-01", "tariq-fazal-chaudhry"),
    ("pk.maritime_affairs_minister", "2024-10-01", "qaiser-ahmed-sheikh"),
    ("pk.maritime_affairs_minister", "2025-06-01", "junaid-anwar-chaudhry"),
    ("pk.science_technology_minister", "2024-10-01", "khalid-maqbool-siddiqui"),
    ("pk.housing_minister", "2024-06-01", "riaz-hussain-pirzada"),
    ("pk.economic_affairs_minister", "2024-06-01", "ahad-cheema"),
    ("ph.army_commanding_general", "2024-06-01", "roy-galido"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("th.deputy_prime_minister", "2024-06-01", "somsak-thepsuthin"),        # relieved 2024-04-28
    ("th.tourism_minister", "2024-06-01", "sudawan-wangsuphakijkosol"),     # relieved 2024-04-28
    ("th.energy_minister", "2025-10-01", "pirapan-salirathavibhaga"),       # Anutin cabinet from 2025-09-19
    ("th.deputy_prime_minister", "2025-10-01", "suriya-juangroongruangkit"),
    ("ph.budget_secretary", "2025-12-01", "amenah-pangandaman"),            # resigned 2025-11-17
    ("ph.dict_secretary", "2025-06-01", "ivan-john-uy"),                    # resigned March 2025
    ("ph.housing_secretary", "2025-07-01", "jose-rizalino-acuzar"),         # replaced May 2025
    ("ph.pco_secretary", "2025-08-01", "jay-ruiz"),                         # replaced 2025-07-10
    ("ph.migrant_workers_secretary", "2024-01-01", "susan-ople"),           # died August 2023
    ("pk.railways_minister", "2024-06-01", "awais-leghari"),                # moved to power 2024-03-17
    ("pk.petroleum_minister", "2025-06-01", "musadik-malik"),               # moved to climate change 2025-03-07
    ("pk.defence_production_minister", "2025-06-01", "khawaja-asif"),
    ("pk.maritime_affairs_minister", "2025-06-01", "qaiser-ahmed-sheikh"),  # ministry to Junaid Anwar 2025-03-07
    ("ph.army_commanding_general", "2025-09-01", "roy-galido"),             # retired 2025-07-31
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("person", [
    "giriraj-singh", "g-kishan-reddy", "c-r-patil", "jitendra-singh", "rao-inderjit-singh",
    "jayant-chaudhary", "tariq-fazal-chaudhry", "junaid-anwar-chaudhry", "mustafa-kamal-pk",
    "rolando-toledo", "jay-ruiz", "dave-gomez", "qaiser-ahmed-sheikh",
])
def test_shared_family_names_are_left_out(kb, person):
    """A bare 'Singh', 'Reddy', 'Chaudhry', 'Toledo' or 'Gomez' must not name these people."""
    assert kb.persons[person].family is None
