"""Military commanders of China, North Korea, Indonesia, Thailand, the Philippines, Bangladesh, Sri Lanka
and Australia (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # China: PLA service commanders
    ("cn.navy_commander", "2023-06-01", "dong-jun"),
    ("cn.navy_commander", "2024-06-01", "hu-zhongming"),
    ("cn.air_force_commander", "2024-06-01", "chang-dingqiu"),
    ("cn.rocket_force_commander", "2023-03-01", "li-yuchao"),
    ("cn.rocket_force_commander", "2024-06-01", "wang-houbin"),
    ("cn.ground_force_commander", "2023-06-01", "li-qiaoming"),
    # North Korea: chief of the KPA General Staff
    ("kp.chief_of_general_staff", "2023-03-01", "pak-su-il"),
    ("kp.chief_of_general_staff", "2023-10-01", "ri-yong-gil"),
    # Indonesia: navy and air force chiefs of staff
    ("id.navy_chief_of_staff", "2023-06-01", "muhammad-ali-admiral"),
    ("id.air_force_chief_of_staff", "2023-06-01", "fadjar-prasetyo"),
    ("id.air_force_chief_of_staff", "2024-06-01", "tonny-harjono"),
    # Thailand: chief of defence forces and service chiefs
    ("th.chief_of_defence_forces", "2024-06-01", "songwit-noonpakdee"),
    ("th.navy_chief", "2024-06-01", "adung-phan-iam"),
    ("th.navy_chief", "2025-03-01", "jirapol-wongwit"),
    ("th.air_force_chief", "2024-06-01", "panpakdee-pattanakul"),
    ("th.air_force_chief", "2025-11-01", "seksan-kantha"),
    # Philippines: air force
    ("ph.air_force_commanding_general", "2023-06-01", "stephen-parreno"),
    ("ph.air_force_commanding_general", "2025-03-01", "arthur-cordura"),
    # Bangladesh: navy and air force chiefs
    ("bd.navy_chief", "2024-01-01", "nazmul-hassan-navy"),
    ("bd.air_chief", "2024-07-01", "hasan-mahmood-khan"),
    # Sri Lanka: army and navy before December 2024, air force
    ("lk.army_commander", "2023-06-01", "vikum-liyanage"),
    ("lk.navy_commander", "2023-06-01", "priyantha-perera-navy"),
    ("lk.air_force_commander", "2023-03-01", "sudarshana-pathirana"),
    ("lk.air_force_commander", "2023-09-01", "udeni-rajapaksa"),
    # Australia: army and navy chiefs
    ("au.chief_of_army", "2023-06-01", "simon-stuart"),
    ("au.chief_of_navy", "2023-06-01", "mark-hammond"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.navy_commander", "2024-06-01", "dong-jun"),
    ("cn.rocket_force_commander", "2024-06-01", "li-yuchao"),
    ("kp.chief_of_general_staff", "2023-10-01", "pak-su-il"),
    ("id.air_force_chief_of_staff", "2024-06-01", "fadjar-prasetyo"),
    ("th.navy_chief", "2025-03-01", "adung-phan-iam"),
    ("th.air_force_chief", "2025-11-01", "panpakdee-pattanakul"),
    ("ph.air_force_commanding_general", "2025-03-01", "stephen-parreno"),
    ("lk.army_commander", "2025-03-01", "vikum-liyanage"),
    ("lk.navy_commander", "2025-03-01", "priyantha-perera-navy"),
    ("lk.air_force_commander", "2023-09-01", "sudarshana-pathirana"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Thai Navy chief", "2024-06-01", "adung-phan-iam"),
    ("Thai Air Force chief", "2025-11-01", "seksan-kantha"),
    ("Indonesian Air Force chief", "2024-06-01", "tonny-harjono"),
    ("Bangladeshi Navy Chief", "2024-01-01", "nazmul-hassan-navy"),
    ("Sri Lankan air force chief", "2023-09-01", "udeni-rajapaksa"),
    ("Australian Navy chief", "2023-06-01", "mark-hammond"),
    ("Chinese Rocket Force commander", "2024-06-01", "wang-houbin"),
    ("North Korean Chief of the General Staff", "2023-10-01", "ri-yong-gil"),
    ("Philippine Air Force chief", "2025-03-01", "arthur-cordura"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
