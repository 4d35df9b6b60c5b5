"""Iraqi, Syrian, Yemeni (government and Houthi), Afghan (Taliban) and North Korean office holders
(issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Iraq: the Sudani cabinet
    ("iq.trade_minister", "2024-06-01", "atheer-al-ghurairi"),
    ("iq.trade_minister", "2025-02-03", "atheer-al-ghurairi"),
    ("iq.planning_minister", "2024-06-01", "mohammed-tamim"),
    ("iq.electricity_minister", "2023-01-15", "ziad-ali-fadhil"),
    ("iq.water_resources_minister", "2023-01-15", "aoun-diab"),
    ("iq.justice_minister", "2023-01-15", "khalid-shwani"),
    # Syria: the last Assad governments
    ("sy.prime_minister", "2023-06-01", "hussein-arnous"),
    ("sy.prime_minister", "2024-10-15", "mohammad-ghazi-al-jalali"),
    ("sy.foreign_minister", "2023-06-01", "faisal-mekdad"),
    ("sy.foreign_minister", "2024-11-01", "bassam-al-sabbagh"),
    ("sy.defence_minister", "2023-06-01", "ali-mahmoud-abbas"),
    ("sy.defence_minister", "2024-12-05", "ali-mahmoud-abbas"),
    # Yemen: the House of Representatives and the Houthi authorities
    ("ye.speaker", "2024-06-01", "sultan-al-barakani"),
    ("ye.houthi_prime_minister", "2023-06-01", "abdulaziz-bin-habtoor"),
    ("ye.houthi_prime_minister", "2025-01-15", "ahmed-al-rahawi"),
    ("ye.houthi_prime_minister", "2025-08-30", "mohammed-miftah"),
    ("ye.houthi_foreign_minister", "2023-06-01", "hisham-sharaf"),
    ("ye.houthi_foreign_minister", "2025-01-15", "jamal-amer"),
    ("ye.houthi_defence_minister", "2024-06-01", "mohammed-al-atifi"),
    ("ye.houthi_interior_minister", "2024-06-01", "abdulkarim-al-houthi"),
    # Afghanistan: the Taliban government
    ("af.prime_minister", "2023-07-15", "mohammad-hasan-akhund"),
    ("af.deputy_prime_minister", "2021-09-08", "abdul-salam-hanafi"),
    ("af.commerce_minister", "2021-09-29", "nooruddin-azizi"),
    ("af.spokesperson", "2021-09-06", "zabihullah-mujahid"),
    # North Korea: the Standing Committee of the Supreme People's Assembly
    ("kp.spa_standing_committee_chairman", "2015-06-01", "kim-yong-nam"),
    ("kp.spa_standing_committee_chairman", "2024-06-01", "choe-ryong-hae"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sy.prime_minister", "2024-10-15", "hussein-arnous"),
    ("sy.prime_minister", "2025-01-15", "mohammad-ghazi-al-jalali"),
    ("sy.foreign_minister", "2024-11-01", "faisal-mekdad"),
    ("sy.foreign_minister", "2025-01-15", "bassam-al-sabbagh"),
    ("sy.defence_minister", "2025-01-15", "ali-mahmoud-abbas"),
    ("ye.houthi_prime_minister", "2025-01-15", "abdulaziz-bin-habtoor"),
    ("ye.houthi_prime_minister", "2025-09-15", "ahmed-al-rahawi"),
    ("ye.houthi_foreign_minister", "2025-01-15", "hisham-sharaf"),
    ("ye.houthi_foreign_minister", "2025-09-15", "jamal-amer"),
    ("kp.spa_standing_committee_chairman", "2024-06-01", "kim-yong-nam"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Iraqi Trade Minister", "2024-06-01", "atheer-al-ghurairi"),
    ("Iraqi Planning Minister", "2024-06-01", "mohammed-tamim"),
    ("Iraqi Electricity Minister", "2023-01-15", "ziad-ali-fadhil"),
    ("Syrian Prime Minister", "2023-06-01", "hussein-arnous"),
    ("Syrian Foreign Minister", "2023-06-01", "faisal-mekdad"),
    ("Syrian Defence Minister", "2023-06-01", "ali-mahmoud-abbas"),
    ("Yemeni Parliament Speaker", "2024-06-01", "sultan-al-barakani"),
    ("Afghan Commerce Minister", "2022-06-01", "nooruddin-azizi"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
