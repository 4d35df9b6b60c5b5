"""Threshold bands as the indicator list shows them: one entry per indicator and label."""

from __future__ import annotations

from collections.abc import Sequence

from newsgraph.model import Band


def bands_by_indicator(bands: Sequence[Band]) -> dict[str, list[Band]]:
    """The configured bands grouped by indicator, the first band of each label only (selectors differ)."""
    grouped: dict[str, list[Band]] = {}
    for band in bands:
        items = grouped.setdefault(band.indicator, [])
        if all(b.label != band.label for b in items):
            items.append(band)
    return grouped
