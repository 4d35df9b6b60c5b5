"""Foreign-ministry spokespersons 2023-2026 (issue #11, fm_spokespeople_2023_2026.yaml) resolve on
known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    ("af.mfa_spokesperson", "2021-10-01", "abdul-qahar-balkhi"),
    ("az.mfa_spokesperson", "2023-09-02", "aykhan-hajizada"),
    ("az.mfa_spokesperson", "2024-03-07", "aykhan-hajizada"),
    ("am.mfa_spokesperson", "2024-08-20", "ani-badalyan"),
    ("kz.mfa_spokesperson", "2023-12-25", "aibek-smadiyarov"),
    ("pl.mfa_spokesperson", "2024-06-01", "pawel-wronski"),
    ("pl.mfa_spokesperson", "2025-10-02", "maciej-wewior"),
    ("jo.mfa_spokesperson", "2025-06-23", "sufian-qudah"),
    ("bd.mfa_spokesperson", "2023-02-02", "seheli-sabrin"),
    ("et.mfa_spokesperson", "2023-06-01", "meles-alem"),
    ("et.mfa_spokesperson", "2024-12-05", "nebiat-getachew"),
    ("ng.mfa_spokesperson", "2024-12-09", "kimiebi-ebienfa"),
    ("by.mfa_spokesperson", "2022-04-26", "anatoly-glaz"),
    ("il.mfa_spokesperson", "2023-10-08", "lior-haiat"),
    ("fr.mfa_spokesperson", "2023-06-01", "anne-claire-legendre"),
    ("fr.mfa_spokesperson", "2025-04-17", "christophe-lemoine"),
    ("kr.mofa_spokesperson", "2023-06-01", "lim-soo-suk"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("kz.mfa_spokesperson", "2025-12-20", "aibek-smadiyarov"),
    ("pl.mfa_spokesperson", "2025-10-15", "pawel-wronski"),
    ("et.mfa_spokesperson", "2025-01-15", "meles-alem"),
    ("il.mfa_spokesperson", "2024-06-15", "lior-haiat"),
    ("fr.mfa_spokesperson", "2024-02-01", "anne-claire-legendre"),
    ("fr.mfa_spokesperson", "2025-10-15", "christophe-lemoine"),
    ("kr.mofa_spokesperson", "2024-08-15", "lim-soo-suk"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("Azerbaijani Foreign Ministry spokesperson", "2024-01-23", "aykhan-hajizada"),
    ("Armenian Foreign Ministry spokesperson", "2024-08-20", "ani-badalyan"),
    ("Kazakh Foreign Ministry spokesperson", "2024-05-01", "aibek-smadiyarov"),
    ("Polish Foreign Ministry spokesman", "2024-06-01", "pawel-wronski"),
    ("Jordanian Foreign Ministry spokesman", "2025-06-23", "sufian-qudah"),
    ("Israeli Foreign Ministry spokesperson", "2023-10-08", "lior-haiat"),
    ("Quai d'Orsay spokesperson", "2025-04-17", "christophe-lemoine"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
