"""Heads of regional and international organisations and NGOs, 2020-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("intl.ioc_president", "2024-07-26", "thomas-bach"),
    ("intl.ioc_president", "2025-09-01", "kirsty-coventry"),
    ("intl.fifa_president", "2022-12-18", "gianni-infantino"),
    ("intl.icrc_president", "2021-05-01", "peter-maurer"),
    ("intl.icrc_president", "2023-06-01", "mirjana-spoljaric-egger"),
    ("intl.ifrc_president", "2022-05-01", "francesco-rocca"),
    ("intl.ifrc_president", "2024-05-01", "kate-forbes-ifrc"),
    ("intl.ifrc_secretary_general", "2023-01-01", "jagan-chapagain"),
    ("intl.msf_international_president", "2023-01-01", "christos-christou"),
    ("intl.msf_international_president", "2025-10-01", "javid-abdelmoneim"),
    ("intl.amnesty_secretary_general", "2021-03-30", "agnes-callamard"),
    ("intl.hrw_executive_director", "2021-01-01", "kenneth-roth"),
    ("intl.hrw_executive_director", "2022-12-01", "tirana-hassan"),
    ("intl.hrw_executive_director", "2024-01-01", "tirana-hassan"),
    ("intl.hrw_executive_director", "2025-11-25", "philippe-bolopion"),
    ("intl.francophonie_secretary_general", "2022-11-20", "louise-mushikiwabo"),
    ("intl.aes_president", "2025-03-01", "assimi-goita"),
    ("intl.aes_president", "2026-01-15", "ibrahim-traore"),
    ("intl.interpol_president", "2023-01-01", "ahmed-naser-al-raisi"),
    ("intl.interpol_president", "2025-11-28", "lucas-philippe"),
    ("intl.arab_league_assistant_secretary_general", "2023-05-15", "hossam-zaki"),
    ("intl.world_bank_chief_economist", "2021-01-01", "carmen-reinhart"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("intl.ioc_president", "2025-07-01", "thomas-bach"),
    ("intl.icrc_president", "2022-10-02", "peter-maurer"),
    ("intl.ifrc_president", "2023-12-12", "francesco-rocca"),
    ("intl.msf_international_president", "2025-10-01", "christos-christou"),
    ("intl.hrw_executive_director", "2022-09-15", "kenneth-roth"),
    ("intl.hrw_executive_director", "2025-12-01", "tirana-hassan"),
    ("intl.aes_president", "2026-01-15", "assimi-goita"),
    ("intl.interpol_president", "2025-12-01", "ahmed-naser-al-raisi"),
    ("intl.world_bank_chief_economist", "2022-09-02", "carmen-reinhart"),
])
def test_former_holders_gone(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("IOC President", "2025-09-01", "kirsty-coventry"),
    ("FIFA President", "2024-06-01", "gianni-infantino"),
    ("ICRC President", "2024-06-01", "mirjana-spoljaric-egger"),
    ("Interpol president", "2023-06-01", "ahmed-naser-al-raisi"),
    ("Amnesty International Secretary General", "2021-06-01", "agnes-callamard"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
