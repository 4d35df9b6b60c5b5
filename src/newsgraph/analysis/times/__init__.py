"""Time expressions: find them in a text and normalise them against an anchor date.

The entry point is `find_times(text, anchor)`; `TimeMatch` is what it returns. The modules
below are its parts: lexicon tables (`tables`, `lex`), calendar arithmetic (`calc`), the rule
families (`dates`, `spans`, `ranges`, `fiscal`), tense cues (`tense`) and the normaliser that
runs them (`normalize`). Nothing outside this package imports those parts directly.
"""

from newsgraph.analysis.times.calc import part_interval, period_interval
from newsgraph.analysis.times.normalize import TimeMatch, find_times
from newsgraph.analysis.times.ranges import interval_ends
from newsgraph.analysis.times.tables import words

__all__ = ["TimeMatch", "find_times", "interval_ends", "part_interval", "period_interval", "words"]
