"""Numbers as written in news: digits, words, scales, fractions, and what is not a number.

`read_numbers` finds every written number with its value and offsets: "5,500", "3.5",
"twenty-five", "a dozen", "55 billion", "5,500亿", "two-thirds of", "one in three", "dozens of"
(an order of magnitude, as a range). `blocked_spans` marks what only looks like an amount:
clock times, dates written in digits, ordinals, URLs, "2+2", "24/7". Units and context are
read elsewhere (`quantunits`, `quantcontext`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from newsgraph.analysis.quantities.lex import (
    CJK_SCALES,
    FRACTIONS,
    MULTIPLIERS,
    SCALE_ABBREVIATIONS,
    SMALL_NUMBERS,
    VAGUE_PLURALS,
    alternation,
)

# The largest value read as an amount: far above any real one (world GDP is about 1e14 dollars),
# and far enough below the largest float that percent, scale and change arithmetic stay finite.
LARGEST = 1e100


@dataclass(frozen=True)
class Number:
    """A number found in a text, before its unit is known.

    Attributes:
        start, end: offsets of the number including its scale word ("55 billion").
        value: the value; for a vague plural ("dozens") the lower end of its range.
        range_to: the upper end for "dozens of" / "hundreds of"; otherwise None.
        kind: "digits", "words", "fraction" (a share: value in percent), "ratio" ("1/16 of
            a pint": the fraction itself) or "vague".
        scaled: whether a scale word or symbol multiplied it ("bn", "million", "亿").
        plain: the digits as written had no separator or decimal point ("2025", not "2,025").
    """

    start: int
    end: int
    value: float
    range_to: float | None = None
    kind: str = "digits"
    scaled: bool = False
    plain: bool = False


_DIGITS = re.compile(r"(?<![\d.,])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)"
                     r"(?!\d|,\d{3})")
_WORD = (rf"(?:{alternation(SMALL_NUMBERS)}|{alternation(MULTIPLIERS)})")
_WORDS = re.compile(rf"(?<![\w-])(?:an?\s+(?:dozen|hundred|thousand|million|billion)"
                    rf"|(?:{alternation(SMALL_NUMBERS)})(?:(?:\s+|-)(?:and\s+)?{_WORD})*)(?![\w])",
                    re.IGNORECASE)
_SCALE_WORDS = re.compile(rf"(?:[ \t]*-?[ \t]*(?:{alternation(MULTIPLIERS)})(?![a-z]))+",
                          re.IGNORECASE)
_SCALE_ABBREVIATION = re.compile(rf"[ \t]?({alternation(SCALE_ABBREVIATIONS)})(?![A-Za-z])")
_CJK_SCALE = re.compile(rf"[ \t]?([{''.join(CJK_SCALES)}]+)")
_FRACTION = re.compile(
    rf"(?<![\w-])(?:({alternation(k.replace(' ', '-') for k in FRACTIONS if ' ' in k)}"
    rf"|{alternation(FRACTIONS)})(?=\s+of\b)"
    r"|(one|\d+)\s+(?:in|out\s+of)\s+(two|three|four|five|six|seven|eight|nine|ten|\d+)"
    r"(?![\w%.]))", re.IGNORECASE)
_RATIO = re.compile(r"(?<![\d.,/⁄])(\d{1,15})[ \t]*[/⁄][ \t]*(\d{1,15})(?=[ \t]+of\b)")
_SCIENTIFIC = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)[ \t]*[×x*][ \t]*10[ \t]*(?:\^|\*\*)?"
                         r"[ \t]*([-−]?\d{1,3})(?!\d)")
_VAGUE = re.compile(rf"(?<![\w-])(?:(tens)\s+of\s+)?({alternation(VAGUE_PLURALS)})"
                    rf"(?:\s+of\s+(thousands|millions|billions))?(?=\s+of\s)", re.IGNORECASE)

# What looks like a number but is not an amount.
_BLOCKED = re.compile(r"""
    (?:https?://|www\.)\S+                                   # URLs
  | (?<![\w.-])[\w.-]{1,253}\.(?:com|org|net|gov|edu|io|cn|jp|kr|uk|co)(?:/\S*)?  # bare domains, paths
  | \b\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?\s?m\b\.?|GMT|UTC|BST|[ECMP][SD]?T\b)  # 10:27 PM
  | \b\d{1,2}:\d{2}(?::\d{2})?\b                             # 4:39, 15:00
  | \b\d{1,2}\s?[ap]\.?m\b\.?                                # 5am, 10 p.m.
  | \b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b                        # 2025-07-08
  | \b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b                        # 7/8/2025
  | \b\d+(?:st|nd|rd|th)\b                                   # 27th, 96th-minute
  | (?<![\d.])\d{1,3}\+\d{1,3}(?![\d.%])                        # "2+2" talks
  | \b\d+/\d+\b(?!\s+of\b)                                   # 24/7, 9/11
  | (?<!\d)\d+\s*[月日号時时]                                  # 7月8日
  | \d{4}\s*年                                               # 2025年
""", re.VERBOSE | re.IGNORECASE)


def blocked_spans(text: str) -> list[tuple[int, int]]:
    """Spans that hold digits but no amount: times, digit dates, ordinals, URLs, "2+2"."""
    return [m.span() for m in _BLOCKED.finditer(text)]


def parse_words(words: str) -> float | None:
    """The value of "twenty-five", "four hundred", "a dozen", "two thousand"; None if unsure."""
    total = current = 0.0
    seen = False
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("and", ""):
            continue
        if word in ("a", "an"):
            current = current or 1.0
        elif word == "dozen":
            current = (current or 1.0) * 12
        elif word in SMALL_NUMBERS:
            current += SMALL_NUMBERS[word]
        elif word == "hundred":
            current = (current or 1.0) * 100
        elif word in MULTIPLIERS:
            total += (current or 1.0) * MULTIPLIERS[word]
            current = 0.0
        else:
            return None
        seen = True
    return total + current if seen else None


def _scale(text: str, end: int, glued_ok: bool) -> tuple[float, int]:
    """The multiplier written after a number ending at `end`, and where it ends."""
    words = _SCALE_WORDS.match(text, end)
    if words:
        factor = 1.0
        for word in re.findall(r"[a-z]+", words.group().lower()):
            factor *= MULTIPLIERS[word]
        return factor, words.end()
    cjk = _CJK_SCALE.match(text, end)
    if cjk:
        factor = 1.0
        for char in cjk.group(1):
            factor *= CJK_SCALES[char]
        return factor, cjk.end()
    abbreviation = _SCALE_ABBREVIATION.match(text, end)
    if abbreviation and glued_ok:
        return SCALE_ABBREVIATIONS[abbreviation.group(1)], abbreviation.end()
    return 1.0, end


def read_numbers(text: str, money_before) -> list[Number]:
    """Every written number in `text`, in order, with scale words applied.

    Args:
        text: the text.
        money_before: ``money_before(start) -> bool``, whether a currency is written just
            before `start`; a bare "m" or "b" after a number scales money ("$13.6m") but is
            a unit elsewhere ("37m" is metres).
    """
    found: list[Number] = []
    for match in _DIGITS.finditer(text):
        digits = match.group()
        value = float(digits.replace(",", ""))
        money = money_before(match.start())
        factor, end = _scale(text, match.end(), glued_ok=True)
        if factor != 1.0 and not money and _SCALE_ABBREVIATION.match(text, match.end()) \
                and text[match.end():end].strip() in ("m", "b"):
            factor, end = 1.0, match.end()
        plain = "," not in digits and "." not in digits
        found.append(Number(match.start(), end, value * factor, scaled=factor != 1.0,
                            plain=plain))
    for match in _WORDS.finditer(text):
        value = parse_words(match.group())
        if value is None:
            continue
        factor, end = _scale(text, match.end(), glued_ok=False)
        found.append(Number(match.start(), end, value * factor, kind="words",
                            scaled=factor != 1.0 or value >= 1000))
    for match in _RATIO.finditer(text):
        part, whole = int(match.group(1)), int(match.group(2))
        if 0 < part < whole:
            found.append(Number(match.start(), match.end(), part / whole, kind="ratio"))
    for match in _SCIENTIFIC.finditer(text):
        exponent = int(match.group(2).replace("−", "-"))
        try:
            value = float(match.group(1)) * 10.0 ** exponent
        except OverflowError:  # "5 x 10^400": past the largest float, not an amount
            continue
        found.append(Number(match.start(), match.end(), value))
    found.extend(_fractions(text))
    found.extend(_vague(text))
    # A 500-digit run or "1e300 trillion" is an id, a hash or garbage, not an amount; past the
    # largest float it would also become inf and break every comparison after it.
    found = [n for n in found if abs(n.value) <= LARGEST and abs(n.range_to or 0.0) <= LARGEST]
    return _without_overlaps(found)


def _fractions(text: str) -> list[Number]:
    """Shares written as fractions, as percentages: "two-thirds of" 66.7, "one in three" 33.3."""
    found = []
    for match in _FRACTION.finditer(text):
        if match.group(1):
            key = " ".join(re.split(r"[\s-]+", match.group(1).lower()))
            value = FRACTIONS[key] * 100
        else:
            part, whole = (parse_words(g) if not g.isdigit() else float(g)
                           for g in (match.group(2), match.group(3)))
            if not part or not whole or part >= whole:
                continue
            value = part / whole * 100
        found.append(Number(match.start(), match.end(), value, kind="fraction"))
    return found


def _vague(text: str) -> list[Number]:
    """'dozens of', 'hundreds of thousands of', 'tens of millions of' as ranges."""
    found = []
    for match in _VAGUE.finditer(text):
        base = VAGUE_PLURALS[match.group(2).lower()]
        if match.group(1):
            base *= 10
        if match.group(3):
            base *= VAGUE_PLURALS[match.group(3).lower()]
        found.append(Number(match.start(), match.end(), base, range_to=base * 10,
                            kind="vague", scaled=True))
    return found


def _without_overlaps(numbers: list[Number]) -> list[Number]:
    """Keep the longest of overlapping numbers ("two thousand" over "two"), in text order."""
    ranked = sorted(numbers, key=lambda n: (n.start - n.end, n.start))
    # `kept` stays sorted and non-overlapping, so only the neighbours of a new number can clash
    # (a linear scan of all kept numbers made a text of many numbers take quadratic time).
    starts: list[int] = []
    kept: list[Number] = []
    for number in ranked:
        index = bisect.bisect_left(starts, number.start)
        if index > 0 and kept[index - 1].end > number.start:
            continue
        if index < len(kept) and kept[index].start < number.end:
            continue
        starts.insert(index, number.start)
        kept.insert(index, number)
    return kept
