"""Units around a number: currency before it, a unit or counted noun after it, "per" rates.

`read_prefix` reads what stands before a number ("US$", "¥", "minus", "-"); `read_unit`
what follows it ("billion yuan" is read by `quantnumbers`; here "percent", "percentage
points", "km/h", "year-old", "Australian dollars", "$ per barrel", "workers"). Units come out
normalised (`quantlex.UNITS`); a counted noun comes out as its singular ("countries" ->
"country").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.analysis.quantities.lex import (
    CURRENCY_PREFIXES,
    CURRENCY_WORDS,
    IRREGULAR_PLURALS,
    MINOR_CURRENCY,
    NOT_PLURAL,
    PER_UNITS,
    SHORT_UNITS,
    STOP_WORDS,
    UNITS,
    alternation,
)
from newsgraph.analysis.quantities.library import read_library_unit


@dataclass(frozen=True)
class Prefix:
    """What is written just before a number: a currency, a sign, both or neither."""

    start: int
    currency: str | None = None
    negative: bool = False
    positive: bool = False


@dataclass(frozen=True)
class UnitReading:
    """A unit read after a number: normalised, as written, where it ends, and what kind."""

    unit: str
    text: str
    end: int
    counted: bool = False


_CURRENCY_BEFORE = re.compile(
    rf"(?:(?<![A-Za-z])(?:{alternation(k for k in CURRENCY_PREFIXES if k[0].isalpha())})"
    rf"|{alternation(k for k in CURRENCY_PREFIXES if not k[0].isalpha())})[ \t]?$")
_SIGN_BEFORE = re.compile(r"(?:(?<![\w.,%)])([-−–+])|(?<![\w-])(minus|plus)[ \t-]?)$",
                          re.IGNORECASE)
_AFTER_NUMBER = re.compile(r"\d[^\s]*[ \t]*$")
_LONG_UNITS = [k for k in UNITS if k not in SHORT_UNITS]
_UNIT_AFTER = re.compile(
    rf"(?:[ \t]?-?[ \t]?(?i:{alternation(_LONG_UNITS)})|[ \t]?(?:{alternation(SHORT_UNITS)}))"
    r"(?![A-Za-z0-9²³]|-[a-z]+\d)")
_CURRENCY_AFTER = re.compile(  # not "5 £5": a symbol before digits belongs to them
    rf"[ \t]?(?:{alternation(CURRENCY_WORDS)})(?![A-Za-z])(?![ \t]?-?\.?\d)")
_MINOR_AFTER = re.compile(rf"[ \t]?(?:{alternation(MINOR_CURRENCY)})(?![A-Za-z]|\.[ \t]?m)")
_US_AFTER_DOLLARS = re.compile(r"[ \t]+(?:US|U\.S\.)(?![A-Za-z])")
_PER = re.compile(rf"[ \t]*(?:per|an?|/|each)[ \t]+(?i:({alternation(PER_UNITS)}))"
                  r"(?:s|es)?(?![A-Za-z])(?![ \t]+(?:earlier|ago|before|later|after|prior|on|in)\b)"
                  r"|-an?-(?i:(day|year|month|week))(?![A-Za-z])")


def _lowered(table) -> dict[str, str]:
    """A table's word forms in lower case; symbols keep their case ("Nm" is not "nm")."""
    return {key.lower(): value for key, value in table.items() if len(key) > 2}


# Each kind of unit after a number: its pattern, its table, and the table in lower case.
_AFTER = ((_UNIT_AFTER, UNITS, _lowered(UNITS)),
          (_CURRENCY_AFTER, CURRENCY_WORDS, _lowered(CURRENCY_WORDS)),
          (_MINOR_AFTER, MINOR_CURRENCY, _lowered(MINOR_CURRENCY)))
_UNITS_LOWER = _AFTER[0][2]
_PER_UNITS_LOWER = {key.lower(): value for key, value in PER_UNITS.items()}
_WORD_AFTER = re.compile(r"[ \t]*([A-Za-z][A-Za-z'’-]*[A-Za-z]|[A-Za-z])")
_AMBIGUOUS_GLUED = frozenset({"m", "b", "h", "min", "g", "L", "V", "W", "C", "F", "kn"})


def read_prefix(text: str, start: int) -> Prefix:
    """The currency symbol or code and the sign written right before offset `start`.

    A dash is a minus sign only where it cannot join two numbers: "-5", "$-50.8bn", "at -5"
    are negative; in "25 – 40min" and "5-10W" the dash makes a range.
    """
    position = start
    negative = positive = False
    sign = _SIGN_BEFORE.search(text, max(0, start - 7), start)
    if sign and sign.group(1) in ("-", "–") and _AFTER_NUMBER.search(
            text, max(0, sign.start() - 12), sign.start()):
        sign = None
    if sign:
        mark = (sign.group(1) or sign.group(2)).lower()
        negative, positive = mark in ("-", "−", "–", "minus"), mark in ("+", "plus")
        position = sign.start()
    found = _CURRENCY_BEFORE.search(text, max(0, position - 8), position)
    currency = None
    if found:
        currency = CURRENCY_PREFIXES[" ".join(found.group().split())]
        position = found.start()
    return Prefix(position, currency, negative, positive)


def money_before(text: str, start: int) -> bool:
    """Whether a currency symbol or code is written just before offset `start`."""
    return read_prefix(text, start).currency is not None


def read_unit(text: str, end: int, currency: str | None, value: float,
              names_ok: bool = True) -> UnitReading | None:
    """The unit written after a number that ends at `end`, or None.

    A currency written before the number makes what follows a rate at most ("$58.24 per
    barrel"); otherwise a unit of measure, a currency word, a minor currency ("19 cents"), and
    last a counted noun ("14 countries", "one solution"). With `names_ok` false a counted
    phrase may not start with a capital unless it is a demonym ("737 Max jets" is a model).
    """
    if currency is not None:
        after_us = _US_AFTER_DOLLARS.match(text, end)
        stop = after_us.end() if after_us else end
        return _with_rate(text, UnitReading(currency, "", stop), end)
    glued = end < len(text) and not text[end].isspace()
    for pattern, table, lowered in _AFTER:
        found = pattern.match(text, end)
        if not found:
            continue
        written = found.group().strip(" \t-")
        if written in _AMBIGUOUS_GLUED and not glued and written not in ("W", "C", "F", "V"):
            continue
        unit = _lookup(table, lowered, written)
        if unit is None:
            continue
        return _with_rate(text, UnitReading(_disambiguate(text, unit, written),
                                            written, found.end()), end)
    counted = _counted_noun(text, end, value, names_ok)
    # The long tail of units: a library unit wins over a counted noun it covers whole
    # ("12 kilonewtons"), not over a longer phrase ("36 league games").
    library = read_library_unit(text, end)
    if library is not None and (counted is None or library[2] >= counted.end):
        counted = UnitReading(*library)
    if counted is None:
        counted = _transposed_unit(text, end)
    return _with_rate(text, counted, end) if counted else None


_LONG_WORD = re.compile(r"[ \t]([A-Za-z]{6,})(?![A-Za-z])")


def _transposed_unit(text: str, end: int) -> UnitReading | None:
    """A unit name typed with two neighbouring letters swapped ("36 precent", "5 kilomteres"),
    the commonest slip in typed and machine-translated text; only for names of six letters or
    more, where a swap cannot make another word of the table."""
    found = _LONG_WORD.match(text, end)
    if not found:
        return None
    word = found.group(1).lower()
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        unit = _UNITS_LOWER.get(swapped) if swapped != word else None
        if unit is not None:
            return UnitReading(unit, found.group(1), found.end())
    return None


def _lookup(table, lowered: dict[str, str], written: str) -> str | None:
    """The table's unit for a surface form: as written, then in lower case."""
    squeezed = " ".join(written.split())
    return table.get(squeezed) or lowered.get(squeezed.lower())


def _disambiguate(text: str, unit: str, written: str) -> str:
    """Symbols with two readings: "F" is farad next to a capacitor, else Fahrenheit."""
    if written == "F":
        return "farad" if re.search(r"capacit", text, re.IGNORECASE) else "fahrenheit"
    return unit


# A symbol divided by a symbol, glued: "A/cm2", "kg/m3", "mg/L" (any two units of the table).
_SLASH_SYMBOL = re.compile(rf"/({alternation(k for k in UNITS if ' ' not in k)})"
                           r"(?![A-Za-z0-9²³])")


def _with_rate(text: str, reading: UnitReading, number_end: int) -> UnitReading:
    """Extend a unit with a denominator: "$58.24 per barrel", "3,000 tests per day", "A/cm2"."""
    found = _PER.match(text, reading.end)
    if not found and not reading.counted and reading.unit:
        slash = _SLASH_SYMBOL.match(text, reading.end)
        below = UNITS.get(slash.group(1)) if slash else None
        if below and below != reading.unit:
            return UnitReading(f"{reading.unit}/{below}", text[number_end:slash.end()].strip(" \t-"),
                               slash.end(), False)
    if not found:
        return reading
    word = " ".join((found.group(1) or found.group(2)).lower().split())
    per = _PER_UNITS_LOWER.get(word)
    if per is None or per == reading.unit:
        return reading
    written = text[number_end:found.end()].strip(" \t-")
    return UnitReading(f"{reading.unit}/{per}", written, found.end(), reading.counted)


def singular(word: str) -> str:
    """The singular of an English plural noun, by rule ("countries" -> "country")."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[lower]
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zes", "uses")):
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def looks_plural(word: str) -> bool:
    """Whether a word looks like a plural noun ("workers", "people"), not "is" or "various"."""
    lower = word.lower()
    if lower in IRREGULAR_PLURALS:
        return True
    return (len(lower) > 2 and lower.endswith("s") and not lower.endswith(("ss", "us", "'s",
                                                                             "’s"))
            and lower not in NOT_PLURAL and lower not in STOP_WORDS)


def _counted_noun(text: str, end: int, value: float, names_ok: bool) -> UnitReading | None:
    """The thing counted after a number: "14 countries", "seven European countries".

    Up to three words are read, stopping at a function word, a verb-like word or a
    punctuation mark; the phrase ends at the first plural (or, for one, at the first word).
    """
    words: list[re.Match[str]] = []
    position = end
    while len(words) < 3:
        found = _WORD_AFTER.match(text, position)
        if not found or found.group(1).lower() in STOP_WORDS:
            break
        words.append(found)
        position = found.end()
    if not words:
        return None
    if value == 1:
        head = words[0]
        if not head.group(1).islower() or head.group(1).endswith(("ly", "ed", "ing")) \
                or looks_plural(head.group(1)):
            return None
        return UnitReading(head.group(1).lower(), head.group(1), head.end(), counted=True)
    first = words[0].group(1)
    for index, found in enumerate(words):
        word = found.group(1)
        if word.endswith("ly"):
            return None
        if looks_plural(word):
            demonym = first.endswith(("an", "ans", "ese", "ish", "ian", "ians"))
            if first[0].isupper() and not demonym and not names_ok:
                return None
            written = text[words[0].start(1):found.end()]
            unit = _lookup(UNITS, _UNITS_LOWER, word) if index > 0 else None
            return UnitReading(unit or singular(word), written, found.end(), counted=not unit)
    return None
