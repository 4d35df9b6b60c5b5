"""Deputy foreign ministers and their peers (issue #11): India's ministers of state for external
affairs, Japan's state ministers for foreign affairs, a Russian deputy foreign minister and two
senior US State Department posts resolve on known days."""

import pytest
from tests.kb.conftest import holders, title_holder


@pytest.mark.parametrize("position, day, holder", [
    # India: ministers of state for external affairs
    ("in.mos_external_affairs", "2023-06-01", "v-muraleedharan"),
    ("in.mos_external_affairs", "2023-06-01", "meenakashi-lekhi"),
    ("in.mos_external_affairs", "2023-06-01", "rajkumar-ranjan-singh"),
    ("in.mos_external_affairs", "2025-01-15", "kirti-vardhan-singh"),
    ("in.mos_external_affairs", "2025-08-01", "pabitra-margherita"),
    # Japan: state ministers for foreign affairs
    ("jp.mofa_state_minister", "2023-10-01", "iwao-horii"),
    ("jp.mofa_state_minister", "2025-03-01", "takuma-miyaji"),
    ("jp.mofa_state_minister", "2025-11-01", "ayano-kunimitsu"),
    ("jp.mofa_state_minister", "2025-11-01", "iwao-horii"),
    # Russia: deputy foreign minister
    ("ru.deputy_foreign_minister", "2024-06-01", "alexander-pankin"),
    # United States
    ("us.under_secretary_state_arms_control", "2023-06-01", "bonnie-jenkins"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("in.mos_external_affairs", "2024-07-01", "v-muraleedharan"),
    ("in.mos_external_affairs", "2024-07-01", "meenakashi-lekhi"),
    ("in.mos_external_affairs", "2024-07-01", "rajkumar-ranjan-singh"),
    ("in.mos_external_affairs", "2023-06-01", "kirti-vardhan-singh"),
    ("jp.mofa_state_minister", "2024-03-01", "iwao-horii"),
    ("jp.mofa_state_minister", "2025-03-01", "iwao-horii"),
    ("jp.mofa_state_minister", "2025-11-01", "takuma-miyaji"),
    ("us.under_secretary_state_arms_control", "2025-06-01", "bonnie-jenkins"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


@pytest.mark.parametrize("title, day, holder", [
    ("US Under Secretary of State for Arms Control and International Security", "2023-06-01", "bonnie-jenkins"),
    ("American Under Secretary for Arms Control and International Security", "2024-06-01", "bonnie-jenkins"),
])
def test_a_title_alone_names_the_holder(kb, title, day, holder):
    assert title_holder(kb, title, day) == holder
