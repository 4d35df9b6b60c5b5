"""Government, presidential, prime-ministerial and party spokespeople 2023-2026 (issue #11, batch
kb22-6) resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("es.government_spokesperson", "2023-03-01", "isabel-rodriguez"),
    ("pl.government_spokesperson", "2023-06-26", "piotr-muller"),
    ("cz.government_spokesperson", "2023-01-10", "vaclav-smolka"),
    ("cz.government_spokesperson", "2024-06-01", "lucie-michut-jesatkova"),
    ("cz.government_spokesperson", "2026-01-15", "karla-mrackova"),
    ("ro.government_spokesperson", "2024-03-01", "mihai-constantin"),
    ("ro.government_spokesperson", "2025-09-18", "ioana-dogioiu"),
    ("by.presidential_press_secretary", "2023-05-01", "natalya-eismont"),
    ("tr.akp_spokesperson", "2024-05-28", "omer-celik"),
    ("iq.government_spokesperson", "2024-01-28", "basim-al-awadi"),
    ("il.pm_spokesperson", "2025-07-10", "ziv-agmon"),
    ("tw.presidential_spokesperson", "2023-03-01", "kolas-yotaka"),
    ("tw.presidential_spokesperson", "2023-09-01", "lin-yu-chan"),
    ("tw.executive_yuan_spokesperson", "2023-03-15", "lo-ping-cheng"),
    ("tw.executive_yuan_spokesperson", "2023-10-01", "lin-tze-luen"),
    ("tw.executive_yuan_spokesperson", "2024-07-01", "chen-shih-kai"),
    ("gb.pm_official_spokesperson", "2023-01-10", "max-blain"),
    ("lk.cabinet_spokesperson", "2023-01-10", "bandula-gunawardena"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("es.government_spokesperson", "2024-01-10", "isabel-rodriguez"),
    ("pl.government_spokesperson", "2024-06-01", "piotr-muller"),
    ("cz.government_spokesperson", "2024-06-01", "vaclav-smolka"),
    ("cz.government_spokesperson", "2026-01-15", "lucie-michut-jesatkova"),
    ("ro.government_spokesperson", "2025-09-18", "mihai-constantin"),
    ("tw.presidential_spokesperson", "2023-09-01", "kolas-yotaka"),
    ("tw.presidential_spokesperson", "2024-08-01", "lin-yu-chan"),
    ("tw.executive_yuan_spokesperson", "2023-10-01", "lo-ping-cheng"),
    ("tw.executive_yuan_spokesperson", "2024-07-01", "lin-tze-luen"),
    ("tw.executive_yuan_spokesperson", "2024-10-01", "chen-shih-kai"),
    ("lk.cabinet_spokesperson", "2025-01-10", "bandula-gunawardena"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Czech government spokesperson", "2024-06-01", "lucie-michut-jesatkova"),
    ("Romanian government spokesperson", "2025-09-18", "ioana-dogioiu"),
    ("Iraqi government spokesman", "2024-01-28", "basim-al-awadi"),
    ("Lukashenko's press secretary", "2023-05-01", "natalya-eismont"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
