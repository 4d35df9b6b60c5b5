"""Component `newsgraph.events.v1`: PLOVER events per sentence, with linked actors, date and place.

The coding itself is `eventcode.code_events`; this component ties each event to the rest of the
analysis: an actor span becomes the entity of the linked mention inside it (a person, an
organisation, a country), else the country the phrase stands for; the date is the time
expression of the sentence nearest the trigger (past or future: "will visit China in April" is
April's visit); the place is a linked place mention after "in" or "at".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.analysis.events import CodedEvent, code_events
from newsgraph.analysis.extensions import text_of
from newsgraph.kb.index import KnowledgeBase
from newsgraph.resolve.countries import country_lookup

_PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass(frozen=True)
class FoundEvent:
    """A coded event with its actors, date and place resolved to knowledge-base ids where possible."""

    coded: CodedEvent
    sentence: int
    source: tuple[tuple[str, str], ...]  # (entity id in the KB, or "text:<words>"; display name)
    target: tuple[tuple[str, str], ...]
    date: tuple[str, str] | None  # (value, precision)
    location: tuple[str, str] | None


@Language.factory("newsgraph_events_v1",
                  assigns=["doc._.ng_events"],
                  requires=["doc.sents", "token.dep", "token.lemma", "token.pos",
                            "doc._.ng_mentions", "doc._.ng_links", "doc._.ng_times"])
def make_event_coder(nlp: Language, name: str) -> EventCoder:
    """Build the event coder; it needs `initialize(kb=...)` before it runs."""
    return EventCoder()


class EventCoder:
    """Codes the events of every sentence and resolves their actors."""

    def __init__(self):
        self.kb: KnowledgeBase | None = None
        self.countries = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, kb: KnowledgeBase) -> None:
        """Use this knowledge base for actors no mention covers."""
        self.kb = kb
        self.countries = country_lookup(kb)

    def __call__(self, doc: Doc) -> Doc:
        if self.kb is None:
            raise RuntimeError("newsgraph.events.v1 needs a knowledge base: initialize it with kb=...")
        # A person the knowledge base does not hold is an actor under the id all their mentions share.
        linked = [(m, link) for m, link in zip(doc._.ng_mentions or [], doc._.ng_links or [], strict=False)
                  if link is not None and link.entity
                  and (not link.entity.startswith("unresolved-") or m.label == "PERSON")]
        found = []
        text = text_of(doc)
        for index, sent in enumerate(doc.sents):
            # The coder's own types are kept (a failed meeting stays CONSULT, failed=True); PLOVER's
            # convention of recoding intentions and refusals (`plover_type`) is for scoring only.
            for event in code_events(sent, self.countries):
                found.append(FoundEvent(
                    event, index,
                    tuple(self._actor(a, linked) for a in event.source),
                    tuple(self._actor(a, linked) for a in event.target),
                    _date(doc, index, event.trigger[0]),
                    _place(text, sent, linked),
                ))
        doc._.ng_events = found
        return doc

    def _actor(self, actor: tuple[int, int, str], linked) -> tuple[str, str]:
        start, end, text = actor
        inside = [(m, link) for m, link in linked if m.start < end and start < m.end]  # overlapping
        people = [(m, link) for m, link in inside if m.label == "PERSON"]
        chosen = (people or inside)
        if chosen:
            mention, link = chosen[-1]  # the head of "Japan's Prime Minister Ishiba" is the person
            if link.entity.startswith("unresolved-"):
                return link.entity, mention.name or mention.text
            return link.entity, self.kb.entity_name(link.entity)
        code = self.countries(text)
        if code:
            return code, self.kb.entity_name(code)
        return f"text:{text}", text


def _date(doc: Doc, sentence: int, at: int) -> tuple[str, str] | None:
    """The dated time expression of the sentence nearest the trigger."""
    times = [t.match for t in doc._.ng_times or [] if t.sentence == sentence and t.match.kind == "date"
             and t.match.value and t.match.precision in ("day", "week", "month", "quarter", "season", "year")]
    if not times:
        return None
    nearest = min(times, key=lambda m: min(abs(m.start - at), abs(m.end - at)))
    return nearest.value, nearest.precision


def _place(text: str, sent, linked) -> tuple[str, str] | None:
    for mention, link in linked:
        if mention.label in _PLACE_LABELS and sent.start_char <= mention.start < sent.end_char:
            before = text[max(sent.start_char, mention.start - 8):mention.start].lower()
            if re.search(r"\b(?:in|at)\s+(?:the\s+)?$", before):
                return link.entity, mention.text
    return None
