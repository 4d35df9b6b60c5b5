"""Korean and Taiwanese service chiefs, Spain's Attorney General and regional presidents, the UK
Shadow Chancellor and the Lib Dem deputy leader (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # South Korea: Army, Navy and Air Force chiefs of staff
    ("kr.army_chief_of_staff", "2024-06-01", "park-an-su"),
    ("kr.army_chief_of_staff", "2025-03-01", "go-chang-jun"),
    ("kr.army_chief_of_staff", "2025-10-01", "kim-gyu-ha"),
    ("kr.navy_chief_of_staff", "2023-06-01", "lee-jong-ho-navy"),
    ("kr.navy_chief_of_staff", "2024-06-01", "yang-yong-mo"),
    ("kr.navy_chief_of_staff", "2025-10-01", "kang-dong-gil"),
    ("kr.air_force_chief_of_staff", "2023-06-01", "jung-sang-hwa"),
    ("kr.air_force_chief_of_staff", "2024-06-01", "lee-young-su"),
    ("kr.air_force_chief_of_staff", "2025-10-01", "son-suk-rak"),
    # Taiwan: chief of the general staff and service commanders
    ("tw.chief_of_general_staff", "2025-12-15", "mei-chia-shu"),
    ("tw.army_commander", "2023-01-15", "hsu-yen-pu"),
    ("tw.army_commander", "2024-06-01", "chung-shu-ming"),
    ("tw.army_commander", "2025-06-01", "lu-kun-hsiu"),
    ("tw.navy_commander", "2023-01-15", "mei-chia-shu"),
    ("tw.navy_commander", "2024-06-01", "tang-hua"),
    ("tw.navy_commander", "2025-12-15", "chiang-cheng-kuo"),
    ("tw.air_force_commander", "2023-06-01", "liu-jen-yuan"),
    ("tw.air_force_commander", "2025-06-01", "cheng-jung-feng"),
    # Spain: Attorney General of the State and regional presidents
    ("es.attorney_general", "2022-06-01", "dolores-delgado"),
    ("es.attorney_general", "2024-06-01", "alvaro-garcia-ortiz"),
    ("es.attorney_general", "2025-12-11", "teresa-peramato"),
    ("es.madrid_president", "2025-06-01", "isabel-diaz-ayuso"),
    ("es.catalonia_president", "2023-06-01", "pere-aragones"),
    ("es.catalonia_president", "2024-09-01", "salvador-illa"),
    ("es.andalusia_president", "2025-06-01", "juanma-moreno"),
    ("es.basque_president", "2023-06-01", "inigo-urkullu"),
    ("es.basque_president", "2024-07-01", "imanol-pradales"),
    # United Kingdom: Shadow Chancellor and Lib Dem deputy leader
    ("gb.shadow_chancellor", "2023-06-01", "rachel-reeves"),
    ("gb.shadow_chancellor", "2024-09-01", "jeremy-hunt"),
    ("gb.shadow_chancellor", "2025-06-01", "mel-stride"),
    ("gb.libdem_deputy_leader", "2023-06-01", "daisy-cooper"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kr.army_chief_of_staff", "2025-03-01", "park-an-su"),
    ("kr.army_chief_of_staff", "2025-10-01", "go-chang-jun"),
    ("kr.navy_chief_of_staff", "2024-06-01", "lee-jong-ho-navy"),
    ("kr.navy_chief_of_staff", "2025-10-01", "yang-yong-mo"),
    ("kr.air_force_chief_of_staff", "2024-06-01", "jung-sang-hwa"),
    ("kr.air_force_chief_of_staff", "2025-10-01", "lee-young-su"),
    ("tw.army_commander", "2024-06-01", "hsu-yen-pu"),
    ("tw.army_commander", "2025-06-01", "chung-shu-ming"),
    ("tw.navy_commander", "2024-06-01", "mei-chia-shu"),
    ("tw.navy_commander", "2025-12-15", "tang-hua"),
    ("tw.air_force_commander", "2025-06-01", "liu-jen-yuan"),
    ("es.attorney_general", "2024-06-01", "dolores-delgado"),
    ("es.attorney_general", "2025-12-11", "alvaro-garcia-ortiz"),
    ("es.catalonia_president", "2024-09-01", "pere-aragones"),
    ("es.basque_president", "2024-07-01", "inigo-urkullu"),
    ("gb.shadow_chancellor", "2024-09-01", "rachel-reeves"),
    ("gb.shadow_chancellor", "2025-06-01", "jeremy-hunt"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Taiwanese Navy Commander", "2024-06-01", "tang-hua"),
    ("Taiwanese Army Commander", "2025-06-01", "lu-kun-hsiu"),
    ("South Korean Army Chief of Staff", "2024-06-01", "park-an-su"),
    ("Spanish Attorney General", "2024-06-01", "alvaro-garcia-ortiz"),
    ("British Shadow Chancellor", "2025-06-01", "mel-stride"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
