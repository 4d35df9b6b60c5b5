"""Word tables and regular-expression pieces for the time-expression normaliser.

Everything here is constant data: closed vocabularies as enums, word-to-number tables, and the
regex fragments that `timerules` assembles into patterns. No behaviour lives here beyond
`parse_quantity` and `alternation`, which read these tables.
"""

from __future__ import annotations

import re
from enum import StrEnum
from types import MappingProxyType


class Precision(StrEnum):
    """How exact a resolved value is; the same strings as `newsgraph.model.Precision`."""

    day = "day"
    week = "week"
    month = "month"
    quarter = "quarter"
    season = "season"
    year = "year"
    decade = "decade"
    century = "century"


class Qualifier(StrEnum):
    """Which part of a period is meant ("early June", "mid-2012", "the end of the year")."""

    early = "early"
    mid = "mid"
    late = "late"


class TimeKind(StrEnum):
    """The TIMEX3 type of an expression."""

    date = "date"
    duration = "duration"
    set = "set"
    time = "time"


class Tense(StrEnum):
    """Which way from the anchor a clause points."""

    past = "past"
    future = "future"


class Relation(StrEnum):
    """An explicit relative word in front of a cyclic name ("last June", "next Friday")."""

    last = "last"
    this = "this"
    next = "next"


def alternation(words) -> str:
    """A regex alternation of `words`, longest first so that prefixes never win early."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


MONTH_NAMES = MappingProxyType({
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
})
MONTH_ABBREVIATIONS = MappingProxyType({
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
    "Oct": 10, "Nov": 11, "Dec": 12,
})
# Month names are matched capitalised only: lower-case "may" and "march" are a verb and a noun.
# Abbreviations need a period or a following day number, since "Jan" is also a first name.
MONTH = (rf"(?:{alternation(MONTH_NAMES)}"
         rf"|(?:{alternation(MONTH_ABBREVIATIONS)})(?:\.|(?=\s+\d)))(?![\w-])")
# Month names that are also common given names or a surname ("Theresa May", "April Ryan").
NAME_LIKE_MONTHS = frozenset({"April", "May", "June", "August"})

WEEKDAYS = MappingProxyType({
    "Monday": 1, "Tuesday": 2, "Wednesday": 3, "Thursday": 4, "Friday": 5, "Saturday": 6,
    "Sunday": 7,
})
WEEKDAY = rf"(?:{alternation(WEEKDAYS)})"

# TimeML season codes, in calendar order within a TimeML year (winter is Dec-Feb, labelled
# with the year of its January).
SEASONS = MappingProxyType({
    "winter": "WI", "spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA",
})
SEASON_ORDER = ("WI", "SP", "SU", "FA")

NUMBER_WORDS = MappingProxyType({
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "a": 1, "an": 1, "a couple of": 2,
    "couple of": 2, "a dozen": 12, "dozen": 12, "a hundred": 100, "one hundred": 100,
    "half a": 0.5, "half an": 0.5,
})
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Vague amounts become TimeML's "X" ("several days" -> PXD).
VAGUE_WORDS = frozenset({"a few", "few", "several", "many", "some", "a number of", "numerous"})
QUANTITY = (rf"(?:\d+(?:\.\d+)?|(?:{_TENS})[-\s](?:{_UNITS})|(?:{_UNITS})\s+and\s+a\s+half"
            rf"|{alternation(NUMBER_WORDS)}|{alternation(VAGUE_WORDS)})")

ORDINAL_WORDS = MappingProxyType({
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty-second": 22,
    "twenty-third": 23, "twenty-fourth": 24, "twenty-fifth": 25, "twenty-sixth": 26,
    "twenty-seventh": 27, "twenty-eighth": 28, "twenty-ninth": 29, "thirtieth": 30,
    "thirty-first": 31,
})
ORDINAL_WORD = rf"(?:{alternation(ORDINAL_WORDS)})"

DECADE_WORDS = MappingProxyType({
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
})

# Duration units -> (TimeML designator, multiplier, is a time-of-day unit).
DURATION_UNITS = MappingProxyType({
    "second": ("S", 1, True), "minute": ("M", 1, True), "min": ("M", 1, True),
    "hour": ("H", 1, True), "hr": ("H", 1, True), "day": ("D", 1, False),
    "week": ("W", 1, False), "fortnight": ("W", 2, False), "month": ("M", 1, False),
    "year": ("Y", 1, False), "yr": ("Y", 1, False), "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
})
DURATION_UNIT = (r"(?:second|minute|min|hour|hr|day|week|fortnight|month|year|yr|decade"
                 r"|centur(?:y|ie))")

QUALIFIER_WORDS = MappingProxyType({
    "early": Qualifier.early, "earlier": Qualifier.early, "beginning": Qualifier.early,
    "start": Qualifier.early, "first half": Qualifier.early, "mid": Qualifier.mid,
    "middle": Qualifier.mid, "late": Qualifier.late, "end": Qualifier.late,
    "close": Qualifier.late, "second half": Qualifier.late, "latter half": Qualifier.late,
})
# "early June", "mid-June", "the end of June", "end-June", "the first half of 2013".
QUALIFIER = (r"(?:(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half"
             r"|latter\s+half)\s+of\s+|(?:early|mid|late|end)(?:\s+|-))")

RELATIONS = MappingProxyType({
    "last": Relation.last, "past": Relation.last, "previous": Relation.last,
    "this": Relation.this, "current": Relation.this, "next": Relation.next,
    "coming": Relation.next, "following": Relation.next, "upcoming": Relation.next,
})

# Fixed-date holidays (month, day); movable feasts are left alone rather than guessed.
HOLIDAYS = MappingProxyType({
    "New Year's Day": (1, 1), "New Year's Eve": (12, 31), "Valentine's Day": (2, 14),
    "St. Patrick's Day": (3, 17), "St Patrick's Day": (3, 17), "Halloween": (10, 31),
    "Christmas Eve": (12, 24), "Christmas Day": (12, 25), "Christmas": (12, 25),
    "Boxing Day": (12, 26), "Independence Day": (7, 4), "Bastille Day": (7, 14),
    "May Day": (5, 1), "Labour Day": (5, 1),
})

# Words after a number that make it a count, not a year ("2000 people").
COUNT_NOUNS = frozenset("""
people persons troops soldiers workers students cases deaths units vehicles cars tons tonnes km
kilometers kilometres meters metres miles feet yuan dollars euros yen won rupees pounds jobs
companies firms households homes houses votes seats members residents patients children women
men employees shares barrels items times points copies pages words hectares acres kg kilograms
mw gw kw tanks aircraft planes ships missiles rounds pieces sets bags boxes beds doctors nurses
officers police refugees migrants applicants participants respondents visitors tourists users
customers delegates lawmakers candidates hours minutes seconds days weeks months years
""".split())
# Words before a number that make it an identifier, not a year ("Resolution 2231").
ID_WORDS = frozenset("""
no no. number article resolution flight route room chapter section model version page pp
code rule item platform line bus highway interstate patent decree order law bill
""".split())


def parse_quantity(words: str) -> float | None:
    """The number in "two", "twenty-five", "2.5", "a", "two and a half"; None for "several".

    Raises:
        ValueError: when `words` is not a quantity this module's patterns produce.
    """
    key = " ".join(words.lower().replace("-", " ").split())
    if key in VAGUE_WORDS:
        return None
    if key.endswith(" and a half"):
        return parse_quantity(key.removesuffix(" and a half")) + 0.5
    if key in NUMBER_WORDS:
        return float(NUMBER_WORDS[key])
    tens, _, unit = key.partition(" ")
    if unit and tens in NUMBER_WORDS and unit in NUMBER_WORDS:
        return float(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])
    return float(key)
