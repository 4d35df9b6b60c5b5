"""Word tables for the quantity extractor: units, currencies, scales, number words and cues.

Constant data only: closed vocabularies as enums, surface-form tables as read-only mappings
read once from the data files `analysis/*/data/quant_*.tsv` (one entry a line with its source),
and `alternation`, which turns a table's keys into a regex. The rules that read these tables
live in `quantnumbers` (numbers), `quantunits` (units) and `quantcontext` (cues, changes).
"""

from __future__ import annotations

import re
from enum import StrEnum
from types import MappingProxyType

from newsgraph.analysis.quantities.tables import noun_forms, read_rows, verb_forms


class Bound(StrEnum):
    """How a written number bounds the true value ("about" ~, "more than" >, "up to" <=)."""

    exact = "="
    approx = "~"
    above = ">"
    below = "<"
    at_least = ">="
    at_most = "<="


class Direction(StrEnum):
    """Which way a number moved, when the text says it is a movement ("rose 3%")."""

    up = "up"
    down = "down"


def alternation(words) -> str:
    """A regex alternation of `words`, longest first, with spaces matching any whitespace."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _table(name: str, table: str, convert=str) -> MappingProxyType:
    """One table of a three-field data file (table, written form, value) as a mapping."""
    return MappingProxyType({form: convert(value) for kind, form, value in read_rows(name, 3)
                             if kind == table})


def _words(table: str) -> frozenset[str]:
    """One word list of `quant_words.tsv`."""
    return frozenset(_table("quant_words.tsv", table))


def _moves(pos: str, direction: str) -> frozenset[str]:
    """Every form of the movement lemmas of one part of speech and direction."""
    forms: set[str] = set()
    for lemma, kind, way, irregular in read_rows("quant_moves.tsv", 4):
        if way != direction or kind not in pos.split("|"):
            continue
        if kind == "noun":
            forms |= noun_forms(lemma)
        elif kind == "adverb":
            forms.add(lemma)
        else:
            forms |= verb_forms(lemma, tuple(irregular.split()) if irregular != "-" else ())
    return frozenset(forms)


# --- numbers -------------------------------------------------------------------------------

SMALL_NUMBERS = _table("quant_numbers.tsv", "small", lambda v: int(float(v)))
MULTIPLIERS = _table("quant_numbers.tsv", "multiplier", float)
# Scale abbreviations written right after a number ("$55bn", "4.3M", "10k").
SCALE_ABBREVIATIONS = _table("quant_numbers.tsv", "abbreviation", float)
# Chinese and Japanese myriad scales ("5,500亿" = 5.5e11, "84兆円" = 8.4e13).
CJK_SCALES = _table("quant_numbers.tsv", "cjk", float)
# Fractions read as shares ("two-thirds of respondents" = 66.7 percent).
FRACTIONS = _table("quant_numbers.tsv", "fraction", float)
# "dozens of", "hundreds of": an order of magnitude, as NewsQuant and CQE read them.
VAGUE_PLURALS = _table("quant_numbers.tsv", "vague", float)

# --- currencies ----------------------------------------------------------------------------

# Written before the number ("US$55 billion", "¥84 trillion", "RM23.50", "PS2.7m").
CURRENCY_PREFIXES = _table("quant_currencies.tsv", "prefix")
# Written after the number ("55 billion dollars", "9 billion shekels", "1,200€", "110 JPY").
CURRENCY_WORDS = _table("quant_currencies.tsv", "word")
# Hundredth parts, kept as their own units as NewsQuant does ("up 19 cents", "18 sen").
MINOR_CURRENCY = _table("quant_currencies.tsv", "minor")

# --- units of measure ----------------------------------------------------------------------

# Surface form -> normalised unit. Case matters for short symbols ("Nm" vs "nm", "W", "F").
UNITS = _table("quant_units.tsv", "unit")
# Symbols that are units only when glued to the number or followed by no letter: "5 W" is
# watts but "a 5 A grade" is not; these must not start a longer word either.
SHORT_UNITS = frozenset(k for k in UNITS if len(k) <= 2 or k in {"PS", "kWh", "MWh", "GWh"})
# Units that follow a number only with a hyphen when they are adjectives ("85-minute").
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "week", "month", "year", "decade",
                        "century"})
# Denominators of rate units ("$58.24 per barrel", "$30 a share", "3,000 tests per day").
PER_UNITS = _table("quant_units.tsv", "per")

# --- cues ----------------------------------------------------------------------------------

# Words before a number that bound it. Longest first wins ("just under" before "under").
BOUND_CUES = MappingProxyType({form: Bound(bound) for form, bound in read_rows("quant_cues.tsv", 2)})
# Verbs and adverbs that make the following number a movement ("rose 3%", "down 1.9%").
UP_WORDS = _moves("verb|adverb", "up")
DOWN_WORDS = _moves("verb|adverb", "down")
# Verbs whose object may stand between them and "by" ("cut costs by 5%", "raise tariffs by 10%").
UP_TRANSITIVE = _moves("transitive", "up")
DOWN_TRANSITIVE = _moves("transitive", "down")
# Verbs of change with no direction of their own: "went from 3 to 5" is a transition.
CHANGE_VERBS = _moves("verb", "none")
# Nouns naming a movement whose size follows "of" ("a decline of 12 percentage points").
UP_NOUNS = _moves("noun", "up")
DOWN_NOUNS = _moves("noun", "down")

# Words after which a number is a name or an identifier, not an amount.
ID_WORDS = _words("id")
# Words ending in -s that are not plural nouns, so never a counted unit.
NOT_PLURAL = _words("not_plural")
# Words that end a counted-noun phrase ("13,000 workers in the United Kingdom").
STOP_WORDS = _words("stop")
# Abbreviations whose full stop ends no sentence ("Mr.", "Jan.", "approx.").
ABBREVIATIONS = _words("abbreviation")
# Verbs whose "up"/"down" is a particle, not a movement ("gave up 517 yards", "shut down 3 plants").
PARTICLE_VERBS = frozenset().union(*(
    verb_forms(lemma, tuple(irregular.split()) if irregular != "-" else ())
    for lemma, irregular in _table("quant_words.tsv", "particle_verb").items()))
# Verbs whose money object is named by a noun ("invest $55 billion" measures an investment).
MONEY_VERBS = _table("quant_words.tsv", "money_verb")
# Capitalised words before a number that do not make it part of a name ("The 14 countries").
CAPITAL_FUNCTION = _words("capital_function")
# Words glued to a number by a hyphen that keep it an amount ("minus-130", "about-5").
HYPHEN_PREFIXES = _words("hyphen_prefix")
# Plurals naming amounts, not things: "prices rose from 3 to 4" counts no prices.
AMOUNT_NOUNS = _words("amount")
# Irregular plurals and their singulars; plurals that stay as they are.
IRREGULAR_PLURALS = _table("quant_words.tsv", "irregular")
