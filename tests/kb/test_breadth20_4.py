"""Ministers of European governments formed or reshuffled 2025-2026 (issue #11): France's Bayrou
and Lecornu governments, Germany's ministers of state under Merz, Ukraine's acting digital
minister; each resolves on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("fr.territorial_planning_minister", "2025-03-01", "francois-rebsamen"),
    ("fr.territorial_planning_minister", "2025-10-08", "eric-woerth"),
    ("fr.territorial_planning_minister", "2025-10-13", "francoise-gatel"),
    ("fr.housing_minister", "2025-10-08", "eric-woerth"),
    ("fr.housing_minister", "2025-10-13", "vincent-jeanbrun"),
    ("fr.sports_minister", "2025-03-01", "marie-barsacq"),
    ("fr.sports_minister", "2025-10-12", "marina-ferrari"),
    ("fr.parliament_relations_minister", "2025-03-01", "patrick-mignola"),
    ("fr.parliament_relations_minister", "2025-10-06", "mathieu-lefevre"),
    ("fr.civil_service_minister", "2025-03-01", "laurent-marcangeli"),
    ("fr.civil_service_minister", "2025-10-08", "naima-moutchou"),
    ("fr.civil_service_minister", "2025-10-12", "david-amiel"),
    ("fr.digital_minister", "2025-03-01", "clara-chappaz"),
    ("fr.digital_minister", "2025-10-08", "naima-moutchou"),
    ("fr.transport_minister", "2025-03-01", "philippe-tabarot"),
    ("fr.transport_minister", "2025-10-12", "philippe-tabarot"),
    ("fr.gender_equality_minister", "2025-06-01", "aurore-berge"),
    ("fr.higher_education_minister", "2025-10-12", "philippe-baptiste"),
    ("fr.smes_commerce_minister", "2025-10-13", "serge-papin"),
    ("fr.industry_minister", "2025-10-13", "sebastien-martin"),
    ("fr.rurality_minister", "2025-10-13", "michel-fournier"),
    ("fr.francophonie_minister", "2025-10-12", "eleonore-caroit"),
    ("fr.sea_fisheries_minister", "2025-10-13", "catherine-chabaud"),
    ("de.federal_state_minister_of_state", "2025-05-06", "michael-meister"),
    ("de.sport_volunteering_minister_of_state", "2025-05-06", "christiane-schenderlein"),
    ("de.foreign_office_minister_of_state", "2025-05-06", "serap-guler"),
    ("de.foreign_office_minister_of_state", "2025-05-06", "florian-hahn"),
    ("ua.digital_minister", "2026-01-19", "oleksandr-borniakov"),
    ("ua.digital_minister", "2025-08-01", "mykhailo-fedorov"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("fr.territorial_planning_minister", "2025-10-08", "francois-rebsamen"),
    ("fr.territorial_planning_minister", "2025-10-13", "eric-woerth"),
    ("fr.housing_minister", "2025-10-13", "eric-woerth"),
    ("fr.sports_minister", "2025-10-08", "marie-barsacq"),
    ("fr.parliament_relations_minister", "2025-10-08", "patrick-mignola"),
    ("fr.civil_service_minister", "2025-10-08", "laurent-marcangeli"),
    ("fr.civil_service_minister", "2025-10-13", "naima-moutchou"),
    ("fr.digital_minister", "2025-10-08", "clara-chappaz"),
    ("fr.digital_minister", "2025-10-13", "naima-moutchou"),
    ("ua.digital_minister", "2026-01-19", "mykhailo-fedorov"),
])
def test_replaced_holders_are_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
