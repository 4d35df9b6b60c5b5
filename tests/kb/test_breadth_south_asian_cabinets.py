"""Myanmar, Bangladesh, Nepal and Sri Lanka office holders (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Myanmar: the military government's ministers
    ("mm.foreign_minister", "2022-06-01", "wunna-maung-lwin"),
    ("mm.foreign_minister", "2023-06-01", "than-swe-mm"),
    ("mm.defence_minister", "2022-06-01", "mya-tun-oo"),
    ("mm.defence_minister", "2024-06-01", "tin-aung-san"),
    ("mm.defence_minister", "2025-01-15", "maung-maung-aye"),
    ("mm.home_minister", "2022-06-01", "soe-htut"),
    ("mm.home_minister", "2023-10-01", "yar-pyae"),
    ("mm.finance_minister", "2022-06-01", "win-shein"),
    ("mm.deputy_prime_minister", "2023-03-01", "mya-tun-oo"),
    ("mm.deputy_prime_minister", "2023-03-01", "tin-aung-san"),
    ("mm.deputy_prime_minister", "2023-03-01", "win-shein"),
    # Bangladesh: speakers and the last Hasina cabinet
    ("bd.speaker", "2023-06-01", "shirin-sharmin-chaudhury"),
    ("bd.speaker", "2026-04-01", "hafiz-uddin-ahmed"),
    ("bd.foreign_minister", "2023-06-01", "ak-abdul-momen"),
    ("bd.commerce_minister", "2023-06-01", "tipu-munshi"),
    ("bd.home_minister", "2024-03-01", "asaduzzaman-khan"),
    ("bd.law_minister", "2024-03-01", "anisul-huq"),
    ("bd.defence_minister", "2024-03-01", "sheikh-hasina"),
    # Nepal: speaker, home and defence
    ("np.speaker", "2023-06-01", "devraj-ghimire"),
    ("np.home_minister", "2023-01-10", "rabi-lamichhane"),
    ("np.home_minister", "2024-05-01", "rabi-lamichhane"),
    ("np.deputy_prime_minister", "2023-01-10", "rabi-lamichhane"),
    ("np.deputy_prime_minister", "2024-05-01", "rabi-lamichhane"),
    ("np.defence_minister", "2024-05-01", "hari-upreti"),
    ("np.defence_minister", "2025-03-01", "manbir-rai"),
    # Sri Lanka: speakers of the 10th Parliament
    ("lk.speaker", "2024-12-01", "asoka-ranwala"),
    ("lk.speaker", "2025-03-01", "jagath-wickramaratne"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("mm.foreign_minister", "2023-06-01", "wunna-maung-lwin"),
    ("mm.defence_minister", "2024-06-01", "mya-tun-oo"),
    ("mm.defence_minister", "2025-01-15", "tin-aung-san"),
    ("mm.home_minister", "2023-10-01", "soe-htut"),
    ("bd.speaker", "2025-01-01", "shirin-sharmin-chaudhury"),
    ("bd.foreign_minister", "2024-03-01", "ak-abdul-momen"),
    ("bd.commerce_minister", "2024-03-01", "tipu-munshi"),
    ("bd.home_minister", "2024-09-01", "asaduzzaman-khan"),
    ("bd.law_minister", "2024-09-01", "anisul-huq"),
    ("np.home_minister", "2023-06-01", "rabi-lamichhane"),
    ("np.home_minister", "2024-09-01", "rabi-lamichhane"),
    ("np.defence_minister", "2024-09-01", "hari-upreti"),
    ("np.defence_minister", "2025-10-01", "manbir-rai"),
    ("lk.speaker", "2025-03-01", "asoka-ranwala"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Myanmar Foreign Minister", "2023-06-01", "than-swe-mm"),
    ("Myanmar Defence Minister", "2025-01-15", "maung-maung-aye"),
    ("Myanmar Finance Minister", "2022-06-01", "win-shein"),
    ("Bangladeshi Speaker", "2026-04-01", "hafiz-uddin-ahmed"),
    ("Bangladeshi Home Minister", "2024-03-01", "asaduzzaman-khan"),
    ("Nepali Defence Minister", "2025-03-01", "manbir-rai"),
    ("Nepali Speaker", "2023-06-01", "devraj-ghimire"),
    ("Sri Lankan Speaker", "2025-03-01", "jagath-wickramaratne"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
