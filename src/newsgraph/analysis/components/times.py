"""Component `newsgraph.times.v1`: time expressions normalised against the publication date."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.analysis.extensions import text_of
from newsgraph.analysis.times import TimeMatch, find_times, words

_FUTURE_AUX = words("future_auxiliary")
_NOT_AHEAD = words("not_ahead")
# The dependencies of an infinitive that complements a verb or noun ("plans to travel").
_COMPLEMENTS = {"xcomp", "advcl", "acl", "relcl", "ccomp"}


@dataclass(frozen=True)
class FoundTime:
    """A normalised time expression and its sentence."""

    match: TimeMatch
    sentence: int


@Language.factory("newsgraph_times_v1",
                  assigns=["doc._.ng_times"],
                  requires=["doc.sents", "token.dep", "token.lemma", "token.tag", "token.pos", "doc._.ng_published"])
def make_time_finder(nlp: Language, name: str) -> TimeFinder:
    """Build the time finder; it reads the anchor date from `doc._.ng_published`."""
    return TimeFinder()


class TimeFinder:
    """Runs the rule normaliser with a tense hook that reads the parse."""

    def __call__(self, doc: Doc) -> Doc:
        anchor: date | None = doc._.ng_published
        starts = [sent.start_char for sent in doc.sents]
        matches = find_times(text_of(doc), anchor, tense=lambda s, e: clause_tense(doc, s, e))
        # A weekday or month inside a person's name is the name ("Sunday Dare", "Theresa May").
        names = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        matches = [m for m in matches if not any(start <= m.start and m.end <= end for start, end in names)]
        doc._.ng_times = [FoundTime(m, bisect_right(starts, m.start) - 1) for m in matches]
        return doc


def clause_tense(doc: Doc, start: int, end: int) -> str | None:
    """The tense of the clause governing a character span: future with will/shall/going to, past
    with a past-tense verb, else None (the normaliser then falls back on cue words)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            break
        if token.head is token:
            return None
        token = token.head
    children = list(token.children)
    auxiliaries = {c.lower_ for c in children if c.dep_ in ("aux", "auxpass")}
    if auxiliaries & _FUTURE_AUX:
        return "future"
    # An infinitive looks ahead of the verb it hangs on ("plans to travel in April", "agreed to
    # meet in May"), unless that verb is a habit or a need ("used to", "had to").
    if (token.tag_ == "VB" and "to" in auxiliaries and token.dep_ in _COMPLEMENTS
            and token.text.islower() and token.head.lemma_ not in _NOT_AHEAD):
        return "future"
    if token.tag_ == "VBD":
        return "past"
    # A participle is past only in a perfect ("has met"); "is due to be published" says nothing.
    if token.tag_ == "VBN" and auxiliaries & {"has", "have", "had"} and "to" not in auxiliaries:
        return "past"
    return None
