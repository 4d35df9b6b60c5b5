"""Fiscal years by the country named next to them, from the sourced table of fiscal years."""

from __future__ import annotations

import datetime as dt

import pytest

from newsgraph.analysis.times import find_times

ANCHOR = dt.date(2026, 3, 10)


def value_of(text: str, expression: str) -> str | None:
    [match] = [m for m in find_times(text, ANCHOR) if m.text == expression]
    return match.value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Japan's budget for fiscal 2026 passed.", "fiscal 2026", "2026-04/2027-03"),
    ("The U.S. deficit in fiscal 2026 widened.", "fiscal 2026", "2025-10/2026-09"),
    ("India's growth in FY26 slowed.", "FY26", "2025-04/2026-03"),
    ("Australia's budget for the 2025-26 fiscal year", "the 2025-26 fiscal year",
     "2025-07/2026-06"),
    ("The UK's FY2025-26 deficit", "FY2025-26", "2025-04/2026-03"),
    ("Japan's economy will grow this fiscal year.", "this fiscal year", "2025-04/2026-03"),
    ("Japan expects a surplus next fiscal year.", "next fiscal year", "2026-04/2027-03"),
])
def test_a_named_country_decides_the_fiscal_year(text, expression, value):
    assert value_of(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Sales will grow in the current fiscal year to March 2026.",
     "the current fiscal year to March 2026", "2025-04/2026-03"),
    ("Profit fell in the financial year ending June 30, 2025.",
     "the financial year ending June 30, 2025", "2024-07/2025-06"),
])
def test_a_written_end_needs_no_country(text, expression, value):
    assert value_of(text, expression) == value


@pytest.mark.parametrize(("text", "expression", "value"), [
    ("Revenue in fiscal 2025 rose.", "fiscal 2025", "2025"),  # no country: TimeML's year
    ("Canada's fiscal 2026 budget.", "fiscal 2026", "2026"),  # naming not verified: the year
    ("China's fiscal 2026 budget.", "fiscal 2026", "2026"),  # a calendar fiscal year
])
def test_without_a_known_convention_the_year_stands(text, expression, value):
    assert value_of(text, expression) == value
