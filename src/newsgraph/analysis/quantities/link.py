"""Joining numbers that belong together: ranges, "from X to Y", and a change with its level.

`merge_ranges` turns "15-22 miles per hour", "between $62 and $68", "1 to 2 thousand people"
into one mention with a `range_to`, and "raise spending from 3% to 3.5%" into one mention with
a `previous` value; the first number takes the unit and scale written after the second.
`link_changes` pairs a movement with the level it leads to: "risen by 13 points to 68%", "fell
1.1% to end at 1,334", "dropped to 22%, a sharp decline of 12 points".
"""

from __future__ import annotations

import re
from dataclasses import replace

from newsgraph.analysis.quantities.lex import (
    CHANGE_VERBS,
    DOWN_NOUNS,
    DOWN_TRANSITIVE,
    DOWN_WORDS,
    UP_NOUNS,
    UP_TRANSITIVE,
    UP_WORDS,
    alternation,
)
from newsgraph.analysis.quantities.scan import Mention

_BETWEEN_BEFORE = re.compile(r"\bbetween[ \t]+(?:[\w.-]+[ \t]+)?$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:[\w'’-]+[ \t]+){0,3}$", re.IGNORECASE)
_RANGE_GLUE = re.compile(r"[ \t]*(?:-|–|—|to-?|or)[ \t]*", re.IGNORECASE)
_DASH = re.compile(r"[ \t]*[-–—][ \t]*")
_AND_GLUE = re.compile(r"[ \t]+and[ \t]+", re.IGNORECASE)
_FROM_TO_GLUE = re.compile(r"(?:[^;.!?\n]|\.(?=\d)){0,60}?[ \t]to[ \t]+", re.IGNORECASE)
_MOVE_WORDS = (UP_WORDS | DOWN_WORDS | UP_NOUNS | DOWN_NOUNS | UP_TRANSITIVE | DOWN_TRANSITIVE
               | CHANGE_VERBS)
_MOVE_IN_CLAUSE = re.compile(rf"\b(?:{alternation(_MOVE_WORDS)})\b", re.IGNORECASE)
_RANGE_VERB_BEFORE = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))[ \t]*$",
                                re.IGNORECASE)
_TO_LEVEL = re.compile(r"[ \t]*,?[ \t]*(?:to|at)(?:[ \t]+(?:close|end|finish|settle|stand)"
                       r"(?:[ \t]+at)?)?[ \t]*$", re.IGNORECASE)
_APPOSED_CHANGE = re.compile(
    rf"[ \t]*,[ \t]*(?:an?|the)[ \t]+(?:[\w-]+[ \t]+){{0,2}}"
    rf"(?:{alternation(UP_NOUNS | DOWN_NOUNS)})"
    rf"[ \t]+of[ \t]+(?:[\w-]+[ \t]+)?$", re.IGNORECASE)


def merge_ranges(text: str, mentions: list[Mention], sentence_of,
                 is_movement) -> list[Mention]:
    """Join neighbouring mentions written as one range or one "from X to Y" change.

    Args:
        text: the text.
        mentions: the scanned mentions in text order.
        sentence_of: ``sentence_of(offset) -> (start, end)`` of its sentence.
        is_movement: ``is_movement(mention) -> bool``, whether a mention is itself the size of
            a movement ("rose 8%"): "rose 8% to 3.65" is a movement and a level, not a range.
    """
    tight = _merge_pass(text, mentions, sentence_of, is_movement, dashes_only=True)
    return _merge_pass(text, tight, sentence_of, is_movement, dashes_only=False)


def _merge_pass(text: str, mentions: list[Mention], sentence_of, is_movement,
                dashes_only: bool) -> list[Mention]:
    """One left-to-right pass joining neighbours; the first pass joins only dashes ("33-35")."""
    merged: list[Mention] = []
    index = 0
    while index < len(mentions):
        first = mentions[index]
        second = mentions[index + 1] if index + 1 < len(mentions) else None
        joined = None
        if second is not None and first.range_to is None and second.range_to is None and (
                not dashes_only or _DASH.fullmatch(text[first.end:second.start])):
            joined = _join(text, first, second, sentence_of, is_movement)
        if joined == "score":
            index += 2
            continue
        if joined is not None:
            merged.append(joined)
            index += 2
            continue
        merged.append(first)
        index += 1
    return merged


def _join(text: str, first: Mention, second: Mention, sentence_of, is_movement):
    """The joined mention, "score" for "2-0" (dropped), or None when they stay apart."""
    between = text[first.end:second.start]
    sentence_start = sentence_of(first.start)[0]
    if sentence_start != sentence_of(second.start)[0] or not _compatible(first, second):
        return None
    from_before = _FROM_BEFORE.search(text, max(sentence_start, first.start - 40), first.start)
    dash = _DASH.fullmatch(between)
    if from_before and not dash and (_RANGE_GLUE.fullmatch(between)
                                     or _FROM_TO_GLUE.fullmatch(between)):
        return _from_to(text, first, second, sentence_start, from_before.start())
    if _RANGE_GLUE.fullmatch(between):
        if dash and (first.value >= second.value or not first.unit and not second.unit):
            return "score"  # "3-1 win", "2-0 down", "16-18 Industrial Avenue"
        if not first.unit and not second.unit:
            return None
        if first.unit and is_movement(first):
            return None
        return _as_range(first, second)
    if _AND_GLUE.fullmatch(between) and _BETWEEN_BEFORE.search(
            text, max(0, first.start - 30), first.start):
        return _as_range(first, second)
    return None


def _compatible(first: Mention, second: Mention) -> bool:
    """Whether two numbers can share a unit: the same, one unwritten, or a rate of the other."""
    if not first.unit or not second.unit or first.unit == second.unit:
        return True
    return first.unit.split("/")[0] == second.unit.split("/")[0]


def _inherit(first: Mention, second: Mention, check_order: bool) -> Mention:
    """The first number with the unit and scale written only after the second.

    "1 to 2 thousand" is 1,000 to 2,000 and "US $89 to $93 billion" is 89 to 93 billion, but
    in "from $200 to $4 million" the scale stays where it is written: a range runs upward.
    """
    value = first.value
    if first.scale == 1.0 and second.scale != 1.0 and first.kind != "vague":
        scaled = value * second.scale
        if not check_order or abs(scaled) <= abs(second.value):
            value = scaled
    unit = second.unit if len(second.unit) > len(first.unit) else first.unit
    if unit == first.unit and value == first.value:
        return first
    return replace(first, value=value, unit=unit,
                   unit_text=second.unit_text if unit == second.unit else first.unit_text,
                   currency=first.currency or second.currency,
                   counted=second.counted if unit == second.unit else first.counted)


def _as_range(first: Mention, second: Mention) -> Mention:
    """One mention for "X to Y": value X, range_to Y."""
    low = _inherit(first, second, check_order=True)
    return replace(low, end=second.end, number_end=second.number_end, range_to=second.value)


def _from_to(text: str, first: Mention, second: Mention, sentence_start: int,
             from_offset: int) -> Mention:
    """'from X to Y': a change (value Y, previous X) after a verb of movement, else a range."""
    clause = text[sentence_start:from_offset]
    if _RANGE_VERB_BEFORE.search(clause) or not _MOVE_IN_CLAUSE.search(clause):
        return _as_range(first, second)
    old = _inherit(first, second, check_order=False)
    new = _inherit(second, old, check_order=False) if not second.unit else second
    return replace(new, start=first.start, number_start=first.number_start,
                   previous=old.value)


def change_links(text: str, mentions: list[Mention], directions: list, sentence_of
                 ) -> dict[int, int]:
    """Which movement each level belongs to: ``{level index: movement index}``.

    "risen by 13 points to 68%" links the 13 to the 68, "fell 1.1% to end at 1,334" the 1.1
    to the 1,334, and "dropped to 22%, a sharp decline of 12 points" the 12 to the 22.
    """
    links: dict[int, int] = {}
    for i, mention in enumerate(mentions[:-1]):
        after = mentions[i + 1]
        if sentence_of(mention.start) != sentence_of(after.start):
            continue
        between = text[mention.end:after.start]
        if directions[i] is not None and directions[i + 1] is None \
                and _TO_LEVEL.fullmatch(between):
            links[i + 1] = i
        elif directions[i] is None and directions[i + 1] is not None \
                and _APPOSED_CHANGE.fullmatch(between):
            links[i] = i + 1
    return links
