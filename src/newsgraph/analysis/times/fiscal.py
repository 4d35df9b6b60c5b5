"""Fiscal years by country: "fiscal 2026" in a Japanese report is April 2026 - March 2027, in a
U.S. federal one October 2025 - September 2026.

Which government's year is meant comes from the country named nearest the expression (in its
sentence, else the sentence before); each country's first month and naming convention come from
`data/time_fiscal_years.tsv`, with sources. Where no country is named, or its naming convention
is not known, the rules here find nothing and the plain-year reading of `timedates` stands
("fiscal 2025" -> "2025", as TimeML annotates it). A year whose end the text gives ("the fiscal
year to March 2026", "FY2025-26") needs no country at all.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from newsgraph.analysis.times import calc as cal
from newsgraph.analysis.times.lex import MONTH, alternation
from newsgraph.analysis.times.rules import (
    STEP,
    Candidate,
    Context,
    Rule,
    candidate,
    month_number,
    relation_of,
)
from newsgraph.analysis.times.tables import read_rows, table
from newsgraph.model import Precision

__all__ = ["FISCAL_RULES", "FiscalYear", "fiscal_years"]


class FiscalYear(NamedTuple):
    """A government's fiscal year: its first month, and whether "fiscal N" starts or ends in N."""

    first_month: int
    named_by: str | None  # "start", "end", or None when not verified


@cache
def fiscal_years() -> dict[str, FiscalYear]:
    """Country code -> its government's fiscal year, from `time_fiscal_years.tsv`."""
    return {code: FiscalYear(int(month), None if named == "-" else named)
            for code, month, named in read_rows("time_fiscal_years.tsv", 3)}


@cache
def _country_pattern() -> re.Pattern[str]:
    """Any word naming a country with a known fiscal year (case kept: "US" is not "us")."""
    return re.compile(rf"(?<![\w.])(?:{alternation(table('fiscal_country'))})(?![\w])")


_REACH = 300  # characters searched on each side for a country's name


def _country(ctx: Context, start: int, end: int) -> str | None:
    """The country named nearest a span: before it in its sentence, after it, then the sentence
    before."""
    starts = ctx.cues.sentence_starts
    index = bisect.bisect_right(starts, start) - 1
    # Bounded windows keep a flood of fiscal years in one long "sentence" linear.
    low = max(starts[index], start - _REACH)
    high = min(starts[index + 1] if index + 1 < len(starts) else len(ctx.text), end + _REACH)
    previous = max(starts[index - 1] if index > 0 else low, low - _REACH)
    pattern, names = _country_pattern(), table("fiscal_country")
    before = [m for m in pattern.finditer(ctx.text, low, start)]
    if before:
        return names[before[-1].group()]
    after = pattern.search(ctx.text, end, high)
    if after:
        return names[after.group()]
    earlier = [m for m in pattern.finditer(ctx.text, previous, low)]
    return names[earlier[-1].group()] if earlier else None


def _interval(year: int, month: int) -> str:
    """The twelve months from (year, month) as an interval value."""
    last = cal.shift_month(year, month, 11)
    return f"{cal.format_month(year, month)}/{cal.format_month(*last)}"


def _known(ctx: Context, match: re.Match[str]) -> FiscalYear | None:
    """The fiscal year of the country the expression speaks of, when it is not the calendar."""
    code = _country(ctx, *match.span())
    found = fiscal_years().get(code) if code else None
    return found if found and found.first_month != 1 else None


def _build_named(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"fiscal 2026", "FY2026", "FY26", "the 2026 fiscal year", "FY2025-26", "fiscal 2025/26"."""
    fiscal = _known(ctx, match)
    digits = match["year"] or match["year2"]
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if fiscal is None:
        return
    second = match["second"] or match["second2"]
    if second:  # both calendar years written: no naming convention needed
        if (int(second) - year) % 100 != 1:
            return
        first = year
    elif fiscal.named_by == "start":
        first = year
    elif fiscal.named_by == "end":
        first = year - 1
    else:
        return
    yield candidate(match, _interval(first, fiscal.first_month), Precision.month,
                    written_year=True)


def _build_relative(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"this fiscal year", "the current fiscal year", "next fiscal year" of a named country."""
    fiscal = _known(ctx, match)
    if fiscal is None or ctx.anchor is None:
        return
    anchor: dt.date = ctx.anchor
    first = anchor.year if anchor.month >= fiscal.first_month else anchor.year - 1
    first += STEP[relation_of(match["rel"])]
    yield candidate(match, _interval(first, fiscal.first_month), Precision.month)


def _build_year_to(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"the fiscal year to March 2026", "the financial year ending June 30, 2025": the twelve
    months that end in the month written."""
    month = month_number(match["month"])
    if match["year"]:
        year = int(match["year"])
    elif ctx.anchor is not None:
        year, month = cal.resolve_month(month, ctx.anchor, ctx.tense(*match.span()))
    else:
        yield candidate(match, None, Precision.month)
        return
    first = cal.shift_month(year, month, -11)
    yield candidate(match, _interval(*first), Precision.month, written_year=bool(match["year"]))


_REL = r"this|current|last|next|previous|coming|past"

FISCAL_RULES: tuple[Rule, ...] = (
    Rule("fiscal_named", re.compile(
        r"(?i)\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)(?P<year>\d{4}|\d{2})"
        r"(?:[-/–](?P<second>\d{2}|\d{4}))?(?![\w%]|[.,]\d)"
        r"|(?:\bthe\s+)?(?<![\w$.,/-])(?P<year2>\d{4})(?:[-/–](?P<second2>\d{2}))?"
        r"\s+fiscal\s+year\b"),
        _build_named,
        re.compile(r"(?i)fiscal|FY")),
    Rule("fiscal_relative", re.compile(
        rf"(?i)\b(?:the\s+)?(?P<rel>{_REL})\s+(?:fiscal|financial)\s+year\b"
        r"(?!\s+(?:to|ending|ended|through)\b)"), _build_relative,
        re.compile(r"(?i)fiscal|financial")),
    Rule("fiscal_year_to", re.compile(
        rf"(?i:\b(?:the\s+)?(?:(?:{_REL})\s+)?(?:fiscal|financial)\s+year\s+"
        r"(?:to|ending|ended|through)\s+)"
        rf"(?P<month>{MONTH})(?:\s+\d{{1,2}}(?!\d))?(?:,?\s+(?P<year>\d{{4}}))?"), _build_year_to,
        re.compile(r"(?i)fiscal|financial")),
)

