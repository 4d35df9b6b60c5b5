"""Word tables and regular-expression pieces for the time-expression normaliser.

Everything here is constant data: closed vocabularies as enums, the word tables read from
`data/time_words.tsv` (one entry a line, each with its source), and the regex fragments that
`timerules` assembles into patterns. No behaviour lives here beyond `parse_quantity` and
`alternation`, which read these tables.
"""

from __future__ import annotations

import re
from enum import StrEnum
from types import MappingProxyType

from newsgraph.analysis.times.tables import table, words


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


def _numbers(name: str) -> MappingProxyType:
    """A table of `time_words.tsv` whose values are whole numbers."""
    return MappingProxyType({word: int(value) for word, value in table(name).items()})


def alternation(words) -> str:
    """A regex alternation of `words`, longest first so that prefixes never win early."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


MONTH_NAMES = _numbers("month")
MONTH_ABBREVIATIONS = _numbers("month_abbreviation")
# Month names are matched capitalised only: lower-case "may" and "march" are a verb and a noun.
# Abbreviations need a period or a following day number, since "Jan" is also a first name.
MONTH = (rf"(?:{alternation(MONTH_NAMES)}"
         rf"|(?:{alternation(MONTH_ABBREVIATIONS)})(?:\.|(?=\s+\d)))(?![\w-])")
# Month names that are also common given names or a surname ("Theresa May", "April Ryan").
NAME_LIKE_MONTHS = words("name_like_month")

WEEKDAYS = _numbers("weekday")
WEEKDAY = rf"(?:{alternation(WEEKDAYS)})"

# TimeML season codes, in calendar order within a TimeML year (winter is Dec-Feb, labelled
# with the year of its January).
SEASONS = table("season")
SEASON_ORDER = ("WI", "SP", "SU", "FA")

NUMBER_WORDS = MappingProxyType({w: float(v) if "." in v else int(v)
                                for w, v in table("number").items()})
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Vague amounts become TimeML's "X" ("several days" -> PXD).
VAGUE_WORDS = words("vague")
QUANTITY = (rf"(?:\d+(?:\.\d+)?|(?:{_TENS})[-\s](?:{_UNITS})|(?:{_UNITS})\s+and\s+a\s+half"
            rf"|{alternation(NUMBER_WORDS)}|{alternation(VAGUE_WORDS)})")

ORDINAL_WORDS = _numbers("ordinal")
ORDINAL_WORD = rf"(?:{alternation(ORDINAL_WORDS)})"

DECADE_WORDS = _numbers("decade")

# Duration units -> (TimeML designator, multiplier, is a time-of-day unit).
DURATION_UNITS = MappingProxyType({
    word: (value.split(",")[0], int(value.split(",")[1]), value.split(",")[2] == "clock")
    for word, value in table("duration_unit").items()})
DURATION_UNIT = (r"(?:second|minute|min|hour|hr|day|week|fortnight|month|year|yr|decade"
                 r"|centur(?:y|ie))")

QUALIFIER_WORDS = MappingProxyType({w: Qualifier(v) for w, v in table("qualifier").items()})
# "early June", "mid-June", "the end of June", "end-June", "the first half of 2013".
QUALIFIER = (r"(?:(?:the\s+)?(?:end|beginning|start|middle|close|first\s+half|second\s+half"
             r"|latter\s+half)\s+of\s+|(?:early|mid|late|end)(?:\s+|-))")

RELATIONS = MappingProxyType({w: Relation(v) for w, v in table("relation").items()})

# Fixed-date holidays (month, day); movable feasts are left alone rather than guessed.
HOLIDAYS = MappingProxyType({name: (int(value[:2]), int(value[3:]))
                             for name, value in table("holiday").items()})

# Words after a number that make it a count, not a year ("2000 people").
COUNT_NOUNS = words("count_noun")
# Words before a number that make it an identifier, not a year ("Resolution 2231").
ID_WORDS = words("id_word")


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
