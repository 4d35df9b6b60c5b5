"""Opposition party leaders of the Americas, Europe and Asia-Pacific, 2023-2026 (issue #11), resolve on
known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("ve.vente_venezuela_coordinator", "2023-10-25", "maria-corina-machado"),
    ("ec.rc_president", "2024-06-01", "luisa-gonzalez-ecuador"),
    ("bd.bnp_chairman", "2020-01-01", "khaleda-zia"),
    ("bd.bnp_chairman", "2026-02-01", "tarique-rahman"),
    ("pk.pti_chairman", "2023-08-06", "imran-khan"),
    ("pk.pti_chairman", "2024-01-01", "gohar-ali-khan"),
    ("th.move_forward_leader", "2023-06-01", "pita-limjaroenrat"),
    ("th.move_forward_leader", "2023-10-01", "chaithawat-tulathon"),
    ("kh.candlelight_president", "2023-04-01", "teav-vannol"),
    ("hu.fidesz_president", "1995-01-01", "viktor-orban"),
    ("hu.fidesz_president", "2024-01-01", "viktor-orban"),
    ("ro.aur_president", "2025-05-04", "george-simion"),
    ("md.psrm_chairman", "2024-11-03", "igor-dodon"),
    ("sk.ps_chairman", "2023-10-01", "michal-simecka"),
    ("pl.new_hope_chairman", "2024-01-01", "slawomir-mentzen"),
    ("ge.lelo_co_leader", "2024-10-01", "mamuka-khazaradze"),
    ("ge.lelo_co_leader", "2024-10-01", "badri-japaridze"),
    ("np.nc_president", "2026-02-01", "gagan-thapa"),
    ("mn.dp_chairman", "2025-09-01", "tsogtgerel-odon"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ec.rc_president", "2026-03-01", "luisa-gonzalez-ecuador"),
    ("bd.bnp_chairman", "2026-01-05", "khaleda-zia"),
    ("bd.bnp_chairman", "2025-06-01", "tarique-rahman"),
    ("pk.pti_chairman", "2024-01-01", "imran-khan"),
    ("th.move_forward_leader", "2023-10-01", "pita-limjaroenrat"),
    ("hu.fidesz_president", "2001-06-01", "viktor-orban"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("BNP chairman", "2026-02-01", "tarique-rahman"),
    ("Fidesz leader", "2024-01-01", "viktor-orban"),
    ("AUR leader", "2025-05-01", "george-simion"),
    ("Progressive Slovakia leader", "2024-01-01", "michal-simecka"),
    ("Nepali Congress president", "2026-02-01", "gagan-thapa"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
