"""What the words around a number say about it: its bound, its direction, what it measures.

Each function reads a window of the number's sentence with a small pattern and returns a plain
value; none of them changes anything. `bound_before` finds "about", "more than", "up to";
`direction_of` finds "rose 3%", "down 1.9%", "a decline of 12 points", "+0.2%", "34% higher";
`measured_of` finds the noun phrase a number measures ("a 25% tariff", "the approval rating
of the cabinet is 24%").
"""

from __future__ import annotations

import bisect
import re

from newsgraph.analysis.quantities.lex import (
    ABBREVIATIONS,
    BOUND_CUES,
    DOWN_NOUNS,
    DOWN_TRANSITIVE,
    DOWN_WORDS,
    MONEY_VERBS,
    PARTICLE_VERBS,
    STOP_WORDS,
    UP_NOUNS,
    UP_TRANSITIVE,
    UP_WORDS,
    Bound,
    Direction,
    alternation,
)

# The lookbehind starts a match only at the first of a run of stops: "......" stays linear.
_SENTENCE_END = re.compile(r"(?:(?<![.!?。！？])[.!?。！？]+[\"”’)]*|\n)\s+(?=\S)|[。！？](?=\S)")
# A "sentence" longer than this (a table, a list of figures, text with no full stops) is cut
# into pieces: every number looks back to its sentence start, so one endless sentence would make
# a page of figures take minutes (quadratic time); no cue reaches that far back anyway.
MAX_SENTENCE = 1000
_BOUND_CUE = re.compile(rf"(?<![\w-])({alternation(BOUND_CUES)})[ \t]*-?[ \t]*$",
                        re.IGNORECASE)
# Words that may stand between a verb of movement and its amount ("rose by nearly 5%").
_FILLER = (r"(?:by|a\s+further|another|an?\s+additional|only|just|some|nearly|almost|about"
           r"|around|roughly|over|more\s+than|less\s+than|under|close\s+to|approximately"
           r"|as\s+much\s+as|sharply|slightly|marginally|a\s+combined|an?\s+average\s+of"
           r"|a\s+total\s+of|a\s+whopping|a\s+record)")
_MOVE_BEFORE = re.compile(
    rf"(?<![\w-])({alternation(UP_WORDS | DOWN_WORDS)})(?:[ \t]+{_FILLER})*[ \t]*[-+]?$",
    re.IGNORECASE)
# "gave up 517 yards", "shut down 3 plants": particles of other verbs, not movements.
_PHRASAL_BEFORE = re.compile(rf"\b(?:{alternation(PARTICLE_VERBS)})[ \t]+$", re.IGNORECASE)
# "grow sales by 35%", "cut costs by a fifth": a verb of movement, its object, then "by".
_UP = UP_WORDS | UP_TRANSITIVE | UP_NOUNS
_MOVE_BY = re.compile(
    rf"(?<![\w-])({alternation(UP_WORDS | DOWN_WORDS | UP_TRANSITIVE | DOWN_TRANSITIVE)})"
    rf"(?:[ \t]+[\w'’-]+){{1,3}}?[ \t]+by(?:[ \t]+{_FILLER})*[ \t]*$", re.IGNORECASE)
_MOVE_NOUN_BEFORE = re.compile(
    rf"(?<![\w-])({alternation(UP_NOUNS | DOWN_NOUNS)})[ \t]+of(?:[ \t]+{_FILLER})*[ \t]*$",
    re.IGNORECASE)
_MOVE_AFTER = re.compile(r"[ \t]+(higher|lower)(?![\w-])", re.IGNORECASE)
_DETERMINER = r"(?:the|its|their|his|her|our|this|that|these|[A-Z][\w.&-]*['’]s|[a-z]+['’]s)"
_NOUN_WORD = r"[a-z][a-z-]*"
_SUBJECT = re.compile(rf"(?<![\w'’])(?:{_DETERMINER})\s+((?:{_NOUN_WORD}\s+){{0,2}}{_NOUN_WORD})"
                      rf"(?=\s|,|$)")
_CLAUSE_BREAK = re.compile(r"[;:]|,\s|\b(?:that|while|whereas|but)\b")
# "raise its defense spending … from 3% to 3.5%": the thing moved is the verb's object.
_MOVE_OBJECT = re.compile(r"\b(?:raise|raising|raised|increase|increasing|increased|cut|cutting"
                          r"|reduce|reducing|reduced|lift|lifting|boost|boosting|lower|lowering"
                          r"|lowered)\s+$", re.IGNORECASE)
_LINK_VERB = re.compile(
    rf"\b(?:is|was|are|were|be|been|stood|stands|reached|reaches|hit|hits|totall?ed|amounted"
    rf"|came|remained|remains|set|fixed|{alternation(UP_WORDS | DOWN_WORDS)})\b", re.IGNORECASE)
_PREMODIFIER_LEFT = re.compile(r"(?<![\w'’])(?:an?|the|its|their|his|her|our|[\w.]+['’]s)"
                               r"[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)
_NOUNS_AFTER = re.compile(rf"[ \t]+((?:{_NOUN_WORD}[ \t]+){{0,2}}{_NOUN_WORD})")
_OF_PHRASE = re.compile(rf"[ \t]+of[ \t]+(?:(?:the|its|their|his|her|our|all)[ \t]+)?"
                        rf"((?:{_NOUN_WORD}[ \t]+){{0,1}}{_NOUN_WORD})")
# Verbs whose money object is named by a noun ("invest $55 billion" measures an investment).
_VERB_BEFORE = re.compile(rf"\b({alternation(MONEY_VERBS)})(?:ed|s|ing)?[ \t]+$", re.IGNORECASE)
_GDP_SHARE = re.compile(r"(?:percentage|percent|per\s+cent|share|%)\s+of\s+(?:(?:the|its|their|"
                        r"the\s+country['’]s|[A-Z]\w+['’]s)\s+)?(?:GDP|gross\s+domestic\s+product"
                        r"|economic\s+output)", re.IGNORECASE)
_GDP_AFTER = re.compile(r"[ \t]+of[ \t]+(?:(?:the|its|their|the\s+country['’]s|[A-Z]\w+['’]s)"
                        r"[ \t]+)?(?:GDP|gross\s+domestic\s+product|economic\s+output)\b",
                        re.IGNORECASE)


def sentence_starts(text: str) -> list[int]:
    """Offsets where sentences begin (0 first); "U.S." and "Mr." do not end a sentence."""
    starts = [0]
    for match in _SENTENCE_END.finditer(text):
        before = text[max(0, match.start() - 6):match.start()]
        word = re.search(r"([A-Za-z.]+)$", before)
        if match.group().startswith(".") and word:
            token = word.group(1).lower().strip(".")
            if token in ABBREVIATIONS or re.fullmatch(r"(?:[a-z]\.)*[a-z]", token):
                continue
        starts.append(match.end())
    return _cut_long(starts, len(text))


def _cut_long(starts: list[int], length: int) -> list[int]:
    cut: list[int] = []
    for start, end in zip(starts, [*starts[1:], length], strict=False):
        cut.append(start)
        while end - cut[-1] > MAX_SENTENCE:
            cut.append(cut[-1] + MAX_SENTENCE)
    return cut


def sentence_span(starts: list[int], text: str, position: int) -> tuple[int, int]:
    """The (start, end) of the sentence holding `position`."""
    index = bisect.bisect_right(starts, position) - 1
    end = starts[index + 1] if index + 1 < len(starts) else len(text)
    return starts[index], end


def bound_before(text: str, start: int, floor: int) -> tuple[Bound, str, int] | None:
    """The bound cue ending right before `start` ("about", "more than"), its text and offset."""
    found = _BOUND_CUE.search(text, max(floor, start - 24), start)
    if not found:
        return None
    cue = found.group(1)
    return BOUND_CUES[" ".join(cue.lower().split())], cue, found.start(1)


def direction_of(text: str, start: int, end: int, floor: int) -> Direction | None:
    """Whether the number at text[start:end] is a movement, and which way.

    A verb or adverb of movement right before it ("rose 3%", "down 1.9%", "increased by
    nearly 5%"), a movement noun with "of" ("a decline of 12 points"), a plus sign, or
    "higher"/"lower" right after it ("finished 34% higher"). "Rose to 5%" is a level, not a
    movement: "to" stands between.
    """
    window = max(floor, start - 60)
    verb = _MOVE_BEFORE.search(text, window, start)
    if verb is not None and verb.group(1).lower() in ("up", "down") and _PHRASAL_BEFORE.search(
            text, max(floor, verb.start() - 12), verb.start()):
        verb = None
    for pattern in (_MOVE_NOUN_BEFORE, _MOVE_BY):
        verb = verb or pattern.search(text, window, start)
    if verb is not None:
        word = verb.group(1).lower()
        return Direction.up if word in _UP else Direction.down
    after = _MOVE_AFTER.match(text, end)
    if after:
        return Direction.up if after.group(1).lower() == "higher" else Direction.down
    return None


def share_of_gdp(text: str, start: int, end: int, sentence: tuple[int, int]) -> bool:
    """Whether a percentage is a share of GDP: "3% of GDP", or "as a percentage of GDP" earlier."""
    if _GDP_AFTER.match(text, end):
        return True
    return _GDP_SHARE.search(text, sentence[0], start) is not None


def gdp_suffix_end(text: str, end: int) -> int | None:
    """Where " of GDP" ends when it follows offset `end`, else None."""
    found = _GDP_AFTER.match(text, end)
    return found.end() if found else None


def measured_of(text: str, start: int, end: int, floor: int, counted: bool) -> str | None:
    """The noun phrase the number at text[start:end] measures, when a cheap pattern finds it.

    In order: the noun it modifies ("a 25% tariff on imports" -> "tariff"), the noun after
    "of" ("68% of respondents"), the subject of its clause when a linking or movement verb
    leads to it ("the approval rating of the cabinet is 24%" -> "approval rating"), or the
    noun of a money verb ("invest $55 billion" -> "investment"). Counted things ("14
    countries") measure nothing further.
    """
    if counted:
        return None
    if _PREMODIFIER_LEFT.search(text, max(floor, start - 30), start):
        noun = _noun_phrase(_NOUNS_AFTER.match(text, end))
        if noun:
            return noun
    of_phrase = _noun_phrase(_OF_PHRASE.match(text, end))
    if of_phrase and of_phrase not in ("gdp",):
        return of_phrase
    subject = _clause_subject(text, start, floor)
    if subject:
        return subject
    verb = _VERB_BEFORE.search(text, max(floor, start - 20), start)
    return MONEY_VERBS[verb.group(1).lower()] if verb else None


def _noun_phrase(match: re.Match[str] | None) -> str | None:
    """The words of a noun phrase match, cut at the first function word; None if empty."""
    if match is None:
        return None
    words: list[str] = []
    for word in match.group(1).split():
        if word in STOP_WORDS or word.endswith(("ed", "ly", "ing")) and words:
            break
        words.append(word)
        if word.endswith("s") and not word.endswith("ss"):
            break  # a plural is the head: "68% of respondents believe"
    return " ".join(words) if words and words[0] not in STOP_WORDS else None


def _clause_subject(text: str, start: int, floor: int) -> str | None:
    """The first determiner noun phrase of the clause ending at `start`, when a verb links it."""
    clause_start = floor
    for found in _CLAUSE_BREAK.finditer(text, floor, start):
        clause_start = found.end()
    clause = text[clause_start:start]
    subject = _SUBJECT.search(clause)
    if subject is None:
        return None
    words = []
    for word in subject.group(1).split():
        if word in STOP_WORDS or word.lower() in UP_WORDS | DOWN_WORDS:
            break
        words.append(word)
    if not words:
        return None
    moved = _MOVE_OBJECT.search(clause, 0, subject.start())
    if not _LINK_VERB.search(clause, subject.end()) and not moved:
        return None
    return " ".join(words)
