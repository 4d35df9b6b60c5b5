"""Deputy foreign, trade and defence officials of East, Southeast and South Asia, 2024-2026
(harvest 26-9, issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("cn.deputy_international_trade_representative", "2025-01-01", "ling-ji"),
    ("cn.vice_commerce_minister", "2024-06-01", "wang-shouwen"),
    ("vn.deputy_industry_trade_minister", "2025-06-01", "nguyen-sinh-nhat-tan"),
    ("vn.deputy_foreign_minister", "2025-06-01", "do-hung-viet"),
    ("vn.deputy_defence_minister", "2023-01-01", "hoang-xuan-chien"),
    ("kr.deputy_trade_minister", "2025-03-01", "park-jong-won"),
    ("th.trade_negotiations_dg", "2025-08-01", "chotima-iemsawasdikul"),
    ("th.commerce_permanent_secretary", "2025-03-01", "vuttikrai-leewiraphan"),
    ("ph.dti_undersecretary", "2025-09-01", "allan-gepty"),
    ("ph.dti_undersecretary", "2025-09-01", "ceferino-rodolfo"),
    ("my.deputy_miti_minister", "2024-06-01", "liew-chin-tong"),
    ("sg.minister_of_state", "2021-01-01", "alvin-tan-sg"),
    ("sg.minister_of_state", "2021-01-01", "gan-siow-huang"),
    ("in.defence_secretary", "2025-01-01", "rajesh-kumar-singh-ias"),
    ("in.mos_commerce", "2025-01-01", "jitin-prasada"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.vice_commerce_minister", "2025-06-01", "wang-shouwen"),
    ("my.deputy_miti_minister", "2026-03-01", "liew-chin-tong"),
    ("in.defence_secretary", "2024-10-01", "rajesh-kumar-singh-ias"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Thai commerce permanent secretary", "2025-06-01", "vuttikrai-leewiraphan"),
    ("Deputy MITI Minister", "2025-06-01", "liew-chin-tong"),
    ("South Korean deputy trade minister", "2025-03-01", "park-jong-won"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
