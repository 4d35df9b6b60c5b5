"""Past or future? Tense cues around a time expression, for use when no parser is at hand.

"In April" means last April in "a survey in April showed" and next April in "he will visit
China in April". Without a parse, the nearest tense cue in the same sentence decides: modal and
scheduling words ("will", "would", "scheduled", "set to take effect", "plan to visit") point
forward; past-tense verbs ("said", "met", "had", "-ed" forms that are not passives) point back.
A governing preposition beats both: "since June" is always past.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsgraph.analysis.times.lex import Tense
from newsgraph.analysis.times.tables import words

_FUTURE_WORDS = words("future_word")
_IRREGULAR_PAST = words("past_word")
# Words ending in "ed" that are not past tenses.
_NOT_PAST = words("not_past")
# After these, a participle is a passive in the present or future ("will be held").
_PASSIVE_AUXILIARIES = words("passive_auxiliary")
# Verbs that, after "to", point at something still to come ("the program to run through June").
_TO_VERBS = words("to_verb")
# "X to <verb>" after these is not about the future ("used to be", "had to leave").
_NOT_FUTURE_BEFORE_TO = words("not_future_before_to")

# Word-internal apostrophes and hyphens keep "he'll" and "long-awaited" whole.
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")
_CANDIDATES = _FUTURE_WORDS | _IRREGULAR_PAST | {"to"}
_FUTURE_PHRASE = re.compile(
    r"(?i)\b(?:going\s+to|set\s+to|due\s+to\s+be|aims?\s+to|expect(?:s|ed)?\s+to"
    r"|takes?\s+effect|later\s+this|from\s+now|is\s+to|are\s+to|ahead)\b")
_GOVERNING_PAST = re.compile(r"(?i)\bsince\s+$")
_GOVERNING_FUTURE = re.compile(
    r"(?i)\b(?:starting|effective|from\s+now\s+until)\s+(?:on\s+|from\s+|in\s+)?$")

# A sentence ends at . ! ? (then quotes/brackets) + space + a capital, or at a line break; an
# abbreviation ("U.S.", "Mr.", "Jan.") before the period does not end it.
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|St|Jr|Sr|No|Inc|Corp|Co"
    r"|Ltd|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|Rev|Hon|Dept|Univ|etc))\.$")


@dataclass(frozen=True)
class Cue:
    """A word or phrase in the text that marks its clause as past or future."""

    start: int
    end: int
    tense: Tense


@dataclass(frozen=True)
class TenseCues:
    """Everything needed to guess the tense at any span of one text, computed once."""

    text: str
    cues: tuple[Cue, ...]
    sentence_starts: tuple[int, ...]

    def governing(self, start: int) -> Tense | None:
        """The tense fixed by the word governing an expression at `start` ("since June")."""
        before = self.text[max(0, start - 30):start]
        if _GOVERNING_PAST.search(before):
            return Tense.past
        if _GOVERNING_FUTURE.search(before):
            return Tense.future
        return None

    def nearest(self, start: int, end: int) -> Tense | None:
        """The tense of the cue nearest to text[start:end] within its sentence, if any."""
        index = bisect.bisect_right(self.sentence_starts, start) - 1
        low = self.sentence_starts[index]
        high = (self.sentence_starts[index + 1] if index + 1 < len(self.sentence_starts)
                else len(self.text))
        best: tuple[int, Tense] | None = None
        for cue in self.cues[bisect.bisect_left(self.cues, low, key=lambda c: c.start):]:
            if cue.start >= high:
                break
            if cue.end <= start:
                distance = start - cue.end
            elif cue.start >= end:
                distance = cue.start - end
            else:
                continue  # a cue inside the expression itself ("next week") says nothing more
            if best is None or distance < best[0]:
                best = (distance, cue.tense)
        return best[1] if best else None

    def tense_at(self, start: int, end: int) -> Tense | None:
        """The tense governing text[start:end]: its preposition, else the nearest cue."""
        return self.governing(start) or self.nearest(start, end)


def read_tense_cues(text: str) -> TenseCues:
    """Find the tense cues and sentence starts of `text`."""
    cues = [Cue(m.start(), m.end(), Tense.future) for m in _FUTURE_PHRASE.finditer(text)]
    words = list(_WORD.finditer(text))
    for i, match in enumerate(words):
        word = match.group().lower()
        # A cheap filter first: most words can be no cue at all.
        if word in _CANDIDATES or word.endswith(("ed", "'ll")):
            tense = _word_tense(words, i)
            if tense is not None:
                cues.append(Cue(match.start(), match.end(), tense))
    cues.sort(key=lambda c: c.start)
    return TenseCues(text, tuple(cues), tuple(_sentence_starts(text)))


def _word_tense(words: list[re.Match[str]], i: int) -> Tense | None:
    """The tense one word signals, given the words around it."""
    written = words[i].group()
    word = written.lower()
    previous = words[i - 1].group().lower() if i > 0 else ""
    if word in _FUTURE_WORDS or word.endswith("'ll"):
        return Tense.future
    if word == "to":
        following = words[i + 1].group() if i + 1 < len(words) else ""
        if following in _TO_VERBS and previous not in _NOT_FUTURE_BEFORE_TO:
            return Tense.future
        return None
    is_past = word in _IRREGULAR_PAST or (
        word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST
        and not word.endswith("eed") and "-" not in word and written[0].islower())
    if not is_past:
        return None
    passive = previous in _PASSIVE_AUXILIARIES or previous.endswith("'s")
    if passive and word not in {"was", "were", "had", "did"}:
        return None
    return Tense.past


def _sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (the first is always 0)."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        if match.group()[0] == "." and _ABBREVIATION.search(text, max(0, match.start() - 8),
                                                             match.start() + 1):
            continue
        starts.append(match.end())
    return starts
