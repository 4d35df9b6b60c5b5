"""Saudi, Iraqi and Yemeni cabinet ministers (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Saudi Arabia
    ("sa.defense_minister", "2025-06-01", "khalid-bin-salman"),
    ("sa.finance_minister", "2025-12-01", "mohammed-al-jadaan"),
    ("sa.investment_minister", "2025-06-01", "khalid-al-falih"),
    ("sa.investment_minister", "2026-03-01", "fahad-al-saif"),
    ("sa.economy_planning_minister", "2025-01-15", "faisal-alibrahim"),
    ("sa.media_minister", "2022-06-01", "majid-al-qasabi"),
    ("sa.media_minister", "2025-06-01", "salman-al-dossary"),
    ("sa.national_guard_minister", "2022-09-28", "abdullah-bin-bandar"),
    ("sa.culture_minister", "2022-09-28", "badr-bin-farhan"),
    ("sa.sports_minister", "2022-09-28", "abdulaziz-bin-turki-al-faisal"),
    ("sa.justice_minister", "2022-09-28", "walid-al-samaani"),
    ("sa.islamic_affairs_minister", "2022-09-28", "abdullatif-al-al-sheikh"),
    ("sa.hajj_minister", "2022-09-28", "tawfiq-al-rabiah"),
    ("sa.health_minister", "2022-09-28", "fahad-al-jalajel"),
    ("sa.education_minister", "2022-09-28", "yousef-al-benyan"),
    ("sa.industry_minister", "2022-09-28", "bandar-alkhorayef"),
    ("sa.tourism_minister", "2022-09-28", "ahmed-al-khateeb"),
    ("sa.environment_minister", "2022-09-28", "abdulrahman-al-fadley"),
    ("sa.municipal_housing_minister", "2021-06-01", "majid-al-hogail"),
    # Iraq: the rest of the Sudani cabinet
    ("iq.health_minister", "2022-10-29", "salih-al-hasnawi"),
    ("iq.youth_sports_minister", "2022-10-29", "ahmed-al-mubarqa"),
    ("iq.agriculture_minister", "2022-10-29", "abbas-jabr"),
    ("iq.transport_minister", "2022-10-29", "razzaq-muhaibis"),
    ("iq.labour_minister", "2022-10-29", "ahmed-al-asadi"),
    ("iq.communications_minister", "2022-10-29", "hiyam-al-yasiri"),
    ("iq.higher_education_minister", "2022-10-29", "naeem-al-aboudi"),
    ("iq.culture_minister", "2022-10-29", "ahmed-fakak-al-badrani"),
    ("iq.education_minister", "2022-10-29", "ibrahim-namis-al-jubouri"),
    ("iq.industry_minister", "2022-10-29", "khalid-battal"),
    # January 2026: ministers who took their seats in parliament handed over to acting holders
    ("iq.education_minister", "2026-02-15", "ahmed-fakak-al-badrani"),
    ("iq.communications_minister", "2026-02-15", "salih-al-hasnawi"),
    # Yemen: the Zindani government and before
    ("ye.interior_minister", "2023-06-01", "ibrahim-haidan"),
    ("ye.interior_minister", "2026-02-06", "ibrahim-haidan"),
    ("ye.information_minister", "2026-02-06", "muammar-al-eryani"),
    ("ye.planning_minister", "2026-02-06", "afrah-al-zouba"),
    ("ye.oil_minister", "2026-02-06", "mohamed-abdullah-ali"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sa.investment_minister", "2026-03-01", "khalid-al-falih"),
    ("sa.media_minister", "2025-06-01", "majid-al-qasabi"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Saudi Investment Minister", "2026-03-01", "fahad-al-saif"),
    ("Saudi Media Minister", "2025-06-01", "salman-al-dossary"),
    ("Saudi Economy Minister", "2025-06-01", "faisal-alibrahim"),
    ("Saudi Health Minister", "2022-10-01", "fahad-al-jalajel"),
    ("Iraqi Health Minister", "2022-11-01", "salih-al-hasnawi"),
    ("Yemeni Interior Minister", "2025-06-01", "ibrahim-haidan"),
    ("Yemeni Planning Minister", "2026-02-10", "afrah-al-zouba"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
