"""Holders filled into gaps of single-holder offices (continuity batch C2: US, Poland, Taiwan,
Malaysia, Namibia, the Philippines) resolve on days inside their terms, and handovers end."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    # United States
    ("us.under_secretary_state_political_affairs", "2024-10-01", "john-bass-diplomat"),
    ("us.under_secretary_state_political_affairs", "2025-03-01", "lisa-kenna"),
    ("us.under_secretary_state_political_affairs", "2025-07-01", "allison-hooker"),
    ("us.presidential_personnel_director", "2025-05-01", "sergio-gor"),
    ("us.presidential_personnel_director", "2025-11-01", "dan-scavino"),
    ("us.under_secretary_state_arms_control", "2026-02-06", "thomas-dinanno"),
    # Poland: National Security Bureau
    ("pl.nsb_head", "2024-06-01", "jacek-siewiera"),
    ("pl.nsb_head", "2025-04-01", "dariusz-lukowski"),
    ("pl.nsb_head", "2025-09-01", "slawomir-cenckiewicz"),
    # Taiwan
    ("tw.health_minister", "2025-01-15", "chiu-tai-yuan"),
    ("tw.ndc_minister", "2025-01-15", "liu-chin-ching"),
    ("tw.tpp_caucus_convener", "2026-03-01", "chen-ching-lung"),
    # Malaysia
    ("my.economy_minister", "2025-08-01", "amir-hamzah-azizan"),
    ("my.entrepreneur_minister", "2024-06-01", "ewon-benedick"),
    # Namibia: Kapofi's term now starts in 2021
    ("na.defence_minister", "2023-06-01", "frans-kapofi"),
    ("na.defence_minister", "2025-01-15", "frans-kapofi"),
    # Philippines
    ("ph.senate_majority_leader", "2025-08-15", "joel-villanueva"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("us.under_secretary_state_political_affairs", "2025-03-01", "john-bass-diplomat"),
    ("us.under_secretary_state_political_affairs", "2025-07-01", "lisa-kenna"),
    ("us.presidential_personnel_director", "2025-11-01", "sergio-gor"),
    ("pl.nsb_head", "2025-04-01", "jacek-siewiera"),
    ("pl.nsb_head", "2025-09-01", "dariusz-lukowski"),
    ("tw.health_minister", "2025-10-01", "chiu-tai-yuan"),
    ("tw.ndc_minister", "2025-10-01", "liu-chin-ching"),
    ("tw.tpp_caucus_convener", "2026-03-01", "huang-kuo-chang"),
    ("my.economy_minister", "2026-01-15", "amir-hamzah-azizan"),
    ("my.entrepreneur_minister", "2025-12-20", "ewon-benedick"),
    ("ph.senate_majority_leader", "2025-10-01", "joel-villanueva"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)
