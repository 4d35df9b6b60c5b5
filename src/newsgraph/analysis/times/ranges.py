"""Ranges of dates as one value: "from March 3 to 5", "(Jan. 9–11)", "on Oct 8 and 9",
"from Monday through Wednesday", "between 2010 and 2012" -> "2025-03-03/2025-03-05".

A range has two ends. When the second end is written in full ("from Monday through Wednesday")
both ends are ordinary dates the other rules find, and `join_ranges` merges them after they are
resolved. When the second end is only a day number ("March 3 to 5", "8 and 9 October") no other
rule sees it, so the `RANGE_RULES` find the whole range at once. The value is an ISO 8601
interval of the two ends at their own precision; `interval_ends` splits it again.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import replace

from newsgraph.analysis.times import calc as cal
from newsgraph.analysis.times.lex import COUNT_NOUNS, MONTH, WEEKDAYS, TimeKind
from newsgraph.analysis.times.rules import Candidate, Context, Rule, candidate, month_number
from newsgraph.analysis.times.tables import words
from newsgraph.model import Precision

__all__ = ["RANGE_RULES", "interval_ends", "join_ranges"]

_DAY_END = r"(?:st|nd|rd|th)?(?![\d:%.,]\d|[\d%])"
_YEAR = r"(?:,?\s+(?P<year>\d{4})(?![\w%]|[.,:/]\d))?"
_DASH = r"\s*[-–—]\s*"
_JOIN = rf"(?:{_DASH}|\s+(?:to|through|thru|until|till|and)\s+)"
# After "June 2 and 4" a word that counts something makes "4" a number, not a day.
_NEXT_WORD = re.compile(r"\s*([A-Za-z%]+)")
_COUNTING = COUNT_NOUNS | {"percent", "per", "%", "million", "billion", "of", "more", "other",
                           "new", "times"}


def _counts_something(text: str, end: int) -> bool:
    """Whether the word after a range's second number makes that number a count."""
    following = _NEXT_WORD.match(text, end)
    return following is not None and following[1].lower() in _COUNTING


def _build_elliptic(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"March 3 to 5", "Jan. 9–11, 2013", "on Oct 8 and 9", "3-5 March": one month, two days."""
    first, second = int(match["d1"]), int(match["d2"])
    if not 1 <= first < second <= 31 or _counts_something(ctx.text, match.end()):
        return
    month = month_number(match["month"])
    if match["year"]:
        start = cal.make_date(int(match["year"]), month, first)
    elif ctx.anchor is None:
        yield candidate(match, None, Precision.day)
        return
    else:
        start = cal.resolve_month_day(month, first, ctx.anchor, ctx.tense(*match.span()))
    end = start and cal.make_date(start.year, month, second)
    if start and end:
        yield candidate(match, f"{start.isoformat()}/{end.isoformat()}", Precision.day,
                        written_year=bool(match["year"]))


RANGE_RULES: tuple[Rule, ...] = (
    Rule("month_day_range", re.compile(
        rf"(?<!\w)(?P<month>{MONTH})\s+(?P<d1>\d{{1,2}}){_DAY_END}{_JOIN}"
        rf"(?P<d2>\d{{1,2}}){_DAY_END}{_YEAR}"), _build_elliptic,
        re.compile(rf"\d(?:st|nd|rd|th)?{_JOIN}\d")),
    Rule("day_month_range", re.compile(
        rf"(?<![\w.,$/-])(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?{_JOIN}(?P<d2>\d{{1,2}})"
        rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{MONTH}){_YEAR}"), _build_elliptic,
        re.compile(rf"\d(?:st|nd|rd|th)?{_JOIN}\d")),
)

_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# What joins the two ends: "to", "through", "until", a dash; "and" only after "between".
_BETWEEN_ENDS = re.compile(r"\s*(?:[-–—]|to|through|thru|until|till|and)\s*$", re.IGNORECASE)
_OPENING = re.compile(r"(?i)\b(?P<word>from|between)\s+(?:the\s+)?$")


def join_ranges(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Merge two resolved dates of one precision that a text writes as a range's two ends.

    "from X to Y", "between X and Y", "X through Y", "X–Y". A change of date ("moved the vote
    from Monday to Wednesday") names two dates, not a period, and is left as two.
    """
    result: list[Candidate] = []
    i = 0
    while i < len(chosen):
        first = chosen[i]
        second = chosen[i + 1] if i + 1 < len(chosen) else None
        joined = second and _join(first, second, text)
        if joined:
            result.append(joined)
            i += 2
        else:
            result.append(first)
            i += 1
    return result


def _join(first: Candidate, second: Candidate, text: str) -> Candidate | None:
    """The range from `first` to `second`, or None when they are not one range's ends."""
    if first.kind != TimeKind.date or second.kind != TimeKind.date:
        return None
    if first.precision != second.precision or first.precision not in (
            Precision.day, Precision.month, Precision.year):
        return None
    if not (_CALENDAR.match(first.value or "") and _CALENDAR.match(second.value or "")):
        return None
    if len(first.value) != len(second.value) or first.qualifier or second.qualifier:
        return None
    between = text[first.end:second.start]
    joiner = _BETWEEN_ENDS.match(between)
    if not joiner or len(between) > 12:
        return None
    opening = _OPENING.search(text, max(0, first.start - 12), first.start)
    word = joiner.group().strip().lower()
    if word == "and" and not (opening and opening["word"].lower() == "between"):
        return None
    if opening and opening["word"].lower() == "from" and _rescheduled(text, opening.start()):
        return None
    end = _after(first, second, text)
    if end is None:
        return None
    return replace(first, end=second.end, value=f"{first.value}/{end}", anaphor=None,
                   floating=None, written_year=first.written_year or second.written_year)


def _rescheduled(text: str, start: int) -> bool:
    """Whether the words before "from" change a date rather than open a period."""
    before = text[max(0, start - 40):start].lower()
    return any(stem in before for stem in words("reschedule"))


def _after(first: Candidate, second: Candidate, text: str) -> str | None:
    """The second end, moved a week or a year on when it was resolved before the first."""
    if second.value > first.value:
        return second.value
    written = text[second.start:second.end]
    if re.search(r"\d{4}", written):
        return None  # "from 2012 to 2010" is no range
    if len(second.value) == 10 and any(name in written for name in WEEKDAYS):
        moved = dt.date.fromisoformat(second.value) + dt.timedelta(days=7)
        return moved.isoformat() if moved.isoformat() > first.value else None
    if len(second.value) == 7:
        return f"{int(second.value[:4]) + 1:04d}{second.value[4:]}"
    if len(second.value) == 10:
        moved = cal.make_date(int(second.value[:4]) + 1, int(second.value[5:7]),
                              int(second.value[8:]))
        return moved.isoformat() if moved else None
    return None


def interval_ends(value: str | None) -> tuple[str, ...]:
    """The ends of an interval value ("2025-03-03/2025-03-05"), or the value alone."""
    if not value:
        return ()
    return tuple(value.split("/")) if "/" in value else (value,)
