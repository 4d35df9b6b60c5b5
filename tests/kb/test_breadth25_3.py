"""Cabinets of the Americas, 2025-2026 (harvest 25-3, issue #11): Lula's ministers, US deputy
secretaries and agency heads, Milei's secretaries, Colombia, Mexico, Peru and Canada resolve on known
days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Brazil
    ("br.advocate_general", "2025-06-01", "jorge-messias"),
    ("br.science_minister", "2023-06-01", "luciana-santos"),
    ("br.social_development_minister", "2023-06-01", "wellington-dias"),
    ("br.culture_minister", "2025-06-01", "margareth-menezes"),
    ("br.cgu_minister", "2025-06-01", "vinicius-marques-de-carvalho"),
    ("br.integration_minister", "2025-06-01", "waldez-goes"),
    ("br.cities_minister", "2025-06-01", "jader-filho"),
    ("br.indigenous_peoples_minister", "2025-06-01", "sonia-guajajara"),
    ("br.agrarian_development_minister", "2025-06-01", "paulo-teixeira-br"),
    ("br.fisheries_minister", "2025-06-01", "andre-de-paula"),
    ("br.ports_airports_minister", "2023-06-01", "marcio-franca"),
    ("br.entrepreneurship_minister", "2025-06-01", "marcio-franca"),
    ("br.ports_airports_minister", "2025-06-01", "silvio-costa-filho"),
    ("br.sport_minister", "2023-06-01", "ana-moser"),
    ("br.sport_minister", "2025-10-10", "andre-fufuca"),
    ("br.justice_minister", "2023-06-01", "flavio-dino"),
    ("br.stf_justice", "2025-06-01", "flavio-dino"),
    ("br.gsi_minister", "2023-03-01", "marco-goncalves-dias"),
    ("br.gsi_minister", "2025-06-01", "marcos-amaro"),
    # United States
    ("us.deputy_secretary_of_homeland_security", "2025-06-01", "troy-edgar"),
    ("us.deputy_secretary_of_agriculture", "2025-07-01", "stephen-vaden"),
    ("us.deputy_secretary_of_transportation", "2025-06-01", "steven-bradbury"),
    ("us.deputy_secretary_of_health_and_human_services", "2025-09-01", "jim-oneill"),
    ("us.deputy_secretary_of_labor", "2025-06-01", "keith-sonderling"),
    ("us.deputy_secretary_of_veterans_affairs", "2025-06-01", "paul-lawrence-va"),
    ("us.assistant_attorney_general_civil_rights", "2025-06-01", "harmeet-dhillon"),
    ("us.opm_director", "2025-09-01", "scott-kupor"),
    ("us.national_cyber_director", "2025-09-01", "sean-cairncross"),
    ("us.ostp_director", "2025-06-01", "michael-kratsios"),
    # Argentina
    ("ar.finance_secretary", "2025-12-01", "alejandro-lew"),
    ("ar.vice_cabinet_chief", "2025-06-01", "jose-rolandi"),
    ("ar.tourism_environment_secretary", "2025-06-01", "daniel-scioli"),
    ("ar.strategic_affairs_secretary", "2025-12-10", "ignacio-devitt"),
    ("ar.side_secretary", "2025-12-10", "cristian-auguadra"),
    # Colombia
    ("co.inspector_general", "2025-06-01", "gregorio-eljach"),
    ("co.ombudsman", "2025-06-01", "iris-marin"),
    ("co.senator", "2025-06-01", "ivan-cepeda"),
    ("co.senator", "2025-06-01", "paloma-valencia"),
    # Mexico
    ("mx.cni_director", "2025-06-01", "francisco-almazan-barocio"),
    ("mx.cfe_director", "2025-06-01", "emilia-calleja"),
    ("mx.politics_government_coordinator", "2025-06-01", "arturo-zaldivar"),
    # Peru
    ("pe.women_minister", "2026-03-01", "gloria-trelles"),
    ("pe.culture_minister", "2026-03-01", "fatima-altabas"),
    ("pe.social_inclusion_minister", "2026-03-01", "lily-vasquez"),
    # Canada
    ("ca.clerk_privy_council", "2025-09-01", "michael-sabia"),
    ("ca.women_gender_equality_minister", "2025-06-01", "rechie-valdez"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("br.ports_airports_minister", "2023-10-01", "marcio-franca"),
    ("br.sport_minister", "2023-10-01", "ana-moser"),
    ("br.justice_minister", "2024-03-01", "flavio-dino"),
    ("br.gsi_minister", "2023-05-05", "marco-goncalves-dias"),
    ("us.deputy_secretary_of_health_and_human_services", "2026-03-01", "jim-oneill"),
    ("ar.vice_cabinet_chief", "2025-12-10", "jose-rolandi"),
    ("mx.cni_director", "2025-06-01", "audomaro-martinez-zapata"),
    ("pe.women_minister", "2026-03-01", "sandra-gutierrez-cuba"),
    ("pe.culture_minister", "2026-03-01", "alfredo-luna-briceno"),
    ("pe.social_inclusion_minister", "2026-03-01", "lesly-shica"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day, newcomer", [
    ("br.sport_minister", "2023-06-01", "andre-fufuca"),
    ("br.gsi_minister", "2023-03-01", "marcos-amaro"),
    ("ar.side_secretary", "2025-11-01", "cristian-auguadra"),
    ("pe.women_minister", "2026-01-01", "gloria-trelles"),
])
def test_successors_are_not_holders_before(kb, position, day, newcomer):
    assert newcomer not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Brazil's sports minister", "2025-06-01", "andre-fufuca"),
    ("Brazilian Culture Minister", "2025-06-01", "margareth-menezes"),
    ("Deputy Secretary of Homeland Security", "2025-06-01", "troy-edgar"),
    ("Deputy VA Secretary", "2025-06-01", "paul-lawrence-va"),
    ("OPM Director", "2025-09-01", "scott-kupor"),
    ("National Cyber Director", "2025-09-01", "sean-cairncross"),
    ("Colombia's inspector general", "2025-06-01", "gregorio-eljach"),
    ("Clerk of the Privy Council", "2025-09-01", "michael-sabia"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
