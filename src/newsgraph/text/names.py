"""Name forms and name similarity that understand romanisation.

Reports name East Asian officials in many spellings: both name orders, Hepburn with and without
long vowels (Kōno, Kono, Kouno), Revised Romanization and its variants (Lee, Yi, Rhee), pinyin
readings of Japanese and Korean names taken from Chinese text (高市早苗 read as "Gaoshi
Zaomiao"), and sound-alike slips of machine translation (l/r, b/v). These functions reduce a name
to comparable keys; the scores they return carry the reason a user sees.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from pypinyin import lazy_pinyin
from rapidfuzz.distance import Indel, JaroWinkler, Levenshtein

_SEPARATORS = re.compile(r"[\s.\-‐‑–—'’`·・･_]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"^[a-z ]+$")
# Sound folds applied in order: long vowels, Korean vowel spellings, Slavic romanisations, l/r and
# b/v confusions, spelling variants of the same consonant, then doubled letters.
_FOLDS = [
    (re.compile(r"ou(?=[^aeiou]|$)|oh(?=[^aeiou]|$)|oo"), "o"),
    (re.compile(r"uu"), "u"), (re.compile(r"ii"), "i"), (re.compile(r"aa"), "a"),
    (re.compile(r"eo"), "o"), (re.compile(r"eu"), "u"), (re.compile(r"ee"), "i"),
    # Slavic surname endings written -ov, -off, -ow or -of by different conventions (Smirnoff/Smirnov).
    (re.compile(r"(?<=o)(?:v|ff|w)\b"), "f"),
    # x between vowels is ks in other transliterations (Alexander/Aleksandr, Oleksandr).
    (re.compile(r"(?<=[aeiou])x(?=[aeiou])"), "ks"),
    # Slavic romanisations: Ukrainian writes Г as h where Russian and Polish write g (Hrytsenko/
    # Gritsenko, Hnatov/Gnatov); w before a vowel inside a name is v in Polish and German (a first w
    # stays: Wang, Wu; so does one closing a syllable: Hawley); cz is ch and sz is sh.
    (re.compile(r"\bh(?=[rln])"), "g"), (re.compile(r"(?<=[a-z])w(?=[aeiouy])"), "v"),
    (re.compile(r"cz"), "ch"),
    (re.compile(r"sz"), "sh"),
    (re.compile(r"rh"), "r"), (re.compile(r"l"), "r"), (re.compile(r"v"), "b"),
    (re.compile(r"ph"), "f"), (re.compile(r"ck|c(?=[aoukrl]|$)|q(?!i)"), "k"),
    (re.compile(r"(?<=[^aeiou ])y(?=[^aeiou]|$)"), "i"),
    (re.compile(r"([a-z])\1+"), r"\1"),
]


# Latin letters Unicode gives no decomposition, so stripping accents leaves them as they are:
# the Vietnamese and Croatian "đ" ("Trần Đức Thắng" is written "Tran Duc Thang"), the Polish "ł",
# the Nordic "ø" and "æ", the Icelandic "ð" and "þ", the German "ß", the Turkish dotless "ı".
_UNDECOMPOSED = str.maketrans({"đ": "d", "ð": "d", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "ß": "ss",
                               "þ": "th", "ı": "i", "ħ": "h"})


_UNDECOMPOSED_CAPITALS = str.maketrans({"Đ": "D", "Ð": "D", "Ł": "L", "Ø": "O", "Æ": "Ae", "Œ": "Oe",
                                        "Þ": "Th", "Ħ": "H"})


@lru_cache(maxsize=65536)  # pure, and words repeat within and across documents
def fold_accents(text: str) -> str:
    """The same letters without accents, macrons or strokes, in their own case ("João" → "Joao",
    "Łukasz" → "Lukasz"): the way the English press and machine translation often write a name."""
    if text.isascii():
        return text  # nothing to fold, and most words are
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.translate(_UNDECOMPOSED).translate(_UNDECOMPOSED_CAPITALS)


@lru_cache(maxsize=65536)  # pure, and names repeat within and across documents
def normalize(name: str) -> str:
    """Lower case, no accents or macrons, separators as single spaces ("Kōno Tarō" → "kono taro",
    "Trần Đức Thắng" → "tran duc thang")."""
    return _SEPARATORS.sub(" ", fold_accents(name).lower()).strip()


@lru_cache(maxsize=65536)
def sound_key(name: str) -> str:
    """A normalised name with romanisation and sound-alike differences folded away."""
    key = normalize(name)
    for pattern, replacement in _FOLDS:
        key = pattern.sub(replacement, key)
    return key


_HAN_NAME = re.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}$")


def han_reading(name: str) -> str | None:
    """The pinyin reading of a name written wholly in Chinese characters (kanji, hanja), or None."""
    if not _HAN_NAME.match(re.sub(r"[\s·・]", "", name)):
        return None
    syllables = [s for s in lazy_pinyin(name, errors="ignore") if s.strip()]
    return " ".join(syllables) if syllables else None


def is_latin(name: str) -> bool:
    """True when a name is written in Latin letters (after removing accents)."""
    return bool(_LATIN.match(normalize(name) or "-"))


@dataclass(frozen=True)
class NameMatch:
    """How well a written name fits one form of a known name, and why."""

    score: float
    form: str
    reason: str


def compare(written: str, form: str) -> NameMatch:
    """Similarity of a written name to one known form, whichever name order or spacing is used.

    Compares sound keys with Jaro-Winkler, both in the given token order and with the tokens
    swapped (family-name-first vs given-name-first), and with spaces removed (pinyin readings
    group syllables differently: "Gaoshi Zaomiao" vs "gao shi zao miao"). The score averages
    Jaro-Winkler and Indel similarity, so a short name inside a longer one scores low.
    """
    suffix = generation(written)
    if suffix is not None and suffix == generation(form):
        # Both "Jr.": the rest of the names tells them apart ("Trump Jr." is no "Marcos Jr.").
        # A suffix on one side only proves nothing: the press writes "Gilberto Teodoro" and
        # "Gilberto Teodoro Jr." alike.
        match = compare(_without_generation(written), _without_generation(form))
        return NameMatch(match.score, form, match.reason)
    expanded = _initials_expanded(written, form)
    if expanded is not None and expanded != written:
        match = _compare_keys(expanded, form)
        return NameMatch(match.score, form, f"initials of the given name, {match.reason}")
    return _compare_keys(written, form)


def _compare_keys(written: str, form: str) -> NameMatch:
    a, b = sound_key(written), sound_key(form)
    if not a or not b:
        return NameMatch(0.0, form, "empty name")
    if a == b:
        return NameMatch(1.0, form, "same name up to spelling and romanisation")
    a_tokens, b_tokens = a.split(), b.split()
    best = similarity(a, b)
    reason = "similar spelling"
    if len(a_tokens) > 1 and len(b_tokens) > 1:
        swapped = similarity(" ".join(reversed(a_tokens)), b)
        if swapped > best:
            best, reason = swapped, "similar spelling, name order swapped"
        if len(a_tokens) == 2 and len(b_tokens) == 2:
            by_part = _part_score(a_tokens, b_tokens)
            if by_part > best:
                best, reason = by_part, "one part of the name close, the other differs"
    compact = similarity(a.replace(" ", ""), b.replace(" ", ""))
    if compact > best + 0.02:
        best, reason = compact, "similar when spaces are ignored"
    return NameMatch(round(best, 3), form, reason)


# Generational suffixes ("Jr.", "III"), normalised and without the full stop.
GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})


def generation(name: str) -> str | None:
    """The generational suffix a name ends with ("Jr.", "III"), normalised, or None."""
    words = normalize(name).replace(".", " ").split()
    return words[-1] if len(words) > 1 and words[-1] in GENERATIONS else None


def _without_generation(name: str) -> str:
    return name.rsplit(None, 1)[0].rstrip(" ,")


# "W.", "S.K.", "E.A.P": capitals each followed by a full stop (the last one's may be missing).
INITIALS = re.compile(r"^(?:[A-Z]\.)+[A-Z]?$")


def _initials_expanded(written: str, form: str) -> str | None:
    """The written name with its initials replaced by the given names of `form` they stand for ("W.
    Shaibu" for "Waidi Shaibu" reads "Waidi Shaibu"); None when it has no initials or they are not
    those names' first letters. A form may hold fewer given names than the initials ("E.A.P
    Undiendeye" for "Emmanuel Undiendeye"), or more ("S.K. Aneke" for "Sunday Kelvin Aneke")."""
    words = written.split()
    count = next((i for i, w in enumerate(words) if not INITIALS.match(w)), len(words))
    if count == 0 or count == len(words):
        return None
    letters = [c for w in words[:count] for c in w if c.isalpha()]
    rest = words[count:]
    given = form.split()[:-len(rest)] if len(form.split()) > len(rest) else []
    if not given or any(letter != name[:1].upper() for letter, name in zip(letters, given, strict=False)):
        return None
    return " ".join([*given, *rest])


def one_slip_per_part(written: str, form: str) -> bool:
    """Whether two names of two parts or more differ only by a single letter in at most two
    parts, each of them at least four letters long, in the same order ("Nasri Asfora" for Nasry
    Asfura, "Arthur Josep Kurup" for Arthur Joseph Kurup). A slip in a short part changes the
    name: the syllables of a Korean or Chinese given name ("Ji-young", "Hwi-young") are other
    people's names, not misspellings."""
    a, b = normalize(written).split(), normalize(form).split()
    if len(a) < 2 or len(a) != len(b) or a == b:
        return False
    slips = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
    return len(slips) <= 2 and all(min(len(x), len(y)) >= 4 and Levenshtein.distance(x, y) == 1 for x, y in slips)


def similarity(a: str, b: str) -> float:
    """Jaro-Winkler (kind to shared beginnings) averaged with Indel (strict about length)."""
    return 0.5 * JaroWinkler.similarity(a, b) + 0.5 * Indel.normalized_similarity(a, b)


def _part_score(a: list[str], b: list[str]) -> float:
    """Pairs the parts both ways; the family name weighs more because translations keep it best."""
    straight = [similarity(x, y) for x, y in zip(a, b, strict=False)]
    crossed = [similarity(a[0], b[1]), similarity(a[1], b[0])]
    return max(0.5 * sum(straight), 0.5 * sum(crossed), 0.7 * max(straight + crossed) + 0.3 * min(straight + crossed))
