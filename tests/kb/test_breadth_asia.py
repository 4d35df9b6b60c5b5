"""Cabinets of South and South-East Asia and Oceania (issue #11) resolve on known days."""

from datetime import date

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ph.transportation_secretary", "2025-05-01", "vince-dizon"),
    ("ph.public_works_secretary", "2025-10-01", "vince-dizon"),
    ("ph.interior_secretary", "2024-11-01", "jonvic-remulla"),
    ("ph.justice_secretary", "2025-11-01", "fredderick-vida"),
    ("ph.executive_secretary", "2022-08-01", "vic-rodriguez"),
    ("ph.afp_chief_of_staff", "2024-06-01", "romeo-brawner-jr"),
    ("th.interior_minister", "2025-08-01", "phumtham-wechayachai"),
    ("th.army_chief", "2025-07-27", "pana-klaewplodthuk"),
    ("th.army_chief", "2024-01-01", "charoenchai-hinthao"),
    ("id.cooperatives_minister", "2025-10-01", "ferry-juliantono"),
    ("id.tni_commander", "2024-06-01", "agus-subiyanto"),
    ("my.health_minister", "2024-06-01", "dzulkefly-ahmad"),
    ("my.plantation_minister", "2026-01-10", "noraini-ahmad"),
    ("my.chief_of_defence_force", "2026-01-10", "zulhelmy-ithnain"),
    ("vn.public_security_minister", "2025-01-01", "luong-tam-quang"),
    ("vn.foreign_ministry_spokesperson", "2024-06-01", "pham-thu-hang"),
    ("sg.law_minister", "2025-08-01", "edwin-tong"),
    ("sg.chief_of_defence_force", "2024-01-01", "aaron-beng"),
    ("kh.defence_ministry_spokesperson", "2025-08-06", "maly-socheata"),
    ("in.home_minister", "2025-01-01", "amit-shah"),
    ("in.army_chief", "2025-05-10", "upendra-dwivedi"),
    ("pk.interior_minister", "2025-05-10", "mohsin-naqvi"),
    ("pk.chief_of_defence_forces", "2026-01-01", "asim-munir"),
    ("bd.home_minister", "2025-06-01", "jahangir-alam-chowdhury"),
    ("bd.home_minister", "2026-03-01", "salahuddin-ahmed-bnp"),
    ("au.home_affairs_minister", "2024-01-01", "clare-oneil"),
    ("au.attorney_general", "2025-08-01", "michelle-rowland"),
    ("au.chief_of_defence_force", "2025-01-01", "david-johnston-adf"),
    ("nz.health_minister", "2024-06-01", "shane-reti"),
    ("nz.transport_minister", "2025-06-01", "chris-bishop-nz"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ph.transportation_secretary", "2025-10-01", "vince-dizon"),   # moved to public works 2025-09-01
    ("ph.justice_secretary", "2025-11-01", "jesus-crispin-remulla"),  # Ombudsman from 2025-10-10
    ("bd.home_minister", "2024-09-01", "sakhawat-hossain"),          # replaced after eight days
    ("my.economy_minister", "2026-01-10", "rafizi-ramli"),           # resigned in 2025
    ("au.employment_minister", "2025-08-01", "murray-watt"),         # second ministry from 2025-05-13
    ("nz.health_minister", "2025-06-01", "shane-reti"),              # January 2025 reshuffle
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_deputy_prime_ministers_of_cambodia_are_held_together(kb):
    deputies = {t.person for t in kb.holders("kh.deputy_prime_minister", date(2023, 9, 1))}
    assert {"neth-savoeun", "sun-chanthol", "sar-sokha", "tea-seiha", "sok-chenda-sophea"} <= deputies


@pytest.mark.parametrize("name, person", [
    ("Boying Remulla", "jesus-crispin-remulla"), ("Vivencio Dizon", "vince-dizon"),
    ("Winthai Suwaree", "winthai-suvaree"), ("文泰·苏瓦里", "winthai-suvaree"),
    ("马莉淑洁达", "maly-socheata"), ("莫辛·纳克维", "mohsin-naqvi"), ("陆兆福", "anthony-loke"),
    ("楊巧雙", "hannah-yeoh"), ("王乙康", "ong-ye-kung"), ("Lương Tam Quang", "luong-tam-quang"),
    ("জাহাঙ্গীর আলম চৌধুরী", "jahangir-alam-chowdhury"), ("Phana Klaewplodthuk", "pana-klaewplodthuk"),
])
def test_native_script_and_variant_forms_find_the_person(kb, name, person):
    assert person in {f.entity for f in kb.persons_named(name)}
