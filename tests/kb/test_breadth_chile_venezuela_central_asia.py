"""Chilean, Venezuelan, Kazakh, Uzbek and Nepali office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Chile: economy, agriculture and the Kast cabinet
    ("cl.economy_minister", "2024-06-01", "nicolas-grau"),
    ("cl.economy_minister", "2025-10-01", "alvaro-garcia-hurtado"),
    ("cl.economy_minister", "2026-03-11", "daniel-mas"),
    ("cl.agriculture_minister", "2024-06-01", "esteban-valenzuela"),
    ("cl.agriculture_minister", "2025-08-20", "alan-espinoza"),
    ("cl.agriculture_minister", "2025-12-01", "maria-ignacia-fernandez"),
    ("cl.agriculture_minister", "2026-03-11", "jaime-campos"),
    ("cl.mining_minister", "2026-03-11", "daniel-mas"),
    ("cl.justice_minister", "2026-03-11", "fernando-rabat"),
    ("cl.health_minister", "2026-03-11", "may-chomali"),
    ("cl.public_works_minister", "2026-03-11", "martin-arrau"),
    # Venezuela
    ("ve.commerce_minister", "2024-06-01", "luis-antonio-villegas"),
    ("ve.commerce_minister", "2026-02-01", "luis-antonio-villegas"),
    ("ve.oil_minister", "2026-02-01", "delcy-rodriguez"),
    ("ve.oil_minister", "2026-03-12", "paula-henao"),
    ("ve.interior_minister", "2026-02-04", "diosdado-cabello"),
    # Kazakhstan
    ("kz.senate_chairman", "2021-06-01", "maulen-ashimbayev"),
    ("kz.senate_chairman", "2025-11-27", "maulen-ashimbayev"),
    ("kz.finance_minister", "2023-06-01", "yerulan-zhamaubayev"),
    ("kz.economy_minister", "2024-06-01", "nurlan-baibazarov"),
    # Uzbekistan
    ("uz.senate_chairman", "2023-06-01", "tanzila-narbayeva"),
    ("uz.investment_trade_minister", "2024-06-01", "laziz-kudratov"),
    # Nepal
    ("np.health_minister", "2025-10-26", "sudha-gautam"),
    ("np.youth_sports_minister", "2025-10-26", "bablu-gupta"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cl.economy_minister", "2025-10-01", "nicolas-grau"),
    ("cl.economy_minister", "2026-03-12", "alvaro-garcia-hurtado"),
    ("cl.agriculture_minister", "2025-10-01", "esteban-valenzuela"),
    ("cl.agriculture_minister", "2025-10-01", "alan-espinoza"),
    ("cl.agriculture_minister", "2026-03-12", "maria-ignacia-fernandez"),
    ("ve.oil_minister", "2026-03-12", "delcy-rodriguez"),
    ("kz.finance_minister", "2024-03-01", "yerulan-zhamaubayev"),
    ("kz.economy_minister", "2025-03-01", "nurlan-baibazarov"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Chilean Economy Minister", "2025-10-01", "alvaro-garcia-hurtado"),
    ("Chilean Agriculture Minister", "2025-12-01", "maria-ignacia-fernandez"),
    ("Chilean Health Minister", "2026-03-11", "may-chomali"),
    ("Venezuelan Oil Minister", "2026-03-12", "paula-henao"),
    ("Kazakh Senate Speaker", "2024-06-01", "maulen-ashimbayev"),
    ("Uzbek Senate Speaker", "2024-06-01", "tanzila-narbayeva"),
    ("Uzbek Trade Minister", "2024-06-01", "laziz-kudratov"),
    ("Kazakh Economy Minister", "2024-06-01", "nurlan-baibazarov"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
