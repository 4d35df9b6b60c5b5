"""Component `newsgraph.mentions.v1`: named entities that can be actors, as mentions.

Later components (the knowledge-base entity ruler, the resolver) refine what this finds; this one
only keeps the entity labels that name actors and places, and records each mention's sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

# spaCy labels that name actors, places or groups; numbers and dates are other components' work.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"})

if not Doc.has_extension("ng_mentions"):
    Doc.set_extension("ng_mentions", default=None)


@dataclass(frozen=True)
class FoundMention:
    """A mention as found in the Doc, before linking."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    label: str
    sentence: int


@Language.factory(
    "newsgraph_mentions_v1",
    assigns=["doc._.ng_mentions"],
    requires=["doc.ents", "doc.sents"],
)
def make_mention_finder(nlp: Language, name: str) -> "MentionFinder":
    """Build the mention finder."""
    return MentionFinder()


class MentionFinder:
    """Collects actor-like entities with their sentence index."""

    def __call__(self, doc: Doc) -> Doc:
        starts = [sent.start_char for sent in doc.sents]
        doc._.ng_mentions = [
            FoundMention(ent.start_char, ent.end_char, ent.text, ent.label_,
                         bisect_right(starts, ent.start_char) - 1)
            for ent in doc.ents
            if ent.label_ in ACTOR_LABELS
        ]
        return doc
