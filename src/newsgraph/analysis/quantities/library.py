"""The long tail of units, read from maintained tables instead of a growing hand list.

`quantlex` holds the units news text uses every day; a unit it does not know is looked up here,
in two tables that are maintained elsewhere and loaded once, on first use:

- quantulum3's unit table (`quantulum3/units.json`, MIT): some 300 units, each with its written
  names and symbols ("gigapascal", "GPa"; "bit", "b"), named as CQE and NewsQuant name them;
- ISO 4217 currencies from pycountry: a code written after a number ("150 HUF") and a currency's
  name ("forints").

A common English word (quantulum3's own list: "league", "cup") is never read from the library,
and a one-letter symbol ("a" for annum, "b" for bit) only where no article or word could stand
("16 billion b.", "for 10 a and"): after a number those are articles, words and model names far
more often than units. A unit found here comes out as
"lib:<name>" (`library_name` turns it back into its name: "lib:forint").
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources
from types import MappingProxyType

from newsgraph.analysis.quantities.lex import STOP_WORDS

__all__ = ["LIBRARY_PREFIX", "library_name", "library_units", "read_library_unit"]

LIBRARY_PREFIX = "lib:"
_TOKEN = re.compile(r"[ \t]?([^\s\d,;:()\"“”]+(?:[ \t]+[A-Za-z][A-Za-z-]*){0,2})")
_ENDS = re.compile(r"[.!?]+$")
# A single letter after a number and a space ("3s" is a model name or a plural, not seconds),
# then the end, a punctuation mark, or the next word.
_LETTER = re.compile(r"[ \t]([A-Za-z])(?:(?=[ \t]*(?:[.,;:!?)]|$))|[ \t]+([A-Za-z]+)\b)")


def _plural(name: str) -> str:
    """The plural of a unit name by English spelling rules ("inch" -> "inches")."""
    if name.endswith(("s", "sh", "ch", "x", "z")):
        return name + "es"
    if name.endswith("y") and name[-2:-1] not in ("a", "e", "i", "o", "u"):
        return name[:-1] + "ies"
    return name + "s"


@cache
def _common_words() -> frozenset[str]:
    """quantulum3's list of common English words (by length), which a unit name must not be."""
    try:
        data = json.loads(resources.files("quantulum3").joinpath("_lang/en_US/common-words.json")
                          .read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()
    return frozenset(word for words in data.values() for word in words)


@cache
def _quantulum_units() -> tuple[dict[str, str], dict[str, str]]:
    """quantulum3's written forms -> "lib:<name>", and apart its one-letter symbols; both empty
    when quantulum3 is not installed."""
    try:
        data = json.loads(resources.files("quantulum3").joinpath("units.json")
                          .read_text(encoding="utf-8"))
    except (ModuleNotFoundError, FileNotFoundError):
        return {}, {}
    found: dict[str, str] = {}
    letters: dict[str, str] = {}
    for name, unit in data.items():
        if unit.get("entity") in (None, "dimensionless", "unknown"):
            continue
        target = LIBRARY_PREFIX + name
        for surface in unit.get("surfaces", []) + [name]:
            surface = " ".join(surface.split())
            for form in (surface.lower(), _plural(surface.lower())):
                found.setdefault(form, target)
        for symbol in unit.get("symbols", []):
            if len(symbol) == 1 and symbol.isalpha():  # an ambiguous letter reads as nothing
                letters[symbol] = "" if letters.get(symbol, target) != target else target
            else:
                found.setdefault(symbol, target)
    return found, letters


def _iso_currencies() -> dict[str, str]:
    """ISO 4217 codes and names (lower case, with plurals) -> the code in lower case."""
    try:
        import pycountry
    except ModuleNotFoundError:
        return {}
    found: dict[str, str] = {}
    for currency in pycountry.currencies:
        code = LIBRARY_PREFIX + currency.name.lower()
        found[currency.alpha_3] = code
        name = currency.name.lower()
        for form in (name, _plural(name)):
            found.setdefault(form, code)
    return found


@cache
def library_units() -> MappingProxyType:
    """Every written form the libraries know -> its unit; built once, on first use."""
    table = _iso_currencies()
    for form, unit in _quantulum_units()[0].items():
        table.setdefault(form, unit)
    common = _common_words()
    return MappingProxyType({form: unit for form, unit in table.items()
                             if form.lower() not in STOP_WORDS and form.lower() not in common})


def library_name(unit: str) -> str | None:
    """The name of a unit that came from a library ("lib:gigapascal" -> "gigapascal")."""
    return unit[len(LIBRARY_PREFIX):] if unit.startswith(LIBRARY_PREFIX) else None


def read_library_unit(text: str, end: int) -> tuple[str, str, int] | None:
    """The library unit written right after offset `end`: (unit, as written, where it ends).

    Up to three words are tried, longest first; a symbol must not run on into a letter. A
    one-letter symbol ("16 billion b", "10 a and") counts only where an article or a word could
    not stand: before a stop, a comma, the end, or a function word.
    """
    found = _TOKEN.match(text, end)
    if not found:
        return None
    table = library_units()
    words = found.group(1).split()
    for count in range(len(words), 0, -1):
        written = _ENDS.sub("", " ".join(words[:count]))
        if not written:
            continue
        unit = table.get(written) or (table.get(written.lower()) if len(written) > 3 else None)
        if unit is None:
            continue
        stop = text.index(written, found.start(1)) + len(written)
        if stop < len(text) and text[stop].isalpha():
            continue
        return unit, written, stop
    return _letter_symbol(text, end)


def _letter_symbol(text: str, end: int) -> tuple[str, str, int] | None:
    """A one-letter library symbol after a number, where nothing else could stand there."""
    found = _LETTER.match(text, end)
    if not found:
        return None
    unit = _quantulum_units()[1].get(found.group(1))
    if not unit:
        return None
    after = found.group(2)
    if after and after.lower() not in STOP_WORDS:
        return None
    return unit, found.group(1), found.end(1)
