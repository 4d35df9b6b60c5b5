"""Rules for calendar dates: days, weekdays, months, seasons, quarters, years and longer.

Each `_build_*` function turns one regex match into candidates. Explicit values ("July 7, 2025",
"2009") need no anchor; everything relative ("In May", "Thursday", "the 8th") needs one and
comes out with value None when the anchor is missing, rather than a guess.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from newsgraph.analysis.times import calc as cal
from newsgraph.analysis.times.lex import (
    COUNT_NOUNS,
    DECADE_WORDS,
    HOLIDAYS,
    ID_WORDS,
    MONTH,
    ORDINAL_WORD,
    ORDINAL_WORDS,
    QUALIFIER,
    SEASONS,
    WEEKDAY,
    WEEKDAYS,
    Qualifier,
    Relation,
    Tense,
    TimeKind,
    alternation,
)
from newsgraph.analysis.times.rules import (
    STEP,
    Anaphor,
    Candidate,
    Context,
    Rule,
    candidate,
    expand_two_digit_year,
    looks_like_name,
    month_number,
    previous_word,
    qualifier_of,
    relation_of,
)
from newsgraph.analysis.times.tables import words
from newsgraph.model import Precision

_YEAR_END = r"(?![\w%]|[.,:/]\d|-\d\d?-)"
_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _build_numeric_date(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """2025-07-08, 2025/7/8, 7/8/2025 (US order unless impossible), 8.7.2025 (day first)."""
    if match["y"]:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        first, second = int(match["a"]), int(match["b"])
        year = int(match["year"])
        if len(match["year"]) == 2:
            year = expand_two_digit_year(year, ctx.anchor)
        day_first = match["sep"] == "." or first > 12
        month, day = (second, first) if day_first else (first, second)
    found = cal.make_date(year, month, day)
    if found:
        yield candidate(match, found.isoformat(), Precision.day, written_year=True)


def _build_cjk_date(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """2025年7月8日, 7月8日, 2025年7月, 7月上旬 (early July)."""
    month = int(match["month"])
    qualifier = {"上旬": Qualifier.early, "中旬": Qualifier.mid, "下旬": Qualifier.late}.get(
        match["part"] or "")
    if not 1 <= month <= 12:
        return
    year = int(match["year"]) if match["year"] else None
    if match["day"]:
        yield from _day_candidates(match, ctx, year, month, int(match["day"]))
    elif year is not None:
        yield candidate(match, cal.format_month(year, month), Precision.month, qualifier,
                        written_year=True)
    elif ctx.anchor is None:
        yield candidate(match, None, Precision.month, qualifier)
    else:
        found = cal.resolve_month(month, ctx.anchor, ctx.tense(*match.span()))
        yield candidate(match, cal.format_month(*found), Precision.month, qualifier,
                        floating=(month, None))


def _day_candidates(match: re.Match[str], ctx: Context, year: int | None, month: int, day: int,
                    weekday: str | None = None) -> Iterator[Candidate]:
    """A month-day date, with the year resolved against the anchor when not written."""
    floating = None
    if year is not None:
        found = cal.make_date(year, month, day)
    elif ctx.anchor is None:
        found = None
        if cal.make_date(2000, month, day):  # a real day, only its year is unknown
            yield candidate(match, None, Precision.day)
    elif weekday:
        # "Friday, March 22": the year in which that day falls on that weekday, nearest first.
        options = [d for d in (cal.make_date(ctx.anchor.year + k, month, day) for k in (0, -1, 1))
                   if d and d.isoweekday() == WEEKDAYS[weekday]]
        found = options[0] if options else cal.resolve_month_day(month, day, ctx.anchor, None)
    else:
        found = cal.resolve_month_day(month, day, ctx.anchor, ctx.tense(*match.span()))
        floating = (month, day)
    if found:
        yield candidate(match, found.isoformat(), Precision.day, written_year=year is not None,
                        floating=floating)


def _build_month_day(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"July 7", "Jan. 5, 2013", "Friday, March 22", "8 July 2025", "the 1st of May"."""
    day_text = match["day"].lower()
    if day_text in ORDINAL_WORDS and not match["of"]:
        return  # "first March" is not a date; "the first of March" is
    day = ORDINAL_WORDS.get(day_text) or int(day_text)
    year = int(match["year"]) if match["year"] else None
    if 1 <= day <= 31:
        yield from _day_candidates(match, ctx, year, month_number(match["month"]), day,
                                   match["wd"])


def _build_holiday(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """Fixed-date holidays: "Christmas", "St. Patrick's Day", "New Year's Eve 2012"."""
    name = " ".join(match["name"].split())
    month, day = HOLIDAYS[name]
    year = int(match["year"]) if match["year"] else None
    yield from _day_candidates(match, ctx, year, month, day)


def _build_month(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"In May", "late last July", "the end of June", "November last year", "May 2010"."""
    explicit = match["q"] or match["rel"] or match["year"] or match["yrel"]
    if not explicit and looks_like_name(ctx.text, *match.span("month")):
        return
    month = month_number(match["month"])
    qualifier = qualifier_of(match["q"])
    if match["year"]:
        yield candidate(match, cal.format_month(int(match["year"]), month), Precision.month,
                        qualifier, written_year=True)
        return
    if match["yana"]:  # "July of that year", "March the following year"
        shift = _ANAPHOR_SHIFT.get(match["yana"].split()[-1].lower(), 0)
        anaphor = Anaphor("year", shift, ctx.tense(*match.span()), month=month)
        yield candidate(match, None, Precision.month, qualifier, anaphor=anaphor)
        return
    if ctx.anchor is None:
        yield candidate(match, None, Precision.month, qualifier)
        return
    floating = None
    if match["yrel"]:
        year = ctx.anchor.year + STEP[relation_of(match["yrel"])]
    else:
        relation = relation_of(match["rel"])
        tense = None if relation else ctx.tense(*match.span())
        year, month = cal.resolve_month(month, ctx.anchor, tense, relation)
        floating = None if relation else (month, None)
    yield candidate(match, cal.format_month(year, month), Precision.month, qualifier,
                    floating=floating)


_ANAPHOR_SHIFT = {"following": 1, "next": 1, "previous": -1, "preceding": -1}


# A bare "the 8th" is a day of the month only after a preposition and before a pause; that keeps
# "the 27th session" and "the 20th century" out.
_AFTER_DAY_OK = words("after_day")
# "the 12th Eastern Time", "the 17th Beijing time": a clock zone after the day.
_ZONE_AFTER = re.compile(r"\s+[A-Z][a-z]+\s+[Tt]ime\b")
_NEXT_WORD = re.compile(r"\s*([A-Za-z]+)")
_NEXT_CAPITALISED = re.compile(r"\s+[A-Z]")


def _build_day_of_month(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"Since the 8th", "on the 20th", "the 5th of last month"."""
    day = int(match["day"])
    rest = _NEXT_WORD.match(ctx.text, match.end())
    if not 1 <= day <= 31 or (not match["which"] and rest and rest[1] not in _AFTER_DAY_OK
                              and not _ZONE_AFTER.match(ctx.text, match.end())):
        return
    if ctx.anchor is None:
        yield candidate(match, None, Precision.day, group="the")
        return
    if match["which"]:
        year, month = cal.shift_month(ctx.anchor.year, ctx.anchor.month,
                                      STEP[relation_of(match["which"])])
        found = cal.make_date(year, month, day)
    else:
        strict = ctx.cues.governing(match.start("the")) is not None  # "since the 28th"
        found = cal.resolve_day_of_month(day, ctx.anchor, ctx.tense(*match.span("the")),
                                         horizon=0 if strict else cal.BARE_DAY_HORIZON)
    if found:
        start = match.start("the")
        # A bare day may belong to the month the text has just named ("In October ... on the
        # 9th"); `timenorm` settles that once it knows the dates before it.
        floating = None if match["which"] else (0, day)
        yield Candidate(start, match.end(), found.isoformat(), Precision.day, floating=floating)


def _build_dateline(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """A dateline's bare day: "SEOUL, 9th (Yonhap)", "Reuters Seoul, 9th -": at or before the
    publication date, so in its month or the one before."""
    day = int(match["day"])
    if not 1 <= day <= 31:
        return
    if ctx.anchor is None:
        yield candidate(match, None, Precision.day, group="the")
        return
    found = cal.resolve_day_of_month(day, ctx.anchor, Tense.past)
    if found:
        yield candidate(match, found.isoformat(), Precision.day, group="the")


def _build_weekday(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"On Thursday", "last Friday", "Friday night", "Sundays" (a set)."""
    if not match["rel"] and not match["q"] and looks_like_name(ctx.text, *match.span("wd")):
        return
    weekday = WEEKDAYS[match["wd"]]
    if match["plural"]:
        yield candidate(match, f"XXXX-WXX-{weekday}", None, kind=TimeKind.set)
        return
    part = _PARTS_OF_DAY.get((match["part"] or "").lower())
    kind = TimeKind.time if part else TimeKind.date
    qualifier = qualifier_of(match["q"])
    if ctx.anchor is None:
        yield candidate(match, None, Precision.day, qualifier, kind)
        return
    relation = relation_of(match["rel"])
    tense = None if relation else ctx.tense(*match.span())
    found = cal.resolve_weekday(weekday, ctx.anchor, tense, relation)
    value = found.isoformat() + (f"T{part}" if part else "")
    yield candidate(match, value, Precision.day, qualifier, kind)


def _build_relative_unit(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"this week", "last year", "next month", "the past week", "this fiscal year"."""
    unit = match["unit"].lower()
    relation = relation_of(match["rel"])
    if unit in ("decade", "century") and relation is Relation.last:
        years = 10 if unit == "decade" else 100
        yield candidate(match, f"P{years}Y", None, kind=TimeKind.duration)
        return
    precision = {"weekend": Precision.week}.get(unit) or Precision(unit)
    if ctx.anchor is None:
        yield candidate(match, None, precision)
        return
    yield candidate(match, _shifted(ctx.anchor, unit, STEP[relation]), precision)


def _shifted(anchor: dt.date, unit: str, step: int) -> str:
    """The TimeML value of the `unit` that is `step` units away from the anchor's."""
    if unit in ("week", "weekend"):
        week = cal.iso_week(anchor + dt.timedelta(weeks=step))
        return week + "-WE" if unit == "weekend" else week
    if unit == "month":
        return cal.format_month(*cal.shift_month(anchor.year, anchor.month, step))
    if unit == "quarter":
        index = anchor.year * 4 + (anchor.month - 1) // 3 + step
        return f"{index // 4:04d}-Q{index % 4 + 1}"
    if unit == "year":
        return f"{anchor.year + step:04d}"
    if unit == "decade":
        return f"{anchor.year // 10 + step:03d}"
    return f"{anchor.year // 100 + step:02d}"


def _build_weekend(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"over the weekend": the weekend just gone in a past clause, the coming one otherwise."""
    if ctx.anchor is None:
        yield candidate(match, None, Precision.week)
        return
    saturday = cal.resolve_weekday(6, ctx.anchor, ctx.tense(*match.span()))
    yield candidate(match, cal.iso_week(saturday) + "-WE", Precision.week)


def _build_unit_part(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"the end of the year", "early next year", "mid-year", "the first half of the year"."""
    unit = match["unit"].lower()
    qualifier = qualifier_of(match["q"])
    determiner = (match["det"] or "the").lower()
    half = _half(match["q"]) if unit == "year" else ""
    if determiner == "that":
        anaphor = Anaphor(unit, 0, ctx.tense(*match.span()))
        yield candidate(match, None, Precision(unit), qualifier, anaphor=anaphor)
        return
    if ctx.anchor is None:
        yield candidate(match, None, Precision(unit), qualifier)
        return
    if determiner == "the" and unit in ("decade", "century"):
        step = 0  # "by the end of the decade": the anchor's own
    elif determiner == "the":
        position = {"year": ctx.anchor.month, "month": ctx.anchor.day,
                    "week": ctx.anchor.isoweekday()}[unit]
        step = cal.resolve_part_step(qualifier, position, unit, ctx.tense(*match.span()))
    else:
        step = STEP[relation_of(determiner)]
    yield candidate(match, _shifted(ctx.anchor, unit, step) + half, Precision(unit), qualifier)


def _half(words: str | None) -> str:
    """"-H1"/"-H2" for "the first/second half of", else ""."""
    text = (words or "").lower()
    return "-H1" if "first half" in text else "-H2" if "half" in text else ""


def _build_year_part(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"mid-2012", "early 2012", "the end of 2012", "the first half of 2013"."""
    yield candidate(match, match["year"] + _half(match["q"]), Precision.year,
                    qualifier_of(match["q"]), written_year=True)


def _year_is_count(text: str, start: int, end: int) -> bool:
    """Whether a four-digit number is a count or an identifier rather than a year."""
    before = previous_word(text, start).lower()
    after = _NEXT_WORD.match(text, end)
    if before in ID_WORDS or (after and after[1].lower() in COUNT_NOUNS | {
            "million", "billion", "trillion", "thousand"}):
        return True
    year = int(text[start:end])
    # Outside the modern range, only a preposition makes a bare number a year ("in 1492").
    return not 1900 <= year <= 2099 and before not in {"in", "since", "of", "from", "until",
                                                       "by", "before", "after", "during", "to",
                                                       "between", "and", "circa", "c.", "year"}


def _build_year(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"in 2024", "since 2000", "the 2012 election"; not "2000 people" or "Resolution 2231"."""
    if not _year_is_count(ctx.text, *match.span("year")):
        yield candidate(match, match["year"], Precision.year, group="year", written_year=True)


def _build_year_range(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"1957-58" (two years) or "2012-11" (a year-month)."""
    first, second = int(match["y1"]), int(match["y2"])
    if second > first % 100:
        yield candidate(match, match["y1"], Precision.year, group="y1")
        yield candidate(match, f"{first // 100 * 100 + second:04d}", Precision.year, group="y2")
    elif 1 <= second <= 12:
        yield candidate(match, cal.format_month(first, second), Precision.month)


def _build_fiscal_year(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"fiscal 2025", "FY2025", "FY25", "the 2025 fiscal year" -> the year."""
    digits = match["year"] or match["year2"]
    year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    yield candidate(match, f"{year:04d}", Precision.year)


def _build_decade(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"the 1990s" -> 199, "the '90s", "the nineties", "the 1900s" -> 19 (a century)."""
    qualifier = qualifier_of(match["q"] or match["q2"])
    if match["cent"]:
        century, decade = int(match["cent"]), int(match["dec"])
        if decade == 0 and century < 20:
            yield candidate(match, f"{century:02d}", Precision.century, qualifier)
        else:
            yield candidate(match, f"{century:02d}{decade}", Precision.decade, qualifier)
        return
    decade = int(match["short"]) if match["short"] else DECADE_WORDS[match["word"].lower()]
    if ctx.anchor is None:
        yield candidate(match, None, Precision.decade, qualifier)
        return
    # A decade named without its century is the latest one that has begun by the anchor.
    latest = ctx.anchor.year // 10
    value = latest - (latest - decade) % 10
    yield candidate(match, f"{value:03d}", Precision.decade, qualifier)


def _build_century(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"the 20th century" -> 19, "the twenty-first century" -> 20."""
    number = match["n"]
    ordinal = int(number) if number.isdigit() else ORDINAL_WORDS[number.lower()]
    if 1 <= ordinal <= 30:
        yield candidate(match, f"{ordinal - 1:02d}", Precision.century, qualifier_of(match["q"]))


def _build_quarter(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"the second quarter", "Q3 2025", "the fourth quarter of last year", "2013Q1"."""
    word = (match["ord"] or match["q"] or match["q3"]).lower()
    quarter = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
               "4th": 4, "final": 4}.get(word) or (int(word) if word.isdigit() else None)
    year_text = match["year"] or match["year2"] or match["year3"]
    if year_text:
        year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text[-2:])
        if quarter is None:  # "the last quarter of 2012"
            quarter = 4
        yield candidate(match, f"{year:04d}-Q{quarter}", Precision.quarter)
        return
    if ctx.anchor is None:
        yield candidate(match, None, Precision.quarter)
        return
    if match["yrel"]:
        yrel = match["yrel"].lower()
        year = ctx.anchor.year + (0 if yrel == "the" else STEP[relation_of(yrel)])
        yield candidate(match, f"{year:04d}-Q{quarter or 4}", Precision.quarter)
        return
    if quarter is None:  # "the last quarter": the one before the anchor's
        yield candidate(match, _shifted(ctx.anchor, "quarter", -1), Precision.quarter)
        return
    year, quarter = cal.resolve_quarter(quarter, ctx.anchor, ctx.tense(*match.span()))
    yield candidate(match, f"{year:04d}-Q{quarter}", Precision.quarter)


def _build_season(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"last summer", "this spring", "in the autumn", "summer 2024", "winter of 2012"."""
    season = SEASONS[match["s"].lower()]
    qualifier = qualifier_of(match["q"])
    anchored = match["rel"] or match["year"] or match["yrel"] or match["q"]
    if not anchored and not (match["the"] and previous_word(ctx.text, match.start()).lower()
                             in {"in", "during", "by", "until", "since", "through", "over",
                                 "throughout", "for", "before", "after"}):
        return  # "summer vacation", "the Arab Spring", "prices fall"
    if not match["year"] and _NEXT_CAPITALISED.match(ctx.text, match.end()):
        return  # "the Spring Festival", "the Summer Olympics"
    if match["year"]:
        yield candidate(match, f"{match['year']}-{season}", Precision.season, qualifier)
        return
    if ctx.anchor is None:
        yield candidate(match, None, Precision.season, qualifier)
        return
    if match["yrel"]:
        year = ctx.anchor.year + STEP[relation_of(match["yrel"])]
    else:
        relation = relation_of(match["rel"])
        tense = None if relation else ctx.tense(*match.span())
        year, season = cal.resolve_season(season, ctx.anchor, tense, relation)
    yield candidate(match, f"{year:04d}-{season}", Precision.season, qualifier)


def _trigger(pattern: str) -> re.Pattern[str]:
    """A cheap pattern that must occur somewhere in a text for a rule to be worth running."""
    return re.compile(pattern)


_REL = r"last|this|next|past|coming"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?![\d:%.,]\d|[\d%])"
_YEAR_SUFFIX = rf"(?:,?\s+(?P<year>\d{{4}}){_YEAR_END})?"
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY}),?\s+)?"

DATE_RULES: tuple[Rule, ...] = (
    Rule("numeric_date", re.compile(
        r"(?<![\w.,/-])(?:(?P<y>\d{4})([-/.])(?P<m>\d{1,2})\2(?P<d>\d{1,2})"
        r"|(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2}))"
        r"(?![\w%]|[-/.]\d)"), _build_numeric_date,
        _trigger(r"\d[-/.]\d")),
    Rule("cjk_date", re.compile(
        r"(?<!\d)(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*"
        r"(?:(?P<day>\d{1,2})\s*[日号])?(?P<part>上旬|中旬|下旬)?"), _build_cjk_date,
        _trigger("[年月]")),
    Rule("month_day", re.compile(
        rf"(?<!\w){_WD_PREFIX}(?P<month>{MONTH})\s+(?P<of>){_DAY}{_YEAR_SUFFIX}"),
        _build_month_day),
    Rule("day_month", re.compile(
        rf"(?<![\w.,$]){_WD_PREFIX}(?:the\s+)?(?P<day>\d{{1,2}}|(?i:{ORDINAL_WORD}))"
        rf"(?:st|nd|rd|th)?(?:\s+(?P<of>of))?\s+(?P<month>{MONTH}){_YEAR_SUFFIX}"),
        _build_month_day,
        _trigger(MONTH)),
    Rule("holiday", re.compile(
        rf"(?P<name>{alternation(HOLIDAYS)})(?![\w])(?:\s+(?P<year>\d{{4}}){_YEAR_END})?"),
        _build_holiday,
        _trigger(r"Day|Christmas|Eve|Halloween")),
    Rule("month", re.compile(
        rf"(?<!\w)(?P<q>(?i:{QUALIFIER}))?(?:(?P<rel>(?i:{_REL}))\s+)?(?P<month>{MONTH})"
        rf"(?:(?:,?\s+|\s+of\s+)(?P<year>\d{{4}}){_YEAR_END}"
        rf"|\s+(?:of\s+)?(?P<yrel>(?i:last|this|next))\s+year"
        r"|\s+(?:of\s+)?(?P<yana>(?i:that|the\s+same|the\s+following|the\s+next"
        r"|the\s+previous|the\s+preceding))\s+year)?"), _build_month),
    Rule("day_of_month", re.compile(
        r"(?i:\b(?:on|since|by|until|till|from|before|after|through|to|and|between|as\s+of"
        r"|(?:morning|afternoon|evening|night)\s+of))\s+"
        r"(?P<the>the\s+(?P<day>\d{1,2})(?:st|nd|rd|th)(?![\w-]))"
        r"(?:\s+of\s+(?P<which>this|last|next)\s+month)?"), _build_day_of_month),
    Rule("dateline", re.compile(
        r"(?m)^[ \t]*(?:[A-Z][\w.&-]*[ \t]+){0,4}[A-Z][A-Za-z.-]+,[ \t]+"
        r"(?P<the>(?P<day>\d{1,2})(?:st|nd|rd|th))\b(?![ \t]+[a-z])"), _build_dateline,
        _trigger(r"(?m)^[^\n]{0,60}, \d{1,2}(?:st|nd|rd|th)\b")),
    Rule("weekday", re.compile(
        rf"(?<!\w)(?:(?P<q>(?i:early|late))\s+)?(?:(?P<rel>(?i:{_REL}|previous))\s+)?"
        rf"(?P<wd>{WEEKDAY})(?P<plural>s)?(?![\w])"
        r"(?:\s+(?P<part>(?i:morning|afternoon|evening|night)))?"),
        _build_weekday,
        _trigger(WEEKDAY)),
    Rule("relative_unit", re.compile(
        rf"(?i)\b(?:(?:earlier|later)\s+)?(?P<rel>{_REL}|current|the\s+(?:{_REL}|current))\s+"
        r"(?:fiscal\s+)?(?P<unit>weekend|week|month|quarter|year|decade|century)\b"
        r"(?!-|\s+of\b)"), _build_relative_unit),
    Rule("weekend", re.compile(r"(?i)\bthe\s+weekend\b"), _build_weekend),
    Rule("unit_part", re.compile(
        r"(?i)\b(?P<q>(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half"
        r"|latter\s+half)\s+of|early|mid-?|late)(?:\s*(?P<det>the|this|last|next|that)\b)?\s*"
        r"(?P<unit>year|month|week|decade|century)\b"
        r"(?![\w-]|\s+(?:of|before|after|in\s+which|when|that|ago|since|\d))"), _build_unit_part),
    Rule("unit_end", re.compile(
        r"(?i)\b(?:(?P<det>this|last|next|the)\s+)?(?P<unit>year|month)(?P<q>[\s-]end)\b"),
        _build_unit_part),
    Rule("year_part", re.compile(rf"(?<!\w)(?P<q>(?i:{QUALIFIER}))(?P<year>\d{{4}}){_YEAR_END}"),
         _build_year_part),
    Rule("year", re.compile(rf"(?<![\w$€£¥#.,/:])(?P<year>1\d{{3}}|20\d{{2}}){_YEAR_END}"
                            r"(?!\s*(?:%|percent|per\s+cent))"), _build_year),
    Rule("year_range", re.compile(
        rf"(?<![\w$€£¥#.,/:-])(?P<y1>1\d{{3}}|20\d{{2}})[-–/](?P<y2>\d{{2}}){_YEAR_END}"),
        _build_year_range,
        _trigger(r"\d{4}[-–/]\d")),
    Rule("fiscal_year", re.compile(
        r"(?i)\b(?:fiscal(?:\s+year)?\s+|FY\s?'?)(?P<year>\d{4}|\d{2})(?![\w%]|[.,]\d)"
        r"|\bthe\s+(?P<year2>\d{4})\s+fiscal\s+year\b"), _build_fiscal_year,
        _trigger(r"(?i)fiscal|FY")),
    Rule("decade", re.compile(
        r"(?<![\w'’])(?:(?P<q>(?i:early|mid|late))[\s-]+)?(?:(?i:the)\s+)?(?<![\w$.,])"
        r"(?:(?P<cent>1\d|20)(?P<dec>\d)0s|['’](?P<short>\d)0s)(?!\w)"
        r"|(?i:the)\s+(?:(?P<q2>(?i:early|mid|late))[\s-]+)?"
        rf"(?P<word>(?i:{alternation(DECADE_WORDS)}))\b"), _build_decade,
        _trigger(r"0s\b|ties\b")),
    Rule("century", re.compile(
        r"(?i)\b(?:(?P<q>early|mid|late)[\s-]+)?(?:the\s+)?"
        rf"(?P<n>\d{{1,2}}(?=st|nd|rd|th)|{ORDINAL_WORD})(?:st|nd|rd|th)?[\s-]+century\b"),
        _build_century,
        _trigger(r"(?i)century")),
    Rule("quarter", re.compile(
        r"(?i)\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)"
        r"(?:\s+(?:fiscal|calendar))?[\s-]+quarter\b"
        r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+|the\s+)?(?P<year>\d{4})"
        r"|(?P<yrel>this|last|next|the)\s+(?:fiscal\s+)?year))?"
        r"|\bQ(?P<q>[1-4])(?:\s+(?:of\s+)?(?:FY\s*)?(?P<year2>\d{4}|'\d{2}))?\b"
        r"|\b(?P<year3>\d{4})\s*-?Q(?P<q3>[1-4])\b"), _build_quarter,
        _trigger(r"(?i)quarter|\bQ[1-4]")),
    Rule("season", re.compile(
        rf"(?<!\w)(?:(?P<q>(?i:early|mid|late))[\s-]+)?(?:(?P<rel>(?i:{_REL}))\s+"
        r"|(?P<the>(?i:the)\s+))?(?P<s>(?i:spring|summer|autumn|fall|winter))\b"
        r"(?:\s+(?:of\s+)?(?P<year>\d{4})\b|\s+(?P<yrel>(?i:last|this|next))\s+year)?"
        r"(?!\s+of\s+(?!\d))"), _build_season,
        _trigger(r"(?i)spring|summer|autumn|fall|winter")),
)
