"""Small pure pieces of the serving layer."""

from __future__ import annotations

import pytest
from hypothesis import given, strategies as st

from newsgraph.crossdoc.bands import bands_from_mapping, load_bands
from newsgraph.model import Band
from newsgraph.serve.bands import bands_by_indicator
from newsgraph.serve.deps import check_date
from newsgraph.serve.errors import ApiError, code_of
from newsgraph.serve.queries.common import upper_bound
from newsgraph.serve.queries.search import START, STOP, split_snippet, terms
from newsgraph.errors import TooLarge


@pytest.mark.parametrize("value, bound", [
    ("2025", "2026"), ("2025-07", "2025-08"), ("2025-12", "2026"), ("2025-07-31", "2025-08-01"),
    ("2024-02-28", "2024-02-29"), ("2025-12-31", "2026-01-01"),
])
def test_upper_bound_is_the_first_date_after_the_period(value, bound):
    assert upper_bound(value) == bound


@given(st.dates(), st.sampled_from([4, 7, 10]))
def test_every_date_inside_a_period_sorts_below_its_bound(day, width):
    period = day.isoformat()[:width]
    for inside in (day.isoformat(), day.isoformat()[:7], day.isoformat()[:4]):
        if inside.startswith(period):
            assert period <= inside < upper_bound(period)


@pytest.mark.parametrize("value", ["2025-13", "2025-02-30", "25-01-01", "2025/01/01", "0000", "2025-1-1", "x"])
def test_bad_dates_are_refused(value):
    with pytest.raises(ApiError) as caught:
        check_date(value, "since")
    assert caught.value.status == 422 and "YYYY-MM-DD" in caught.value.hint


def test_bands_accept_objects_mappings_and_side_value_pairs():
    high = Band(indicator="approval_rating", label="high", side="above", value=60)
    bands = bands_from_mapping({"approval_rating": [{"label": "danger", "below": 30, "office": "jp.prime_minister"},
                                                    {"label": "downfall", "side": "below", "value": 20}, high]})
    assert [(b.label, b.side.value, b.value) for b in bands] == [("danger", "below", 30), ("downfall", "below", 20),
                                                                  ("high", "above", 60)]
    assert bands[0].office == "jp.prime_minister" and bands[1].office is None
    assert [b.label for b in bands_by_indicator(load_bands())["approval_rating"]] == ["danger zone", "downfall zone"]
    for wrong in ({"label": "both", "below": 1, "above": 2}, {"label": "none"}):
        with pytest.raises(ValueError, match="exactly one"):
            bands_from_mapping({"x": [wrong]})


def test_search_terms_drop_query_syntax():
    assert terms('"Lutnick" OR NEAR(tariff*, 5) -x') == ["Lutnick", "OR", "NEAR", "tariff", "5", "x"]
    assert terms("*** ()") == []


def test_snippet_parts_mark_matches():
    parts = split_snippet(f"a {START}b{STOP} c")
    assert [(p.text, p.match) for p in parts] == [("a ", False), ("b", True), (" c", False)]


def test_error_codes_come_from_class_names():
    assert code_of(TooLarge("x")) == "too_large"
