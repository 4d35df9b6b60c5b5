"""Gaps in time filled in batch C8 (Syria, Ukraine, Moldova, Brazil, Pakistan, international offices)."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # Syria: caretaker government (December 2024 - 2025-03-29)
    ("sy.finance_minister", "2025-01-29", "mohammed-abazeed"),
    ("sy.finance_minister", "2025-04-15", "mohammed-yisr-barnieh"),
    ("sy.interior_minister", "2025-01-05", "mohammed-abdul-rahman"),
    ("sy.interior_minister", "2025-02-15", "ali-keda"),
    ("sy.interior_minister", "2025-04-15", "anas-khattab"),
    ("sy.information_minister", "2024-12-31", "mohammad-al-omar"),
    ("sy.information_minister", "2025-03-01", "mohammad-al-omar"),
    ("sy.justice_minister", "2025-01-20", "shadi-al-waisi"),
    ("sy.justice_minister", "2025-04-15", "mazhar-al-wais"),
    # International offices
    ("intl.arab_league_secretary_general", "2026-08-01", "nabil-fahmy"),
    ("intl.un_envoy_horn_of_africa", "2025-08-01", "guang-cong"),
    ("intl.binuh_head", "2025-03-01", "maria-isabel-salvador"),
    ("intl.binuh_head", "2023-06-01", "maria-isabel-salvador"),
    # Moldova: Recean government ministers until the Munteanu government
    ("md.health_minister", "2025-03-01", "ala-nemerenco"),
    ("md.labour_minister", "2025-03-01", "alexei-buzu"),
    ("md.labour_minister", "2023-06-01", "alexei-buzu"),
    ("md.culture_minister", "2025-03-01", "sergiu-prodan"),
    ("md.environment_minister", "2025-03-01", "sergiu-lazarencu"),
    ("md.environment_minister", "2024-06-01", "sergiu-lazarencu"),
    # Brazil
    ("br.health_minister", "2025-01-15", "nisia-trindade"),
    ("br.health_minister", "2023-06-01", "nisia-trindade"),
    # Ukraine
    ("ua.interior_minister", "2023-01-25", "ihor-klymenko"),
    ("ua.interior_minister", "2025-03-01", "ihor-klymenko"),
    ("ua.education_minister", "2025-03-01", "oksen-lisovyi"),
    ("ua.social_policy_minister", "2023-06-01", "oksana-zholnovych"),
    ("ua.social_policy_minister", "2025-03-01", "oksana-zholnovych"),
    ("ua.first_deputy_foreign_minister", "2025-02-15", "serhiy-kyslytsya"),
    # Pakistan
    ("pk.religious_affairs_minister", "2024-06-13", "chaudhry-salik-hussain"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sy.finance_minister", "2025-04-15", "mohammed-abazeed"),
    ("sy.interior_minister", "2025-02-15", "mohammed-abdul-rahman"),
    ("sy.interior_minister", "2025-04-15", "ali-keda"),
    ("sy.information_minister", "2025-04-15", "mohammad-al-omar"),
    ("sy.justice_minister", "2025-04-15", "shadi-al-waisi"),
    ("intl.arab_league_secretary_general", "2026-08-01", "ahmed-aboul-gheit"),
    ("intl.binuh_head", "2025-08-15", "maria-isabel-salvador"),
    ("md.health_minister", "2025-11-15", "ala-nemerenco"),
    ("md.labour_minister", "2025-11-15", "alexei-buzu"),
    ("md.culture_minister", "2025-11-15", "sergiu-prodan"),
    ("md.environment_minister", "2025-11-15", "sergiu-lazarencu"),
    ("br.health_minister", "2025-04-01", "nisia-trindade"),
    ("ua.first_deputy_foreign_minister", "2025-02-01", "serhiy-kyslytsya"),
    ("ua.social_policy_minister", "2025-08-01", "oksana-zholnovych"),
    ("pk.religious_affairs_minister", "2025-04-01", "chaudhry-salik-hussain"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("position, day", [
    ("sy.prime_minister", "2025-06-01"),
    ("ni.vice_president", "2025-06-01"),
    ("ss.first_vice_president", "2026-01-15"),
    ("pk.leader_of_opposition", "2025-10-01"),
])
def test_offices_noted_vacant_have_no_holder(kb, position, day):
    assert holders(kb, position, day) == set()
