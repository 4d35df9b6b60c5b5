"""Military commanders of Middle Eastern and African states (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Israel: Military Intelligence, IDF chief of staff, Air Force
    ("il.military_intelligence_chief", "2023-06-01", "aharon-haliva"),
    ("il.military_intelligence_chief", "2024-06-01", "aharon-haliva"),
    ("il.military_intelligence_chief", "2024-09-01", "shlomi-binder"),
    ("il.idf_chief_of_staff", "2026-01-15", "eyal-zamir"),
    ("il.air_force_commander", "2025-12-01", "tomer-bar"),
    # Iraq
    ("iq.army_chief_of_staff", "2023-06-01", "abdul-amir-yarallah"),
    ("iq.army_chief_of_staff", "2024-03-01", "abdul-amir-yarallah"),
    # Saudi Arabia
    ("sa.chief_of_general_staff", "2025-11-01", "fayyad-al-ruwaili"),
    # Syria
    ("sy.chief_of_general_staff", "2023-06-01", "abdul-karim-mahmoud-ibrahim"),
    ("sy.chief_of_general_staff", "2024-11-01", "abdul-karim-mahmoud-ibrahim"),
    ("sy.chief_of_general_staff", "2024-12-25", "ali-noureddine-al-naasan"),
    # Kenya
    ("ke.chief_of_defence_forces", "2023-01-15", "robert-kibochi"),
    ("ke.chief_of_defence_forces", "2023-10-01", "francis-ogolla"),
    ("ke.chief_of_defence_forces", "2024-04-25", "charles-kahariri"),
    ("ke.chief_of_defence_forces", "2025-01-15", "charles-kahariri"),
    ("ke.army_commander", "2023-06-01", "peter-njiru"),
    ("ke.army_commander", "2024-06-01", "david-tarus"),
    ("ke.army_commander", "2025-07-01", "david-keter"),
    ("ke.navy_commander", "2023-06-01", "jimson-mutai"),
    ("ke.navy_commander", "2024-04-01", "thomas-nganga"),
    ("ke.navy_commander", "2024-05-05", "paul-otieno"),
    ("ke.air_force_commander", "2023-06-01", "john-omenda"),
    ("ke.air_force_commander", "2024-06-01", "fatuma-ahmed"),
    ("ke.air_force_commander", "2025-07-01", "benard-waliaula"),
    # South Africa
    ("za.sandf_chief", "2023-06-01", "rudzani-maphwanya"),
    ("za.sandf_chief", "2026-01-15", "rudzani-maphwanya"),
    ("za.army_chief", "2022-06-01", "lawrence-mbatha"),
    ("za.air_force_chief", "2023-01-15", "wiseman-mbambo"),
    # DR Congo
    ("cd.fardc_chief_of_staff", "2023-06-01", "christian-tshiwewe"),
    ("cd.fardc_chief_of_staff", "2024-12-20", "jules-banza-mwilambwe"),
    ("cd.land_forces_chief", "2024-12-20", "christian-ndaywel"),
    # Sudan: army command (the RSF commander is in nonstate.yaml)
    ("sd.armed_forces_commander_in_chief", "2023-06-01", "abdel-fattah-al-burhan"),
    ("sd.armed_forces_commander_in_chief", "2025-08-01", "abdel-fattah-al-burhan"),
    ("sd.chief_of_general_staff", "2023-06-01", "mohamed-osman-al-hussein"),
    ("sd.chief_of_general_staff", "2025-08-18", "mohamed-osman-al-hussein"),
    ("sd.rsf_commander", "2024-06-01", "mohamed-hamdan-dagalo"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("il.military_intelligence_chief", "2024-09-01", "aharon-haliva"),
    ("sy.chief_of_general_staff", "2024-12-25", "abdul-karim-mahmoud-ibrahim"),
    ("ke.chief_of_defence_forces", "2023-10-01", "robert-kibochi"),
    ("ke.chief_of_defence_forces", "2024-06-01", "francis-ogolla"),
    ("ke.army_commander", "2024-06-01", "peter-njiru"),
    ("ke.army_commander", "2025-07-01", "david-tarus"),
    ("ke.navy_commander", "2024-04-01", "jimson-mutai"),
    ("ke.navy_commander", "2024-05-05", "thomas-nganga"),
    ("ke.air_force_commander", "2024-06-01", "john-omenda"),
    ("ke.air_force_commander", "2025-07-01", "fatuma-ahmed"),
    ("cd.fardc_chief_of_staff", "2024-12-20", "christian-tshiwewe"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Kenyan Chief of Defence Forces", "2025-01-15", "charles-kahariri"),
    ("Kenyan Army Commander", "2024-06-01", "david-tarus"),
    ("Iraqi Army Chief of Staff", "2024-03-01", "abdul-amir-yarallah"),
    ("Syrian Chief of the General Staff", "2024-12-25", "ali-noureddine-al-naasan"),
    ("Israeli Military Intelligence chief", "2024-09-01", "shlomi-binder"),
    ("South African Army Chief", "2022-06-01", "lawrence-mbatha"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
