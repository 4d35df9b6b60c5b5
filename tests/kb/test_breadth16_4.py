"""Deputy and vice foreign ministers of 2024-2026 (issue #11, batch kb16-4): Russian, Iranian, Turkish
and Japanese deputies and the US deputy secretary for management and the under secretary for public
diplomacy resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Russia: Rudenko confirmed into July 2025
    ("ru.deputy_foreign_minister", "2025-07-17", "andrei-rudenko"),
    ("ru.deputy_foreign_minister", "2025-09-24", "dmitry-lyubinsky"),
    # Iran: the political and the legal-international deputies
    ("ir.deputy_foreign_minister_political", "2025-08-26", "majid-takht-ravanchi"),
    ("ir.deputy_foreign_minister_legal", "2025-01-13", "kazem-gharibabadi"),
    ("ir.deputy_foreign_minister_legal", "2025-08-26", "kazem-gharibabadi"),
    # Türkiye
    ("tr.deputy_foreign_minister", "2025-09-26", "ayse-berris-ekinci"),
    ("tr.deputy_foreign_minister", "2025-09-26", "zeki-levent-gumrukcu"),
    ("tr.deputy_foreign_minister", "2025-09-26", "nuh-yilmaz"),
    # Japan: state ministers for foreign affairs of the Kishida and first Ishiba cabinets
    ("jp.mofa_state_minister", "2024-02-28", "kiyoto-tsuji"),
    ("jp.mofa_state_minister", "2024-02-28", "yoshifumi-tsuge"),
    ("jp.mofa_state_minister", "2024-10-15", "kiyoto-tsuji"),
    ("jp.mofa_state_minister", "2025-03-01", "takuma-miyaji"),
    # United States
    ("us.deputy_secretary_state_management_resources", "2024-06-01", "richard-verma"),
    ("us.deputy_secretary_state_management_resources", "2026-03-12", "michael-rigas"),
    ("us.under_secretary_state_public_diplomacy", "2026-03-06", "sarah-b-rogers"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.mofa_state_minister", "2023-09-01", "kiyoto-tsuji"),         # named 2023-09-15
    ("jp.mofa_state_minister", "2023-12-01", "yoshifumi-tsuge"),      # named 2023-12-14
    ("jp.mofa_state_minister", "2025-03-01", "kiyoto-tsuji"),         # second Ishiba cabinet 2024-11-13
    ("jp.mofa_state_minister", "2025-03-01", "yoshifumi-tsuge"),
    ("us.deputy_secretary_state_management_resources", "2025-06-01", "richard-verma"),  # Rigas 2025-05-19
    ("us.deputy_secretary_state_management_resources", "2024-06-01", "michael-rigas"),
    ("us.under_secretary_state_public_diplomacy", "2025-06-01", "sarah-b-rogers"),    # from 2025-10-10
    ("ir.deputy_foreign_minister_legal", "2024-06-01", "kazem-gharibabadi"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Iranian Deputy Foreign Minister for Legal and International Affairs", "2025-05-16", "kazem-gharibabadi"),
    ("US Deputy Secretary for Management and Resources", "2025-09-01", "michael-rigas"),
    ("US Under Secretary of State for Public Diplomacy", "2026-01-15", "sarah-b-rogers"),
    ("US Deputy Secretary of State", "2025-09-01", "christopher-landau"),
])
def test_title_with_country_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
