"""Indicator series: the observations of one indicator over time, with the bands that hold for them.

A band is drawn behind a series only when its selector (office, polity, subject) holds for every
subject on it; each point names the innermost band *for its own subject* it falls in, as alerts do.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.engine import Connection, Row

from newsgraph.crossdoc.bands import applies, applies_to_all, innermost
from newsgraph.crossdoc.values import shown
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band, DateValue, DocumentRef, EntityRef, Series, SeriesPoint
from newsgraph.store.queries.observations import indicator_subjects, observation_rows
from newsgraph.store.queries.periods import precision_of


def series_of(conn: Connection, kb: KnowledgeBase, bands: Sequence[Band], indicator: str, *,
              subject: str | None = None, since: str | None = None, until: str | None = None,
              limit: int = 1000) -> Series:
    """One indicator's dated observations (for one subject id, or all), earliest first, with its bands."""
    rows = observation_rows(conn, indicator=indicator, subject_id=subject, since=since, until=until, dated=True,
                            limit=limit)
    known = [EntityRef(id=i, name=n or i) for i, n in indicator_subjects(conn, indicator)]
    chosen = next((s for s in known if s.id == subject), EntityRef(id=subject, name=subject) if subject else None)
    return _series(indicator, rows, kb, bands, subject=chosen, subjects=known)


def all_series(conn: Connection, kb: KnowledgeBase, bands: Sequence[Band], *, indicator: str | None = None,
               subject: str | None = None) -> list[Series]:
    """A series per indicator and subject (dated points first, then undated), sorted by indicator and subject.

    Args:
        subject: only subjects whose name contains this, ignoring case.
    """
    grouped: dict[tuple[str, str | None], list[Row]] = {}
    for row in observation_rows(conn, indicator=indicator, subject_text=subject):
        grouped.setdefault((row.indicator, row.subject_id or row.subject_name), []).append(row)
    found = []
    for (name, _), rows in grouped.items():
        first = rows[0]
        who = EntityRef(id=first.subject_id, name=first.subject_name or first.subject_id) if first.subject_id else None
        found.append((name, first.subject_name or "", _series(name, rows, kb, bands, subject=who,
                                                             subjects=[who] if who else [])))
    return [series for *_, series in sorted(found, key=lambda item: item[:2])]


def _series(indicator: str, rows: Sequence[Row], kb: KnowledgeBase, bands: Sequence[Band], *,
            subject: EntityRef | None, subjects: list[EntityRef]) -> Series:
    mine = [b for b in bands if b.indicator == indicator]
    subjects_seen = list(dict.fromkeys((r.subject_id, r.subject_name) for r in rows))
    for_subject = {key: [b for b in mine if applies(b, indicator, key[0], key[1], kb)] for key in subjects_seen}
    drawn = [b for b in mine if applies_to_all(b, indicator, subjects_seen or _named(subject), kb)]
    points = [_point(r, for_subject[(r.subject_id, r.subject_name)]) for r in rows]
    units: dict[str, int] = {}
    for point in points:
        units[point.unit] = units.get(point.unit, 0) + 1
    return Series(indicator=indicator, subject=subject, subjects=subjects,
                  unit=max(units, key=units.__getitem__) if units else None, bands=drawn, points=points)


def _named(subject: EntityRef | None) -> list[tuple[str | None, str | None]]:
    return [(subject.id, subject.name)] if subject else []


def _point(row: Row, bands: list[Band]) -> SeriesPoint:
    band = innermost(bands, row.value)
    date = None
    if row.when:
        date = DateValue(value=row.when, precision=row.date_precision if row.date and row.date_precision
                         else precision_of(row.when))
    return SeriesPoint(
        id=row.id, date=date, date_source=("text" if row.date else "published") if row.when else None,
        value=row.value, unit=row.unit, shown=shown(row.value, row.unit), status=row.status,
        subject=EntityRef(id=row.subject_id, name=row.subject_name or row.subject_id) if row.subject_id else None,
        object=EntityRef(id=row.object_id, name=row.object_name or row.object_id) if row.object_id else None,
        document=DocumentRef(id=row.document_id, title=row.doc_title, outlet=row.doc_outlet,
                             published=row.doc_published),
        quote=row.quote, start=row.start, end=row.end, band=band.describe() if band else None)
