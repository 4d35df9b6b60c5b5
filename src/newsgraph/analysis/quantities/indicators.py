"""What a number measures: the indicator, whose it is, how firm it is. Pure rules over a sentence.

`classify` reads the measured noun phrase the quantity extractor found and the words around the
number; `status_of` reads the cues of the clause ("threatened", "set to take effect",
"requested", "proposed"). Both are small tables, so a reader can see why a number was typed.
"""

from __future__ import annotations

import re
from enum import Enum
from functools import lru_cache

from newsgraph.analysis.quantities.lex import CURRENCY_PREFIXES, CURRENCY_WORDS
from newsgraph.analysis.quantities.tables import read_rows
from newsgraph.model import ObservationStatus


class Indicator(str, Enum):
    """The indicators newsgraph types; anything else measured is `other`."""

    tariff_rate = "tariff_rate"
    approval_rating = "approval_rating"
    poll_share = "poll_share"
    defense_spending_gdp = "defense_spending_gdp"
    investment_pledge = "investment_pledge"
    exports = "exports"
    imports = "imports"
    trade_balance = "trade_balance"
    gdp_growth = "gdp_growth"
    seats = "seats"
    vote_share = "vote_share"
    other = "other"


PERCENT_UNITS = {"percent", "percent_of_gdp"}
# Lengths of time short enough to be a meeting's: typed only next to an event noun.
CLOCK_UNITS = {"second", "minute", "hour"}
EVENT_NOUNS = frozenset(word for name, _, word in read_rows("quant_indicators.tsv", 3) if name == "event")

# "met for 75 minutes", "held talks for about an hour", "the call lasted 40 minutes": a verb of
# meeting or holding before "for", or "lasted", makes a clock duration an event's length.
_EVENT_HELD = re.compile(r"\b(?:(?:met|meet|meets|held|hold|holds|spoke|speak|talked|talk|conferred)"
                         r"\b[^.;,]{0,40}?\bfor|lasted|lasting)\s+(?:about\s+|around\s+|nearly\s+|some\s+|"
                         r"more\s+than\s+|almost\s+|roughly\s+|over\s+|just\s+)?(?:an?\s+)?[\w.,-]+\s+"
                         r"(?:minutes?|hours?|seconds?)\b", re.IGNORECASE)


def _rules() -> tuple[tuple[Indicator, frozenset[str] | None, tuple[str, ...]], ...]:
    """The indicator words of `quant_indicators.tsv`, grouped by indicator in file order."""
    grouped: dict[Indicator, tuple[frozenset[str] | None, list[str]]] = {}
    for name, units, word in read_rows("quant_indicators.tsv", 3):
        if name == "event":
            continue
        taken = None if units == "*" else frozenset(units.split(","))
        grouped.setdefault(Indicator(name), (taken, []))[1].append(word)
    return tuple((indicator, units, tuple(words)) for indicator, (units, words) in grouped.items())


# (indicator, units it takes — None for any, words that name it), first match wins; each word
# is matched as a whole word in the measured phrase, then in a window around the number.
RULES = _rules()
# Money in any currency the quantity tables know ("usd", "chf", "myr"), not its hundredth parts.
_CURRENCIES = frozenset(CURRENCY_PREFIXES.values()) | frozenset(CURRENCY_WORDS.values())

STATUS_CUES: tuple[tuple[ObservationStatus, re.Pattern], ...] = (
    (ObservationStatus.threatened,
     re.compile(r"\b(threat\w*|warn\w*|avoid\w*|could (?:impose|face|raise)|ultimatum)\b", re.I)),
    (ObservationStatus.requested,
     re.compile(r"\b(request\w*|ask\w*|demand\w*|urg\w*|call\w* on|press\w* for)\b", re.I)),
    (ObservationStatus.proposed, re.compile(r"\b(propos\w*|suggest\w*|recommend\w*)\b", re.I)),
    (ObservationStatus.target, re.compile(r"\b(target\w*|aim\w*|goal|plan\w* to reach|pledg\w* to)\b", re.I)),
    (ObservationStatus.scheduled,
     re.compile(r"\b(scheduled|due to take effect|will take effect|to take effect on)\b", re.I)),
    (ObservationStatus.announced, re.compile(r"\b(announc\w*|set to take effect|notif\w*|letters?|unveil\w*|"
                                             r"starting|will (?:impose|rise|fall|be))\b", re.I)),
    (ObservationStatus.actual, re.compile(r"\b(took effect|came into effect|in effect|imposed|was|were|lasted|"
                                          r"held|had|stood at|reached|won|secured|passed)\b", re.I)),
)


def classify(unit: str, measured: str | None, window: str) -> Indicator | None:
    """The indicator a quantity measures, or None when it is not worth an observation.

    Args:
        unit: the quantity's normalised unit.
        measured: the noun phrase the extractor found the number measures, if any.
        window: the words around the number in its sentence.
    """
    if unit in CLOCK_UNITS:  # a meeting's length is compared across sources; a drive's is not
        held = _EVENT_HELD.search(window)
        return Indicator.other if held or _names(measured or window, EVENT_NOUNS) else None
    if unit == "percentage_point":
        return None  # a change, carried by the level it leads to
    for indicator, units, words in RULES:
        if units is not None and unit not in units:
            continue
        if indicator is Indicator.investment_pledge and unit not in _CURRENCIES:
            continue
        if measured and _names(measured, words):
            return indicator
    for indicator, units, words in RULES:
        if units is not None and unit not in units:
            continue
        if indicator in (Indicator.investment_pledge, Indicator.exports, Indicator.imports,
                         Indicator.trade_balance) and unit not in _CURRENCIES:
            continue
        if _names(window, words):
            return indicator
    # Anything else with a unit or a counted noun is a count or a measure worth keeping
    # ("600,000 troops", "74 days", "300,000 barrels per day"); a bare number is not.
    return Indicator.other if unit else None


def status_of(clause: str, indicator: Indicator) -> ObservationStatus:
    """How firm the number is, from the cue words of its clause; a meeting's length is actual."""
    for status, pattern in STATUS_CUES:
        if pattern.search(clause):
            if status is ObservationStatus.actual and indicator in (Indicator.approval_rating, Indicator.poll_share):
                return ObservationStatus.reported  # a poll figure is what the poll reported
            return status
    return ObservationStatus.actual if indicator is Indicator.other else ObservationStatus.reported


def _names(text: str, words) -> bool:
    """Whether `text` holds one of `words` as a whole word, case aside."""
    return _whole_words(tuple(words)).search(text.lower()) is not None


@lru_cache(maxsize=256)
def _whole_words(words: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for a word list: a single scan instead of one per word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
