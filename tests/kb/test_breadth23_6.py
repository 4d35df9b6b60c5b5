"""Deputy foreign ministers 2024-2026, first group (Israel, Malaysia, Thailand, North Korea, Afghanistan,
Uzbekistan, Armenia, Azerbaijan, Belarus, Kazakhstan, Algeria; issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("il.deputy_foreign_minister", "2025-06-01", "sharren-haskel"),
    ("my.deputy_foreign_minister", "2024-06-01", "mohamad-alamin"),
    ("my.deputy_foreign_minister", "2025-08-26", "mohamad-alamin"),
    ("th.deputy_foreign_minister", "2024-01-15", "jakkapong-sangmanee"),
    ("th.vice_foreign_minister", "2024-04-22", "sihasak-phuangketkeow"),
    ("th.vice_foreign_minister", "2024-07-16", "russ-jalichandra"),
    ("kp.vice_foreign_minister", "2024-05-08", "kim-son-gyong"),
    ("kp.vice_foreign_minister", "2025-09-29", "kim-son-gyong"),
    ("af.deputy_foreign_minister", "2024-06-01", "sher-mohammad-abbas-stanekzai"),
    ("uz.first_deputy_foreign_minister", "2024-03-01", "bakhromjon-aloyev"),
    ("uz.deputy_foreign_minister", "2023-06-01", "bakhromjon-aloyev"),
    ("uz.deputy_foreign_minister", "2024-03-01", "muzaffarbek-madrahimov"),
    ("uz.deputy_foreign_minister", "2024-03-01", "rahmatulla-nurimbetov"),
    ("uz.deputy_foreign_minister", "2024-08-01", "ilhom-haydarov"),
    ("am.deputy_foreign_minister", "2025-02-25", "paruyr-hovhannisyan"),
    ("am.deputy_foreign_minister", "2024-01-15", "vahan-kostanyan"),
    ("az.deputy_foreign_minister", "2024-11-27", "fariz-rzayev"),
    ("az.deputy_foreign_minister", "2025-02-24", "elnur-mammadov"),
    ("by.deputy_foreign_minister", "2025-07-15", "igor-sekreta"),
    ("kz.deputy_foreign_minister", "2025-05-28", "roman-vassilenko"),
    ("dz.secretary_of_state_community_abroad", "2024-12-01", "sofiane-chaib"),
    ("dz.secretary_of_state_african_affairs", "2024-12-01", "selma-bakhta-mansouri"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("th.deputy_foreign_minister", "2024-06-01", "jakkapong-sangmanee"),
    ("th.vice_foreign_minister", "2025-10-01", "sihasak-phuangketkeow"),
    ("af.deputy_foreign_minister", "2025-07-01", "sher-mohammad-abbas-stanekzai"),
    ("uz.deputy_foreign_minister", "2024-03-01", "bakhromjon-aloyev"),
    ("uz.deputy_foreign_minister", "2024-08-01", "rahmatulla-nurimbetov"),
    ("il.deputy_foreign_minister", "2024-06-01", "sharren-haskel"),
    ("dz.secretary_of_state_community_abroad", "2024-06-01", "sofiane-chaib"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Israeli Deputy Foreign Minister", "2025-06-01", "sharren-haskel"),
    ("Malaysian Deputy Foreign Minister", "2024-06-01", "mohamad-alamin"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
