"""Hong Kong's chief executives since 2017 (issue #11): the office, its holders and the title alone."""

import pytest

from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("hk.chief_executive", "2020-01-01", "carrie-lam"),
    ("hk.chief_executive", "2022-07-01", "john-lee-ka-chiu"),
    ("hk.chief_executive", "2025-09-17", "john-lee-ka-chiu"),
])
def test_holders(kb, position, day, holder):
    assert holders(kb, position, day) == {holder}


def test_lam_gone_after_the_handover_of_2022(kb):
    assert "carrie-lam" not in holders(kb, "hk.chief_executive", "2022-07-02")


def test_title_alone(kb):
    assert title_holder(kb, "Hong Kong Chief Executive", "2024-03-01") == "john-lee-ka-chiu"
