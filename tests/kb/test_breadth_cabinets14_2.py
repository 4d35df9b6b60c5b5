"""Chinese State Council ministries and the Thai public health ministry (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # China: State Council ministries
    ("cn.education_minister", "2023-06-01", "huai-jinpeng"),
    ("cn.civil_affairs_minister", "2023-06-01", "tang-dengjie"),
    ("cn.civil_affairs_minister", "2024-06-01", "lu-zhiyuan"),
    ("cn.justice_minister", "2023-06-01", "he-rong"),
    ("cn.ecology_environment_minister", "2023-06-01", "huang-runqiu"),
    ("cn.transport_minister", "2023-06-01", "li-xiaopeng"),
    ("cn.transport_minister", "2025-01-01", "liu-wei"),
    ("cn.water_resources_minister", "2023-06-01", "li-guoying"),
    ("cn.agriculture_minister", "2023-06-01", "tang-renjian"),
    ("cn.agriculture_minister", "2025-03-08", "han-jun"),
    ("cn.culture_tourism_minister", "2023-06-01", "hu-heping"),
    ("cn.culture_tourism_minister", "2024-06-01", "sun-yeli"),
    ("cn.health_commission_head", "2023-06-01", "ma-xiaowei"),
    ("cn.health_commission_head", "2024-12-01", "lei-haichao"),
    ("cn.emergency_management_minister", "2025-06-01", "wang-xiangxi"),
    ("cn.auditor_general", "2023-06-01", "hou-kai"),
    # Thailand: public health
    ("th.public_health_minister", "2023-12-01", "cholnan-srikaew"),
    ("th.public_health_minister", "2024-10-01", "somsak-thepsuthin"),
    ("th.public_health_minister", "2025-10-01", "phatthana-promphat"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("cn.civil_affairs_minister", "2024-06-01", "tang-dengjie"),
    ("cn.transport_minister", "2025-01-01", "li-xiaopeng"),
    ("cn.agriculture_minister", "2025-03-08", "tang-renjian"),
    ("cn.culture_tourism_minister", "2024-06-01", "hu-heping"),
    ("cn.health_commission_head", "2024-12-01", "ma-xiaowei"),
    ("cn.emergency_management_minister", "2026-03-01", "wang-xiangxi"),
    ("th.public_health_minister", "2024-10-01", "cholnan-srikaew"),
    ("th.public_health_minister", "2025-10-01", "somsak-thepsuthin"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Chinese Transport Minister", "2025-01-01", "liu-wei"),
    ("Chinese Agriculture Minister", "2025-03-08", "han-jun"),
    ("Chinese Education Minister", "2023-06-01", "huai-jinpeng"),
    ("Thai Health Minister", "2025-10-01", "phatthana-promphat"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
