"""Phrase lists found in Docs token by token, lean in memory.

The knowledge base's tens of thousands of name forms and office titles were compiled into spaCy
PhraseMatchers. A PhraseMatcher keeps a trie of C structures plus every phrase's token keys, about
0.7 KB per phrase: some 100 MB for the three lists of ~46,000 names and ~2 × 30,000 titles, and
growing with every person added. A phrase here is one string, its tokens' texts joined, in a set;
the first token's text maps to the phrase's longest length, so a Doc is scanned with one dictionary
lookup per token and a set lookup per possible length. Matches come out as a PhraseMatcher gives
them: every match, overlapping ones too, by start and then end.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.text.names import fold_accents

_FIELDS = {"ORTH": "orth_", "LOWER": "lower_"}
_JOIN = "\x1f"  # the unit separator: no token of a news report holds it


class PhraseTable:
    """Finds the token sequences of `phrases` in a Doc, compared by `attr` ("ORTH" or "LOWER").

    Calling it returns `(label key, start, end)` for every match, as spaCy's PhraseMatcher does.
    Phrases are tokenised by the pipeline's own tokenizer, so they split where a Doc's text does.
    `capitals` (lower-cased words) match only where the Doc writes them in capitals: compared by
    LOWER, the initials in "MR president" are not the "Mr" of "Mr President". With `unaccented`, a
    phrase also matches written without its accents ("Joao Cotrim Figueiredo" for "João Cotrim
    Figueiredo"), as the English press and machine translation often write names; not the other way
    round: "Palácio" in a Portuguese place name is no "Palacio" written with an accent added.
    """

    def __init__(self, nlp: Language, attr: str, label: str, phrases: Iterable[str],
                 capitals: frozenset[str] = frozenset(), unaccented: bool = False):
        self.field = _FIELDS[attr]
        self.capitals = capitals
        self.key = nlp.vocab.strings.add(label)
        self.phrases: set[str] = set()
        self.longest: dict[str, int] = {}  # first token's text → the most tokens a phrase from it has
        # English spaCy tokenizers split letters-only words at spaces alone; another tokenizer is asked.
        special = getattr(nlp.tokenizer, "rules", None) if nlp.lang == "en" else None
        for phrase in phrases:
            texts = None if special is None else _plain_words(phrase, special, lower=self.field == "lower_")
            if texts is None:
                texts = [getattr(token, self.field) for token in nlp.make_doc(phrase)]
            for written in ([texts, [fold_accents(t) for t in texts]] if unaccented else [texts]):
                if not written:
                    continue
                self.phrases.add(_JOIN.join(written))
                if len(written) > self.longest.get(written[0], 0):
                    self.longest[written[0]] = len(written)

    def __len__(self) -> int:
        return len(self.phrases)

    def __call__(self, doc: Doc) -> list[tuple[int, int, int]]:
        texts = [getattr(token, self.field) for token in doc]
        found = []
        for start, first in enumerate(texts):
            longest = self.longest.get(first)
            if longest is None:
                continue
            for end in range(start + 1, min(start + longest, len(texts)) + 1):
                if _JOIN.join(texts[start:end]) in self.phrases and (not self.capitals or all(
                        texts[i] not in self.capitals or doc[i].text.isupper() for i in range(start, end))):
                    found.append((self.key, start, end))
        return found


def _plain_words(phrase: str, special: dict, lower: bool) -> list[str] | None:
    """The tokens' texts of a phrase of letters-only words single-spaced ("Ryosei Akazawa"), which
    the tokenizer splits at the spaces and nowhere else; None when it may split otherwise (a
    hyphen, a full stop, a word with a rule of its own such as "cannot"). Most of the knowledge
    base's tens of thousands of names and titles are such phrases, and tokenising them all took
    most of the start-up."""
    words = phrase.split(" ")
    if not all(word.isalpha() and word not in special for word in words):
        return None
    return [word.lower() for word in words] if lower else words
