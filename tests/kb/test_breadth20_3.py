"""Ministers and deputy prime ministers of Asian and Central Asian governments reshuffled in
2025-2026 (issue #11): Sri Lanka's reshuffle of 2025-10-10, Kazakhstan's deputy prime ministers, a
Kyrgyz deputy chairman of the Cabinet, portfolios of Bangladesh's 2026 government."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("lk.ports_aviation_minister", "2025-11-01", "anura-karunathilake"),
    ("lk.housing_construction_minister", "2025-11-01", "susil-ranasinghe"),
    ("lk.urban_development_minister", "2025-06-01", "anura-karunathilake"),
    ("kz.deputy_prime_minister", "2024-06-01", "murat-nurtleu"),
    ("kz.deputy_prime_minister", "2025-06-01", "murat-nurtleu"),
    ("kz.deputy_prime_minister", "2025-06-01", "yermek-kosherbayev"),
    ("kz.deputy_prime_minister", "2025-06-01", "serik-zhumangarin"),
    ("kz.deputy_prime_minister", "2025-10-14", "serik-zhumangarin"),
    ("kg.deputy_chairman", "2024-06-01", "bakyt-torobaev"),
    ("kg.deputy_chairman", "2026-02-01", "bakyt-torobaev"),
    ("bd.planning_minister", "2026-03-01", "amir-khasru-mahmud-chowdhury"),
    ("bd.food_minister", "2026-03-01", "mohammad-amin-ur-rashid"),
    ("bd.fisheries_livestock_minister", "2026-03-01", "mohammad-amin-ur-rashid"),
    ("bd.shipping_minister", "2026-03-01", "sheikh-rabiul-alam"),
    ("bd.women_children_minister", "2026-03-01", "abu-jafar-md-zahid-hossain"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("lk.urban_development_minister", "2025-11-01", "anura-karunathilake"),
    ("lk.ports_aviation_minister", "2025-06-01", "anura-karunathilake"),
    ("kz.deputy_prime_minister", "2025-10-01", "murat-nurtleu"),
    ("kz.deputy_prime_minister", "2025-10-01", "yermek-kosherbayev"),
    ("kz.deputy_prime_minister", "2024-06-01", "yermek-kosherbayev"),
    ("kg.deputy_chairman", "2026-03-01", "bakyt-torobaev"),
    ("bd.planning_minister", "2026-01-01", "amir-khasru-mahmud-chowdhury"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Sri Lanka's Ports Minister", "2025-11-01", "anura-karunathilake"),
    ("Sri Lankan Water Supply Minister", "2025-11-01", "susil-ranasinghe"),
    ("Bangladeshi Food Minister", "2026-03-01", "mohammad-amin-ur-rashid"),
    ("Bangladeshi Shipping Minister", "2026-03-01", "sheikh-rabiul-alam"),
    ("Bangladesh's Planning Minister", "2026-03-01", "amir-khasru-mahmud-chowdhury"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
