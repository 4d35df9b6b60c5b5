"""Trade officials of 2023-2026 (deputy USTRs, China's customs chiefs, UK trade ministers, Indonesia's
deputy trade minister, Australia's assistant trade minister, SECO's director; issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("us.deputy_trade_representative", "2023-06-01", "jayme-white"),
    ("us.deputy_trade_representative", "2023-06-01", "sarah-bianchi"),
    ("us.under_secretary_commerce_international_trade", "2023-02-14", "marisa-lago"),
    ("cn.gacc_minister", "2023-03-20", "yu-jianhua"),
    ("cn.gacc_minister", "2025-08-25", "sun-meijun"),
    ("cn.vice_commerce_minister", "2025-05-11", "li-chenggang"),
    ("gb.trade_minister", "2023-06-01", "nigel-huddleston"),
    ("gb.trade_minister", "2024-03-01", "greg-hands"),
    ("id.deputy_trade_minister", "2023-06-01", "jerry-sambuaga"),
    ("id.deputy_trade_minister", "2025-01-16", "dyah-roro-esti"),
    ("au.assistant_trade_minister", "2023-11-09", "tim-ayres"),
    ("ch.seco_director", "2024-06-01", "helene-budliger-artieda"),
    ("eu.dg_trade_director_general", "2023-06-01", "sabine-weyand"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.deputy_trade_representative", "2023-12-01", "jayme-white"),
    ("us.deputy_trade_representative", "2024-03-01", "sarah-bianchi"),
    ("us.under_secretary_commerce_international_trade", "2025-06-01", "marisa-lago"),
    ("cn.gacc_minister", "2025-01-15", "yu-jianhua"),
    ("gb.trade_minister", "2024-03-01", "nigel-huddleston"),
    ("gb.trade_minister", "2024-09-01", "greg-hands"),
    ("id.deputy_trade_minister", "2025-01-16", "jerry-sambuaga"),
    ("au.assistant_trade_minister", "2025-06-01", "tim-ayres"),
])
def test_no_longer_hold(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
