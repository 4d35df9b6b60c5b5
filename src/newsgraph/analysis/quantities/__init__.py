"""Quantities: numbers with their units, bounds, directions and changes, and what they measure.

The entry point is `find_quantities(text)`, which returns `Quantity` records. `classify` and
`status_of` name the indicator a quantity measures and whether it is reported or announced;
`find_thresholds` reads stated thresholds ("below 30% is the danger zone"). The modules below are
the parts: word tables (`tables`, `lex`), number reading (`numbers`), units (`units`, `library`),
scanning (`scan`), context (`context`) and linking changes to values (`link`).
"""

from newsgraph.analysis.quantities.extract import Bound, Change, Direction, Quantity, find_quantities
from newsgraph.analysis.quantities.indicators import Indicator, classify, status_of
from newsgraph.analysis.quantities.library import library_name
from newsgraph.analysis.quantities.thresholds import StatedThreshold, find_thresholds

__all__ = ["Bound", "Change", "Direction", "Indicator", "Quantity", "StatedThreshold", "classify",
           "find_quantities", "find_thresholds", "library_name", "status_of"]
