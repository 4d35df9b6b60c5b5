"""Harvest 24-1 (issue #11), West and Central Africa: Nigerian and Ghanaian legislators, party and
central-bank officers, regional ministers and a few officials elsewhere resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Nigeria: Senate and House leadership
    ("ng.senate_leader", "2024-06-01", "opeyemi-bamidele"),
    ("ng.senate_chief_whip", "2024-01-10", "ali-ndume"),
    ("ng.senate_chief_whip", "2024-07-18", "tahir-monguno"),
    ("ng.senate_minority_leader", "2023-09-01", "simon-mwadkwon"),
    ("ng.senate_minority_leader", "2024-06-01", "abba-moro"),
    ("ng.senate_spokesperson", "2025-03-05", "yemi-adaramodu"),
    ("ng.house_majority_leader", "2024-06-01", "julius-ihonvbere"),
    ("ng.house_minority_leader", "2024-06-01", "kingsley-chinda"),
    # Nigeria: senators
    ("ng.senator", "2024-06-01", "opeyemi-bamidele"),
    ("ng.senator", "2024-06-01", "ali-ndume"),
    ("ng.senator", "2024-06-01", "tahir-monguno"),
    ("ng.senator", "2023-09-01", "simon-mwadkwon"),
    ("ng.senator", "2024-06-01", "abba-moro"),
    ("ng.senator", "2024-06-01", "yemi-adaramodu"),
    ("ng.senator", "2025-03-05", "natasha-akpoti-uduaghan"),
    ("ng.senator", "2025-02-04", "orji-uzor-kalu"),
    ("ng.senator", "2025-02-04", "abdul-ningi"),
    ("ng.senator", "2025-02-04", "victor-umeh"),
    ("ng.senator", "2025-02-04", "titus-zam"),
    ("ng.senator", "2024-06-01", "solomon-adeola"),
    ("ng.senator", "2023-08-01", "aliyu-wadada"),
    # Nigeria: central bank, ministers, parties
    ("ng.cbn_deputy_governor", "2024-06-01", "emem-usoro"),
    ("ng.cbn_deputy_governor", "2024-06-01", "muhammad-sani-dattijo"),
    ("ng.cbn_deputy_governor", "2024-06-01", "philip-ikeazor"),
    ("ng.cbn_deputy_governor", "2024-06-01", "bala-bello-cbn"),
    ("ng.youth_minister", "2024-03-01", "jamila-bio-ibrahim"),
    ("ng.minister_of_state_youth", "2024-03-01", "ayodele-olawande"),
    ("ng.youth_minister", "2025-09-03", "ayodele-olawande"),
    ("ng.environment_minister", "2023-10-17", "balarabe-abbas-lawal"),
    ("ng.science_minister", "2025-11-07", "kingsley-udeh"),
    ("ng.apc_national_secretary", "2024-07-17", "ajibola-basiru"),
    ("ng.pdp_national_chairman", "2024-06-01", "umar-damagum"),
    ("ng.apc_national_chairman", "2025-07-10", "ali-bukar-dalori"),
    # Ghana: Parliament
    ("gh.first_deputy_speaker", "2025-06-01", "bernard-ahiafor"),
    ("gh.second_deputy_speaker", "2023-06-01", "andrew-amoako-asiamah"),
    ("gh.second_deputy_speaker", "2025-06-01", "andrew-amoako-asiamah"),
    ("gh.deputy_majority_leader", "2025-06-01", "kweku-ricketts-hagan"),
    ("gh.majority_chief_whip", "2023-06-01", "frank-annoh-dompreh"),
    ("gh.majority_chief_whip", "2025-06-01", "rockson-nelson-dafeamekpor"),
    ("gh.first_deputy_majority_whip", "2025-06-01", "comfort-cudjoe-ghansah"),
    ("gh.second_deputy_majority_whip", "2025-06-01", "richard-acheampong-gh"),
    ("gh.deputy_minority_leader", "2025-06-01", "patricia-appiagyei"),
    ("gh.minority_chief_whip", "2025-06-01", "frank-annoh-dompreh"),
    ("gh.first_deputy_minority_whip", "2025-06-01", "habib-iddrisu"),
    # Ghana: parties, central bank, regions
    ("gh.ndc_national_chairman", "2024-06-01", "johnson-asiedu-nketia"),
    ("gh.ndc_general_secretary", "2024-06-01", "fifi-kwetey"),
    ("gh.npp_national_chairman", "2024-03-09", "stephen-ayesu-ntim"),
    ("gh.npp_general_secretary", "2025-01-03", "justin-kodua-frimpong"),
    ("gh.bog_first_deputy_governor", "2025-06-01", "zakari-mumuni"),
    ("gh.bog_second_deputy_governor", "2025-06-01", "matilda-asante-asiedu"),
    ("gh.ahafo_regional_minister", "2025-06-01", "charity-gardiner"),
    ("gh.savannah_regional_minister", "2025-06-01", "salisu-be-awuribe"),
    ("gh.western_north_regional_minister", "2025-06-01", "wilbert-petty-brentum"),
    ("gh.western_regional_minister", "2025-06-01", "joseph-nelson-gh"),
    ("gh.bono_regional_minister", "2025-06-01", "joseph-addae-akwaboa"),
    ("gh.bono_east_regional_minister", "2025-06-01", "francis-owusu-antwi"),
    ("gh.central_regional_minister", "2025-06-01", "ekow-panyin-okyere-eduamoah"),
    ("gh.upper_west_regional_minister", "2025-06-01", "charles-lwanga-puozuing"),
    # Côte d'Ivoire, DR Congo, Burkina Faso, Togo
    ("ci.communication_minister", "2025-06-01", "amadou-coulibaly-ci"),
    ("ci.government_spokesperson", "2025-06-01", "amadou-coulibaly-ci"),
    ("ci.water_minister", "2024-06-01", "bouake-fofana"),
    ("cd.deputy_presidential_spokesperson", "2021-06-01", "tina-salama"),
    ("cd.presidential_spokesperson", "2025-08-08", "tina-salama"),
    ("bf.chief_of_general_staff", "2025-03-01", "moussa-diallo-bf"),
    ("bf.government_secretary_general", "2025-03-01", "ousmane-ouattara-bf"),
    ("tg.government_secretary_general", "2025-10-08", "stanislas-baba"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ng.senate_chief_whip", "2024-07-18", "ali-ndume"),
    ("ng.senate_minority_leader", "2023-11-22", "simon-mwadkwon"),
    ("ng.senator", "2023-11-22", "simon-mwadkwon"),
    ("ng.youth_minister", "2024-10-24", "jamila-bio-ibrahim"),
    ("ng.minister_of_state_youth", "2024-10-24", "ayodele-olawande"),
    ("ng.pdp_national_chairman", "2025-11-16", "umar-damagum"),
    ("ng.apc_national_chairman", "2025-07-25", "ali-bukar-dalori"),
    ("gh.majority_chief_whip", "2025-01-08", "frank-annoh-dompreh"),
    ("ci.water_minister", "2026-01-24", "bouake-fofana"),
    ("cd.deputy_presidential_spokesperson", "2023-01-16", "tina-salama"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day, holder", [
    ("ng.science_minister", "2025-11-07", "kingsley-udeh"),
    ("ng.pdp_national_chairman", "2025-11-16", "kabiru-turaki"),
    ("ng.apc_national_chairman", "2025-07-25", "nentawe-yilwatda"),
    ("ci.water_minister", "2026-01-24", "amede-kouakou"),
    ("bf.chief_of_general_staff", "2024-06-01", "celestin-simpore"),
])
def test_one_holder_at_a_time(kb, position, day, holder):
    assert holders(kb, position, day) == {holder}


@pytest.mark.parametrize("title, day, holder", [
    ("Nigerian Senate Minority Leader", "2024-06-01", "abba-moro"),
    ("Nigerian Senate Chief Whip", "2025-01-10", "tahir-monguno"),
    ("APC National Secretary", "2024-06-01", "ajibola-basiru"),
    ("NDC General Secretary", "2024-06-01", "fifi-kwetey"),
    ("NPP General Secretary", "2024-06-01", "justin-kodua-frimpong"),
    ("BoG First Deputy Governor", "2025-06-01", "zakari-mumuni"),
    ("Ahafo Regional Minister", "2025-06-01", "charity-gardiner"),
    ("Western Regional Minister", "2025-06-01", "joseph-nelson-gh"),
    ("Western North Regional Minister", "2025-06-01", "wilbert-petty-brentum"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
