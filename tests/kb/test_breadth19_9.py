"""Heads of intelligence and security services and national security advisers 2023-2026 (issue #11)
resolve on known days, and former holders no longer do after their terms."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("au.asio_director_general", "2023-06-01", "mike-burgess"),
    ("au.asio_director_general", "2024-08-30", "mike-burgess"),
    ("au.asis_director_general", "2023-06-01", "kerri-hartland"),
    ("ng.dss_director_general", "2023-06-01", "yusuf-bichi"),
    ("ng.dss_director_general", "2024-08-29", "adeola-ajayi"),
    ("ng.nia_director_general", "2023-06-01", "ahmed-rufai-abubakar"),
    ("ng.nia_director_general", "2024-08-28", "mohammed-mohammed-nia"),
    ("us.nsa_director", "2023-06-01", "paul-nakasone"),
    ("us.nsa_director", "2024-06-01", "timothy-haugh"),
    ("us.secret_service_director", "2023-06-01", "kimberly-cheatle"),
    ("us.secret_service_director", "2024-10-01", "ronald-rowe"),
    ("us.secret_service_director", "2025-06-01", "sean-curran"),
    ("us.cisa_director", "2023-06-01", "jen-easterly"),
    ("us.cisa_director", "2025-10-01", "madhu-gottumukkala"),
    ("us.cisa_director", "2026-02-27", "nick-andersen"),
    ("us.fbi_director", "2025-02-01", "brian-driscoll"),
    ("us.fbi_director", "2025-03-01", "kash-patel"),
    ("tw.nsc_secretary_general", "2023-06-01", "wellington-koo"),
    ("tw.nsc_secretary_general", "2024-06-01", "joseph-wu"),
    ("ua.szru_head", "2023-06-01", "oleksandr-lytvynenko"),
    ("ua.szru_head", "2025-06-01", "oleh-ivashchenko"),
    ("ua.szru_head", "2026-02-04", "oleh-luhovskyi"),
    ("ss.nss_internal_bureau_director_general", "2023-06-01", "akol-koor-kuc"),
    ("ss.nss_internal_bureau_director_general", "2024-10-04", "akec-tong-aleu"),
    ("sd.gis_director", "2024-06-01", "ahmed-ibrahim-mufaddal"),
    ("br.abin_director", "2023-06-01", "luiz-fernando-correa"),
    ("ph.nica_director_general", "2023-06-01", "ricardo-de-leon"),
    ("co.dni_director", "2023-06-01", "manuel-casanova"),
    ("co.dni_director", "2024-04-01", "carlos-ramon-gonzalez"),
    ("co.dni_director", "2025-02-19", "jorge-lemus"),
    ("mx.cni_director", "2023-06-01", "audomaro-martinez-zapata"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ng.dss_director_general", "2024-09-15", "yusuf-bichi"),
    ("ng.nia_director_general", "2024-09-15", "ahmed-rufai-abubakar"),
    ("us.nsa_director", "2024-03-01", "paul-nakasone"),
    ("us.secret_service_director", "2024-08-01", "kimberly-cheatle"),
    ("us.secret_service_director", "2025-02-01", "ronald-rowe"),
    ("us.cisa_director", "2025-02-01", "jen-easterly"),
    ("us.cisa_director", "2026-03-15", "madhu-gottumukkala"),
    ("us.fbi_director", "2025-03-01", "brian-driscoll"),
    ("us.fbi_director", "2025-02-01", "paul-abbate"),
    ("tw.nsc_secretary_general", "2024-06-01", "wellington-koo"),
    ("ua.szru_head", "2024-04-15", "oleksandr-lytvynenko"),
    ("ua.szru_head", "2026-02-04", "oleh-ivashchenko"),
    ("ss.nss_internal_bureau_director_general", "2024-10-04", "akol-koor-kuc"),
    ("co.dni_director", "2024-03-15", "manuel-casanova"),
    ("co.dni_director", "2024-09-01", "carlos-ramon-gonzalez"),
    ("mx.cni_director", "2024-11-15", "audomaro-martinez-zapata"),
])
def test_no_longer_holding(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
