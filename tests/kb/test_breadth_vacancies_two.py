"""Thai, Seychellois, Iranian, US and Ukrainian holders added for offices left without a late-2025
or 2026 holder (issue #11) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # Thailand: tourism and sports
    ("th.tourism_minister", "2024-06-01", "sermsak-pongpanich"),
    ("th.tourism_minister", "2024-10-09", "sorawong-thienthong"),
    ("th.tourism_minister", "2025-08-01", "sorawong-thienthong"),
    # Thailand: natural resources and environment
    ("th.natural_resources_minister", "2024-10-01", "chalermchai-sri-on"),
    ("th.natural_resources_minister", "2025-03-01", "chalermchai-sri-on"),
    ("th.natural_resources_minister", "2025-11-21", "suchart-chomklin"),
    # Thailand: higher education, science, research and innovation
    ("th.higher_education_minister", "2024-10-06", "supamas-isarabhakdi"),
    ("th.higher_education_minister", "2025-10-06", "surasak-phancharoenworakul"),
    # Seychelles
    ("sc.vice_president", "2025-11-19", "sebastien-pillay"),
    ("sc.foreign_minister", "2025-12-20", "barry-faure"),
    ("sc.foreign_minister", "2026-02-14", "barry-faure"),
    # Iran
    ("ir.vice_president_strategic_affairs", "2025-04-20", "mohsen-esmaeili"),
    ("ir.deputy_foreign_minister_political", "2024-11-28", "majid-takht-ravanchi"),
    ("ir.deputy_foreign_minister_political", "2025-07-26", "majid-takht-ravanchi"),
    # United States
    ("us.deputy_national_security_advisor", "2025-06-01", "andy-baker"),
    ("us.deputy_national_security_advisor", "2025-06-01", "robert-gabriel"),
    # Ukraine
    ("ua.hur_deputy_chief", "2024-05-01", "vadym-skibitskyi"),
    ("ua.hur_deputy_chief", "2026-01-23", "vadym-skibitskyi"),
    ("ua.hur_deputy_chief", "2020-06-01", "oleh-ivashchenko"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("th.tourism_minister", "2024-06-01", "sudawan-wangsuphakijkosol"),
    ("th.tourism_minister", "2024-10-09", "sermsak-pongpanich"),
    ("th.tourism_minister", "2025-10-01", "sorawong-thienthong"),
    ("th.natural_resources_minister", "2024-10-01", "patcharawat-wongsuwan"),
    ("th.natural_resources_minister", "2025-10-01", "chalermchai-sri-on"),
    ("th.higher_education_minister", "2025-07-01", "supamas-isarabhakdi"),
    ("sc.vice_president", "2025-12-01", "ahmed-afif"),
    ("sc.foreign_minister", "2025-12-20", "sylvestre-radegonde"),
    ("ir.vice_president_strategic_affairs", "2025-04-20", "mohammad-javad-zarif"),
    ("ir.deputy_foreign_minister_political", "2024-11-28", "ali-bagheri-kani"),
    ("us.deputy_national_security_advisor", "2025-06-01", "alex-wong"),
    ("ua.hur_deputy_chief", "2025-06-01", "oleh-ivashchenko"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Thai Tourism Minister", "2025-08-01", "sorawong-thienthong"),
    ("Thai Environment Minister", "2025-11-21", "suchart-chomklin"),
    ("Seychellois Foreign Minister", "2026-01-23", "barry-faure"),
    ("Seychellois Vice President", "2025-11-19", "sebastien-pillay"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
