"""The shared vocabulary of the time normaliser's rules: candidates, context, and helpers.

A rule is a regular expression and a function that turns each of its matches into zero or more
`Candidate`s. `timenorm.find_times` runs every rule, keeps the longest non-overlapping
candidates, and resolves the anaphoric ones ("that day") against the dates before them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache

from newsgraph.analysis.times.lex import (
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    NAME_LIKE_MONTHS,
    QUALIFIER_WORDS,
    RELATIONS,
    Qualifier,
    Relation,
    Tense,
    TimeKind,
)
from newsgraph.analysis.times.tables import words
from newsgraph.analysis.times.tense import TenseCues
from newsgraph.model import Precision

TenseHook = Callable[[int, int], str | None]


@dataclass(frozen=True)
class Anaphor:
    """A value to work out from the date mentioned before ("the next day" = day, +1)."""

    unit: str
    shift: int = 0
    tense: Tense | None = None
    month: int | None = None  # "July of that year": the year comes from the reference
    needs_mention: bool = False  # "two days later" counts from a date the text wrote, never
                                 # from the publication date
    part: str | None = None  # "the night before": a TimeML part of day ("NI") after the date
    restates: bool = False  # "On August 1, two days before the deadline": the date before
                            # the comma, not a day counted from it


@dataclass(frozen=True)
class Candidate:
    """One possible time expression found by a rule, before overlaps are settled."""

    start: int
    end: int
    value: str | None
    precision: Precision | None = None
    qualifier: Qualifier | None = None
    kind: TimeKind = TimeKind.date
    anaphor: Anaphor | None = None
    written_year: bool = False  # the year is in the text ("July 2019", "2019"), not inferred
    floating: tuple[int, int | None] | None = None  # (month, day) of a date written without a
                                                    # year, which the dates around it may fix


@dataclass(frozen=True)
class Context:
    """What every rule may consult: the text, the anchor date, and the tense at a span."""

    text: str
    anchor: dt.date | None
    cues: TenseCues
    hook: TenseHook | None = None
    folded: str | None = None  # the text in lower case, when that keeps every offset (see `fold`)

    def tense(self, start: int, end: int) -> Tense | None:
        """Past or future for the clause around text[start:end], or None if nothing says.

        A governing preposition ("since") wins, then the parser's hook, then cue words.
        """
        governing = self.cues.governing(start)
        if governing is not None:
            return governing
        if self.hook is not None:
            said = self.hook(start, end)
            if said in (Tense.past, Tense.future):
                return Tense(said)
        return self.cues.nearest(start, end)


Build = Callable[[re.Match[str], Context], Iterator[Candidate]]


@dataclass(frozen=True)
class Rule:
    """A pattern and the function that turns its matches into candidates."""

    name: str
    pattern: re.Pattern[str]
    build: Build
    trigger: re.Pattern[str] | None = None

    def find(self, context: Context) -> Iterator[Candidate]:
        """All candidates of this rule in the context's text.

        A rule with a trigger is skipped outright when its keyword is absent ("ago", "century"),
        which saves a full scan with a costly pattern on most texts.
        """
        if self.trigger is not None and not self.trigger.search(context.text):
            return
        for match in self._matches(context):
            try:
                found = list(self.build(match, context))
            except (OverflowError, ValueError):
                # Date arithmetic past the calendar's ends ("the next day" after December 31,
                # 9999; "tomorrow" from 9999-12-31) has no ISO value: skip the expression
                # rather than fail the whole document.
                continue
            yield from found

    def _matches(self, context: Context) -> Iterator[re.Match[str]]:
        """The pattern's matches in the text. A pattern that ignores case entirely is run on the
        lower-case text, which Python's engine scans two to three times faster than it matches
        without regard to case; each hit is matched again on the text as written, at the same
        place, so builders see the words as the text wrote them."""
        folded = _folded(self.pattern)
        if folded is None or context.folded is None:
            yield from self.pattern.finditer(context.text)
            return
        for hit in folded.finditer(context.folded):
            match = self.pattern.match(context.text, hit.start())
            if match is not None:  # always: the same pattern, case aside
                yield match


def fold(text: str) -> str | None:
    """The text in lower case for `Context.folded`, or None when lowering changes its length
    ("İ" becomes two characters) and the offsets would no longer agree."""
    folded = text.lower()
    return folded if len(folded) == len(text) else None


# What a pattern may hold to be run on lower-case text without its ignore-case flag: no capital
# letter outside escapes (\S, \W) and group names, and no part that turns case back on.
_ESCAPES_AND_NAMES = re.compile(r"\\.|\(\?P<\w+>|\(\?P=\w+\)")


@cache
def _folded(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """`pattern` without its ignore-case flag, for lower-case text; None when that would match
    differently (it is not wholly case-blind, or it spells a capital letter)."""
    if not pattern.flags & re.IGNORECASE or not pattern.pattern.startswith("(?i)"):
        return None
    source = pattern.pattern[len("(?i)"):]
    bare = _ESCAPES_AND_NAMES.sub("", source)
    if any(c.isupper() for c in bare) or "(?-i" in bare or "(?i" in bare:
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def candidate(match: re.Match[str], value: str | None, precision: Precision | None,
              qualifier: Qualifier | None = None, kind: TimeKind = TimeKind.date,
              group: int | str = 0, anaphor: Anaphor | None = None, *,
              written_year: bool = False,
              floating: tuple[int, int | None] | None = None) -> Candidate:
    """A candidate spanning `group` of `match`."""
    start, end = match.span(group)
    return Candidate(start, end, value, precision, qualifier, kind, anaphor, written_year,
                     floating)


def month_number(word: str) -> int:
    """1-12 for "June", "Jun.", "Sept"."""
    word = word.rstrip(".")
    return MONTH_NAMES.get(word) or MONTH_ABBREVIATIONS[word]


def qualifier_of(words: str | None) -> Qualifier | None:
    """The qualifier in "the end of", "mid-", "early", or None."""
    if not words:
        return None
    text = " ".join(words.lower().replace("-", " ").split())
    for key in sorted(QUALIFIER_WORDS, key=len, reverse=True):
        if re.search(rf"\b{key}\b", text):
            return QUALIFIER_WORDS[key]
    return None


def relation_of(word: str | None) -> Relation | None:
    """The relation in "last", "the past", "next", "this", or None."""
    if not word:
        return None
    return RELATIONS.get(word.lower().split()[-1])


STEP = {Relation.last: -1, Relation.this: 0, Relation.next: 1}

# Capitalised words that may stand before a month or weekday name without making it a name.
_TIME_WORDS_CAPITALISED = words("time_word_capitalised")
_PREPOSITIONS = words("preposition")
_PREVIOUS_WORD = re.compile(r"([A-Za-z][\w.'’-]*)[ \t]+$")
_TITLES = words("title")
_NEXT_CAPITALISED = re.compile(r"\s+[A-Z][a-z]")
_NAME_VERB = re.compile(r"\s+(?:said|says|told|has|had|is|was|will|would|added|wrote)\b")


def previous_word(text: str, start: int) -> str:
    """The word just before `start` on the same line ("" if none), with trailing periods."""
    found = _PREVIOUS_WORD.search(text, max(0, start - 40), start)
    return found.group(1) if found else ""


def looks_like_name(text: str, start: int, end: int) -> bool:
    """Whether a bare month or weekday word is part of a name ("Theresa May", "Good Friday")."""
    before = previous_word(text, start)
    if before.endswith((".", "!", "?")) and before not in _TITLES:
        before = ""  # the previous sentence's last word ("met Obama. May was ...")
    titlecase = before[:1].isupper() and not before.isupper()  # "Theresa", not "GMT"
    if titlecase and before not in _TIME_WORDS_CAPITALISED:
        return True
    word = text[start:end]
    follows_capital = _NEXT_CAPITALISED.match(text, end) is not None
    if follows_capital and before.lower() not in _PREPOSITIONS:
        return word in NAME_LIKE_MONTHS or before.lower() == "the"
    return word == "May" and _NAME_VERB.match(text, end) is not None


def expand_two_digit_year(digits: int, anchor: dt.date | None) -> int:
    """19xx or 20xx: within ten years ahead of the anchor counts as this century.

    Without an anchor the POSIX strptime convention applies (00-68 -> 20xx).
    """
    if anchor is None:
        return 2000 + digits if digits <= 68 else 1900 + digits
    pivot = (anchor.year % 100) + 10
    century = anchor.year // 100 * 100
    return century + digits if digits <= pivot else century - 100 + digits
