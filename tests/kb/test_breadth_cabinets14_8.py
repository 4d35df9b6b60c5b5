"""Colombian, Afghan (Taliban) and Uzbek cabinet ministers (issue #11, full cabinets) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Colombia: culture, sport, equality, housing, ICT
    ("co.culture_minister", "2025-06-01", "yannai-kadamani"),
    ("co.sport_minister", "2025-06-01", "patricia-duque"),
    ("co.equality_minister", "2025-06-01", "carlos-rosero"),
    ("co.housing_minister", "2025-01-15", "helga-rivas"),
    ("co.ict_minister", "2025-06-01", "julian-molina"),
    ("co.ict_minister", "2025-09-15", "yeimi-carina-murcia"),
    # Afghanistan (Taliban): the caretaker cabinet and its changes
    ("af.education_minister", "2022-01-01", "noorullah-munir"),
    ("af.education_minister", "2025-01-01", "habibullah-agha"),
    ("af.higher_education_minister", "2022-01-01", "abdul-baqi-haqqani"),
    ("af.higher_education_minister", "2025-01-01", "neda-mohammad-nadim"),
    ("af.public_health_minister", "2023-06-01", "qalandar-ebad"),
    ("af.public_health_minister", "2025-01-01", "noor-jalal"),
    ("af.information_culture_minister", "2025-01-01", "khairullah-khairkhwa"),
    ("af.economy_minister", "2025-01-01", "din-mohammad-hanif"),
    ("af.refugees_minister", "2024-06-01", "khalil-haqqani"),
    ("af.refugees_minister", "2025-06-01", "abdul-kabir"),
    ("af.mines_petroleum_minister", "2023-06-01", "shahabuddin-delawar"),
    ("af.mines_petroleum_minister", "2025-01-01", "hedayatullah-badri"),
    ("af.central_bank_governor", "2024-01-01", "hedayatullah-badri"),
    ("af.central_bank_governor", "2025-01-01", "noor-ahmad-agha"),
    ("af.disaster_management_minister", "2023-06-01", "mohammad-abbas-akhund"),
    ("af.justice_minister", "2023-06-01", "abdul-hakim-sharie"),
    ("af.hajj_minister", "2023-06-01", "noor-mohammad-saqib"),
    ("af.borders_tribal_affairs_minister", "2023-06-01", "noorullah-noori"),
    ("af.transport_aviation_minister", "2023-06-01", "hamidullah-akhundzada"),
    # Uzbekistan: emergencies, health, mining
    ("uz.emergency_minister", "2024-06-01", "abdulla-kuldashev"),
    ("uz.emergency_minister", "2025-06-01", "botir-kudratkhodjaev"),
    ("uz.emergency_minister", "2026-03-01", "azizbek-ikramov"),
    ("uz.health_minister", "2024-06-01", "asilbek-khudayarov"),
    ("uz.mining_geology_minister", "2024-06-01", "bobur-islomov"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("co.ict_minister", "2025-10-01", "julian-molina"),
    ("af.education_minister", "2023-01-01", "noorullah-munir"),
    ("af.higher_education_minister", "2023-01-01", "abdul-baqi-haqqani"),
    ("af.public_health_minister", "2024-07-01", "qalandar-ebad"),
    ("af.refugees_minister", "2025-01-15", "khalil-haqqani"),
    ("af.mines_petroleum_minister", "2024-08-01", "shahabuddin-delawar"),
    ("af.central_bank_governor", "2024-08-01", "hedayatullah-badri"),
    ("uz.emergency_minister", "2025-06-01", "abdulla-kuldashev"),
    ("uz.emergency_minister", "2026-03-01", "botir-kudratkhodjaev"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Colombian Housing Minister", "2025-01-15", "helga-rivas"),
    ("Colombian Culture Minister", "2025-06-01", "yannai-kadamani"),
    ("Afghan Education Minister", "2025-01-01", "habibullah-agha"),
    ("Afghan Health Minister", "2025-01-01", "noor-jalal"),
    ("Afghan Refugees Minister", "2025-06-01", "abdul-kabir"),
    ("Uzbek Emergencies Minister", "2026-03-01", "azizbek-ikramov"),
    ("Uzbek Health Minister", "2024-06-01", "asilbek-khudayarov"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
