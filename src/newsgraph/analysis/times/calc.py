"""Calendar arithmetic for the time normaliser: which instance of a cyclic name is meant.

A name such as "June", "Thursday", "the second quarter" or "summer" recurs; which occurrence a
text means depends on the anchor (the publication date), an explicit relation word ("last June")
and the tense of the clause. All functions here are pure and take those three inputs.

The policy, shared by every cyclic unit:

* an explicit relation wins: "last X" is the latest X strictly before the anchor's X-period,
  "next X" the earliest strictly after it, "this X" the one in the anchor's year (or week);
* otherwise a past clause takes the latest X at or before the anchor, a future clause the
  earliest at or after it;
* but when the nearest X lies within a short horizon of the anchor, it wins over the tense. A
  past-tense clause about a date three days ahead is almost always reported speech ("said the
  vote was set for July 20") or a mis-read cue, not an event a year back;
* with no tense at all, the nearest X wins (ties go to the past: news reports what happened).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable

from newsgraph.analysis.times.lex import SEASON_ORDER, Qualifier, Relation, Tense

# How close (in the unit's own steps) the nearest instance must be to override the tense.
MONTH_HORIZON = 1
DAY_HORIZON = 31
# A bare "the 27th" names no month, so only a day or two ahead of the anchor outweighs a past
# clause; further ahead, last month's day is the likelier reading in a report of what happened.
BARE_DAY_HORIZON = 2


def choose(candidates: Iterable[int], current: int, tense: Tense | None,
           relation: Relation | None = None, horizon: int = 0) -> int:
    """Pick one instance of a cyclic name, as positions on a line (see the module docstring)."""
    options = sorted(set(candidates))
    if relation is Relation.last:
        return max(c for c in options if c < current)
    if relation is Relation.next:
        return min(c for c in options if c > current)
    nearest = min(options, key=lambda c: (abs(c - current), c > current))
    if tense is None or abs(nearest - current) <= horizon:
        return nearest
    if tense is Tense.past:
        return max(c for c in options if c <= current)
    return min(c for c in options if c >= current)


def month_key(year: int, month: int) -> int:
    """A month as a position on a line (consecutive months differ by one)."""
    return year * 12 + month - 1


def from_month_key(key: int) -> tuple[int, int]:
    """Undo `month_key`: (year, month)."""
    return key // 12, key % 12 + 1


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """The (year, month) `delta` months away."""
    return from_month_key(month_key(year, month) + delta)


def resolve_month(month: int, anchor: dt.date, tense: Tense | None,
                  relation: Relation | None = None) -> tuple[int, int]:
    """Which year's `month` is meant: "In May" (past), "in April" (future), "last July"."""
    if relation is Relation.this:
        return anchor.year, month
    current = month_key(anchor.year, anchor.month)
    keys = (month_key(anchor.year + k, month) for k in (-2, -1, 0, 1, 2))
    return from_month_key(choose(keys, current, tense, relation, MONTH_HORIZON))


def resolve_month_day(month: int, day: int, anchor: dt.date,
                      tense: Tense | None) -> dt.date | None:
    """Which year's `month`/`day` is meant ("On July 7"); None if the day never occurs."""
    dates = [d for d in (make_date(anchor.year + k, month, day) for k in (-1, 0, 1)) if d]
    if not dates:
        return None
    return dt.date.fromordinal(choose((d.toordinal() for d in dates), anchor.toordinal(), tense,
                                      horizon=DAY_HORIZON))


def resolve_day_of_month(day: int, anchor: dt.date, tense: Tense | None,
                         horizon: int = 0) -> dt.date | None:
    """"Since the 8th": this month's 8th if not after the anchor, else last month's.

    A future clause ("will vote on the 20th") takes the first such day at or after the anchor.
    A day at most `horizon` days after the anchor is taken whatever the tense: "asked to meet
    on the 27th" in a report of the 26th is tomorrow, not a month ago.
    """
    ahead = make_date(anchor.year, anchor.month, day)
    if ahead and 0 < (ahead - anchor).days <= horizon:
        return ahead
    step = 1 if tense is Tense.future else -1
    year, month = anchor.year, anchor.month
    for _ in range(3):
        found = make_date(year, month, day)
        if found and (found >= anchor if step > 0 else found <= anchor):
            return found
        year, month = shift_month(year, month, step)
    return None


def resolve_weekday(weekday: int, anchor: dt.date, tense: Tense | None,
                    relation: Relation | None = None) -> dt.date:
    """Which date a weekday name means (ISO weekday, Monday = 1).

    The anchor's own weekday is the anchor ("said Friday" in Friday's paper); "this" keeps the
    anchor's ISO week; "last"/"next" skip the anchor itself.
    """
    offset = weekday - anchor.isoweekday()
    if relation is Relation.this:
        return anchor + dt.timedelta(days=offset)
    days = [anchor.toordinal() + offset + k for k in (-7, 0, 7)]
    return dt.date.fromordinal(choose(days, anchor.toordinal(), tense, relation))


def season_key(year: int, code: str) -> int:
    """A TimeML season as a position on a line; winter belongs to the year of its January."""
    return year * 4 + SEASON_ORDER.index(code)


def current_season(day: dt.date) -> tuple[int, str]:
    """The TimeML (year, season code) containing `day`."""
    if day.month == 12:
        return day.year + 1, "WI"
    return day.year, SEASON_ORDER[day.month // 3]


def resolve_season(code: str, anchor: dt.date, tense: Tense | None,
                   relation: Relation | None = None) -> tuple[int, str]:
    """Which year's season is meant: "last summer", "this spring", "in the autumn"."""
    year, now = current_season(anchor)
    current = season_key(year, now)
    keys = [season_key(year + k, code) for k in (-1, 0, 1, 2)]
    if relation is Relation.this:
        chosen = choose(keys, current, None)
    else:
        chosen = choose(keys, current, tense, relation)
    return chosen // 4, SEASON_ORDER[chosen % 4]


def resolve_quarter(quarter: int, anchor: dt.date, tense: Tense | None,
                    relation: Relation | None = None) -> tuple[int, int]:
    """Which year's quarter is meant: "the fourth quarter" in a February report is last year's."""
    if relation is Relation.this:
        return anchor.year, quarter
    current = anchor.year * 4 + (anchor.month - 1) // 3
    keys = (4 * (anchor.year + k) + quarter - 1 for k in (-1, 0, 1))
    chosen = choose(keys, current, tense, relation)
    return chosen // 4, chosen % 4 + 1


# Where in a period each qualifier points, for deciding whether that part is already over.
_YEAR_PART_MONTH = {Qualifier.early: 1, Qualifier.mid: 6, Qualifier.late: 12}
_MONTH_PART_DAY = {Qualifier.early: 1, Qualifier.mid: 15, Qualifier.late: 28}
_WEEK_PART_DAY = {Qualifier.early: 1, Qualifier.mid: 3, Qualifier.late: 5}


def resolve_part_step(qualifier: Qualifier | None, position: int, unit: str,
                      tense: Tense | None) -> int:
    """Step from the anchor's period for "the end of the year/month/week" (-1, 0 or +1).

    Without a tense the anchor's own period is meant. A past clause about a part that has not
    yet come ("peaked by the end of the year" in March) means the previous period; a future one
    about a part already gone means the next.
    """
    if qualifier is None or tense is None:
        return 0
    table = {"year": _YEAR_PART_MONTH, "month": _MONTH_PART_DAY, "week": _WEEK_PART_DAY}[unit]
    part = table[qualifier]
    if tense is Tense.past and part > position:
        return -1
    if tense is Tense.future and part < position:
        return 1
    return 0


def iso_week(day: dt.date) -> str:
    """TimeML week value, e.g. "2013-W12"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def format_month(year: int, month: int) -> str:
    """TimeML month value, e.g. "2025-07"."""
    return f"{year:04d}-{month:02d}"


def shift_years(day: dt.date, years: int) -> dt.date:
    """`day` moved by whole years (29 February falls back to the 28th)."""
    year = day.year + years
    return make_date(year, day.month, day.day) or dt.date(year, day.month, 28)


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """A date, or None when the combination does not exist (31 June, month 13)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


# The part of a period each qualifier names, as (first, last) sub-periods: the first, middle or
# last quarter of a year, the first, middle or last four years of a decade, the first, middle
# or last ten days of a month ("early June" is June 1-10; "late 2024" is October-December).
_YEAR_PARTS = {"early": (1, 3), "mid": (5, 8), "late": (10, 12)}
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
_MONTH_PARTS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


def part_interval(value: str | None, qualifier: str | None) -> str | None:
    """A qualified value as the interval it names: ("2024", "late") -> "2024-10/2024-12",
    ("203", "early") -> "2030/2033", ("2025-06", "early") -> "2025-06-01/2025-06-10".

    None when there is no qualifier or the value is not a year, decade or month.
    """
    if not value or not qualifier:
        return None
    if len(value) == 4 and value.isdigit() and qualifier in _YEAR_PARTS:
        first, last = _YEAR_PARTS[qualifier]
        return f"{value}-{first:02d}/{value}-{last:02d}"
    if len(value) == 3 and value.isdigit() and qualifier in _DECADE_PARTS:
        first, last = _DECADE_PARTS[qualifier]
        return f"{value}{first}/{value}{last}"
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit() and qualifier in _MONTH_PARTS:
        year, month = int(value[:4]), int(value[5:])
        if not 1 <= month <= 12:
            return None
        first, last = _MONTH_PARTS[qualifier]
        last = min(last, calendar.monthrange(year, month)[1])
        return f"{value}-{first:02d}/{value}-{last:02d}"
    return None


# The months a half or a quarter of a year covers, as written in values ("2025-H1", "2025-Q3").
_PERIOD_MONTHS = {"H1": (1, 6), "H2": (7, 12), "Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12)}


def period_interval(value: str | None) -> str | None:
    """A half or quarter value as the months it covers: "2025-H1" -> "2025-01/2025-06",
    "2024-Q4" -> "2024-10/2024-12"; None for any other value (seasons depend on the hemisphere).
    """
    if not value or len(value) != 7 or value[4] != "-" or not value[:4].isdigit():
        return None
    months = _PERIOD_MONTHS.get(value[5:])
    if months is None:
        return None
    first, last = months
    return f"{value[:4]}-{first:02d}/{value[:4]}-{last:02d}"
