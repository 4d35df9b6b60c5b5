"""Military chiefs of Saudi Arabia, the UAE, Qatar, Egypt, Algeria, Vietnam and Mexico, 2024-2026
(issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("sa.chief_of_general_staff", "2025-11-24", "fayyad-al-ruwaili"),
    ("sa.land_forces_commander", "2024-05-01", "fahd-al-mutair"),
    ("sa.land_forces_commander", "2025-03-01", "fahd-al-juhani"),
    ("sa.naval_forces_commander", "2024-05-01", "fahd-al-ghufaili"),
    ("sa.naval_forces_commander", "2025-03-01", "mohammed-al-gharibi"),
    ("sa.air_force_commander", "2024-07-20", "turki-bin-bandar"),
    ("ae.armed_forces_chief_of_staff", "2022-05-12", "hamad-al-rumaithi"),
    ("ae.armed_forces_chief_of_staff", "2024-02-21", "issa-al-mazrouei"),
    ("ae.naval_forces_commander", "2024-02-21", "saeed-bin-hamdan-al-nahyan"),
    ("qa.armed_forces_chief_of_staff", "2024-08-08", "salem-al-nabit"),
    ("qa.armed_forces_chief_of_staff", "2025-12-06", "jassim-al-mannai"),
    ("eg.armed_forces_chief_of_staff", "2025-12-06", "ahmed-fathy-khalifa"),
    ("dz.army_chief_of_staff", "2020-03-01", "said-chanegriha"),
    ("dz.army_chief_of_staff", "2026-01-19", "said-chanegriha"),
    ("dz.land_forces_commander", "2024-06-01", "ammar-atamnia"),
    ("dz.land_forces_commander", "2025-06-01", "mustapha-smaili"),
    ("vn.chief_of_general_staff", "2025-12-12", "nguyen-tan-cuong"),
    ("mx.joint_staff_chief", "2024-06-01", "ricardo-trevilla-trejo"),
    ("mx.joint_staff_chief", "2026-02-02", "arturo-coronel-flores"),
    ("mx.air_force_commander", "2025-01-15", "oscar-rene-rubio-sanchez"),
    ("mx.air_force_commander", "2026-02-02", "roman-carmona-landa"),
    ("mx.army_commander", "2025-09-16", "francisco-leana-ojeda"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("sa.land_forces_commander", "2024-09-15", "fahd-al-mutair"),
    ("sa.naval_forces_commander", "2024-09-15", "fahd-al-ghufaili"),
    ("ae.armed_forces_chief_of_staff", "2023-02-01", "hamad-al-rumaithi"),
    ("qa.armed_forces_chief_of_staff", "2025-11-01", "salem-al-nabit"),
    ("eg.armed_forces_chief_of_staff", "2025-06-01", "osama-askar"),
    ("dz.land_forces_commander", "2025-01-10", "ammar-atamnia"),
    ("mx.joint_staff_chief", "2025-01-10", "ricardo-trevilla-trejo"),
    ("mx.air_force_commander", "2025-08-01", "oscar-rene-rubio-sanchez"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Saudi Land Forces commander", "2025-03-01", "fahd-al-juhani"),
    ("Saudi Navy commander", "2025-03-01", "mohammed-al-gharibi"),
    ("Saudi Air Force commander", "2024-06-01", "turki-bin-bandar"),
    ("UAE Armed Forces Chief of Staff", "2024-01-10", "issa-al-mazrouei"),
    ("UAE Navy commander", "2024-06-01", "saeed-bin-hamdan-al-nahyan"),
    ("Qatari military chief of staff", "2025-11-01", "jassim-al-mannai"),
    ("Algerian army chief of staff", "2025-01-10", "said-chanegriha"),
    ("Algerian Land Forces commander", "2025-01-10", "mustapha-smaili"),
    ("Egyptian army chief of staff", "2025-06-01", "ahmed-fathy-khalifa"),
    ("Mexican Army commander", "2025-10-01", "francisco-leana-ojeda"),
    ("Mexican Air Force commander", "2024-12-01", "oscar-rene-rubio-sanchez"),
    ("Mexican Joint Staff chief", "2025-03-01", "arturo-coronel-flores"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
