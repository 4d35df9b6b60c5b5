"""Phrase lists compiled into spaCy PhraseMatchers, lean in memory.

`PhraseMatcher.add` takes one Doc per phrase and keeps each phrase's token keys as a tuple. Tens of
thousands of name forms and office titles built as a list of Docs first cost some 150 MB at peak
(every Doc alive at once), and each kept tuple holds its own copies of the keys. Here the phrases
are tokenised one at a time and every distinct key is one shared int, so a matcher costs little
more than its trie.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher

_FIELDS = {"ORTH": "orth", "LOWER": "lower"}


def phrase_matcher(nlp: Language, attr: str, label: str, phrases: Iterable[str]) -> PhraseMatcher:
    """A matcher that finds `phrases`, compared by `attr` ("ORTH" or "LOWER"), under `label`."""
    field = _FIELDS[attr]
    shared: dict[int, int] = {}
    keys = [tuple(shared.setdefault(key, key) for key in (getattr(token, field) for token in doc))
            for doc in (nlp.make_doc(phrase) for phrase in phrases)]
    matcher = PhraseMatcher(nlp.vocab, attr=attr)
    # Token-key tuples are the form the matcher keeps and re-reads when it is unpickled; its stub
    # names only Docs.
    matcher.add(label, keys)  # type: ignore[arg-type]
    return matcher
