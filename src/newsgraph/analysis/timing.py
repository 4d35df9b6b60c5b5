"""The date a mention speaks of: its sentence's date when stated, else the publication date."""

from __future__ import annotations

import re
from datetime import date, timedelta

from newsgraph.analysis.extensions import text_of

_CALENDAR = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")
_DAY_IN_MONTH = {"early": 5, "mid": 15, "late": 25, None: 15}


def value_to_date(value: str | None, qualifier: str | None = None) -> date | None:
    """A representative day for a TIMEX value: the day itself, mid-month, mid-year, a week's Monday."""
    if not value:
        return None
    value = value.split("/", 1)[0]  # an interval ("2025-10-08/2025-10-09") is dated by its start
    match = _CALENDAR.match(value)
    if match:
        year, month, day = match.groups()
        try:
            if day:
                return date(int(year), int(month), int(day))
            if month:
                return date(int(year), int(month), _DAY_IN_MONTH.get(qualifier, 15))
            return date(int(year), {"early": 2, "late": 11}.get(qualifier, 7), 1)
        except ValueError:
            return None
    match = _WEEK.match(value)
    if match:
        try:
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
        except ValueError:
            return None
    return None


def mention_date(doc, mention, published: date | None) -> tuple[date, str, bool]:
    """(date, note, known) for a mention: a dated time expression in its sentence that is not after
    publication — the closest before the mention, else the first after it — or the publication
    date, or today (said so in the note) when the document is undated."""
    times = [t for t in (doc._.ng_times or []) if t.sentence == mention.sentence and t.match.kind == "date"]
    dated = []
    latest = published + timedelta(days=1) if published is not None and published < date.max else published
    text = text_of(doc)
    for found in times:
        # A date in brackets after a phrase that is no date glosses that phrase ("Former Prime
        # Minister (2008-2012)"), not a mention further on in the sentence; after a time it restates
        # it ("on Tuesday (19 August)", "last night (August 10)").
        match = found.match
        bracketed = text[max(0, match.start - 1):match.start] == "(" and text[match.end:match.end + 1] == ")"
        glosses_a_date = any(0 <= match.start - 1 - other.match.end <= 1 for other in doc._.ng_times or []
                             if other.sentence == mention.sentence)
        if bracketed and not glosses_a_date and not 0 <= match.start - 1 - mention.end <= 1:
            continue
        day = value_to_date(found.match.value, found.match.qualifier)
        if day is not None and (latest is None or day <= latest):
            dated.append((found.match, day))
    before = [(m, d) for m, d in dated if m.end <= mention.start]
    chosen = before[-1] if before else (dated[0] if dated else None)
    if chosen is not None:
        match, day = chosen
        return day, f" (the date of '{match.text}')", True
    if published is not None:
        return published, "", True
    return date.today(), " (publication date unknown; taken as today)", False
