"""Reading the quantity extractor's word tables from `analysis/*/data/quant_*.tsv`.

Each table file holds one entry a line, tab-separated, its last field the entry's source (a
codebook section, a standard, a library table, or "own words"); lines starting with "#" are
comments. `read_rows` returns the fields without the source; `check_rows` is what the tests run
to keep the files clean (no duplicate entry, no entry without a source). `verb_forms` and
`noun_forms` inflect a lemma by rule, so the movement table lists lemmas, not inflections.
"""

from __future__ import annotations

from newsgraph.datafiles import DataFolder

__all__ = ["check_rows", "noun_forms", "read_rows", "verb_forms"]

_VOWELS = "aeiou"
_FOLDER = DataFolder("newsgraph.analysis.quantities")
read_rows = _FOLDER.read_rows  # the rows of a file under analyze/data, without their source
check_rows = _FOLDER.check  # problems in a file under analyze/data: no source, listed twice


def _doubles_final(lemma: str) -> bool:
    """Whether a one-syllable lemma ending consonant-vowel-consonant doubles it ("drop" -> "dropped")."""
    vowels = sum(1 for c in lemma if c in _VOWELS)
    return (vowels == 1 and len(lemma) >= 3 and lemma[-1] not in _VOWELS + "wxy"
            and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS)


def verb_forms(lemma: str, irregular: tuple[str, ...] = ()) -> frozenset[str]:
    """A verb's forms by English spelling rules, with its irregular past forms.

    >>> sorted(verb_forms("drop"))
    ['drop', 'dropped', 'dropping', 'drops']
    >>> sorted(verb_forms("rise", ("rose", "risen")))
    ['rise', 'risen', 'rises', 'rising', 'rose']
    """
    if lemma.endswith("e"):
        third, past, ing = lemma + "s", lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in _VOWELS:
        third, past, ing = lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"
    elif lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third, past, ing = lemma + "es", lemma + "ed", lemma + "ing"
    elif _doubles_final(lemma):
        third, past, ing = lemma + "s", lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"
    else:
        third, past, ing = lemma + "s", lemma + "ed", lemma + "ing"
    if irregular:
        past_forms = set(irregular)
        if lemma[-1] not in _VOWELS and _doubles_final(lemma) and lemma in irregular:
            ing = lemma + lemma[-1] + "ing"  # "cut" -> "cutting", "shed" -> "shedding"
        return frozenset({lemma, third, ing, *past_forms})
    return frozenset({lemma, third, past, ing})


def noun_forms(lemma: str) -> frozenset[str]:
    """A noun and its plural by English spelling rules ("decline" -> "declines")."""
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        return frozenset({lemma, lemma + "es"})
    if lemma.endswith("y") and lemma[-2] not in _VOWELS:
        return frozenset({lemma, lemma[:-1] + "ies"})
    return frozenset({lemma, lemma + "s"})
