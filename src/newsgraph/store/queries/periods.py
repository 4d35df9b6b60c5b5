"""Date ranges over ISO date texts of any precision ("2025", "2025-07", "2025-07-11")."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy.sql import ColumnElement


def upper_bound(value: str) -> str:
    """The first ISO date text after a partial date: '2025-07' -> '2025-08', '2025-12-31' -> '2026-01-01'.

    Comparing with `<` against it includes every finer date inside the period ('2025-07-15'),
    under bytewise and dictionary collations alike.
    """
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return f"{parts[0] + 1:04d}"
    if len(parts) == 2:
        year, month = parts
        return f"{year + 1:04d}" if month == 12 else f"{year:04d}-{month + 1:02d}"
    return (date(*parts) + timedelta(days=1)).isoformat()


def within(column: ColumnElement, since: str | None, until: str | None) -> list[ColumnElement]:
    """Conditions keeping ISO date texts from `since` through `until` (both inclusive, any precision)."""
    conditions = []
    if since:
        conditions.append(column >= since)
    if until:
        conditions.append(column < upper_bound(until))
    return conditions


def precision_of(value: str) -> str:
    """The precision an ISO date text implies by its length."""
    return {4: "year", 7: "month"}.get(len(value), "day")
