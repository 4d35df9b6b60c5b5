"""Rule-based time-expression normaliser: find dates, durations and sets, and give them TIMEX3
values against an anchor date (normally the publication date).

    >>> import datetime as dt
    >>> text = "On July 7, Trump posted letters."
    >>> [(m.text, m.value) for m in find_times(text, dt.date(2025, 7, 11))]
    [('July 7', '2025-07-07')]

Pure Python: the rules live in `timedates` (calendar names) and `timespans` (durations, sets,
clock times, "now", anaphora), the word tables in `timelex`, the calendar arithmetic in
`timecalc`, and the past/future cues in `timetense`. A spaCy component can pass a `tense` hook
that reads the parse; without one, cue words decide.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, replace

from newsgraph.analysis.times import calc as cal
from newsgraph.analysis.times.dates import DATE_RULES
from newsgraph.analysis.times.fiscal import FISCAL_RULES
from newsgraph.analysis.times.lex import Tense, TimeKind
from newsgraph.analysis.times.ranges import RANGE_RULES, join_ranges
from newsgraph.analysis.times.rules import Anaphor, Candidate, Context, Rule, TenseHook, fold
from newsgraph.analysis.times.spans import SPAN_RULES
from newsgraph.analysis.times.tense import read_tense_cues
from newsgraph.model import Precision

__all__ = ["TimeMatch", "find_times"]

# Earlier rules win ties between candidates of equal length.
RULES: tuple[Rule, ...] = FISCAL_RULES + DATE_RULES + RANGE_RULES + SPAN_RULES

_CALENDAR_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
_DAY_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}")
# What may stand between a clock time and the date it belongs to ("15:00 GMT Saturday").
_CLOCK_GLUE = re.compile(r"[\s,]*(?:(?:on|at|of)\s+)?$")


@dataclass(frozen=True)
class TimeMatch:
    """A time expression in a text and its TIMEX3-style value.

    Attributes:
        text: the expression as written; always ``source[start:end]``.
        start, end: character offsets into the text passed to `find_times`.
        value: "2025-07-08", "2025-07", "2025-W28", "2025-Q3", "2025-SU", "2025", "199" (a
            decade), "19" (a century), "P90D" (a duration), "XXXX-WXX-1" or "P1Y" (a set),
            "2013-03-23T15:00" or "2013-03-22TNI" (a time), "PRESENT_REF"/"PAST_REF"/
            "FUTURE_REF"; None when it cannot be resolved (no anchor, no earlier date, a clock
            time with no day written next to it).
        precision: day, week, month, quarter, season, year, decade or century; None for
            durations, sets and references.
        qualifier: early, mid or late ("end of June" is late); otherwise None.
        kind: date, duration, set or time (the TIMEX3 type).
    """

    text: str
    start: int
    end: int
    value: str | None
    precision: str | None
    qualifier: str | None
    kind: str

    @property
    def interval(self) -> str | None:
        """The value as an explicit interval where it is one: a range as written
        ("2025-03-03/2025-03-05"), or the part of a period a qualifier names ("late 2024" ->
        "2024-10/2024-12"); None for a plain date."""
        if self.value and "/" in self.value:
            return self.value
        return cal.part_interval(self.value, self.qualifier)


def find_times(text: str, anchor: dt.date | None, *,
               tense: TenseHook | None = None) -> list[TimeMatch]:
    """Find the time expressions in `text`, normalised against `anchor`.

    Args:
        text: any text; offsets in the result index into it.
        anchor: the date relative expressions count from (the publication date); None leaves
            every relative expression unresolved (value None) instead of guessing.
        tense: optional hook ``tense(start, end) -> "past" | "future" | None`` giving the tense
            of the clause that governs a span (a parser knows better than cue words).

    Returns:
        Non-overlapping matches in text order; where rules overlap, the longest expression wins.
    """
    if isinstance(anchor, dt.datetime):
        anchor = anchor.date()
    context = Context(text, anchor, read_tense_cues(text), tense, fold(text))
    candidates = [(candidate, order) for order, rule in enumerate(RULES)
                  for candidate in rule.find(context)]
    chosen = _longest_first(candidates)
    chosen = _resolve_anaphora(chosen, anchor, text)
    chosen = join_ranges(chosen, text)
    chosen = _date_clock_times(chosen, text)
    return [TimeMatch(text[c.start:c.end], c.start, c.end, c.value,
                      _plain(c.precision), _plain(c.qualifier), str(c.kind)) for c in chosen]


def _plain(word: str | None) -> str | None:
    """An enum member as its plain string value, so results serialise anywhere."""
    return None if word is None else str(word)


def _longest_first(candidates: list[tuple[Candidate, int]]) -> list[Candidate]:
    """Keep the longest candidates that do not overlap, in text order."""
    ranked = sorted(candidates, key=lambda pair: (pair[0].start - pair[0].end, pair[1],
                                                  pair[0].start))
    starts: list[int] = []
    kept: list[Candidate] = []
    for candidate, _ in ranked:
        if candidate.start >= candidate.end:
            continue
        index = bisect.bisect_left(starts, candidate.start)
        if index > 0 and kept[index - 1].end > candidate.start:
            continue
        if index < len(kept) and kept[index].start < candidate.end:
            continue
        starts.insert(index, candidate.start)
        kept.insert(index, candidate)
    return kept


def _resolve_anaphora(chosen: list[Candidate], anchor: dt.date | None,
                      text: str) -> list[Candidate]:
    """Give "that day", "the following year" a value from the last calendar date before them,
    and let a written year govern the year-less dates that follow it.

    TimeML resolves such expressions against the reference time: the most recent date the
    text has mentioned, or the anchor when it has mentioned none. A past-tense anaphor skips
    dates after the anchor: in "On July 8 Trump set tariffs from August 1. That day, Ishiba
    expressed regret", that day is July 8. "Two days later" needs a date the text wrote.

    A month or day written without a year ("In July", "on March 3") takes the year of a date
    written with one shortly before it in the same paragraph ("In 2019 ... In July, he ...")
    when that year is not the anchor's: the narrative has moved to that year.
    """
    latest = latest_past = anchor.isoformat() if anchor else None
    mentioned = False
    written: tuple[int, int] | None = None  # (year, end offset) of the last written year
    named_month: tuple[int, int, int] | None = None  # (year, month, end) of the last month named
    resolved: list[Candidate] = []
    for candidate in chosen:
        if candidate.anaphor is not None:
            past = candidate.anaphor.tense is Tense.past
            reference = latest_past if past else latest
            if candidate.anaphor.needs_mention and not mentioned:
                reference = None
            if candidate.anaphor.restates:
                previous = resolved[-1] if resolved else None
                near = previous is not None and candidate.start - previous.end <= 3
                reference = latest if near and previous.kind == TimeKind.date else None
            try:
                value = _from_reference(reference, candidate.anaphor)
            except (OverflowError, ValueError):  # past year 9999 or before year 1: no ISO value
                value = None
            candidate = replace(candidate, value=value, anaphor=None)
        elif candidate.floating and candidate.floating[0] == 0:
            if named_month and anchor:
                candidate = _in_named_month(candidate, named_month, anchor, text)
        elif candidate.floating and written and anchor:
            candidate = _in_written_year(candidate, written, anchor, text)
        value = candidate.value
        if candidate.kind == TimeKind.date and value and _CALENDAR_VALUE.match(value):
            latest, mentioned = value, True
            if anchor is None or value <= anchor.isoformat()[:len(value)]:
                latest_past = value
            if candidate.written_year and _sets_the_scene(text, candidate):
                written = (int(value[:4]), candidate.end)
            names_month = candidate.floating and candidate.floating[0] or candidate.written_year
            if names_month and len(value) >= 7:
                named_month = (int(value[:4]), int(value[5:7]), candidate.end)
        resolved.append(candidate)
    return resolved


# How far (in characters, within one paragraph) a written year governs year-less dates.
_WRITTEN_YEAR_REACH = 300


# Words before a written year that make it the time of what is told ("In 2019, ..."), unlike
# a comparison or a starting point ("since 2000", "compared with 2019", "the 2012 election").
_SCENE_WORDS = re.compile(r"(?i)\b(?:in|on|during|of)\s+(?:(?:early|mid|late)[\s-]+)?$")


def _sets_the_scene(text: str, candidate: Candidate) -> bool:
    """Whether a date with a written year sets the time of the sentences that follow it."""
    if candidate.precision == Precision.day:
        return True
    return _SCENE_WORDS.search(text, max(0, candidate.start - 20), candidate.start) is not None


def _in_written_year(candidate: Candidate, written: tuple[int, int], anchor: dt.date,
                     text: str) -> Candidate:
    """`candidate` moved into the year written shortly before it, when that is not the anchor's."""
    year, end = written
    if year == anchor.year or candidate.start - end > _WRITTEN_YEAR_REACH \
            or "\n" in text[end:candidate.start]:
        return candidate
    month, day = candidate.floating
    if day is None:
        return replace(candidate, value=cal.format_month(year, month))
    found = cal.make_date(year, month, day)
    return replace(candidate, value=found.isoformat()) if found else candidate


def _in_named_month(candidate: Candidate, named: tuple[int, int, int], anchor: dt.date,
                    text: str) -> Candidate:
    """A bare "the 9th" moved into the month named shortly before it ("In October, ... on the
    9th"), when that month is before the anchor's."""
    year, month, end = named
    if (year, month) >= (anchor.year, anchor.month) or candidate.start - end > _WRITTEN_YEAR_REACH \
            or "\n" in text[end:candidate.start]:
        return candidate  # a month still to come is a plan; a bare day reports what happened
    found = cal.make_date(year, month, candidate.floating[1])
    return replace(candidate, value=found.isoformat()) if found else candidate


def _from_reference(reference: str | None, anaphor: Anaphor) -> str | None:
    """The value of `anaphor` relative to a reference date; None if the reference is too coarse."""
    needed = {"day": 10, "week": 10, "month": 7, "year": 4, "decade": 4, "century": 4}[anaphor.unit]
    if reference is None or len(reference) < needed:
        return None
    if anaphor.unit in ("decade", "century"):  # "the end of that decade": the reference year's
        span = 10 if anaphor.unit == "decade" else 100
        return f"{int(reference[:4]) // span + anaphor.shift:0{5 - len(str(span))}d}"
    if anaphor.unit == "year":
        year = int(reference[:4]) + anaphor.shift
        return f"{year:04d}" if anaphor.month is None else cal.format_month(year, anaphor.month)
    if anaphor.unit == "month":
        year, month = int(reference[:4]), int(reference[5:7])
        return cal.format_month(*cal.shift_month(year, month, anaphor.shift))
    day = dt.date.fromisoformat(reference[:10])
    if anaphor.unit == "week" and anaphor.needs_mention:  # "two weeks earlier" than a day
        return (day + dt.timedelta(weeks=anaphor.shift)).isoformat()
    if anaphor.unit == "week":
        return cal.iso_week(day + dt.timedelta(weeks=anaphor.shift))
    value = (day + dt.timedelta(days=anaphor.shift)).isoformat()
    return f"{value}T{anaphor.part}" if anaphor.part else value


def _date_clock_times(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Attach a clock time ("15:00 GMT") to the day written next to it, else leave it None."""
    result = list(chosen)
    for i, candidate in enumerate(chosen):
        if candidate.kind != TimeKind.time or not (candidate.value or "").startswith("T"):
            continue
        day = None
        for j in (i - 1, i + 1):
            if 0 <= j < len(chosen) and _DAY_VALUE.match(chosen[j].value or ""):
                left, right = sorted((chosen[j], candidate), key=lambda c: c.start)
                gap = right.start - left.end
                if gap < 12 and _CLOCK_GLUE.match(text, left.end, right.start):
                    day = chosen[j].value[:10]
                    break
        value = f"{day}{candidate.value}" if day else None
        precision = Precision.day if day else None
        result[i] = replace(candidate, value=value, precision=precision, qualifier=None)
    return result
