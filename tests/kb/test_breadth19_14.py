"""Deputy and junior foreign ministers, regional assistant secretaries of state, deputy heads of
presidential offices and a first deputy prime minister, 2023-2026 (issue #11), resolve on known days."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("us.assistant_secretary_state_eap", "2023-06-01", "daniel-kritenbrink"),
    ("us.assistant_secretary_state_eap", "2025-11-01", "michael-desombre"),
    ("us.assistant_secretary_state_eur", "2024-05-01", "james-c-obrien"),
    ("us.assistant_secretary_state_nea", "2023-10-10", "barbara-leaf"),
    ("us.assistant_secretary_state_sca", "2023-03-01", "donald-lu"),
    ("us.assistant_secretary_state_sca", "2025-11-01", "paul-kapur"),
    ("us.assistant_secretary_state_wha", "2024-03-01", "brian-nichols"),
    ("gb.development_minister", "2023-05-10", "andrew-mitchell"),
    ("gb.development_minister", "2024-10-01", "anneliese-dodds"),
    ("gb.indo_pacific_minister", "2024-11-25", "catherine-west"),
    ("cn.mfa_assistant_minister", "2023-02-15", "nong-rong"),
    ("ru.first_deputy_prime_minister", "2023-06-01", "andrei-belousov"),
    ("ru.deputy_head_presidential_administration", "2024-05-14", "magomedsalam-magomedov"),
    ("ru.deputy_head_presidential_administration", "2024-05-14", "vladimir-ostrovenko"),
    ("ua.deputy_presidential_office_head", "2023-06-01", "andrii-sybiha"),
    ("ua.deputy_presidential_office_head", "2024-09-30", "iryna-vereshchuk"),
    ("ua.deputy_presidential_office_head", "2024-09-30", "viktor-mykyta"),
    ("vn.deputy_foreign_minister", "2025-10-10", "nguyen-manh-cuong"),
    ("vn.deputy_foreign_minister", "2025-03-01", "ngo-le-van"),
    ("vn.deputy_foreign_minister", "2025-03-01", "le-anh-tuan"),
    ("de.foreign_office_minister_of_state", "2023-06-01", "tobias-lindner"),
    ("de.foreign_office_minister_of_state", "2025-06-01", "florian-hahn"),
    ("de.foreign_office_state_secretary", "2025-06-01", "geza-andreas-von-geyr"),
    ("de.foreign_office_state_secretary", "2025-06-01", "bernhard-kotsch"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.assistant_secretary_state_eap", "2025-03-01", "daniel-kritenbrink"),
    ("us.assistant_secretary_state_eur", "2025-03-01", "james-c-obrien"),
    ("us.assistant_secretary_state_nea", "2025-03-01", "barbara-leaf"),
    ("us.assistant_secretary_state_sca", "2025-03-01", "donald-lu"),
    ("us.assistant_secretary_state_wha", "2025-03-01", "brian-nichols"),
    ("gb.development_minister", "2024-10-01", "andrew-mitchell"),
    ("gb.development_minister", "2025-03-15", "anneliese-dodds"),
    ("ru.first_deputy_prime_minister", "2024-06-01", "andrei-belousov"),
    ("ua.deputy_presidential_office_head", "2024-10-01", "andrii-sybiha"),
    ("de.foreign_office_minister_of_state", "2025-06-01", "tobias-lindner"),
])
def test_holders_gone_after_their_terms(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_single_holder_offices_name_one_person():
    """The regional assistant secretaries and the UK development minister are single-holder offices."""
    from newsgraph.kb.loader import BUNDLED, read_kb_file
    data = read_kb_file(BUNDLED / "deputies_2023_2026.yaml")
    singles = {p.id for p in data.positions if p.single_holder}
    assert {"us.assistant_secretary_state_eap", "us.assistant_secretary_state_sca", "gb.indo_pacific_minister"} <= singles
