"""Ambassadors the press quotes by name (issue #11): UN permanent representatives and envoys
between the United States and other capitals resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("gb.un_permanent_representative", "2023-06-01", "barbara-woodward"),
    ("ua.un_ambassador", "2023-06-01", "serhiy-kyslytsya"),
    ("ua.un_ambassador", "2025-06-01", "andrii-melnyk"),
    ("us.ambassador_to_india", "2024-01-10", "eric-garcetti"),
    ("us.ambassador_to_india", "2026-02-01", "sergio-gor"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ua.un_ambassador", "2025-06-01", "serhiy-kyslytsya"),      # dismissed 2024-12-21
    ("us.ambassador_to_india", "2025-06-01", "eric-garcetti"),    # left January 2025
    ("us.ambassador_to_india", "2023-03-01", "eric-garcetti"),    # credentials 2023-05-11
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("British UN Ambassador", "2023-06-01", "barbara-woodward"),
    ("Ukrainian UN Ambassador", "2023-06-01", "serhiy-kyslytsya"),
    ("US Ambassador to India", "2024-01-10", "eric-garcetti"),
    ("Russian UN Ambassador", "2025-06-01", "vassily-nebenzia"),
    ("Israeli UN Ambassador", "2025-01-10", "danny-danon"),
    ("Chinese UN Ambassador", "2023-06-01", "zhang-jun-diplomat"),
    ("Iranian UN Ambassador", "2024-06-01", "amir-saeid-iravani"),
    ("US Ambassador to Israel", "2024-06-01", "jack-lew"),
])
def test_title_with_country_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
