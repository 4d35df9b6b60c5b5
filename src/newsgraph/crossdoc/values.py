"""Findings about numbers: sources that disagree on a value, thresholds reports state, and
observations that fall inside a threshold band (alerts)."""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.engine import Connection

from newsgraph.analysis.quantities import find_thresholds
from newsgraph.crossdoc.bands import Band, applies, innermost
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import EntityRef, Evidence, Finding, FindingKind
from newsgraph.store.tables import documents, observations

# How observations are compared: indicators whose value is one fact over time (a pledge) compare
# across dates; rates and durations compare on the same date.
WHOLE_STORY = {"investment_pledge"}
# Polls differ by pollster and question, so their values are compared only against bands.
NOT_COMPARED = {"approval_rating", "poll_share", "vote_share"}
TOLERANCE = 0.05  # relative difference above which two values disagree
_MINUTES = {"minute": 1.0, "hour": 60.0, "second": 1 / 60}


@dataclass(frozen=True)
class Row:
    """An observation with its source."""

    id: str
    document_id: str
    start: int
    end: int
    quote: str
    indicator: str
    subject_id: str | None
    subject_name: str | None
    object_id: str | None
    object_name: str | None
    value: float
    unit: str
    date: str | None
    status: str
    outlet: str | None
    published: str | None

    def comparable(self) -> float:
        """The value in a common unit (durations in minutes)."""
        return self.value * _MINUTES.get(self.unit, 1.0)

    def shown(self) -> str:
        """The value as a reader says it."""
        return shown(self.value, self.unit)


def shown(value: float, unit: str) -> str:
    """A value as a reader says it: '550 billion USD', '25 percent'."""
    if unit in ("usd", "jpy", "eur", "cny", "krw", "gbp"):
        for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
            if value >= size:
                return f"{value / size:g} {word} {unit.upper()}"
    return f"{value:g} {unit.replace('_', ' ')}"


def load_observations(conn: Connection) -> list[Row]:
    """Every stored observation with its document's outlet and date."""
    query = (select(observations.c.id, observations.c.document_id, observations.c.start, observations.c.end,
                    observations.c.quote, observations.c.indicator, observations.c.subject_id,
                    observations.c.subject_name, observations.c.object_id, observations.c.object_name,
                    observations.c.value, observations.c.unit, observations.c.date, observations.c.status,
                    documents.c.outlet, documents.c.published)
             .join(documents, documents.c.id == observations.c.document_id)
             .order_by(observations.c.date, observations.c.document_id, observations.c.start))
    return [Row(**r._mapping) for r in conn.execute(query)]


def value_contradictions(rows: list[Row]) -> list[Finding]:
    """Sources that give incompatible values for the same indicator, subject and period."""
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for row in rows:
        if row.indicator in NOT_COMPARED or (row.indicator == "other" and row.unit not in _MINUTES):
            continue
        if not (row.subject_id or row.object_id):
            continue
        period = None if row.indicator in WHOLE_STORY else (row.date or "")[:10]
        if row.indicator != "other" and period == "":
            continue
        parties = (row.subject_id, row.object_id) if row.indicator != "other" else ()
        groups[(row.indicator, parties, period, row.status if row.indicator == "tariff_rate" else None)].append(row)
    found = []
    for (indicator, _, period, _), group in groups.items():
        if len({r.document_id for r in group}) < 2:
            continue
        values = sorted({round(r.comparable(), 6) for r in group})
        low, high = values[0], values[-1]
        if high <= 0 or (high - low) / high <= TOLERANCE:
            continue
        by_value: dict[float, Row] = {}
        for row in group:
            by_value.setdefault(round(row.comparable(), 6), row)
        shown = " vs ".join(f"{r.shown()} ({r.outlet or r.document_id}, {r.published or 'undated'})"
                            for r in by_value.values())
        subject = group[0].subject_name or group[0].object_name or "the same subject"
        what = "durations of the same meeting" if indicator == "other" else indicator.replace("_", " ")
        summary = f"sources disagree on {what} for {subject}{' in ' + period if period else ''}: {shown}"
        evidence = [Evidence(document_id=r.document_id, start=r.start, end=r.end, quote=r.quote[:300],
                             outlet=r.outlet, published=r.published, value=r.shown()) for r in by_value.values()]
        ref = EntityRef(id=group[0].subject_id, name=group[0].subject_name) if group[0].subject_id else None
        found.append(Finding(id=_id(f"contradiction|{indicator}|{group[0].subject_id}|{period}"),
                             kind=FindingKind.contradiction, summary=summary, subject=ref, indicator=indicator,
                             period=period, evidence=evidence))
    return found


def stated_thresholds(conn: Connection) -> list[Finding]:
    """Thresholds reports state ("below 30% is the 'danger zone'"), one finding per band."""
    grouped: dict[tuple, list] = defaultdict(list)
    for doc in conn.execute(select(documents.c.id, documents.c.text, documents.c.outlet, documents.c.published)):
        for threshold in find_thresholds(doc.text):
            grouped[(threshold.indicator.value, threshold.side, threshold.value, threshold.label.lower())].append(
                (doc, threshold))
    found = []
    for (indicator, side, value, label), items in grouped.items():
        evidence = [Evidence(document_id=d.id, start=t.start, end=t.end, quote=d.text[t.start:t.end], outlet=d.outlet,
                             published=d.published, value=f"{side} {value:g}%") for d, t in items]
        found.append(Finding(id=_id(f"threshold|{indicator}|{side}|{value}|{label}"), kind=FindingKind.threshold,
                             summary=f"{indicator.replace('_', ' ')} {side} {value:g}% is called the "
                                     f"'{items[0][1].label}' ({len(items)} report{'s' if len(items) > 1 else ''})",
                             indicator=indicator, evidence=evidence))
    return found


def alerts(rows: list[Row], bands: list[Band], kb: KnowledgeBase) -> list[Finding]:
    """Observations inside a threshold band: the innermost band each falls in."""
    found = []
    for row in rows:
        band = innermost([b for b in bands if applies(b, row.indicator, row.subject_id, row.subject_name, kb)],
                         row.value)
        if band is None:
            continue
        subject = row.subject_name or "?"
        summary = (f"{row.indicator.replace('_', ' ')} of {subject} at {row.shown()}"
                   f"{' in ' + row.date if row.date else ''} is in the {band.describe()}")
        found.append(Finding(id=_id(f"alert|{row.id}|{band.label}"), kind=FindingKind.alert, summary=summary,
                             subject=EntityRef(id=row.subject_id, name=subject) if row.subject_id else None,
                             indicator=row.indicator, period=row.date,
                             evidence=[Evidence(document_id=row.document_id, start=row.start, end=row.end,
                                                quote=row.quote[:300], outlet=row.outlet, published=row.published,
                                                value=row.shown())]))
    return found


def _id(key: str) -> str:
    return "f-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
