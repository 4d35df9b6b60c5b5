"""Top military commanders 2023-2026, third group (issue #11): chiefs of defence and army commanders resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("so.chief_of_defence_forces", "2023-03-01", "odowaa-yusuf-rageh"),
    ("so.chief_of_defence_forces", "2024-03-01", "ibrahim-sheikh-muhyadin-addow"),
    ("so.chief_of_defence_forces", "2025-06-01", "odowaa-yusuf-rageh"),
    ("so.chief_of_defence_forces", "2026-02-01", "ibrahim-mohamed-mahmoud"),
    ("so.land_forces_commander", "2024-03-01", "ahmed-adan-ali"),
    ("so.land_forces_commander", "2024-11-20", "sahal-abdullahi-omar"),
    ("ss.chief_of_defence_forces", "2023-06-01", "santino-deng-wol"),
    ("ss.chief_of_defence_forces", "2025-03-01", "paul-nang-majok"),
    ("ss.chief_of_defence_forces", "2025-08-15", "dau-aturjong-nyuol"),
    ("ss.chief_of_defence_forces", "2025-10-09", "paul-nang-majok"),
    ("ug.chief_of_defence_forces", "2023-06-01", "wilson-mbadi"),
    ("ug.chief_of_defence_forces", "2024-06-01", "muhoozi-kainerugaba"),
    ("ug.land_forces_commander", "2022-01-01", "muhoozi-kainerugaba"),
    ("ug.land_forces_commander", "2022-10-07", "kayanja-muhanga"),
    ("zw.defence_forces_commander", "2024-06-01", "philip-valerio-sibanda"),
    ("zw.defence_forces_commander", "2025-11-25", "emmanuel-matatu"),
    ("zw.army_commander", "2025-06-01", "emmanuel-matatu"),
    ("zw.army_commander", "2025-11-25", "asher-walter-tapfumaneyi"),
    ("ve.ceofanb_commander", "2023-06-01", "domingo-hernandez-larez"),
    ("ve.ceofanb_commander", "2026-03-20", "rafael-prieto-martinez"),
    ("ve.army_commander", "2025-06-01", "johan-hernandez-larez"),
    ("ve.army_commander", "2026-03-20", "ruben-belzares-escobar"),
    ("zm.army_commander", "2023-06-01", "dennis-sitali-alibuzwi"),
    ("zm.army_commander", "2024-09-12", "geoffrey-zyeele"),
    ("tz.chief_of_defence_forces", "2024-08-29", "jacob-mkunda"),
    ("tt.chief_of_defence_staff", "2024-06-01", "darryl-daniel"),
    ("tt.chief_of_defence_staff", "2025-10-31", "don-polo"),
    ("bs.defence_force_commander", "2024-06-01", "raymond-king"),
    ("bs.defence_force_commander", "2025-06-01", "floyd-moxey"),
    ("bb.defence_force_chief_of_staff", "2023-06-01", "errington-shurland"),
    ("bb.defence_force_chief_of_staff", "2024-09-18", "carlos-lovell"),
    ("tj.chief_of_general_staff", "2024-06-01", "emomali-sobirzoda"),
    ("tj.chief_of_general_staff", "2025-01-23", "bobojon-saidzoda"),
    ("tg.chief_of_general_staff", "2023-06-01", "tassounti-djato"),
    ("tg.chief_of_general_staff", "2024-05-30", "dimini-allahare"),
    ("cv.chief_of_general_staff", "2024-06-01", "antonio-duarte-monteiro"),
    ("cv.chief_of_general_staff", "2025-11-08", "manuel-semedo"),
    ("tl.chief_of_defence_force", "2024-02-01", "falur-rate-laek"),
    ("ye.chief_of_general_staff", "2024-06-01", "sagheer-bin-aziz"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("so.chief_of_defence_forces", "2023-07-01", "odowaa-yusuf-rageh"),
    ("so.chief_of_defence_forces", "2024-11-20", "ibrahim-sheikh-muhyadin-addow"),
    ("so.chief_of_defence_forces", "2026-02-15", "odowaa-yusuf-rageh"),
    ("so.land_forces_commander", "2025-01-15", "ahmed-adan-ali"),
    ("ss.chief_of_defence_forces", "2025-02-01", "santino-deng-wol"),
    ("ss.chief_of_defence_forces", "2025-08-15", "paul-nang-majok"),
    ("ss.chief_of_defence_forces", "2025-10-20", "dau-aturjong-nyuol"),
    ("ug.chief_of_defence_forces", "2024-04-15", "wilson-mbadi"),
    ("ug.land_forces_commander", "2022-10-20", "muhoozi-kainerugaba"),
    ("zw.defence_forces_commander", "2025-12-05", "philip-valerio-sibanda"),
    ("zw.army_commander", "2025-12-05", "emmanuel-matatu"),
    ("ve.ceofanb_commander", "2026-04-01", "domingo-hernandez-larez"),
    ("ve.army_commander", "2026-04-01", "johan-hernandez-larez"),
    ("zm.army_commander", "2024-10-01", "dennis-sitali-alibuzwi"),
    ("tt.chief_of_defence_staff", "2025-10-20", "darryl-daniel"),
    ("bs.defence_force_commander", "2025-05-20", "raymond-king"),
    ("bb.defence_force_chief_of_staff", "2024-10-01", "errington-shurland"),
    ("tj.chief_of_general_staff", "2025-02-15", "emomali-sobirzoda"),
    ("tg.chief_of_general_staff", "2024-06-15", "tassounti-djato"),
    ("cv.chief_of_general_staff", "2025-11-15", "antonio-duarte-monteiro"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
