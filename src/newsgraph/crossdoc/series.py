"""Indicator series: the observations of one indicator and subject over time, with their bands."""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import asdict, dataclass, field

from sqlalchemy.engine import Connection

from newsgraph.crossdoc.bands import Band, applies
from newsgraph.crossdoc.values import load_observations
from newsgraph.kb.index import KnowledgeBase


@dataclass(frozen=True)
class Point:
    """One observation in a series."""

    date: str | None
    value: float
    unit: str
    shown: str
    status: str
    document_id: str
    outlet: str | None
    quote: str
    band: str | None  # the innermost band the value falls in


@dataclass
class Series:
    """An indicator for one subject over time."""

    indicator: str
    subject: str | None
    subject_id: str | None
    points: list[Point] = field(default_factory=list)
    bands: list[Band] = field(default_factory=list)

    def to_json(self) -> str:
        """One line of JSON."""
        return json.dumps({"indicator": self.indicator, "subject": self.subject, "subject_id": self.subject_id,
                           "bands": [asdict(b) for b in self.bands], "points": [asdict(p) for p in self.points]},
                          ensure_ascii=False)


def indicator_series(conn: Connection, kb: KnowledgeBase, bands: list[Band], *, indicator: str | None = None,
                     subject: str | None = None) -> list[Series]:
    """Series grouped by indicator and subject, points in date order, with applicable bands."""
    grouped: dict[tuple, Series] = {}
    for row in load_observations(conn):
        if indicator and row.indicator != indicator:
            continue
        if subject and subject.lower() not in (row.subject_name or "").lower():
            continue
        key = (row.indicator, row.subject_id or row.subject_name)
        if key not in grouped:
            grouped[key] = Series(row.indicator, row.subject_name, row.subject_id,
                                  bands=[b for b in bands if applies(b, row.indicator, row.subject_id,
                                                                     row.subject_name, kb)])
        series = grouped[key]
        inside = [b for b in series.bands if b.contains(row.value)]
        band = None
        if inside:
            chosen = min(inside, key=lambda b: b.value) if inside[0].side == "below" else max(inside, key=lambda b: b.value)
            band = chosen.describe()
        series.points.append(Point(row.date, row.value, row.unit, row.shown(), row.status, row.document_id,
                                   row.outlet, row.quote[:200], band))
    for series in grouped.values():
        series.points.sort(key=lambda p: (p.date is None, p.date or ""))
    return sorted(grouped.values(), key=lambda s: (s.indicator, s.subject or ""))
