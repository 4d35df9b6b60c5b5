"""Swedish (Kristersson), Finnish (Orpo) and Greek (Mitsotakis) cabinet office holders of 2024-2026
(issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Sweden
    ("se.education_minister", "2024-05-01", "mats-persson"),
    ("se.education_minister", "2025-01-15", "johan-pehrson"),
    ("se.education_minister", "2025-09-01", "simona-mohamsson"),
    ("se.employment_minister", "2024-05-01", "johan-pehrson"),
    ("se.employment_minister", "2025-01-15", "mats-persson"),
    ("se.employment_minister", "2025-09-01", "johan-britz"),
    ("se.schools_minister", "2024-05-01", "lotta-edholm"),
    ("se.higher_education_minister", "2025-09-01", "lotta-edholm"),
    ("se.gender_equality_minister", "2024-05-01", "paulina-brandberg"),
    ("se.gender_equality_minister", "2025-05-15", "nina-larsson"),
    ("se.civil_defence_minister", "2025-01-13", "carl-oskar-bohlin"),
    ("se.climate_minister", "2025-06-01", "romina-pourmokhtari"),
    ("se.culture_minister", "2025-01-27", "parisa-liljestrand"),
    ("se.rural_affairs_minister", "2025-03-29", "peter-kullgren"),
    ("se.infrastructure_minister", "2024-10-03", "andreas-carlson"),
    ("se.social_affairs_minister", "2025-02-14", "jakob-forssmed"),
    ("se.social_services_minister", "2024-08-15", "camilla-waltersson-gronvall"),
    ("se.social_security_minister", "2024-08-15", "anna-tenje"),
    ("se.public_administration_minister", "2024-09-16", "erik-slottner"),
    ("se.financial_markets_minister", "2023-02-24", "niklas-wykman"),
    ("se.justice_minister", "2025-12-16", "gunnar-strommer"),
    # Finland
    ("fi.education_minister", "2024-01-15", "anna-maja-henriksson"),
    ("fi.education_minister", "2024-09-01", "anders-adlercreutz"),
    ("fi.european_affairs_minister", "2024-01-15", "anders-adlercreutz"),
    ("fi.european_affairs_minister", "2024-09-01", "joakim-strand"),
    ("fi.foreign_trade_minister", "2025-08-25", "ville-tavio"),
    ("fi.local_government_minister", "2024-01-15", "anna-kaisa-ikonen"),
    ("fi.science_culture_minister", "2024-06-01", "sari-multala"),
    ("fi.science_culture_minister", "2025-03-01", "mari-leena-talvitie"),
    ("fi.environment_minister", "2024-06-01", "kai-mykkanen"),
    ("fi.environment_minister", "2025-03-01", "sari-multala"),
    ("fi.sport_minister", "2024-06-01", "sandra-bergqvist"),
    ("fi.sport_minister", "2025-09-01", "mika-poutala"),
    ("fi.agriculture_minister", "2025-11-23", "sari-essayah"),
    ("fi.transport_minister", "2025-11-14", "lulu-ranne"),
    ("fi.employment_minister", "2024-06-01", "arto-satonen"),
    ("fi.employment_minister", "2025-10-04", "matias-marttinen"),
    ("fi.social_health_minister", "2025-09-24", "kaisa-juuso"),
    ("fi.social_health_minister", "2026-03-01", "wille-rydman"),
    ("fi.social_security_minister", "2025-08-14", "sanni-grahn-laasonen"),
    ("fi.interior_minister", "2024-05-01", "mari-rantanen"),
    ("fi.interior_minister", "2024-10-15", "lulu-ranne"),
    ("fi.interior_minister", "2025-04-24", "mari-rantanen"),
    ("fi.justice_minister", "2025-06-06", "leena-meri"),
    # Greece
    ("gr.education_minister", "2024-06-01", "kyriakos-pierrakakis"),
    ("gr.education_minister", "2025-09-01", "sofia-zacharaki"),
    ("gr.labour_minister", "2023-10-01", "adonis-georgiadis"),
    ("gr.labour_minister", "2024-03-01", "domna-michailidou"),
    ("gr.labour_minister", "2025-09-25", "niki-kerameus"),
    ("gr.rural_development_minister", "2024-03-27", "lefteris-avgenakis"),
    ("gr.rural_development_minister", "2025-12-11", "kostas-tsiaras"),
    ("gr.tourism_minister", "2024-11-08", "olga-kefalogianni"),
    ("gr.culture_minister", "2025-11-21", "lina-mendoni"),
    ("gr.infrastructure_minister", "2024-06-01", "christos-staikouras"),
    ("gr.infrastructure_minister", "2026-03-03", "christos-dimas"),
    ("gr.maritime_minister", "2023-07-15", "miltiadis-varvitsiotis"),
    ("gr.maritime_minister", "2024-06-01", "christos-stylianides"),
    ("gr.maritime_minister", "2025-11-26", "vassilis-kikilias"),
    ("gr.digital_governance_minister", "2025-09-18", "dimitris-papastergiou"),
    ("gr.social_cohesion_minister", "2024-06-01", "sofia-zacharaki"),
    ("gr.social_cohesion_minister", "2025-12-08", "domna-michailidou"),
    ("gr.civil_protection_minister", "2024-06-01", "vassilis-kikilias"),
    ("gr.civil_protection_minister", "2025-10-06", "giannis-kefalogiannis"),
    ("gr.justice_minister", "2025-10-21", "giorgos-floridis"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("se.education_minister", "2024-10-01", "mats-persson"),
    ("se.education_minister", "2025-08-01", "johan-pehrson"),
    ("se.employment_minister", "2024-10-01", "johan-pehrson"),
    ("se.employment_minister", "2025-08-01", "mats-persson"),
    ("se.schools_minister", "2025-08-01", "lotta-edholm"),
    ("se.gender_equality_minister", "2025-05-15", "paulina-brandberg"),
    ("fi.education_minister", "2024-09-01", "anna-maja-henriksson"),
    ("fi.european_affairs_minister", "2024-09-01", "anders-adlercreutz"),
    ("fi.science_culture_minister", "2025-03-01", "sari-multala"),
    ("fi.environment_minister", "2025-03-01", "kai-mykkanen"),
    ("fi.sport_minister", "2025-09-01", "sandra-bergqvist"),
    ("fi.employment_minister", "2025-10-04", "arto-satonen"),
    ("fi.social_health_minister", "2026-03-01", "kaisa-juuso"),
    ("fi.interior_minister", "2024-10-15", "mari-rantanen"),
    ("fi.interior_minister", "2025-04-24", "lulu-ranne"),
    ("gr.education_minister", "2025-04-01", "kyriakos-pierrakakis"),
    ("gr.labour_minister", "2024-03-01", "adonis-georgiadis"),
    ("gr.labour_minister", "2024-09-01", "domna-michailidou"),
    ("gr.rural_development_minister", "2024-09-01", "lefteris-avgenakis"),
    ("gr.infrastructure_minister", "2025-04-01", "christos-staikouras"),
    ("gr.maritime_minister", "2023-10-01", "miltiadis-varvitsiotis"),
    ("gr.maritime_minister", "2025-04-01", "christos-stylianides"),
    ("gr.social_cohesion_minister", "2025-04-01", "sofia-zacharaki"),
    ("gr.civil_protection_minister", "2025-04-01", "vassilis-kikilias"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Swedish Education Minister", "2025-09-01", "simona-mohamsson"),
    ("Swedish Culture Minister", "2025-01-27", "parisa-liljestrand"),
    ("Swedish Civil Defence Minister", "2025-01-13", "carl-oskar-bohlin"),
    ("Swedish Infrastructure Minister", "2024-10-03", "andreas-carlson"),
    ("Finnish Education Minister", "2024-09-01", "anders-adlercreutz"),
    ("Finnish Health Minister", "2026-03-01", "wille-rydman"),
    ("Finnish Interior Minister", "2024-10-15", "lulu-ranne"),
    ("Finnish Transport Minister", "2025-11-14", "lulu-ranne"),
    ("Greek Education Minister", "2025-09-01", "sofia-zacharaki"),
    ("Greek Labour Minister", "2025-09-25", "niki-kerameus"),
    ("Greek Shipping Minister", "2025-11-26", "vassilis-kikilias"),
    ("Greek Tourism Minister", "2024-11-08", "olga-kefalogianni"),
    ("Greek Transport Minister", "2026-03-03", "christos-dimas"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
