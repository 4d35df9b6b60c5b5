"""Score quantity extraction on NewsQuant: value F1, value+unit F1, value+change F1.

NewsQuant (Almasian et al., EMNLP 2023, the CQE paper) is a JSON list of news sentences, each
``{"text": …, "quantities": [{"value", "unit", "normalized_unit", "change",
"referred_concepts"}]}``. Its conventions, read from the data:

- ``value`` is a string: "55000000000.0", "-130", "1.99E-29", or a range "252.0-287.0" (also
  written "3.0 - 4.0"); a change written "from X to Y" is the range "X-Y", even when Y < X.
  Fractions are ratios ("almost half" 0.5), percentages are not ("19 per cent" 19.0).
- ``normalized_unit`` is a name from CQE's unit list ("percentage", "dollar", "japanese
  yen", "kilometre per hour", "year of age"), "-" when none is written, or for a counted thing
  the noun phrase with its head in the singular ("european country", "different boss").
- ``change`` is one marker: "=" (exact), "~" (about), ">" (more than, at least), "<" (less
  than, up to), "up" or "down" (the number is the size of a movement: "rose 3%").

Scoring follows the paper: within one sentence a prediction matches a gold quantity when the
values are equal (relative tolerance 1e-5; a range only matches a range); value+unit also needs
the normalised units to be equal (case-insensitive); value+change the change markers. Unlike
the paper's script, each measure is a one-to-one matching (maximum bipartite), so a
prediction is never counted twice. Precision divides by all predictions, recall by all gold
quantities.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from newsgraph.analysis.quantities import Quantity, find_quantities, library_name
from newsgraph.errors import InputError

__all__ = ["NEWSQUANT_UNITS", "Measure", "NewsQuantFailure", "NewsQuantItem",
           "NewsQuantReport", "NewsQuantSentence", "fold_of", "read_newsquant", "score_folds",
           "score_newsquant", "score_predictions", "to_newsquant"]

Value = float | tuple[float, float]

# Our units -> NewsQuant's normalized_unit. Where NewsQuant has no name of its own the nearest
# one is used: its unit list has no percentage point (its annotators file "points" of a
# percentage under "percentage"), pence are filed under "point" ("down 68 p"), and a plain "$"
# is "dollar" whatever the country. Counted nouns are not listed: they map to their phrase.
NEWSQUANT_UNITS = {
    "": "-", "percent": "percentage", "percentage_point": "percentage",
    "percent_of_gdp": "percentage", "basis_point": "basis point", "point": "point",
    "times": "count", "ppm": "parts-per-million", "ppb": "parts-per-billion",
    "usd": "dollar", "aud": "australian dollar", "cad": "canadian dollar",
    "hkd": "hong kong dollar", "nzd": "new zealand dollar", "sgd": "singapore dollar",
    "twd": "new taiwan dollar", "eur": "euro", "gbp": "pound sterling", "jpy": "japanese yen",
    "cny": "chinese yuan", "krw": "south korean won", "inr": "indian rupee", "ils": "shekel",
    "myr": "malaysian ringgit", "dkk": "danish krone", "sek": "swedish krone",
    "nok": "norwegian krone", "chf": "swiss franc", "rub": "russian ruble",
    "hrk": "croatian kuna", "try": "turkish lira", "zar": "south african rand",
    "mxn": "mexican peso", "brl": "brazilian real", "thb": "thai baht",
    "idr": "indonesian rupiah", "vnd": "vietnamese dong", "btc": "bitcoin", "cent": "cent",
    "sen": "sen", "pence": "point",
    "second": "second", "minute": "minute", "hour": "hour", "day": "day", "week": "week",
    "month": "month", "year": "year", "decade": "decade", "century": "century",
    "night": "night", "year_of_age": "year of age", "month_of_age": "month of age",
    "week_of_age": "week of age", "day_of_age": "day of age",
    "km": "kilometre", "m": "metre", "cm": "centimetre", "mm": "millimetre", "um": "micrometre",
    "nm": "nanometre", "mile": "mile", "yard": "yard", "foot": "foot", "inch": "inch",
    "nautical_mile": "nautical mile", "light_year": "light-year", "km2": "square kilometre",
    "m2": "square metre", "square_mile": "square mile", "square_foot": "square foot",
    "hectare": "hectare", "acre": "acre", "litre": "litre", "ml": "millilitre",
    "gallon": "gallon", "pint": "pint", "quart": "quart", "barrel": "barrel",
    "barrel_of_oil": "barrel of oil", "cubic_foot": "cubic foot", "m3": "cubic metre",
    "fluid_ounce": "fluid ounce", "kg": "kilogram", "g": "gram", "mg": "milligram",
    "ug": "microgram", "lb": "pound-mass", "tonne": "metric ton", "ton": "ton",
    "ounce": "ounce", "carat": "carat", "mph": "mile per hour", "kmh": "kilometre per hour",
    "knot": "knot", "mpg": "mile per gallon", "w": "watt", "kw": "kilowatt", "mw": "megawatt",
    "gw": "gigawatt", "kwh": "kilowatt hour", "mwh": "megawatt hour", "gwh": "gigawatt hour",
    "twh": "terawatt hour", "hp": "horsepower", "bhp": "brake horsepower", "ps": "horsepower",
    "newton_metre": "newton metre", "foot_pound": "foot pound-force",
    "pound_foot": "pound-foot", "joule": "joule", "calorie": "calorie",
    "kilocalorie": "kilocalorie", "btu": "british thermal unit",
    "mmbtu": "mega british thermal unit", "bit": "bit", "byte": "byte", "kb": "kilobyte",
    "mb": "megabyte", "gb": "gigabyte", "tb": "terabyte", "mbps": "megabit per second",
    "gbps": "gigabit per second", "hz": "hertz", "khz": "kilohertz", "mhz": "megahertz",
    "ghz": "gigahertz", "rpm": "revolutions per minute", "mah": "milliampere-hour",
    "volt": "volt", "kv": "kilovolt", "ampere": "ampere", "farad": "farad",
    "gpa": "gigapascal", "mpa": "megapascal", "kpa": "kilopascal",
    "psi": "pound per square inch", "decibel": "decibel", "celsius": "celsius",
    "fahrenheit": "fahrenheit", "degree": "degree", "people": "people", "seat": "seat",
    "vote": "vote", "share": "share", "person": "person", "unit": "unit", "bushel": "bushel",
    "cm2": "square centimetre",
}
_MARKERS = {"=": "=", "~": "~", ">": ">", ">=": ">", "<": "<", "<=": "<"}
_VALUE = re.compile(r"\s*(-?[\d.]+(?:[eE][-+]?\d+)?)\s*(?:-\s*(-?[\d.]+(?:[eE][-+]?\d+)?))?\s*")
_NOT_IN_PHRASE = frozenset({"and", "of", "the", "a", "an", "or"})


class NewsQuantItem(NamedTuple):
    """One quantity in NewsQuant's terms: value (or range), normalised unit, change marker."""

    value: Value
    unit: str
    change: str

    def describe(self) -> str:
        """'22.0 percentage =' or '252.0-287.0 mile ~', for failure listings."""
        value = self.value if not isinstance(self.value, tuple) else "-".join(
            map(str, self.value))
        return f"{value} {self.unit} {self.change}"


class NewsQuantSentence(NamedTuple):
    """A sentence and its gold quantities."""

    text: str
    quantities: list[NewsQuantItem]


class NewsQuantFailure(NamedTuple):
    """A sentence where gold and prediction disagree on value, unit or change."""

    text: str
    gold: list[str]
    predicted: list[str]


@dataclass(frozen=True)
class Measure:
    """Precision, recall and F1 (in percent, one decimal) for one matching criterion."""

    matched: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class NewsQuantReport:
    """The three measures over a NewsQuant file, with counts and the disagreeing sentences."""

    system: str
    sentences: int
    gold: int
    predicted: int
    value: Measure
    value_unit: Measure
    value_change: Measure
    failures: list[NewsQuantFailure]

    def to_json(self) -> str:
        """The report as one compact JSON line (failures counted, not listed)."""
        def measure(m: Measure) -> dict:
            return {"matched": m.matched, "p": m.precision, "r": m.recall, "f1": m.f1}
        return json.dumps({"system": self.system, "sentences": self.sentences,
                           "gold": self.gold, "predicted": self.predicted,
                           "value": measure(self.value), "value_unit": measure(self.value_unit),
                           "value_change": measure(self.value_change),
                           "failures": len(self.failures)}, separators=(",", ":"))


def parse_value(text: str) -> Value:
    """A NewsQuant value string as a float or a (low, high) pair: "252.0-287.0" -> (252, 287).

    Raises:
        ValueError: when the string is not a number or a range of two numbers.
    """
    found = _VALUE.fullmatch(str(text))
    if not found:
        raise ValueError(f"not a NewsQuant value: {text!r}")
    first = float(found.group(1))
    return (first, float(found.group(2))) if found.group(2) else first


def read_newsquant(path: Path) -> list[NewsQuantSentence]:
    """Read a NewsQuant JSON file.

    Raises:
        InputError: when the file is missing, not JSON, or not a list of sentence objects.
    """
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        return [NewsQuantSentence(row["text"], [
            NewsQuantItem(parse_value(q["value"]), str(q["normalized_unit"]).strip().lower(),
                          str(q["change"]).strip()) for q in row["quantities"]])
            for row in data]
    except OSError as error:
        raise InputError(f"cannot read {path}: {error}", "check the path") from error
    except (ValueError, KeyError, TypeError) as error:
        raise InputError(f"{path} is not NewsQuant JSON: {error!r}",
                         "expected a list of {text, quantities: [{value, normalized_unit, "
                         "change}]}") from error


def newsquant_unit(quantity: Quantity) -> str:
    """Our unit in NewsQuant's vocabulary (`NEWSQUANT_UNITS`; rates part by part, joined
    with "per"; a counted noun as its written phrase with the head in the singular)."""
    if quantity.unit in NEWSQUANT_UNITS:
        return NEWSQUANT_UNITS[quantity.unit]
    if "/" in quantity.unit:
        return " per ".join(NEWSQUANT_UNITS.get(part) or library_name(part) or part
                            for part in quantity.unit.split("/"))
    named = library_name(quantity.unit)
    if named:
        return named
    words = [w.lower() for w in re.split(r"\s+", quantity.unit_text)
             if w.lower() not in _NOT_IN_PHRASE]
    if not words:
        return quantity.unit
    if quantity.value == 1 and len(words) > 1:  # "one of the best screens": NewsQuant lemmatises
        words[0] = superlative_base(words[0])
    return " ".join(words[:-1] + [quantity.unit]).lower()


_IRREGULAR_SUPERLATIVES = {"best": "good", "worst": "bad", "most": "many", "least": "little",
                           "furthest": "far", "farthest": "far"}


def superlative_base(word: str) -> str:
    """The base of an English superlative by spelling rule ("largest" -> "large",
    "biggest" -> "big", "happiest" -> "happy", "best" -> "good"); other words as they are."""
    if word in _IRREGULAR_SUPERLATIVES:
        return _IRREGULAR_SUPERLATIVES[word]
    if not word.endswith("est") or len(word) < 6:
        return word
    stem = word[:-3]
    if stem.endswith("i"):
        return stem[:-1] + "y"
    if stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
        return stem[:-1]  # "biggest", "hottest" (not "tallest", "crossest")
    vowels = "aeiou"
    single_vowel = stem[-1] not in vowels and stem[-2] in vowels and stem[-3] not in vowels
    if stem.endswith(("rg", "dg", "c", "v")) or single_vowel and stem[-1] not in "wxy":
        return stem + "e"  # "largest", "nicest", "latest", "closest"
    return stem


def to_newsquant(quantity: Quantity) -> NewsQuantItem:
    """One of our quantities in NewsQuant's terms.

    A range is a (low, high) pair; so is a change written "from X to Y": (X, Y). A share
    written as a fraction ("nearly half", no "%") is a ratio (0.5). The marker is the direction
    when the number is a movement, else the bound (">=" and "<=" become ">" and "<").
    """
    value: Value = quantity.value
    if quantity.range_to is not None:
        value = (quantity.value, quantity.range_to)
    elif quantity.previous is not None:
        value = (quantity.previous, quantity.value)
    elif quantity.unit == "percent" and not quantity.unit_text:
        value = quantity.value / 100
    marker = str(quantity.direction) if quantity.direction else _MARKERS[str(quantity.bound)]
    return NewsQuantItem(value, newsquant_unit(quantity), marker)


def _same_value(gold: Value, predicted: Value) -> bool:
    """Equal values, as the paper compares them: ranges only with ranges."""
    if isinstance(gold, tuple) and isinstance(predicted, tuple):
        return all(_same_value(g, p) for g, p in zip(gold, predicted, strict=True))
    if isinstance(gold, tuple) or isinstance(predicted, tuple):
        return False
    return math.isclose(gold, predicted, rel_tol=1e-5, abs_tol=1e-8)


def _matching(gold: list[NewsQuantItem], predicted: list[NewsQuantItem],
              fits: Callable[[NewsQuantItem, NewsQuantItem], bool]) -> int:
    """The size of a maximum one-to-one matching of gold to predicted items under `fits`."""
    owner: dict[int, int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for p, item in enumerate(predicted):
            if p not in seen and fits(gold[g], item):
                seen.add(p)
                if p not in owner or assign(owner[p], seen):
                    owner[p] = g
                    return True
        return False

    return sum(assign(g, set()) for g in range(len(gold)))


_CRITERIA = {
    "value": lambda g, p: _same_value(g.value, p.value),
    "value_unit": lambda g, p: _same_value(g.value, p.value) and g.unit == p.unit.lower(),
    "value_change": lambda g, p: _same_value(g.value, p.value) and g.change == p.change,
}


def _measure(matched: int, gold: int, predicted: int) -> Measure:
    """P, R and F1 in percent, rounded to one decimal as the paper reports them."""
    precision = matched / predicted if predicted else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Measure(matched, round(precision * 100, 1), round(recall * 100, 1),
                   round(f1 * 100, 1))


def score_predictions(sentences: list[NewsQuantSentence],
                      predictions: list[list[NewsQuantItem]],
                      system: str = "newsgraph") -> NewsQuantReport:
    """Score any system's predictions (one list per sentence, in NewsQuant's terms).

    Raises:
        InputError: when there is not exactly one prediction list per sentence.
    """
    if len(sentences) != len(predictions):
        raise InputError(f"{len(predictions)} prediction lists for {len(sentences)} sentences",
                         "give one list per sentence, in file order")
    matched = dict.fromkeys(_CRITERIA, 0)
    failures: list[NewsQuantFailure] = []
    for sentence, predicted in zip(sentences, predictions, strict=True):
        found = {name: _matching(sentence.quantities, predicted, fits)
                 for name, fits in _CRITERIA.items()}
        for name, count in found.items():
            matched[name] += count
        most = max(len(sentence.quantities), len(predicted))
        if found["value_unit"] < most or found["value_change"] < most:
            failures.append(NewsQuantFailure(sentence.text,
                                             [q.describe() for q in sentence.quantities],
                                             [q.describe() for q in predicted]))
    gold = sum(len(s.quantities) for s in sentences)
    total = sum(len(p) for p in predictions)
    return NewsQuantReport(system, len(sentences), gold, total,
                           value=_measure(matched["value"], gold, total),
                           value_unit=_measure(matched["value_unit"], gold, total),
                           value_change=_measure(matched["value_change"], gold, total),
                           failures=failures)


def fold_of(index: int, folds: int) -> int:
    """The cross-validation fold of the sentence at `index`: every `folds`-th sentence together.

    Interleaving (not blocks) keeps each fold a sample of the whole file, whose sentences come
    grouped by source; it depends on nothing but the position, so folds never move.
    """
    return index % folds


def score_folds(sentences: list[NewsQuantSentence], predictions: list[list[NewsQuantItem]],
                folds: int, system: str = "newsgraph") -> list[NewsQuantReport]:
    """One report per fold (`fold_of`), to decide a change on some folds and check it on another.

    Raises:
        InputError: when there is not exactly one prediction list per sentence, or folds < 2.
    """
    if folds < 2:
        raise InputError(f"{folds} folds", "give at least 2 folds")
    if len(sentences) != len(predictions):
        raise InputError(f"{len(predictions)} prediction lists for {len(sentences)} sentences",
                         "give one list per sentence, in file order")
    return [score_predictions([s for i, s in enumerate(sentences) if fold_of(i, folds) == k],
                              [p for i, p in enumerate(predictions) if fold_of(i, folds) == k],
                              f"{system} fold {k}")
            for k in range(folds)]


def predict(text: str) -> list[NewsQuantItem]:
    """Our extractor's quantities for one sentence, in NewsQuant's terms."""
    return [to_newsquant(q) for q in find_quantities(text)]


def score_newsquant(path: Path) -> NewsQuantReport:
    """Value, value+unit and value+change F1 of `find_quantities` on a NewsQuant file.

    Raises:
        InputError: when the file cannot be read as NewsQuant JSON.
    """
    sentences = read_newsquant(path)
    return score_predictions(sentences, [predict(s.text) for s in sentences])
