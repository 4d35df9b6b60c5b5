"""Code PLOVER events in a parsed sentence: who did what to whom, and whether it really happened.

`code_events` finds triggers — verbs ("met", "imposed", "threatened"), verbs carrying an event
noun ("held talks", "imposed a 25% tariff", "lodged a protest") and event nouns standing alone
("the talks broke down") — and gives each a PLOVER type and mode from `eventlex`, its source and
target from the dependency parse, and its modality:

- `negated`: "did not reach an agreement", "refused to deploy", "neither side was willing to compromise";
- `future`: "will visit", "plans to", "is set to", "the scheduled meeting", "urged X to raise";
- `hypothetical`: "if"/"unless" clauses and their consequences, "could", "may", "a possible war";
- `failed`: "the talks broke down", "failed to", "an inability to reach", "had not reached an agreement",
  "canceled the scheduled meeting" (the meeting is a failed CONSULT; the cancelling is a SANCTION).

Reporting verbs ("said", "emphasized", "announced that") are transparent: the event is what they
report, and a pronoun subject inside ("he will visit") stands for the reporter. A reported
obligation on someone else ("X said Y must withdraw") is X's REQUEST to Y.

Actors are character spans into the document; coordinated actors ("the United States and
Jordan", "Hungarian and Romanian officials") are listed one by one; "scores of refugees" names the
refugees; an event noun's owner ("an Indian proposal", "calls by Belarus's rulers") is the target
of rejecting or accepting it; goods stand for where they come from ("imports from Japan").

The events come back most prominent first: the **main event** is the trigger closest to the root
of the dependency tree (ties: verbs before nouns, then the earlier one). `plover_type` restates an
event in PLOVER's own convention, where intentions and refusals are types of their own.

Choices where PLOVER leaves room: a punitive tariff is SANCTION (mode tariff) — the manual's
"restrict commercial exchange as punishment" — not COERCE, which is repression of rights;
cancelling a meeting is SANCTION (mode cancel), and the meeting itself is coded as a failed CONSULT.
Where the CAMEO→PLOVER tables decide, they are followed (see `eventlex`): abduction and human
shields are ASSAULT (CAMEO 181, 184), destroying property is COERCE (CAMEO 1712), urging others to
back a third party is SUPPORT (CAMEO 053 "rally support") and calling on them to act against one
is ACCUSE (CAMEO 113 "rally opposition").
"""

from __future__ import annotations

from spacy.tokens import Span

from newsgraph.analysis.events import lex
from newsgraph.analysis.events.actors import actor_spans, actors_of
from newsgraph.analysis.events.lex import COOPERATIVE
from newsgraph.analysis.events.modality import cancels_meeting, failed_meeting, modality_of
from newsgraph.analysis.events.parts import NOT_ACTORS, Actor, CodedEvent, CountryLookup, Trigger
from newsgraph.analysis.events.triggers import noun_trigger, verb_trigger
from newsgraph.model import EventType as T

__all__ = ["Actor", "CodedEvent", "code_events", "main_event", "plover_type"]

_TRIGGER_POS = frozenset({"VERB", "AUX", "ADJ"})  # the parts of speech `verb_trigger` reads


def code_events(sent: Span, countries: CountryLookup) -> list[CodedEvent]:
    """The PLOVER events of one parsed sentence, main event first.

    Args:
        sent: a sentence (or any span) of a parsed Doc.
        countries: maps an actor phrase to an ISO 3166 alpha-2 code, or None; used to split
            compound actors ("Hungarian and Romanian officials") and to tell actors from things.
    """
    triggers = [t for t in (verb_trigger(tok) for tok in sent if tok.pos_ in _TRIGGER_POS) if t is not None]
    carried = {t.noun.i for t in triggers if t.noun is not None} | {t.head.i for t in triggers}
    for tok in sent:
        if tok.i not in carried and tok.pos_ == "NOUN" and tok.ent_type_ not in NOT_ACTORS:
            found = noun_trigger(tok)
            if found is not None:
                triggers.append(found)
    events = [_event(t, sent, countries) for t in triggers]
    events += [failed_meeting(t, e) for t, e in zip(triggers, events, strict=False) if cancels_meeting(t)]
    order = sorted(range(len(events)), key=lambda k: _prominence(triggers[k] if k < len(triggers) else None, events[k]))
    return [events[k] for k in order]


def main_event(events: list[CodedEvent]) -> CodedEvent | None:
    """The sentence's main event (the first of `code_events`), or None."""
    return events[0] if events else None


def plover_type(event: CodedEvent) -> T:
    """The type PLOVER itself would give: intentions are AGREE or THREATEN, refusals REJECT.

    PLOVER codes "X will visit Y" as AGREE (a cooperative act in the future is an intention),
    "X would blockade Y" as THREATEN, "X failed to reach an agreement" as REJECT and failed or
    broken-off talks as SANCTION. newsgraph keeps the act and its modality instead; this function
    restates it for comparison with PLOVER data.
    """
    kind = event.type
    if event.negated or event.failed:
        if kind is T.CONSULT and event.failed and not event.negated:
            return T.SANCTION
        return T.REJECT if kind in COOPERATIVE else kind
    if event.future or event.hypothetical:
        if kind in COOPERATIVE:
            return T.AGREE
        if kind in lex.THREAT_ACTIONS:
            return T.THREATEN
    return kind


def _event(trigger: Trigger, sent: Span, countries: CountryLookup) -> CodedEvent:
    source, target = actors_of(trigger, countries)
    negated, future, hypothetical, failed = modality_of(trigger)
    tokens = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return CodedEvent(trigger.sense.type, trigger.sense.mode, (start, end),
                      tuple(actor_spans(source, countries)), tuple(actor_spans(target, countries)),
                      negated, future, hypothetical, failed, sent.start_char, sent.end_char)


def _prominence(trigger: Trigger | None, event: CodedEvent) -> tuple[int, int, int]:
    """Sort key: depth in the tree, verbs before nouns, then position."""
    if trigger is None:
        return (99, 1, event.trigger[0])
    depth, tok = 0, trigger.head
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return (depth, int(trigger.head.pos_ in ("NOUN", "PROPN")), event.trigger[0])
