"""Gulf and Latin American cabinet members resolve on known days, and leave when their terms end."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("sa.interior_minister", "2016-01-01", "mohammed-bin-nayef"),
    ("sa.interior_minister", "2023-01-01", "abdulaziz-bin-saud-bin-nayef"),
    ("sa.investment_minister", "2022-06-01", "khalid-al-falih"),
    ("ar.interior_minister", "2024-02-01", "guillermo-francos"),
    ("ar.interior_minister", "2025-10-01", "lisandro-catalan"),
    ("ar.human_capital_minister", "2025-06-01", "sandra-pettovello"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sa.interior_minister", "2018-01-01", "mohammed-bin-nayef"),
    ("ar.interior_minister", "2024-08-01", "guillermo-francos"),
    ("ar.interior_minister", "2025-12-01", "lisandro-catalan"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
