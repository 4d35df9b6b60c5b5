"""Component `newsgraph.observations.v1`: numbers tied to what they measure, whose, when, how firm.

Quantities come from the rule extractor (`quantities.find_quantities`); `indicators` types them.
The subject is the owner named before the measured phrase ("Japan's defence spending",
"Ishiba's cabinet"), else the actor the sentence is about; the object is the party after
"on", "in", "from" or "to" ("a 25% tariff on imports from Japan", "invest $550 billion in the
United States"). People stand for their country where the indicator is a country's (a tariff
Trump imposes is the United States' tariff), and for themselves where it is theirs (a cabinet's
approval rating). The date is the effective date of an announced or scheduled rate ("set to take
effect from August 1"), else the sentence's date, else the publication date.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.analysis.extensions import text_of
from newsgraph.analysis.quantities import (
    Direction,
    Indicator,
    Quantity,
    classify,
    find_quantities,
    find_thresholds,
    status_of,
)
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import ObservationStatus

PERSONAL = {Indicator.approval_rating}  # indicators that belong to a person (or their cabinet)
_OBJECT_WORDS = ("on", "in", "from", "to", "into", "against", "toward", "towards")
_EFFECTIVE = ("take effect", "takes effect", "effective", "starting", "from", "as of", "beginning")


@dataclass(frozen=True)
class FoundObservation:
    """A typed quantity before it becomes a record."""

    quantity: Quantity
    indicator: Indicator
    sentence: int
    subject: str | None  # knowledge-base id
    object: str | None
    date: tuple[str, str] | None
    status: ObservationStatus


@Language.factory("newsgraph_observations_v1",
                  assigns=["doc._.ng_observations"],
                  requires=["doc.sents", "doc._.ng_mentions", "doc._.ng_links", "doc._.ng_times", "doc._.ng_published"])
def make_observer(nlp: Language, name: str) -> Observer:
    """Build the component; it needs `initialize(kb=...)` before it runs."""
    return Observer()


class Observer:
    """Finds quantities and types them as indicator observations."""

    def __init__(self):
        self.kb: KnowledgeBase | None = None

    def initialize(self, get_examples=None, *, nlp: Language | None = None, kb: KnowledgeBase) -> None:
        """Use this knowledge base to map people to their countries."""
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        if self.kb is None:
            raise RuntimeError("newsgraph.observations.v1 needs a knowledge base: initialize it with kb=...")
        text = text_of(doc)
        sentences = list(doc.sents)
        starts = [s.start_char for s in sentences]
        linked = [(m, link.entity) for m, link in zip(doc._.ng_mentions or [], doc._.ng_links or [], strict=False)
                  if link is not None and link.entity and not link.entity.startswith("unresolved-")
                  and (link.entity in self.kb.countries or link.entity in self.kb.persons)]
        found = []
        thresholds = [(t.start, t.end) for t in find_thresholds(text)]
        for quantity in find_quantities(text):
            if any(s <= quantity.start < e for s, e in thresholds):
                continue  # "below 30% is the danger zone" states a band, not a value
            index = max(i for i, s in enumerate(starts) if s <= quantity.start)
            sent = sentences[index]
            window = text[max(sent.start_char, quantity.start - 80):min(sent.end_char, quantity.end + 80)]
            indicator = classify(quantity.unit, quantity.measured, window)
            if indicator is None:
                continue
            in_sentence = [(m, e) for m, e in linked if sent.start_char <= m.start < sent.end_char]
            subject, obj = self._parties(text, quantity, in_sentence, indicator)
            clause = text[sent.start_char:sent.end_char]
            status = status_of(clause, indicator)
            found.append(FoundObservation(_signed(quantity), indicator, index, subject, obj,
                                          _date(doc, text, index, quantity, status), status))
        doc._.ng_observations = found
        return doc

    def _parties(self, text: str, quantity: Quantity, mentions, indicator: Indicator) -> tuple[str | None, str | None]:
        def owner(entity: str) -> str | None:
            if indicator in PERSONAL or entity in self.kb.countries:
                return entity
            return self._country_of(entity)

        obj = None
        for mention, entity in mentions:
            if mention.start >= quantity.end and mention.start - quantity.end < 90:
                between = text[quantity.end:mention.start].lower().split()
                if between and between[-1] in _OBJECT_WORDS or mention.text.lower().endswith(("ese", "an", "ish")):
                    obj = owner(entity)
                    break
        before = [(m, e) for m, e in mentions if m.end <= quantity.start]
        if obj is None:  # "the trust of the Japanese people in the United States has dropped to 22%"
            for mention, entity in reversed(before):
                lead = text[max(0, mention.start - 10):mention.start].lower().split()
                if lead and lead[-1] in ("the",) and len(lead) > 1:
                    lead = lead[:-1]
                if lead and lead[-1] in _OBJECT_WORDS and quantity.start - mention.end < 90:
                    obj = owner(entity)
                    before = [(m, e) for m, e in before if m is not mention]
                    break
        possessive = [(m, e) for m, e in before
                      if text[m.end:m.end + 2] in ("'s", "’s") and quantity.start - m.end < 60]
        # The owner named just before the measured phrase, else the nearest actor before the
        # number ("requested Japan to raise its defence spending"), else one after it.
        after = [(m, e) for m, e in mentions if m.start >= quantity.end] if indicator not in PERSONAL else []
        # (a cabinet's rating is never given to a leader named only after it: "support for the
        # outgoing cabinet stood at 25%, while 44% would back a cabinet led by X")
        ordered = possessive[-1:] + list(reversed(before)) + after
        for _mention, entity in ordered:
            candidate = owner(entity)
            if candidate and candidate != obj:
                return candidate, obj
        return None, obj

    def _country_of(self, person: str) -> str | None:
        """The country of a person's latest office."""
        terms = self.kb.terms(person)
        if not terms:
            return None
        polity = self.kb.positions[terms[-1].position].polity if terms[-1].position in self.kb.positions else None
        return polity if polity in self.kb.countries else None


def _signed(quantity: Quantity) -> Quantity:
    """A number that is itself a fall carries its sign: "cut quotas by 47%" is -47 percent.

    The extractor keeps the size and the direction apart (NewsQuant's convention); an observation
    has one value, so a downward movement becomes negative there.
    """
    if quantity.direction is Direction.down and quantity.range_to is None and quantity.value > 0:
        return replace(quantity, value=-quantity.value)
    return quantity


def _comparison(lead: str) -> bool:
    """"since 2000", "compared to November last year": the date of a comparison, not of the value."""
    lead = lead.lower().rstrip()
    return lead.endswith(("since", "compared to", "compared with", "than", "versus", "vs."))


def _date(doc: Doc, text: str, sentence: int, quantity: Quantity, status: ObservationStatus) -> tuple[str, str] | None:
    times = [t.match for t in doc._.ng_times or [] if t.sentence == sentence and t.match.kind == "date"
             and t.match.value and t.match.precision in ("day", "week", "month", "quarter", "season", "year")
             and not _comparison(text[max(0, t.match.start - 20):t.match.start])]
    if status in (ObservationStatus.announced, ObservationStatus.scheduled):
        for match in times:
            lead = text[max(0, match.start - 25):match.start].lower()
            if any(word in lead for word in _EFFECTIVE):
                return match.value, match.precision
    before = [m for m in times if m.end <= quantity.start]
    if before:  # the date a sentence opens with governs it ("On July 8, … a 25% tariff")
        return before[-1].value, before[-1].precision
    if times:
        nearest = min(times, key=lambda m: abs(m.start - quantity.end))
        return nearest.value, nearest.precision
    published: date | None = doc._.ng_published
    return (published.isoformat(), "day") if published else None
