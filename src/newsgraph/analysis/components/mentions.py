"""Component `newsgraph.mentions.v1`: the names (and title-only references) that can be actors.

Keeps the entity labels that name actors and places, adds a PERSON mention for each title that
stands alone for its holder ("the South Korean President"), attaches each title to the name it
describes, and records each mention's sentence.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.analysis import extensions  # noqa: F401 (Doc attributes)
from newsgraph.analysis.components.roles import RoleSpan

# spaCy labels that name actors, places or groups; numbers and dates are other components' work.
ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "LAW", "PRODUCT"})



@dataclass(frozen=True)
class FoundMention:
    """A mention as found in the Doc, before linking."""

    start: int  # character offsets into doc.text
    end: int
    text: str
    label: str
    sentence: int
    role: RoleSpan | None = None  # the title describing it, if any
    name: str = ""  # the written name; empty for a title-only mention


@Language.factory("newsgraph_mentions_v1",
                  assigns=["doc._.ng_mentions"],
                  requires=["doc.ents", "doc.sents", "token.pos", "doc._.ng_roles"])
def make_mention_finder(nlp: Language, name: str) -> MentionFinder:
    """Build the mention finder."""
    return MentionFinder()


class MentionFinder:
    """Collects actor-like entities and title-only references, with their sentence index."""

    def __call__(self, doc: Doc) -> Doc:
        starts = [sent.start_char for sent in doc.sents]
        roles = doc._.ng_roles or []
        by_person = {role.person: role for role in roles if role.person}
        found = []
        covered = []
        for role in roles:
            # A title with a country stands for that office's holder; "The minister" without one
            # may stand for a person named before it (the linker decides, or drops it).
            if role.person is None and _stands_alone(doc, role) and (role.start, role.end) not in covered:
                found.append(FoundMention(role.start, role.end, role.text, "PERSON",
                                          bisect_right(starts, role.start) - 1, role))
                covered.append((role.start, role.end))
        for ent in doc.ents:
            if ent.label_ not in ACTOR_LABELS:
                continue
            if ent.label_ != "PERSON" and any(s <= ent.start_char and ent.end_char <= e for s, e in covered):
                continue  # "Economy, Trade and Industry" inside a title is not an organisation mention
            if ent.label_ == "ORG" and _inside_role(ent, roles):
                continue
            role = by_person.get((ent.start_char, ent.end_char)) if ent.label_ == "PERSON" else None
            found.append(FoundMention(ent.start_char, ent.end_char, ent.text, ent.label_,
                                      bisect_right(starts, ent.start_char) - 1, role, ent.text))
        doc._.ng_mentions = sorted(found, key=lambda m: (m.start, m.end))
        return doc


def _stands_alone(doc: Doc, role: RoleSpan) -> bool:
    """A title used as a name: not followed by a proper noun, and not part of a larger phrase; or
    the office of someone else inside another title, whatever follows ("Chief of Staff to the
    President X": the president is mentioned, the name is the chief of staff's)."""
    if role.inner:
        return True
    end = doc.char_span(role.start, role.end, alignment_mode="expand")
    if end is None:
        return False
    following = doc[end.end] if end.end < len(doc) else None
    return following is None or following.pos_ != "PROPN"


def _inside_role(ent, roles: list[RoleSpan]) -> bool:
    """Organisation words that are part of a title attached to a person ("U.S. Treasury" Secretary)."""
    return any(r.person and r.start <= ent.start_char < r.end for r in roles)
