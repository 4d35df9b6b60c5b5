"""Leaders and foreign ministers of Europe beyond the large states (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("at.president", "2024-01-01", "alexander-van-der-bellen"),
    ("at.president", "2025-03-03", "alexander-van-der-bellen"),
    ("at.chancellor", "2024-06-01", "karl-nehammer"),
    ("at.chancellor", "2025-02-01", "alexander-schallenberg"),
    ("at.chancellor", "2025-06-01", "christian-stocker"),
    ("at.foreign_minister", "2024-06-01", "alexander-schallenberg"),
    ("at.foreign_minister", "2025-02-01", "alexander-schallenberg"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("at.chancellor", "2025-02-01", "karl-nehammer"),
    ("at.chancellor", "2025-06-01", "alexander-schallenberg"),
    ("at.chancellor", "2024-06-01", "christian-stocker"),
    ("at.foreign_minister", "2025-06-01", "alexander-schallenberg"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
