"""Rule-based quantity extractor: which numbers a news text states, in what unit, how firmly,
and how they moved.

    >>> [(q.text, q.value, q.unit) for q in find_quantities("Japan agreed to invest $55 billion.")]
    [('$55 billion', 55000000000.0, 'usd')]
    >>> q = find_quantities("Trust has dropped to 22%, a sharp decline of 12 percentage points.")[0]
    >>> (q.value, q.unit, q.change.value, q.change.unit)
    (22.0, 'percent', -12.0, 'percentage_point')

Pure Python, no parser: numbers and scales are read by `quantnumbers`, units by `quantunits`
(the long tail from maintained tables by `quantlibrary`), what is not an amount (years, dates,
ordinals, names) is dropped by `quantscan`, ranges and changes are joined by `quantlink`, and
the cue words around a number are read by `quantcontext`. Here a bare number takes the unit of
the number it parallels or the noun that moved to it. The word tables are data files
(`analysis/*/data/quant_*.tsv`, one entry a line with its source), read by `quantlex`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import partial

from newsgraph.analysis.quantities.context import (
    bound_before,
    direction_of,
    gdp_suffix_end,
    measured_of,
    sentence_span,
    sentence_starts,
    share_of_gdp,
)
from newsgraph.analysis.quantities.lex import (
    AMOUNT_NOUNS,
    DOWN_WORDS,
    UNITS,
    UP_WORDS,
    Bound,
    Direction,
    alternation,
)
from newsgraph.analysis.quantities.library import LIBRARY_PREFIX
from newsgraph.analysis.quantities.link import change_links, merge_ranges
from newsgraph.analysis.quantities.scan import Mention, scan
from newsgraph.analysis.quantities.units import looks_plural, singular

__all__ = ["Bound", "Change", "Direction", "Quantity", "find_quantities"]

_PERCENT_UNITS = frozenset({"percent", "percent_of_gdp"})
# Words that set a number against the one before it, which then shares its unit whatever it is.
_CONTRAST = re.compile(r"\b(?:while|whereas|compared\s+(?:with|to)|against|versus|vs\.?"
                       r"|(?:up|down)\s+from)\b", re.IGNORECASE)
# Units of measure (not counted nouns, not money): a bare number may share one.
_MEASURES = frozenset(UNITS.values()) - {"people", "seat", "vote"}
_DIGIT_DASH_AFTER = re.compile(r"[-–]\d")
_DIGIT_DASH_BEFORE = re.compile(r"\d[-–]$")
# Between an amount and its conversion: "296 hp (224 kW / 300 PS)", "$1.76bn (¥200bn)".
_CONVERSION_GLUE = re.compile(r"[ \t]*(?:\([ \t]*(?:about|around|roughly|or|some)?[ \t]*|/[ \t]*)")


@dataclass(frozen=True)
class Change:
    """How much a level moved, as the text states it.

    Attributes:
        value: the signed size of the move (-12.0 for "a decline of 12 points").
        unit: its unit ("percentage_point", "percent", "usd").
        direction: "up" or "down".
    """

    value: float
    unit: str
    direction: Direction


@dataclass(frozen=True)
class Quantity:
    """A number a text states, with its unit, bound, range and movement.

    Attributes:
        text: the expression as written (currency, number, scale and unit, without the cue
            word); always ``source[start:end]``.
        start, end: character offsets into the text passed to `find_quantities`.
        value: the number with scale words applied ("$55 billion" -> 55e9; "nearly half" ->
            50.0 percent); for a range its lower end.
        unit: the normalised unit: "percent", "percentage_point", "percent_of_gdp", an ISO
            currency code in lower case ("usd", "jpy", "cny"), a unit of measure ("minute",
            "km", "kg", "year_of_age"), a rate ("usd/barrel"), the singular of a counted noun
            ("country", "worker"), a unit from a maintained table as "lib:<name>"
            ("lib:kilonewton", "lib:forint"), or "" when nothing was written.
        unit_text: the unit as written ("percentage points", "countries"); "" for a currency
            written as a symbol before the number and for a share written as a fraction.
        approximate: whether the text gives the value only roughly or as a bound ("about",
            "more than", "up to") or as an order of magnitude ("dozens of").
        cue: the cue word as written ("nearly", "more than"), or None.
        bound: "=", "~", ">", "<", ">=" or "<=" (a `Bound`).
        range_to: the upper end of a range ("15 to 22 mph", "between $62 and $68"), else None.
        previous: the earlier value of a change written as one expression, "from 3% to 3.5%"
            (the span then covers both numbers); "rose to 7.4 from 6.8" gives two quantities.
        change: how this level moved, when the sentence says so ("risen by 13 points to 68%").
        direction: "up"/"down" when this number is itself the size of a movement ("rose 3%",
            "a decline of 12 points"); None for a level.
        measured: the noun phrase the number measures when a cheap pattern finds it ("tariff",
            "approval rating"), else None.
    """

    text: str
    start: int
    end: int
    value: float
    unit: str
    unit_text: str
    approximate: bool = False
    cue: str | None = None
    bound: Bound = Bound.exact
    range_to: float | None = None
    previous: float | None = None
    change: Change | None = None
    direction: Direction | None = None
    measured: str | None = None


def find_quantities(text: str) -> list[Quantity]:
    """Find the quantities a text states, in text order.

    Years, dates, clock times, ordinals and numbers that are part of names or identifiers
    ("iPhone 11", "the 2+2 talks") are not quantities. Percentages are kept apart from
    percentage points: "12 percentage points" is never 12 percent.
    """
    starts = sentence_starts(text)
    sentence_of = partial(sentence_span, starts, text)
    scanned = scan(text)

    def is_movement(mention: Mention) -> bool:
        floor = sentence_of(mention.start)[0]
        return direction_of(text, mention.start, mention.end, floor) is not None

    mentions: list[Mention] = []
    for mention in merge_ranges(text, scanned, sentence_of, is_movement):
        if not _left_over(text, mention) and (not mentions or mention.start >= mentions[-1].end):
            mentions.append(mention)
    directions = [_direction(text, m, sentence_of(m.start)[0]) for m in mentions]
    links = change_links(text, mentions, directions, sentence_of)
    quantities = []
    for i, mention in enumerate(mentions):
        movement = links.get(i)
        change = _change(mentions[movement], directions[movement]) if movement is not None \
            else None
        quantities.append(_quantity(text, mention, directions[i], change,
                                    sentence_of(mention.start)))
    quantities = _shared_units(text, _restate_conversions(text, quantities), starts)
    return _with_half_hours(text, _counted_movers(text, quantities, starts))


# "an hour and a half", "one and half hours", "two and a half hours": durations the number
# scanner does not read as one amount (translations from Chinese drop the article: 一个半小时).
_HALF_HOURS = re.compile(
    r"(?P<cue>\b(?:about|around|roughly|nearly|almost|some|over|more than)\s+)?"
    r"(?P<text>\b(?:(?:an|one)\s+hour\s+and\s+a\s+half|(?P<whole>one|two|three|four|five|\d+)\s+and\s+(?:a\s+)?half"
    r"\s+hours?)\b)", re.IGNORECASE)
_SMALL = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5}


def _with_half_hours(text: str, quantities: list[Quantity]) -> list[Quantity]:
    added = []
    for match in _HALF_HOURS.finditer(text):
        start, end = match.span("text")
        if any(q.start < end and start < q.end for q in quantities):
            continue
        whole = match["whole"]
        value = (float(whole) if whole and whole.isdigit() else _SMALL.get((whole or "one").lower(), 1)) + 0.5
        cue = match["cue"].strip() if match["cue"] else None
        following = text[end:end + 40].lower()
        measured = next((w for w in ("meeting", "talks", "call", "summit", "session") if w in following), None)
        added.append(Quantity(text=text[start:end], start=start, end=end, value=value, unit="hour",
                              unit_text="hours", approximate=cue is not None, cue=cue,
                              bound=Bound.approx if cue else Bound.exact, measured=measured))
    return sorted(quantities + added, key=lambda q: q.start) if added else quantities


def _shared_units(text: str, quantities: list[Quantity], starts: list[int]) -> list[Quantity]:
    """A bare number takes the unit of the number before it in its sentence that plays the
    same part: "the DAX increased by 2 percent but the Nasdaq decreased by 1" (a movement after
    a movement), "ended at 1,463.78 points, while the TA-125 ended at 1,334.20" (a level after a
    level). Only a unit of measure is shared, unless the two stand in contrast ("more than 320
    seats, while the centre holds 210"; "288 seats, up from 210"): then any unit is.
    """
    shared = list(quantities)
    for i, quantity in enumerate(shared):
        if quantity.unit:
            continue
        floor = sentence_span(starts, text, quantity.start)[0]
        same_part: list[Quantity] = []  # walked back only as far as the sentence start: linear in the text
        for earlier in reversed(shared[:i]):
            if earlier.start < floor:
                break
            if (earlier.direction is None) == (quantity.direction is None):
                same_part.insert(0, earlier)
        contrast = None
        for found in _CONTRAST.finditer(text, floor, quantity.start):
            contrast = found
        against = [q for q in same_part if contrast and q.end <= contrast.start()]
        if against and against[-1].unit and not (against[-1].unit in _PERCENT_UNITS
                                                  and not against[-1].unit_text):
            earlier = against[-1]
        elif same_part and same_part[-1].unit_text and (
                same_part[-1].unit.split("/")[0] in _MEASURES
                or same_part[-1].unit.startswith(LIBRARY_PREFIX)):
            earlier = same_part[-1]
        else:
            continue
        # unit_text is the unit as written at the earlier number; a share written as a
        # fraction ("two-thirds", no unit text) is not shared.
        shared[i] = replace(quantity, unit=earlier.unit, unit_text=earlier.unit_text)
    return shared


# The plural noun that moves, right before its (intransitive) verb: "seats rose", "jobs have
# fallen"; before "analysts raised estimates" stands who moved it, not what moved.
_MOVER = re.compile(rf"(?<![\w'’-])([A-Za-z][a-z]+)[ \t]+(?:(?:have|has|had)[ \t]+)?"
                    rf"(?:{alternation(UP_WORDS | DOWN_WORDS)})(?![\w-])(?:[^.;:!?]*?)$",
                    re.IGNORECASE)
_MOVED_TO = re.compile(rf"(?<![\w-])(?:{alternation(UP_WORDS | DOWN_WORDS)})[ \t]+to[ \t]+$",
                       re.IGNORECASE)
# The plural noun a transition starts from: "expanded its import sources from 27 to 40".
_FROM_NOUN = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]+)[ \t]+from[ \t]+$")


def _counted_movers(text: str, quantities: list[Quantity], starts: list[int]) -> list[Quantity]:
    """A bare number a thing moved to counts that thing: "the party's seats rose from 210 before
    the vote to 288" is 288 seats (previously 210), "import sources expanded from 27 to 40" is
    40 sources. Only a plural noun right before the verb of movement, or before "from", counts,
    and not one that names an amount ("prices rose from 3 to 4": `AMOUNT_NOUNS`).
    """
    counted = list(quantities)
    for i, quantity in enumerate(counted):
        if quantity.unit or quantity.direction is not None:
            continue
        floor = max(sentence_span(starts, text, quantity.start)[0], quantity.start - 120)
        if quantity.previous is None and quantity.change is None \
                and not _MOVED_TO.search(text, floor, quantity.start):
            continue
        for pattern in (_FROM_NOUN, _MOVER):
            found = pattern.search(text, floor, quantity.start)
            noun = found.group(1) if found else ""
            if looks_plural(noun) and noun[1:].islower() and noun.lower() not in AMOUNT_NOUNS:
                counted[i] = replace(quantity, unit=singular(noun), unit_text=noun)
                break
    return counted


def _left_over(text: str, mention: Mention) -> bool:
    """A bare number no range took: a written one ("three or four") or part of "16-18 Ave"."""
    if mention.unit or mention.range_to is not None:
        return False
    if mention.kind == "words":
        return True
    return bool(_DIGIT_DASH_AFTER.match(text, mention.end)
                or _DIGIT_DASH_BEFORE.search(text, max(0, mention.start - 3), mention.start))


def _restate_conversions(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """Give a conversion in brackets the bound and direction of the amount it restates.

    "just under 296 hp (224 kW / 300 PS)" bounds all three; "dropped by 1 to 1.5 degrees
    Celsius (1.8 to 2.7 Fahrenheit)" moves both.
    """
    restated = list(quantities)
    for i in range(1, len(restated)):
        source, target = restated[i - 1], restated[i]
        if not _CONVERSION_GLUE.fullmatch(text, source.end, target.start) or target.cue \
                or target.direction or source.unit == target.unit:
            continue
        restated[i] = replace(target, bound=source.bound, cue=source.cue,
                              approximate=source.approximate, direction=source.direction)
    return restated


def _direction(text: str, mention: Mention, floor: int) -> Direction | None:
    """The direction of a mention that is itself a movement, from cues or its sign."""
    if mention.previous is not None:
        return None
    found = direction_of(text, mention.start, mention.end, floor)
    if found is None and mention.positive:
        return Direction.up
    if found is None and mention.negative and mention.unit in _PERCENT_UNITS | {
            "percentage_point"}:
        return Direction.down
    return found


def _change(movement: Mention, direction: Direction | None) -> Change | None:
    """The Change a movement mention states, signed by its direction."""
    if direction is None:
        return None
    size = abs(movement.value)
    return Change(size if direction is Direction.up else -size, movement.unit, direction)


def _quantity(text: str, mention: Mention, direction: Direction | None, change: Change | None,
              sentence: tuple[int, int]) -> Quantity:
    """The public record for one mention, with its cue, bound, unit refinements and measure."""
    unit, end, unit_text = mention.unit, mention.end, mention.unit_text
    if unit == "percent" and share_of_gdp(text, mention.start, mention.end, sentence):
        unit = "percent_of_gdp"
        suffix = gdp_suffix_end(text, mention.end)
        if suffix is not None:
            end, unit_text = suffix, text[mention.number_end:suffix].strip()
    previous = mention.previous
    if change is None and previous is not None and mention.range_to is None:
        change = _derived_change(mention.value, previous, unit)
    found = bound_before(text, mention.start, sentence[0])
    bound, cue = (found[0], found[1]) if found else (Bound.exact, None)
    if cue is None and mention.kind == "vague":
        cue = text[mention.number_start:mention.number_end].split()[0]
    approximate = bound is not Bound.exact or mention.kind == "vague"
    measured = measured_of(text, mention.start, end, sentence[0], mention.counted)
    return Quantity(text=text[mention.start:end], start=mention.start, end=end,
                    value=mention.value, unit=unit, unit_text=unit_text,
                    approximate=approximate, cue=cue, bound=bound, range_to=mention.range_to,
                    previous=previous, change=change, direction=direction, measured=measured)


def _derived_change(value: float, previous: float, unit: str) -> Change | None:
    """The change from `previous` to `value`; a move between percentages is in points."""
    if value == previous:
        return None
    delta = round(value - previous, 10)
    change_unit = "percentage_point" if unit in _PERCENT_UNITS else unit
    return Change(delta, change_unit, Direction.up if delta > 0 else Direction.down)
