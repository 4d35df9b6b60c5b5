"""Nigerian, Ghanaian and Ivorian cabinet ministers (issue #11, full cabinets) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Nigeria: the rest of the Tinubu cabinet
    ("ng.budget_minister", "2023-09-01", "atiku-bagudu"),
    ("ng.fct_minister", "2023-09-01", "nyesom-wike"),
    ("ng.aviation_minister", "2023-09-01", "festus-keyamo"),
    ("ng.solid_minerals_minister", "2023-09-01", "dele-alake"),
    ("ng.marine_minister", "2023-09-01", "adegboyega-oyetola"),
    ("ng.communications_minister", "2023-09-01", "bosun-tijani"),
    ("ng.transportation_minister", "2023-09-01", "saidu-alkali"),
    ("ng.housing_minister", "2023-09-01", "ahmed-dangiwa"),
    ("ng.water_resources_minister", "2023-09-01", "joseph-utsev"),
    ("ng.police_affairs_minister", "2023-09-01", "ibrahim-geidam"),
    ("ng.culture_minister", "2023-09-01", "hannatu-musawa"),
    ("ng.tourism_minister", "2024-06-01", "lola-ade-john"),
    ("ng.science_minister", "2025-06-01", "uche-nnaji"),
    ("ng.humanitarian_minister", "2023-12-01", "betta-edu"),
    ("ng.humanitarian_minister", "2025-06-01", "nentawe-yilwatda"),
    ("ng.labour_minister", "2025-01-15", "muhammadu-maigari-dingyadi"),
    ("ng.livestock_minister", "2025-01-15", "idi-mukhtar-maiha"),
    ("ng.regional_development_minister", "2024-06-01", "abubakar-momoh"),
    ("ng.regional_development_minister", "2024-10-24", "abubakar-momoh"),
    ("ng.women_affairs_minister", "2024-06-01", "uju-kennedy-ohanenye"),
    ("ng.women_affairs_minister", "2024-11-01", "imaan-sulaiman-ibrahim"),
    # Ghana: the rest of the Mahama cabinet and the last Akufo-Addo holders
    ("gh.local_government_minister", "2024-09-01", "martin-adjei-mensah-korsah"),
    ("gh.local_government_minister", "2025-03-01", "ahmed-ibrahim"),
    ("gh.lands_minister", "2023-06-01", "samuel-abu-jinapor"),
    ("gh.lands_minister", "2025-06-01", "emmanuel-armah-kofi-buah"),
    ("gh.works_housing_minister", "2025-03-01", "kenneth-gilbert-adjei"),
    ("gh.transport_minister", "2025-03-01", "joseph-bukari-nikpe"),
    ("gh.tourism_minister", "2024-09-01", "andrew-egyapa-mercer"),
    ("gh.tourism_minister", "2025-03-01", "abla-dzifa-gomashie"),
    ("gh.sports_minister", "2025-03-01", "kofi-iddie-adams"),
    ("gh.youth_minister", "2025-03-01", "george-opare-addo"),
    ("gh.fisheries_minister", "2025-03-01", "emelia-arthur"),
    ("gh.labour_minister", "2025-03-01", "abdul-rashid-pelpuo"),
    ("gh.environment_minister", "2024-09-01", "ophelia-mensah-hayford"),
    ("gh.environment_minister", "2025-05-01", "ibrahim-murtala-muhammed"),
    ("gh.environment_minister", "2025-08-08", "emmanuel-armah-kofi-buah"),
    ("gh.gender_minister", "2024-09-01", "darkoa-newman"),
    ("gh.gender_minister", "2025-03-01", "agnes-naa-momo-lartey"),
    ("gh.health_minister", "2024-09-01", "bernard-okoe-boye"),
    # Côte d'Ivoire: the Mambé governments
    ("ci.vice_prime_minister", "2026-02-01", "tene-birahima-ouattara"),
    ("ci.agriculture_minister", "2024-06-01", "kobenan-kouassi-adjoumani"),
    ("ci.agriculture_minister", "2026-02-01", "bruno-nabagne-kone"),
    ("ci.justice_minister", "2025-06-01", "jean-sansan-kambile"),
    ("ci.health_minister", "2024-06-01", "pierre-ngou-dimba"),
    ("ci.transport_minister", "2024-06-01", "amadou-kone"),
    ("ci.education_minister", "2024-06-01", "mariatou-kone"),
    ("ci.education_minister", "2026-02-01", "koffi-nguessan"),
    ("ci.public_service_minister", "2025-06-01", "anne-desiree-ouloto"),
    ("ci.culture_minister", "2026-02-01", "francoise-remarck"),
    ("ci.water_minister", "2026-02-01", "amede-kouakou"),
    ("ci.infrastructure_minister", "2026-02-01", "yacouba-hien-sie"),
    ("ci.forests_minister", "2024-06-01", "laurent-tchagba"),
    ("ci.digital_minister", "2026-02-01", "djibril-ouattara"),
    ("ci.sports_minister", "2023-01-01", "claude-paulin-danho"),
    ("ci.sports_minister", "2024-06-01", "adje-silas-metch"),
    ("ci.sports_minister", "2026-02-01", "adje-silas-metch"),
    ("ci.environment_minister", "2024-06-01", "jacques-assahore-konan"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ng.tourism_minister", "2024-11-01", "lola-ade-john"),
    ("ng.science_minister", "2025-11-01", "uche-nnaji"),
    ("ng.humanitarian_minister", "2024-12-01", "betta-edu"),
    ("ng.women_affairs_minister", "2024-11-01", "uju-kennedy-ohanenye"),
    ("gh.local_government_minister", "2025-03-01", "martin-adjei-mensah-korsah"),
    ("gh.lands_minister", "2025-06-01", "samuel-abu-jinapor"),
    ("gh.tourism_minister", "2025-03-01", "andrew-egyapa-mercer"),
    ("gh.environment_minister", "2025-03-01", "ophelia-mensah-hayford"),
    ("gh.environment_minister", "2025-08-08", "ibrahim-murtala-muhammed"),
    ("gh.gender_minister", "2025-03-01", "darkoa-newman"),
    ("gh.health_minister", "2025-03-01", "bernard-okoe-boye"),
    ("ci.agriculture_minister", "2026-02-01", "kobenan-kouassi-adjoumani"),
    ("ci.education_minister", "2026-02-01", "mariatou-kone"),
    ("ci.forests_minister", "2026-02-01", "laurent-tchagba"),
    ("ci.sports_minister", "2024-06-01", "claude-paulin-danho"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Nigerian Aviation Minister", "2024-06-01", "festus-keyamo"),
    ("Nigerian Humanitarian Affairs Minister", "2025-03-01", "nentawe-yilwatda"),
    ("Ghanaian Lands Minister", "2025-06-01", "emmanuel-armah-kofi-buah"),
    ("Ghanaian Gender Minister", "2025-03-01", "agnes-naa-momo-lartey"),
    ("Ivorian Agriculture Minister", "2024-06-01", "kobenan-kouassi-adjoumani"),
    ("Ivorian Sports Minister", "2026-02-01", "adje-silas-metch"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
