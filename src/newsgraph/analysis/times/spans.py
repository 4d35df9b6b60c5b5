"""Rules for everything that is not a calendar name: durations, sets, clock times, "now",
"two days ago", "yesterday", and anaphora ("that day", "the following year")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from newsgraph.analysis.times import calc as cal
from newsgraph.analysis.times.lex import (
    DURATION_UNIT,
    DURATION_UNITS,
    QUANTITY,
    WEEKDAYS,
    TimeKind,
    parse_quantity,
)
from newsgraph.analysis.times.rules import (
    Anaphor,
    Candidate,
    Context,
    Rule,
    candidate,
    previous_word,
)
from newsgraph.analysis.times.tables import words
from newsgraph.model import Precision

_PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
                 "tonight": "NI"}


def _unit(word: str) -> str:
    """The singular duration unit for "days", "centuries", "hrs"."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") and word[:-1] in DURATION_UNITS else word


def duration_value(amount: float | None, unit: str) -> str:
    """TimeML duration: (90, "day") -> P90D, (85, "minute") -> PT85M, (None, "year") -> PXY."""
    designator, multiplier, is_clock = DURATION_UNITS[unit]
    if amount is None:
        number = "X"
    else:
        total = amount * multiplier
        number = str(int(total)) if float(total).is_integer() else f"{total:g}"
    return f"PT{number}{designator}" if is_clock else f"P{number}{designator}"


# An amount just before "a year"/"a day" makes it a rate ("$5 billion a year", "twice a day").
_RATE_BEFORE = re.compile(
    r"(?:\d|%|percent|times|twice|once|billion|million|trillion|dollars|yuan|euros|yen)\W*$",
    re.IGNORECASE)


def _build_duration(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"90 days", "85-minute", "four consecutive months", "the past two years", "a decade"."""
    unit = _unit(match["unit"])
    words = " ".join(match["n"].lower().split())
    if unit == "second" and words in ("a", "an", "one"):
        return  # "a second term", "one second-quarter"
    if words in ("a", "an") and _RATE_BEFORE.search(ctx.text, max(0, match.start() - 25),
                                                    match.start()):
        yield candidate(match, duration_value(1, unit), None, kind=TimeKind.set)
        return
    yield candidate(match, duration_value(parse_quantity(words), unit), None,
                    kind=TimeKind.duration)


def _build_vague_duration(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"for years", "for months" -> PXY, PXM."""
    yield candidate(match, duration_value(None, _unit(match["unit"])), None,
                    kind=TimeKind.duration, group="unit")


def _build_ago(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"two days ago" (a day), "six years ago" (a year), "years ago" (PAST_REF)."""
    unit = _unit(match["unit"])
    future = match["dir"].lower() != "ago"
    amount = parse_quantity(match["n"]) if match["n"] else None
    if amount is None:
        yield candidate(match, "FUTURE_REF" if future else "PAST_REF", None)
        return
    precision = {"second": Precision.day, "minute": Precision.day, "hour": Precision.day,
                 "decade": Precision.year, "century": Precision.year}.get(unit) or Precision(unit)
    kind = TimeKind.time if unit in ("second", "minute", "hour") else TimeKind.date
    if ctx.anchor is None:
        yield candidate(match, None, precision, kind=kind)
        return
    sign = 1 if future else -1
    try:
        value = _moved(ctx.anchor, unit, sign * amount)
    except (OverflowError, ValueError):
        value = None  # "99999999 days ago" lies outside the calendar datetime can represent
    yield candidate(match, value, precision, kind=kind)


def _moved(anchor: dt.date, unit: str, amount: float) -> str:
    """The value `amount` units from the anchor, at the unit's own precision."""
    if unit in ("second", "minute", "hour"):
        return anchor.isoformat()
    if unit == "day":
        return (anchor + dt.timedelta(days=round(amount))).isoformat()
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return cal.iso_week(anchor + dt.timedelta(weeks=round(weeks)))
    if unit == "month":
        return cal.format_month(*cal.shift_month(anchor.year, anchor.month, round(amount)))
    years = amount * {"year": 1, "yr": 1, "decade": 10, "century": 100}[unit]
    return f"{anchor.year + round(years):04d}"


def _in_a_name(text: str, start: int) -> bool:
    """Whether a capitalised "Today"/"Now" ends a name ("USA Today", "Russia Today"): the word
    before it is capitalised and in the same sentence."""
    if not text[start:start + 1].isupper():
        return False
    before = previous_word(text, start)
    return bool(before) and before[0].isupper() and not before.endswith((".", "!", "?", ":"))


def _build_day_word(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"yesterday", "today", "tomorrow", "tonight", "this morning", "last night"."""
    if _in_a_name(ctx.text, match.start()):
        return
    word = " ".join((match["word"] or match["this"]).lower().split())
    offset = {"yesterday": -1, "tomorrow": 1, "last": -1, "the day before yesterday": -2,
              "the day after tomorrow": 2}.get(word, 0)
    part = _PARTS_OF_DAY.get((match["part"] or word).lower())
    kind = TimeKind.time if part else TimeKind.date
    if ctx.anchor is None:
        yield candidate(match, None, Precision.day, kind=kind)
        return
    value = (ctx.anchor + dt.timedelta(days=offset)).isoformat()
    yield candidate(match, value + (f"T{part}" if part else ""), Precision.day, kind=kind)


def _build_reference(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"now" -> PRESENT_REF, "recent months" -> PAST_REF, "the future" -> FUTURE_REF."""
    if _in_a_name(ctx.text, match.start()):
        return
    if match["soon"]:
        before = ctx.text[max(0, match.start() - 4):match.start()].lower()
        after = ctx.text[match.end():match.end() + 12].lower()
        if before.endswith(("as ", "so ", "too ")) or re.match(r"\s*(?:after|as|there)", after):
            return  # "as soon as", "soon after the vote": relative to an event, not to now
    kind = "PRESENT_REF" if match["present"] else "PAST_REF" if match["past"] else "FUTURE_REF"
    yield candidate(match, kind, None)


def _build_set(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"every year" -> P1Y, "each Monday" -> XXXX-WXX-1, "annually", "weekly"."""
    if match["adverb"]:
        adverb = match["adverb"]
        if adverb[0].isupper() and match.start() > 0 and ctx.text[match.start() - 2:
                                                                   match.start()].strip():
            return  # "China Daily", "Business Weekly"
        value = {"daily": "P1D", "nightly": "P1D", "weekly": "P1W", "biweekly": "P2W",
                 "monthly": "P1M", "quarterly": "P3M", "yearly": "P1Y", "annually": "P1Y",
                 "hourly": "PT1H", "biannually": "P6M"}[adverb.lower()]
        yield candidate(match, value, None, kind=TimeKind.set)
        return
    unit = match["unit"].lower().rstrip("s")
    every = 2 if (match["other"] or "").lower() == "other" else 1
    if unit.capitalize() in WEEKDAYS:
        value = f"XXXX-WXX-{WEEKDAYS[unit.capitalize()]}"
    elif unit in _PARTS_OF_DAY:
        value = f"XXXX-XX-XXT{_PARTS_OF_DAY[unit]}"
    elif unit == "weekend":
        value = "XXXX-WXX-WE"
    elif unit == "quarter":
        value = f"P{3 * every}M"
    else:
        value = duration_value(every, unit)
    yield candidate(match, value, None, kind=TimeKind.set)


def _build_clock(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"8 PM", "15:00 GMT", "noon": a time of day; its date is filled in from a next-door date."""
    if match["noon"]:
        hour, minute = (12, 0) if match["noon"].lower() == "noon" else (0, 0)
    elif match["h24"]:
        hour, minute = int(match["hh"]), int(match["mm"])
    else:
        hour, minute = int(match["h"]), int(match["min"] or 0)
        meridiem = (match["ampm"] or "").lower()
        if meridiem and not 1 <= hour <= 12:
            return
        if meridiem.startswith("p") and hour != 12:
            hour += 12
        elif meridiem.startswith("a") and hour == 12:
            hour = 0
    yield candidate(match, f"T{hour:02d}:{minute:02d}", None, kind=TimeKind.time)


def _build_anaphor(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"that day", "the same month", "the following year", "the day before" (at a pause)."""
    unit = (match["unit"] or match["unit2"] or "day").lower()
    relation = (match["rel"] or match["ba"] or "").lower()
    shift = {"next": 1, "following": 1, "after": 1, "previous": -1, "preceding": -1,
             "before": -1}.get(relation, 0)
    tense = ctx.tense(*match.span())
    yield candidate(match, None, Precision(unit), anaphor=Anaphor(unit, shift, tense))


def _build_offset(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"two days later", "a week after the vote", "three months earlier": counted from the
    date the text last wrote (the event's, as far as the text says), never from publication.

    "less than two years before the election" measures a stretch of time, not a date, and "two
    days before the upcoming vote" counts from a date still to come: neither is resolved. In
    "On August 1, two days before the deadline" the offset restates the date before the comma.
    """
    unit = _unit(match["unit"])
    amount = parse_quantity(match["n"])
    if unit not in ("day", "week", "month", "year") or amount is None or amount != int(amount):
        return
    before = ctx.text[max(0, match.start() - 20):match.start()].lower().split()
    if before and {before[-1], " ".join(before[-2:])} & _DURATION_MODIFIERS:
        return
    following = _NEXT_WORDS.match(ctx.text, match.end())
    if following and following[1].lower() in _UPCOMING:
        return
    sign = -1 if match["dir"].lower() in ("earlier", "before") else 1
    apposition = ctx.text[max(0, match.start() - 3):match.start()].rstrip().endswith(",")
    anaphor = Anaphor(unit, 0 if apposition else sign * int(amount), ctx.tense(*match.span()),
                      needs_mention=True, restates=apposition)
    yield candidate(match, None, Precision(unit), anaphor=anaphor)


_DURATION_MODIFIERS = words("duration_modifier")
_UPCOMING = words("upcoming")
_NEXT_WORDS = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?([A-Za-z]+)")


def _build_part_anaphor(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"the night before", "the morning after": a part of the day before or after the last date."""
    part = _PARTS_OF_DAY[match["part"].lower()]
    shift = -1 if match["ba"].lower() == "before" else 1
    anaphor = Anaphor("day", shift, ctx.tense(*match.span()), needs_mention=True, part=part)
    yield candidate(match, None, Precision.day, kind=TimeKind.time, anaphor=anaphor)


def _build_the_year(match: re.Match[str], ctx: Context) -> Iterator[Candidate]:
    """"for the year", "during the year": the year of the last date mentioned (or the anchor)."""
    tense = ctx.tense(*match.span())
    yield candidate(match, None, Precision.year, group="span", anaphor=Anaphor("year", 0, tense))


_UNIT = rf"(?P<unit>{DURATION_UNIT})s?"
_ZONE = (r"(?:\s+(?:GMT|UTC|BST|CET|CEST|EST|EDT|CST|PST|PDT|ET|PT|JST|KST|IST"
         r"|(?i:local\s+time|Beijing\s+time|Tokyo\s+time)))?")

SPAN_RULES: tuple[Rule, ...] = (
    Rule("ago", re.compile(
        rf"(?i)\b(?:(?P<n>{QUANTITY})[\s-]+)?{_UNIT}\s+(?P<dir>ago|from\s+now|hence)\b"),
        _build_ago,
        re.compile(r"(?i)\b(?:ago|from\s+now|hence)\b")),
    Rule("set", re.compile(
        r"(?i)\b(?:every|each)\s+(?:(?P<other>other)\s+)?(?P<unit>day|week|month|year|quarter"
        r"|hour|morning|afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday"
        r"|friday|saturday|sunday)\b"
        r"|\b(?P<adverb>(?i:daily|nightly|weekly|biweekly|monthly|quarterly|yearly|annually"
        r"|hourly|biannually))\b"), _build_set,
        re.compile(r"(?i)every|each|ly\b")),
    Rule("duration", re.compile(
        r"(?i)(?<![\w$.,])(?:the\s+(?:past|last|next|first|final|coming|previous|following)\s+)?"
        rf"(?P<n>{QUANTITY})[\s-]+(?:(?:consecutive|straight|full|long|more|additional|whole"
        rf"|entire|successive)\s+)?{_UNIT}\b(?!-old)"), _build_duration),
    Rule("vague_duration", re.compile(
        r"(?i)\b(?:for|over)\s+(?P<unit>days|weeks|months|years|decades|centuries)\b"
        r"(?!\s+(?:ago|to\s+come))"), _build_vague_duration),
    Rule("day_word", re.compile(
        r"(?i)\b(?:(?P<word>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
        r"|yesterday|today|tomorrow|tonight)"
        r"|(?P<this>this|last)(?=\s+(?:morning|afternoon|evening|night)\b))"
        r"(?:\s+(?P<part>morning|afternoon|evening|night))?\b"), _build_day_word),
    Rule("reference", re.compile(
        r"(?i)\b(?:(?P<present>right\s+now|now|currently|at\s+present|presently|nowadays"
        r"|these\s+days|at\s+the\s+moment|the\s+present(?=\s*[,.;:!?)]|\s+(?:and|day)\b))"
        r"|(?P<past>recently|lately|recent\s+(?:days|weeks|months|years|decades|times)"
        r"|the\s+past(?=\s*[,.;:!?)\"”]|\s+(?:and|or|but|as|when|that|to|has|have|had|was"
        r"|were|is)\b))"
        r"|(?P<future>the\s+(?:near\s+|distant\s+|foreseeable\s+)?future(?!\s+of\b)"
        r"|the\s+coming\s+(?:days|weeks|months|years|decades)|(?P<soon>soon)))\b"),
        _build_reference),
    Rule("clock", re.compile(
        r"(?<![\w:.$])(?:(?P<h>[01]?\d|2[0-3])(?::(?P<min>[0-5]\d))?\s*"
        r"(?P<ampm>(?i:a\.m\.|p\.m\.|am\b|pm\b))"
        r"|(?P<h24>(?P<hh>[01]?\d|2[0-3]):(?P<mm>[0-5]\d))(?![\d:])"
        rf"|(?P<noon>(?i:noon|midnight))\b){_ZONE}"), _build_clock,
        re.compile(r"(?i)\d:\d\d|\d\s*[ap]\.?m\b|noon|midnight")),
    Rule("anaphor", re.compile(
        r"(?i)\b(?:(?:that|the\s+same|that\s+same)\s+(?P<unit>day|week|month|year)"
        r"|the\s+(?P<rel>next|following|previous|preceding)\s+(?P<unit2>day|week|month|year)"
        r"|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:!?]))\b"), _build_anaphor),
    Rule("offset", re.compile(
        rf"(?i)(?<![\w$.,])(?P<n>{QUANTITY})[\s-]+{_UNIT}\s+(?P<dir>later|earlier"
        r"|after(?=\s+(?:the|that|this|his|her|its|their)\b)"
        r"|before(?=\s+(?:the|that|this|his|her|its|their)\b))\b"), _build_offset,
        re.compile(r"(?i)\b(?:later|earlier|after|before)\b")),
    Rule("part_anaphor", re.compile(
        r"(?i)\bthe\s+(?P<part>morning|afternoon|evening|night)\s+(?P<ba>before|after)"
        r"(?=\s*[,.;:!?)]|\s+(?:and|when|as|but)\b)"), _build_part_anaphor),
    Rule("the_year", re.compile(
        r"(?i)\b(?:for|during|in|through|throughout|over|earlier\s+in|later\s+in)\s+"
        r"(?P<span>the\s+year)\b(?![\w-]|'|\s+(?:of|before|after|in\s+which|when|that|ago|to"
        r"|since|ended|ending|\d))"), _build_the_year),
)
