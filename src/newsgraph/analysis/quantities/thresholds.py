"""Thresholds stated in a text: "a cabinet approval rating below 30% is considered entering the
'danger zone'; if it further drops below 20%, it is regarded as entering the 'downfall zone'"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.analysis.quantities.indicators import Indicator, classify
from newsgraph.model import BandSide

_THRESHOLD = re.compile(
    r"\b(?P<side>below|under|less than|lower than|above|over|more than|higher than|exceed(?:s|ing)?)\s+"
    r"(?P<value>\d+(?:\.\d+)?)\s*(?:%|percent|per cent)"
    r"(?P<middle>[^.;!?]{0,80}?)\b(?:considered|regarded|seen|deemed|viewed|called|known|treated)\b"
    r"[^.;!?\"“”']{0,40}[\"“'](?P<label>[^\"”']{2,40})[\"”']",
    re.IGNORECASE)


@dataclass(frozen=True)
class StatedThreshold:
    """A band an indicator enters below or above a value, as a text states it."""

    indicator: Indicator
    side: BandSide
    value: float
    label: str
    start: int  # character offsets of the statement
    end: int


def find_thresholds(text: str) -> list[StatedThreshold]:
    """Thresholds stated in a text; the indicator comes from the statement's sentence."""
    found = []
    for match in _THRESHOLD.finditer(text):
        sentence_start = max(text.rfind(".", 0, match.start()), text.rfind("\n", 0, match.start())) + 1
        context = text[sentence_start:match.end()]
        indicator = classify("percent", None, context) or Indicator.other
        below = match["side"].lower() in ("below", "under", "less than", "lower than")
        side = BandSide.below if below else BandSide.above
        found.append(StatedThreshold(indicator, side, float(match["value"]), match["label"].strip(" .,;:"),
                                     match.start(), match.end()))
    return found
