"""The questions asked of a store: timeline, indicator series, briefing, export.

The CLI prints their answers, the HTTP API serialises them; neither computes them another way.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlalchemy.engine import Connection

from newsgraph.brief import Briefing, make_briefing
from newsgraph.crossdoc.clusters import EventCluster, TimelineFilter, event_timeline
from newsgraph.crossdoc.series import all_series, series_of
from newsgraph.export import ExportFormat, ExportTable, export_tables
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band, Series
from newsgraph.store import Store


def timeline(conn: Connection, where: TimelineFilter = TimelineFilter()) -> list[EventCluster]:
    """Events in date order, one per event however many reports tell it (see `crossdoc.clusters`)."""
    return event_timeline(conn, where)


def indicator_series(conn: Connection, kb: KnowledgeBase, bands: Sequence[Band], *, indicator: str | None = None,
                     subject: str | None = None) -> list[Series]:
    """Every indicator series, one per indicator and subject (`subject`: part of its name), with its bands."""
    return all_series(conn, kb, bands, indicator=indicator, subject=subject)


def series(conn: Connection, kb: KnowledgeBase, bands: Sequence[Band], indicator: str, *, subject: str | None = None,
           since: str | None = None, until: str | None = None, limit: int = 1000) -> Series:
    """One indicator's dated values for one subject id (or all), with the bands that hold for every subject on it."""
    return series_of(conn, kb, bands, indicator, subject=subject, since=since, until=until, limit=limit)


def briefing(store: Store, *, actor: str | None = None, since: str | None = None) -> Briefing:
    """A one-page briefing: key events, indicators, contradictions, corrected names, sources."""
    return make_briefing(store, actor=actor, since=since)


def export(store: Store, folder: Path, fmt: ExportFormat,
           tables: Sequence[str | ExportTable] | None = None) -> dict[str, int]:
    """Write the tables to files in `folder`; returns rows written per table."""
    return export_tables(store, folder, fmt, tables)
