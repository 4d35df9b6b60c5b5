"""Numbers with their units, before context: what `find_quantities` starts from.

`scan` reads every number (`quantnumbers`), its currency or sign before it and its unit after
it (`quantunits`), and drops what is not an amount: years, dates, clock times, ordinals, parts
of names and identifiers ("iPhone 11", "TA-35", "Game 7", "2+2"), addresses, and bare written
numbers with nothing counted ("each one").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import TypedDict

from newsgraph.analysis.quantities.context import bound_before
from newsgraph.analysis.quantities.lex import CAPITAL_FUNCTION, HYPHEN_PREFIXES, ID_WORDS
from newsgraph.analysis.quantities.numbers import Number, blocked_spans, read_numbers
from newsgraph.analysis.quantities.units import (
    UnitReading,
    money_before,
    read_prefix,
    read_unit,
)


@dataclass(frozen=True)
class Mention:
    """A number with its unit as read from the text, before ranges and context.

    `start`/`end` cover currency, sign, number, scale and unit; `number_start`/`number_end`
    the number alone. `unit` is "" when nothing was written (a bare number).
    """

    start: int
    end: int
    number_start: int
    number_end: int
    value: float
    unit: str
    unit_text: str
    kind: str
    range_to: float | None = None
    scale: float = 1.0
    currency: bool = False
    counted: bool = False
    positive: bool = False
    negative: bool = False
    previous: float | None = None


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November"
          r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)")
_MONTH_BEFORE = re.compile(rf"\b{_MONTH}\.?[ \t]+(?:the[ \t]+)?"
                          r"(?:\d{1,2}[ \t]*(?:,|and|to|through|-|–|/)[ \t]*)?$")
_MONTH_AFTER = re.compile(rf"(?:[ \t]+of)?[ \t]+{_MONTH}\b")
_YEAR_SUFFIX = re.compile(r"(?:['’′]?s|-(?:era|style|model))\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][\w&'’.]*)[ \t]*$")
_GLUED_WORD_BEFORE = re.compile(r"([A-Za-z][\w&]*)-$")
_ADDRESS_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w.]*){1,3}[ \t]+(?:Road|Rd|Street|St|Avenue|Ave"
                            r"|Way|Lane|Drive|Boulevard|Blvd|Place|Square|Court)\b")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z][\w-]*")
_OF_AFTER = re.compile(r"[ \t]+of[ \t]+")
_OF_WHOLE = re.compile(r"[ \t]+of[ \t]+(?:the|its|their|his|her|our)[ \t]+")
_WHOLE_NUMBER = re.compile(r"([$€£¥])?[\d.,]*\d"
                           r"(?:[ \t]*(?:thousand|million|billion|trillion|bn|m|k))?",
                           re.IGNORECASE)
_CURRENCY_SYMBOL = {"$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"}
_RATIO_OF = re.compile(r"[ \t]+of[ \t]+(?:an?[ \t]+)?(?:(?:US|U\.S\.|imperial|metric)[ \t]+)?")
_ONE_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the|its|his|her|their|our)(?:[ \t]+most)?(?=[ \t])")
_AGE_APPOSITION = re.compile(r"(?<![\w.])[A-Z][a-z]+,[ \t]$")
_AGE_END = re.compile(r",(?![ \t]*\d)")
_RANGE_AHEAD = re.compile(r"[ \t]*(?:or|to|-|–)[ \t]*(?:\d|[a-z]+)", re.IGNORECASE)
_AGED = re.compile(r"\b(?:aged|age(?:[ \t]+of)?)[ \t]+$", re.IGNORECASE)


def scan(text: str) -> list[Mention]:
    """Every number in `text` that reads as an amount, with its unit, in text order."""
    blocked = blocked_spans(text)  # in text order and disjoint: look up by bisection, not scan
    blocked_ends = [end for _, end in blocked]
    mentions: list[Mention] = []
    for number in read_numbers(text, lambda start: money_before(text, start)):
        index = bisect.bisect_right(blocked_ends, number.start)
        if index < len(blocked) and blocked[index][0] < number.end:
            continue
        mention = _read(text, number)
        if mention is not None and _is_amount(text, mention, number):
            mentions.append(mention)
    return mentions


class _NumberParts(TypedDict):
    """The fields of a Mention that come from the number itself, whatever unit follows it."""

    number_start: int
    number_end: int
    kind: str
    range_to: float | None
    scale: float
    positive: bool
    negative: bool


def _read(text: str, number: Number) -> Mention | None:
    """The mention around `number`: currency and sign before it, unit after it."""
    prefix = read_prefix(text, number.start)
    value = -number.value if prefix.negative else number.value
    scale = number.value / _unscaled(text, number) if number.scaled else 1.0
    common = _NumberParts(number_start=number.start, number_end=number.end, kind=number.kind,
                          range_to=number.range_to, scale=scale, positive=prefix.positive,
                          negative=prefix.negative)
    if number.kind == "ratio":
        linker = _RATIO_OF.match(text, number.end)
        reading = read_unit(text, linker.end(), None, 2.0) if linker else None
        if reading is None or reading.counted:
            return Mention(prefix.start, number.end, value=value * 100, unit="percent",
                           unit_text="%", **common)
        return Mention(prefix.start, reading.end, value=value, unit=reading.unit,
                       unit_text=reading.text, **common)
    if number.kind == "fraction":
        return Mention(prefix.start, number.end, value=value, unit="percent", unit_text="",
                       **common)
    position = number.end
    if number.kind == "vague" or (number.kind == "words" and number.value == 1):
        linker = (_OF_AFTER if number.kind == "vague" else _ONE_OF_THE).match(text, position)
        if number.kind == "vague" and not linker:
            return None
        if linker:
            reading = read_unit(text, linker.end(), None, 2.0)
            if reading is None or not reading.counted and number.kind == "words":
                return None
            return _with_unit(prefix.start, value, reading, common, currency=False)
    reading = read_unit(text, position, prefix.currency, number.value,
                        names_ok=number.kind != "digits")
    if reading is None:
        reading = _unit_of_whole(text, number.end)
    if reading is None and _is_age(text, number):
        reading = UnitReading("year_of_age", "", number.end)
    if reading is None:
        return Mention(prefix.start, number.end, value=value, unit="", unit_text="", **common)
    return _with_unit(prefix.start, value, reading, common, prefix.currency is not None)


def _unit_of_whole(text: str, end: int) -> UnitReading | None:
    """The unit of the whole a bare number is part of: "125 of the 248 seats", "280 million
    of the 1.5 billion shekels". The mention still ends at the number."""
    linker = _OF_WHOLE.match(text, end)
    if not linker:
        return None
    position = linker.end()
    prefix_currency = None
    whole = _WHOLE_NUMBER.match(text, position)
    if whole:
        prefix_currency = _CURRENCY_SYMBOL.get(whole.group(1) or "")
        position = whole.end()
    reading = read_unit(text, position, prefix_currency, 2.0, names_ok=False)
    if reading is None:
        return None
    return UnitReading(reading.unit, reading.text, end, reading.counted)


def _with_unit(start: int, value: float, reading: UnitReading, common: _NumberParts,
               currency: bool) -> Mention:
    """A mention spanning from `start` to the end of its unit."""
    return Mention(start, reading.end, value=value, unit=reading.unit,
                   unit_text=reading.text, currency=currency, counted=reading.counted, **common)


def _unscaled(text: str, number: Number) -> float:
    """The number as written before its scale word ("55" in "55 billion")."""
    digits = re.match(r"[\d,.]+", text[number.start:number.end])
    if digits and digits.group().strip(".,"):
        return float(digits.group().replace(",", "").rstrip(".")) or 1.0
    return number.value or 1.0


def _is_amount(text: str, mention: Mention, number: Number) -> bool:
    """Whether a mention is an amount rather than a year, date, name part or identifier."""
    start, end = mention.number_start, mention.number_end
    has_unit = bool(mention.unit)
    measured_unit = has_unit and not mention.counted
    if number.kind == "words" and not has_unit and not _RANGE_AHEAD.match(text, end):
        return False
    if number.kind == "words" and number.value == 1 and _is_pronoun_one(text, start):
        return False
    if number.plain and len(text[start:end]) > 1 and text[start] == "0":
        return False  # "000", "05": an identifier or part of a date
    if _MONTH_BEFORE.search(text, max(0, start - 24), mention.start) or (
            number.kind == "digits" and number.plain and _MONTH_AFTER.match(text, end)):
        return False
    if number.plain and _looks_like_year(number.value) and not mention.currency \
            and not (measured_unit and mention.unit not in ("", "year")) \
            and not bound_before(text, mention.start, 0):
        return False
    if number.plain and _YEAR_SUFFIX.match(text, end) and not has_unit:
        return False
    if start > 0 and _is_latin(text[start - 1]) and not mention.currency:
        return False
    if not has_unit and end < len(text) and _is_latin(text[end]):
        return False
    glued = _GLUED_WORD_BEFORE.search(text, max(0, mention.start - 20), mention.start)
    if glued and glued.group(1).lower() not in HYPHEN_PREFIXES:
        return False
    if not measured_unit and not mention.currency:
        before = _WORD_BEFORE.search(text, max(0, mention.start - 30), mention.start)
        word = before.group(1) if before else ""
        if word.lower().rstrip(".") in ID_WORDS or word.startswith("#"):
            return False
        if _name_like(word) and not (mention.counted and mention.kind == "vague"):
            return False
        if _ADDRESS_AFTER.match(text, end) or (
                not has_unit and number.plain and _CAPITAL_AFTER.match(text, end)):
            return False
    return True


def _is_age(text: str, number: Number) -> bool:
    """'Maddon, 66, has …' and 'aged 35': a person's age in years."""
    if number.kind != "digits" or not number.plain or not 10 <= number.value <= 110:
        return False
    if _AGED.search(text, max(0, number.start - 10), number.start):
        return True
    return bool(_AGE_APPOSITION.search(text, max(0, number.start - 20), number.start)
                and _AGE_END.match(text, number.end))


def _is_latin(char: str) -> bool:
    """A Latin letter or underscore: glued to digits it makes an identifier ("XC40", "5G").

    Chinese and Japanese characters are not: "投资5,500亿元" has no spaces at all."""
    return char == "_" or (char.isalpha() and ord(char) < 0x2E80)


def _looks_like_year(value: float) -> bool:
    """Whole numbers from 1000 to 2199 written without a separator read as years."""
    return value == int(value) and 1000 <= value < 2200


def _name_like(word: str) -> bool:
    """Whether the word before a number makes it part of a name ("iPhone 11", "Game 7")."""
    if not word or word in CAPITAL_FUNCTION or word.rstrip(".") in CAPITAL_FUNCTION:
        return False
    return any(c.isupper() for c in word) or any(c.isdigit() for c in word)


def _is_pronoun_one(text: str, start: int) -> bool:
    """'each one', 'the one', 'no one': "one" standing for a noun, not counting one."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(before) and before.group(1).lower() in {
        "each", "every", "any", "no", "the", "this", "that", "which", "someone", "anyone",
        "everyone", "only", "last", "next", "another", "such", "a", "same", "could", "would",
        "can", "should", "will", "may", "might", "must", "does", "did", "do", "if", "when"}
