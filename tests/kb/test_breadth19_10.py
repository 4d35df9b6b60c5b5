"""Government, presidential, foreign-ministry and international spokespeople of 2023-2026 (issue #11)
resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("us.pentagon_spokesperson", "2024-06-06", "patrick-ryder"),
    ("us.nsc_strategic_communications_coordinator", "2024-10-15", "john-kirby"),
    ("us.nsc_spokesperson", "2023-02-18", "adrienne-watson"),
    ("us.state_department_deputy_spokesperson", "2023-04-11", "vedant-patel"),
    ("intl.un_deputy_spokesperson", "2023-05-02", "farhan-haq"),
    ("intl.nato_spokesperson", "2023-12-01", "dylan-white"),
    ("intl.nato_spokesperson", "2024-06-01", "farah-dakhlallah"),
    ("eu.foreign_affairs_spokesperson", "2023-10-01", "peter-stano"),
    ("eu.foreign_affairs_spokesperson", "2023-10-01", "nabila-massrali"),
    ("eu.foreign_affairs_spokesperson", "2025-01-15", "anouar-el-anouni"),
    ("eu.foreign_affairs_spokesperson", "2025-01-15", "anitta-hipper"),
    ("il.government_spokesperson", "2024-01-15", "eylon-levy"),
    ("il.government_spokesperson", "2024-03-27", "david-mencer"),
    ("il.government_spokesperson", "2024-03-27", "avi-hyman"),
    ("il.pm_spokesperson", "2024-12-01", "omer-dostri"),
    ("tr.mfa_spokesperson", "2023-02-01", "tanju-bilgic"),
    ("ke.state_house_spokesperson", "2023-03-22", "hussein-mohamed"),
    ("ke.government_spokesperson", "2023-11-01", "isaac-mwaura"),
    ("ng.media_publicity_adviser", "2024-03-01", "ajuri-ngelale"),
    ("id.pco_head", "2025-02-24", "hasan-nasbi"),
    ("id.foreign_ministry_spokesperson", "2024-02-29", "lalu-muhamad-iqbal"),
    ("et.government_communication_minister", "2021-12-01", "legesse-tulu"),
    ("kr.mofa_spokesperson", "2025-12-04", "park-il"),
    ("kr.mofa_spokesperson", "2025-06-05", "lee-jae-woong"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.pentagon_spokesperson", "2025-06-01", "patrick-ryder"),
    ("us.nsc_strategic_communications_coordinator", "2025-03-01", "john-kirby"),
    ("intl.nato_spokesperson", "2024-06-01", "dylan-white"),
    ("eu.foreign_affairs_spokesperson", "2025-03-01", "peter-stano"),
    ("eu.foreign_affairs_spokesperson", "2025-03-01", "nabila-massrali"),
    ("il.government_spokesperson", "2024-05-01", "eylon-levy"),
    ("il.pm_spokesperson", "2026-03-01", "omer-dostri"),
    ("tr.mfa_spokesperson", "2023-08-01", "tanju-bilgic"),
    ("ng.media_publicity_adviser", "2024-10-01", "ajuri-ngelale"),
    ("id.pco_head", "2025-10-01", "hasan-nasbi"),
    ("id.foreign_ministry_spokesperson", "2024-11-15", "lalu-muhamad-iqbal"),
    ("kr.mofa_spokesperson", "2026-01-15", "lee-jae-woong"),
])
def test_not_holders_after_their_terms(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
