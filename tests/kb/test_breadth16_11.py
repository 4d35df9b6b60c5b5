"""Military chiefs of Japan, Malaysia, Singapore, Vietnam, Myanmar, Cambodia, Sri Lanka, Bangladesh,
New Zealand and Taiwan, 2024-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Japan
    ("jp.joint_staff_chief", "2024-06-01", "yoshihide-yoshida"),
    ("jp.joint_staff_chief", "2025-09-01", "hiroaki-uchikura"),
    ("jp.gsdf_chief", "2024-06-01", "yasunori-morishita"),
    ("jp.gsdf_chief", "2025-09-01", "masayoshi-arai"),
    ("jp.asdf_chief", "2024-06-01", "hiroaki-uchikura"),
    ("jp.asdf_chief", "2025-09-01", "takehiro-morita"),
    ("jp.msdf_chief", "2024-05-01", "ryo-sakai"),
    ("jp.msdf_chief", "2024-08-01", "akira-saito"),
    # Malaysia
    ("my.navy_chief", "2024-01-29", "abdul-rahman-ayob"),
    ("my.navy_chief", "2024-10-15", "zulhelmy-ithnain"),
    ("my.air_force_chief", "2024-06-01", "mohd-asghar-khan-goriman-khan"),
    ("my.air_force_chief", "2025-08-06", "muhamad-norazlan-aris"),
    ("my.chief_of_defence_force", "2026-01-15", "zulhelmy-ithnain"),
    # Singapore
    ("sg.army_chief", "2024-06-01", "david-neo"),
    ("sg.army_chief", "2025-04-01", "cai-dexian"),
    ("sg.navy_chief", "2024-06-01", "sean-wat"),
    ("sg.air_force_chief", "2024-01-15", "kelvin-khong"),
    ("sg.air_force_chief", "2024-06-01", "kelvin-fan"),
    # Vietnam
    ("vn.chief_of_general_staff", "2026-01-22", "nguyen-tan-cuong"),
    # Myanmar
    ("mm.commander_in_chief", "2026-01-15", "min-aung-hlaing"),
    ("mm.air_force_commander", "2022-06-30", "tun-aung"),
    # Cambodia
    ("kh.navy_commander", "2024-06-01", "tea-vinh"),
    ("kh.navy_commander", "2025-03-13", "tea-sokha"),
    # Sri Lanka
    ("lk.chief_of_defence_staff", "2024-06-01", "shavendra-silva"),
    ("lk.air_force_commander", "2024-12-30", "udeni-rajapaksa"),
    # Bangladesh
    ("bd.army_chief", "2026-02-19", "waker-uz-zaman"),
    ("bd.navy_chief", "2026-02-19", "nazmul-hassan-navy"),
    ("bd.air_chief", "2026-02-19", "hasan-mahmood-khan"),
    # New Zealand
    ("nz.army_chief", "2024-01-15", "john-boswell"),
    ("nz.army_chief", "2024-07-15", "rose-king"),
    ("nz.army_chief", "2024-09-15", "rose-king"),
    ("nz.navy_chief", "2024-01-15", "david-proctor"),
    ("nz.navy_chief", "2024-09-15", "garin-golding"),
    ("nz.air_force_chief", "2024-01-15", "darryn-webb"),
    ("nz.air_force_chief", "2024-09-15", "darryn-webb"),
    # Taiwan
    ("tw.chief_of_general_staff", "2025-06-01", "mei-chia-shu"),
    ("tw.navy_commander", "2025-12-15", "chiang-cheng-kuo"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("jp.joint_staff_chief", "2025-09-01", "yoshihide-yoshida"),
    ("jp.gsdf_chief", "2025-09-01", "yasunori-morishita"),
    ("jp.asdf_chief", "2025-09-01", "hiroaki-uchikura"),
    ("jp.msdf_chief", "2024-08-01", "ryo-sakai"),
    ("my.navy_chief", "2024-10-15", "abdul-rahman-ayob"),
    ("my.air_force_chief", "2025-08-06", "mohd-asghar-khan-goriman-khan"),
    ("my.chief_of_defence_force", "2026-02-15", "zulhelmy-ithnain"),
    ("sg.army_chief", "2025-04-01", "david-neo"),
    ("sg.air_force_chief", "2024-06-01", "kelvin-khong"),
    ("kh.navy_commander", "2025-03-13", "tea-vinh"),
    ("lk.chief_of_defence_staff", "2025-02-01", "shavendra-silva"),
    ("nz.army_chief", "2024-09-15", "john-boswell"),
    ("nz.navy_chief", "2024-09-15", "david-proctor"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Japanese Chief of Staff of the Joint Staff", "2025-09-01", "hiroaki-uchikura"),
    ("Japanese MSDF chief", "2024-08-01", "akira-saito"),
    ("Malaysian Chief of Defence Force", "2025-06-01", "mohd-nizam-jaffar"),
    ("Royal Malaysian Navy chief", "2024-10-15", "zulhelmy-ithnain"),
    ("RMAF chief", "2025-08-06", "muhamad-norazlan-aris"),
    ("Singapore Chief of Army", "2025-04-01", "cai-dexian"),
    ("Singapore Chief of Air Force", "2024-06-01", "kelvin-fan"),
    ("Vietnamese Chief of the General Staff", "2025-06-01", "nguyen-tan-cuong"),
    ("Cambodian Navy Commander", "2024-06-01", "tea-vinh"),
    ("Sri Lankan Chief of Defence Staff", "2024-06-01", "shavendra-silva"),
    ("Sri Lankan Army Commander", "2025-02-01", "lasantha-rodrigo"),
    ("New Zealand Chief of Army", "2024-09-15", "rose-king"),
    ("New Zealand Chief of Navy", "2024-09-15", "garin-golding"),
    ("Taiwanese Chief of the General Staff", "2025-06-01", "mei-chia-shu"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
