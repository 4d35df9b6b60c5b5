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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from spacy.tokens import Span, Token

from newsgraph.analyze import eventlex as lex
from newsgraph.analyze.eventlex import COOPERATIVE, HOSTILE_ACTIONS, Mode, Sense
from newsgraph.model import EventType as T

__all__ = ["Actor", "CodedEvent", "code_events", "main_event", "plover_type"]

Actor = tuple[int, int, str]  # character offsets into the document, and the text
CountryLookup = Callable[[str], "str | None"]


@dataclass(frozen=True)
class CodedEvent:
    """One coded event: type, mode, trigger offsets, actors, modality, and the quoted span.

    `trigger`, `start`/`end` (the sentence quoted) and each actor's offsets are character offsets
    into the document; `source` and `target` are tuples of (start, end, text) so the record stays
    immutable.
    """

    type: T
    mode: Mode | None
    trigger: tuple[int, int]
    source: tuple[Actor, ...]
    target: tuple[Actor, ...]
    negated: bool
    future: bool
    hypothetical: bool
    failed: bool
    start: int
    end: int


@dataclass(frozen=True)
class _Trigger:
    """A trigger before its actors and modality are read."""

    head: Token  # the verb, or the noun when a noun stands alone
    sense: Sense
    noun: Token | None = None  # the event noun a verb carries ("held *talks*")
    inverse: bool = False  # "received support from X": X is the source
    future: bool = False  # the verb puts its object in the future ("plans a visit")
    reported: Token | None = None  # a reported clause whose subject is the target ("Y must ...")


_SUBJECTS = ("nsubj", "csubj", "nsubjpass", "csubjpass")
_NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
_SKIP_ACTOR_DEPS = frozenset({"conj", "cc", "preconj", "appos", "relcl", "punct", "advcl", "parataxis"})

def code_events(sent: Span, countries: CountryLookup) -> list[CodedEvent]:
    """The PLOVER events of one parsed sentence, main event first.

    Args:
        sent: a sentence (or any span) of a parsed Doc.
        countries: maps an actor phrase to an ISO 3166 alpha-2 code, or None; used to split
            compound actors ("Hungarian and Romanian officials") and to tell actors from things.
    """
    triggers = [t for t in (_verb_trigger(tok) for tok in sent) if t is not None]
    carried = {t.noun.i for t in triggers if t.noun is not None} | {t.head.i for t in triggers}
    for tok in sent:
        if tok.i not in carried and tok.pos_ == "NOUN" and tok.ent_type_ not in _NOT_ACTORS:
            found = _noun_trigger(tok)
            if found is not None:
                triggers.append(found)
    events = [_event(t, sent, countries) for t in triggers]
    events += [_failed_meeting(t, e) for t, e in zip(triggers, events) if _cancels_meeting(t)]
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


# --- triggers -------------------------------------------------------------------------------

def _verb_trigger(tok: Token) -> _Trigger | None:
    """The event a verb (or a predicative adjective like "willing") names, if any."""
    if tok.pos_ not in ("VERB", "AUX", "ADJ") or (tok.pos_ == "ADJ" and tok.dep_ != "acomp"):
        return None
    lemma = _lemma(tok)
    if tok.pos_ == "ADJ":
        complement = _child(tok, "xcomp")
        if lemma in ("willing", "ready", "prepared", "committed", "eager") and complement is not None \
                and _verb_trigger(complement) is None and not _carried_noun(complement):
            return _Trigger(tok, Sense(T.AGREE, Mode.PROMISE))
        return None
    for particle in _particles(tok):
        sense = lex.sense_of_phrasal(lemma, particle)
        if sense is not None and (lemma, particle) == ("blow", "up") and _object(tok) is not None \
                and (_object(tok).pos_ == "PRON" or _object(tok).lemma_.lower() in lex.PEOPLE):
            sense = Sense(T.ASSAULT, Mode.BOMBING)  # blowing up people, not property
        if sense is not None:
            return _Trigger(tok, sense, noun=_event_noun(_object(tok)))
    obj = _object(tok)
    if lemma == "call" and (_pobj(tok, "on") is not None or _pobj(tok, "upon") is not None):
        return _Trigger(tok, Sense(T.REQUEST, Mode.APPEAL))
    for prep, verbs in lex.PREP_CARRIERS.items():  # "put under investigation", "went on strike"
        carried = _event_noun(_pobj(tok, prep))
        if carried is not None and lemma in verbs:
            inverse = prep == "under" and lemma in ("come", "be", "remain", "go", "fall")
            return _Trigger(tok, _noun_sense(carried), carried, inverse=inverse)
    if lemma in lex.OBLIGATION_SPEAKERS and _reported_obligation(tok) is not None:
        return _Trigger(tok, Sense(T.REQUEST, Mode.DEMAND), reported=_reported_obligation(tok))
    guests = _pobj(tok, "to")
    if lemma == "open" and guests is not None and set(_object_words(tok, obj)) & {"border", "door", "frontier"} \
            and not set(_object_words(tok, guests)) & (lex.PERSONNEL | lex.MILITARY_WORDS):
        return _Trigger(tok, Sense(T.AID, Mode.ASYLUM), obj)  # opening borders to people: refuge
    for word in _object_words(tok, obj):
        sense = lex.sense_of_verb_object(lemma, word)
        if sense is not None:  # the object is part of the expression ("opened fire", "sought refuge")
            idiom = obj is not None and word == obj.lemma_.lower() and word not in lex.PEOPLE
            return _Trigger(tok, sense, noun=obj if idiom else _event_noun(obj))
    noun = _event_noun(obj)
    if noun is not None:
        found = _with_event_noun(tok, lemma, noun)
        if found is not None:
            return found
    return _plain_verb(tok, lemma, obj)


def _with_event_noun(verb: Token, lemma: str, noun: Token) -> _Trigger | None:
    """A verb whose object is an event noun: it carries, ends, refuses or accepts that event."""
    sense = _noun_sense(noun)
    if sense is None:
        return None
    if lemma in ("break", "violate", "breach", "renege", "defy") and sense.type in (T.AGREE, T.RETREAT):
        return _Trigger(verb, Sense(T.REJECT, Mode.DEFIANCE), noun)
    if lemma in lex.BAN_VERBS:  # banning aid cuts relations; banning rallies is repression
        return _Trigger(verb, Sense(T.SANCTION, Mode.SEVER) if sense.type in COOPERATIVE else Sense(T.COERCE, Mode.BAN), noun)
    if lemma in lex.REJECT_VERBS and (lemma != "oppose" or sense.type in (T.AGREE, T.REQUEST)):
        return _Trigger(verb, Sense(T.REJECT, sense.mode or Mode.REFUSAL), noun)
    if lemma in lex.STOP_VERBS | lex.LIFT_VERBS:
        return _Trigger(verb, _ended(sense, noun), noun)
    if lemma in ("approve", "authorize", "authorise") and sense.type in (T.AID, T.COOPERATE):
        return _Trigger(verb, sense, noun)  # approving a loan grants it
    if lemma in lex.ACCEPT_VERBS and sense.type in (T.REQUEST, T.THREATEN):
        return _Trigger(verb, Sense(T.CONCEDE, sense.mode), noun)
    if lemma in lex.ACCEPT_VERBS and sense.type is T.AGREE:
        return _Trigger(verb, Sense(T.AGREE, sense.mode), noun)
    if lemma == "seek":
        return _Trigger(verb, Sense(T.REQUEST, sense.mode), noun)
    if lemma in lex.RECEIVE_VERBS and lemma not in lex.ACHIEVE_VERBS | {"win"}:
        return _Trigger(verb, sense, noun, inverse=True)
    if lemma in lex.SIGN_VERBS and sense.type is T.AGREE:
        return _Trigger(verb, Sense(T.SUPPORT, Mode.AGREEMENT), noun)
    if lemma in ("declare", "announce") and sense.type is T.RETREAT:
        return _Trigger(verb, Sense(T.CONCEDE, sense.mode), noun)
    if lemma in lex.COMMIT_VERBS | {"propose", "plan", "schedule", "offer"}:
        return _Trigger(verb, sense, noun, future=True)
    if lemma in lex.LIGHT_VERBS or lemma in lex.SPEECH_VERBS:
        return _Trigger(verb, sense, noun)
    return None


def _ended(sense: Sense, noun: Token) -> Sense:
    """What ending, suspending or lifting the named event amounts to."""
    lemma = _noun_key(noun)
    if sense.type in (T.COERCE, T.SANCTION) or lemma in lex.MILITARY_RESTRICTIONS:
        military = lemma in lex.MILITARY_RESTRICTIONS or noun.lemma_.lower() in lex.MILITARY_RESTRICTIONS
        return Sense(T.RETREAT, Mode.ACCESS) if military else Sense(T.CONCEDE, Mode.EASE)
    if sense.type in (T.ASSAULT, T.MOBILIZE):
        return Sense(T.RETREAT, Mode.CEASEFIRE)
    if sense.type in (T.PROTEST, T.REQUEST, T.ACCUSE, T.THREATEN, T.REJECT):
        return Sense(T.CONCEDE, None)
    if sense.type is T.RETREAT:
        return Sense(T.REJECT, Mode.DEFIANCE)
    return Sense(T.SANCTION, Mode.CANCEL if sense.type is T.CONSULT else Mode.SEVER)


def _plain_verb(verb: Token, lemma: str, obj: Token | None) -> _Trigger | None:
    """A verb that names an event by itself, with the object-sensitive readings."""
    words = _object_words(verb, obj)
    if lemma == "deny" and _child(verb, "ccomp") is not None:
        return None  # denying a claim is a comment; the claim itself is negated (see `_modality`)
    if lemma in ("send", "dispatch", "deploy") and _purpose(verb) is not None:
        return None  # "sent experts to investigate": the purpose is the event
    if lemma == "return" and obj is None:
        return None  # "negotiators return to Geneva": travel, not a retreat
    if lemma in ("withdraw", "pull", "recall", "evacuate") and obj is not None:
        if set(words) & lex.PERSONNEL or (lemma == "recall" and not set(words) & lex.FORCES):
            return _Trigger(verb, Sense(T.SANCTION, Mode.WITHDRAW))
        return _Trigger(verb, Sense(T.RETREAT, Mode.WITHDRAW))
    if lemma in ("deploy", "send", "dispatch", "move", "mass", "rush") and obj is not None and set(words) & lex.MILITARY_WORDS:
        peace = {"peacekeeping", "peacekeeper", "observer", "monitor"} & set(words)
        return _Trigger(verb, Sense(T.AID, Mode.MILITARY) if peace else Sense(T.MOBILIZE, Mode.TROOPS))
    if lemma in lex.VISIT_VERBS:
        subject = _subject(verb)
        words = _object_words(verb, subject) if subject is not None else []
        if lemma == "arrive" and set(words) & lex.MILITARY_WORDS:
            peace = {"peacekeeping", "peacekeeper"} & set(words)
            return _Trigger(verb, Sense(T.AID, Mode.MILITARY) if peace else Sense(T.MOBILIZE, Mode.TROOPS))
        if lemma == "arrive" and subject is not None and not set(words) & lex.FORCES:
            return _Trigger(verb, Sense(T.CONSULT, Mode.VISIT))
        return None
    if lemma == "order":
        complement = _child(verb, "xcomp") or _child(verb, "ccomp")
        if complement is not None and complement.lemma_.lower() in lex.COERCIVE_ORDERS:
            return _Trigger(verb, Sense(T.COERCE, Mode.CENSOR))
    if lemma == "block":
        place = bool(set(words) & lex.PLACES)
        return _Trigger(verb, Sense(T.PROTEST, Mode.OBSTRUCT) if place or obj is None else Sense(T.REJECT, Mode.REFUSAL))
    if lemma == "take" and (_pobj(verb, "to") is not None and _pobj(verb, "to").lemma_.lower() == "street"):
        return _Trigger(verb, Sense(T.PROTEST, Mode.DEMONSTRATION))  # "took to the streets"
    if lemma == "protest":  # "China protested to Japan" is verbal; crowds protesting are a protest
        subject = _subject(verb)
        official = subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in ("GPE", "ORG", "NORP"))
        verbal = any(p == "to" for p in _preps(verb)) or (obj is not None and official)
        return _Trigger(verb, Sense(T.ACCUSE, Mode.CRITICISM) if verbal else Sense(T.PROTEST, Mode.DEMONSTRATION))
    if lemma == "strike" and obj is None:
        return _Trigger(verb, Sense(T.PROTEST, Mode.STRIKE))
    if lemma == "oppose":
        return _Trigger(verb, Sense(T.ACCUSE, Mode.CRITICISM))
    if lemma == "prepare":
        inner = _complement_trigger(verb)
        if inner is not None and inner.sense.type in HOSTILE_ACTIONS:
            return _Trigger(verb, Sense(T.MOBILIZE, inner.sense.mode))
        return None
    if lemma in lex.COMMIT_VERBS:
        return _commitment(verb)
    if lemma == "warn":  # a warning is a threat when it names a hostile act or an addressee
        inner = _complement_trigger(verb)
        hostile = inner is not None and inner.sense.type in lex.THREAT_ACTIONS
        return _Trigger(verb, Sense(T.THREATEN, Mode.THREAT)) if hostile or obj is not None else None
    sense = lex.sense_of_verb(lemma)
    if sense is not None and sense.type is T.THREATEN:  # PLOVER: the mode is what is threatened
        inner = _complement_trigger(verb)
        sense = Sense(T.THREATEN, inner.sense.mode) if inner is not None and inner.sense.mode else sense
    return _Trigger(verb, sense) if sense is not None else None


def _commitment(verb: Token) -> _Trigger:
    """A promise or vow: AGREE when what is promised is cooperative, THREATEN when it is hostile."""
    inner = _complement_trigger(verb)
    if inner is not None and inner.sense.type in lex.THREAT_ACTIONS | {T.THREATEN}:
        return _Trigger(verb, Sense(T.THREATEN, inner.sense.mode))
    default = lex.sense_of_verb(verb.lemma_.lower()) or Sense(T.AGREE, Mode.PROMISE)
    if default.type is T.THREATEN and (inner is None or inner.sense.type in COOPERATIVE):
        return _Trigger(verb, Sense(T.AGREE, Mode.PROMISE))
    return _Trigger(verb, default)


def _complement_trigger(verb: Token) -> _Trigger | None:
    """The event a verb's complement names, looking through "resume", "continue", "try" …"""
    complement = _child(verb, "xcomp") or _child(verb, "ccomp") or _purpose(verb)
    for _ in range(3):
        if complement is None:
            return None
        found = _verb_trigger(complement)
        if found is not None or _lemma(complement) not in lex.TRANSPARENT_GOVERNORS:
            if found is None and _event_noun(_object(complement)) is not None:
                return _Trigger(complement, _noun_sense(_event_noun(_object(complement))))
            return found
        complement = _child(complement, "xcomp") or _child(complement, "ccomp")
    return None


def _purpose(verb: Token) -> Token | None:
    """An infinitive of purpose hanging on a verb ("sent experts *to investigate*")."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and _is_infinitive(c)
                 and c.tag_ != "VBG"), None)


def _noun_trigger(noun: Token) -> _Trigger | None:
    """An event noun standing alone ("the talks broke down", "the suspension of air links")."""
    lemma = noun.lemma_.lower()
    if lemma in lex.STOP_NOUNS | lex.LIFT_NOUNS:
        inner = _event_noun(_pobj(noun, "of"))
        inner_sense = _noun_sense(inner) if inner is not None else None
        if inner_sense is not None:
            return _Trigger(noun, _ended(inner_sense, inner), inner)
    sense = _noun_sense(noun, direct=True)
    if sense is None or _noun_key(noun) in lex.WEAK_NOUNS or lemma in lex.WEAK_NOUNS:
        return None
    if noun.dep_ == "compound" or (noun.dep_ == "pobj" and noun.head.lower_ == "of" and
                                   noun.head.head.lemma_.lower() not in lex.OF_CARRIERS):
        return None
    if (noun.dep_ == "pobj" and noun.head.lower_ in lex.BACKGROUND_PREPS) or noun.dep_ == "attr":
        return None  # background ("after the talks") or a predicate ("the negotiations were a battle")
    return _Trigger(noun, sense)


def _noun_sense(noun: Token, direct: bool = False) -> Sense | None:
    """The sense of an event noun, minding two-word names ("hunger strike", "food aid")."""
    modifiers = [c.lower_ for c in noun.children if c.dep_ in ("compound", "amod")]
    for modifier in reversed(modifiers):
        found = lex.sense_of_noun(noun.lemma_.lower(), modifier)
        if found is not None and f"{modifier} {noun.lemma_.lower()}" in lex.NOUN_SENSES:
            return found
    found = lex.sense_of_noun(noun.lemma_.lower())
    if found is not None:
        return found
    if direct or noun.lemma_.lower() not in lex.EVENT_CARRIERS:
        return None
    for child in noun.children:  # "military aid program": the event is the modifier
        if child.dep_ in ("compound", "amod", "nmod") and child.pos_ in ("NOUN", "ADJ"):
            inner = lex.sense_of_noun(child.lemma_.lower())
            if inner is not None:
                return inner
    return None


def _noun_key(noun: Token) -> str:
    """The lexicon key a noun matched under ("hunger strike" or "strike")."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and f"{child.lower_} {lemma}" in lex.NOUN_SENSES:
            return f"{child.lower_} {lemma}"
    return lemma


def _event_noun(obj: Token | None) -> Token | None:
    """The event noun an object names, looking through carriers ("part of a military aid program")."""
    for _ in range(3):
        if obj is None:
            return None
        if _noun_sense(obj) is not None or obj.lemma_.lower() in lex.STOP_NOUNS | lex.LIFT_NOUNS:
            return obj
        amount = obj.pos_ == "NUM" or obj.ent_type_ == "MONEY"
        if obj.lemma_.lower() not in lex.OF_CARRIERS and not amount:
            return None
        obj = _pobj(obj, "of") or (_pobj(obj, "in") if amount else None)  # "$50 million in aid"
    return None


def _carried_noun(verb: Token) -> bool:
    return _event_noun(_object(verb)) is not None


def _reported_obligation(verb: Token) -> Token | None:
    """The reported clause in "X said Y must/should ..." when Y is not X itself."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in lex.DEONTIC_MODALS for c in clause.children)
        modal = modal or (clause.lemma_ in ("have", "need") and _child(clause, "xcomp") is not None
                          and any(c.lower_ == "to" for c in _child(clause, "xcomp").children))
        subject = _subject(clause)
        if modal and subject is not None and subject.lower_ not in lex.PRONOUNS:
            return clause
    return None


# --- actors ---------------------------------------------------------------------------------

def _event(trigger: _Trigger, sent: Span, countries: CountryLookup) -> CodedEvent:
    source, target = _actors(trigger, countries)
    negated, future, hypothetical, failed = _modality(trigger)
    tokens = [trigger.head] + ([trigger.noun] if trigger.noun is not None else [])
    start = min(t.idx for t in tokens)
    end = max(t.idx + len(t) for t in tokens)
    return CodedEvent(trigger.sense.type, trigger.sense.mode, (start, end),
                      tuple(_spans(source, countries)), tuple(_spans(target, countries)),
                      negated, future, hypothetical, failed, sent.start_char, sent.end_char)


def _actors(trigger: _Trigger, countries: CountryLookup) -> tuple[list[Token], list[Token]]:
    """Head tokens of the source and target actors."""
    head, noun = trigger.head, trigger.noun
    if trigger.reported is not None:
        return _expand(_resolve(_subject(head))), _expand(_subject(trigger.reported))
    if trigger.inverse:  # "received support from X", "came under attack from X"
        giver = _pobj(head, "from") or (_pobj(noun, "from") if noun is not None else None)
        return _expand(giver), [t for t in _expand(_resolve(_subject(head))) if giver is None or t.i != giver.i]
    if head.pos_ in ("NOUN", "PROPN"):
        source, target = _noun_actors(head, countries)
    else:
        source, target = _verb_actors(trigger, countries)
    target = [t for t in target if t not in source]
    return source, target


def _verb_actors(trigger: _Trigger, countries: CountryLookup) -> tuple[list[Token], list[Token]]:
    verb, noun = trigger.head, trigger.noun
    target: list[Token] = []
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        source = _expand(_pobj(agent, None)) if agent is not None else []
        target = _expand(next((c for c in verb.children if c.dep_ == "nsubjpass"), None))
    else:
        source = _expand(_resolve(_subject(verb)))
    target = target or _verb_targets(trigger, countries) or _embedded_target(verb, countries)
    if not target and trigger.sense.type is T.THREATEN:
        target = _expand(_condition_subject(verb))  # "... if the United States goes ahead"
    target = target or _located([verb, noun], trigger.sense.type, countries)
    if noun is not None and not source:
        source = _owners(noun, countries)
    if not source and not any(c.dep_ == "nsubjpass" for c in verb.children):
        source = _expand(_reporter(verb))  # "X said removing the sanctions is out of the question"
    return source, target


def _condition_subject(verb: Token) -> Token | None:
    """The subject of an if/unless clause under a verb or its complement: whom a threat is aimed at."""
    for tok in [verb] + [c for c in verb.children if c.dep_ in ("xcomp", "ccomp")]:
        for clause in (c for c in tok.children if c.dep_ == "advcl"):
            if any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
                subject = _subject(clause)
                if subject is not None and subject.lower_ not in lex.PRONOUNS:
                    return subject
    return None


def _reporter(tok: Token) -> Token | None:
    """The subject of the reporting verb a subjectless clause hangs under, if any."""
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in ("csubj", "ccomp", "xcomp", "advcl", "conj", "nsubj"):
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and _lemma(tok) in lex.SPEECH_VERBS:
            subject = _subject(tok)
            return subject if subject is not None and subject.lower_ not in lex.PRONOUNS else None
    return None


def _verb_targets(trigger: _Trigger, countries: CountryLookup) -> list[Token]:
    """Objects and prepositional objects of a verb that stand for actors."""
    verb, noun, kind = trigger.head, trigger.noun, trigger.sense.type
    origin = _pobj(verb, "from")
    if _lemma(verb) in lex.REMOVAL_VERBS and origin is not None:  # "withdraw troops from Lebanon"
        return _expand(origin)
    if kind is T.MOBILIZE:  # PLOVER: the recipient is whom the forces are mobilised against
        against = next((t for t in verb.subtree if t.lower_ == "against" and t.dep_ == "prep"), None)
        if against is not None:
            return _expand(_pobj(against, None))
    for dative in (c for c in verb.children if c.dep_ in ("dative", "iobj")):
        found = _expand(dative if dative.pos_ in ("NOUN", "PROPN") else _pobj(dative, None))
        if found:
            return found
    obj = _object(verb)
    if obj is not None and (noun is None or obj.i != noun.i):
        found = _object_target(obj, kind, countries)
        if found is not None:
            return found
    if noun is not None:
        if kind in (T.REJECT, T.CONCEDE, T.SUPPORT, T.ACCUSE) and trigger.sense.mode is not Mode.AGREEMENT:
            owners = _owners(noun, countries)
            if owners:
                return owners
        found = _noun_actors(noun, countries, carried=True)[1]
        if found:
            return found
    if kind is T.REQUEST:
        clause = _child(verb, "ccomp") or _child(verb, "xcomp")
        if clause is not None and _subject(clause) is not None:
            return _expand(_subject(clause))
    reason = _pobj(verb, "in")  # "in protest against X", "in response to X"
    if reason is not None and reason.lemma_.lower() in ("protest", "response", "retaliation", "solidarity"):
        found = next((f for f in (_prep_actor(_pobj(reason, p), countries) for p in ("of", "against", "to", "with")) if f), [])
        if found:
            return found
    preps = lex.TARGET_PREPS + (("at",) if kind in (T.ASSAULT, T.PROTEST) else ())
    if obj is not None and obj.lemma_.lower() in lex.WEAPONS:
        preps = ("at", "on", "against", "into")
        found = next((p for p in (_pobj(verb, q) or _pobj(obj, q) for q in preps) if p is not None), None)
        return _expand(found) if found is not None else _located([verb, obj], kind, countries)
    for prep in preps:
        found = _prep_actor(_pobj(verb, prep), countries)
        if found:
            return found
    return []


def _prep_actor(pobj: Token | None, countries: CountryLookup) -> list[Token]:
    """The actor a prepositional object names: itself, the owner of an event ("with the U.S. tariff
    policy"), or where goods come from ("on imports from Japan")."""
    if pobj is None or pobj.ent_type_ in _NOT_ACTORS:
        return []
    if _event_noun(pobj) is not None:
        return _owners(pobj, countries)
    if pobj.lemma_.lower() in lex.GOODS:
        return _goods_origin(pobj, countries)
    if not _actor_like(pobj, countries) and not _place(pobj):  # "against the new law": whose law
        return _owners(pobj, countries)
    return _expand(pobj)


def _place(tok: Token) -> bool:
    return tok.lemma_.lower() in lex.PLACE_NOUNS or tok.ent_type_ in ("GPE", "LOC", "FAC")


def _object_target(obj: Token, kind: T, countries: CountryLookup) -> list[Token] | None:
    """The actor a direct object stands for, [] when it stands for none, None to keep looking."""
    if _event_noun(obj) is not None:  # "defended the right of X": whose right it is
        return _owners(obj, countries) or _noun_actors(obj, countries, carried=True)[1] or None
    if obj.lemma_.lower() in lex.GOODS:
        return _goods_origin(obj, countries)
    if obj.lemma_.lower() in lex.WEAPONS:  # "fired four shells at targets in Jericho"
        return None
    if kind in (T.REJECT, T.ACCUSE, T.SUPPORT, T.REQUEST, T.AGREE, T.CONCEDE) and not _actor_like(obj, countries):
        owners = _owners(obj, countries) or (_expand(_pobj(obj, "of")) if _actor_like(_pobj(obj, "of"), countries) else [])
        if owners or kind in (T.REJECT, T.REQUEST):
            return owners
    return _expand(obj)


def _embedded_target(verb: Token, countries: CountryLookup) -> list[Token]:
    """The target of what a verb governs: "threatened to ban *X*", "refused to deploy in *Iraq*"."""
    inner = _complement_trigger(verb)
    if inner is None:
        complement = _child(verb, "xcomp") or _child(verb, "ccomp") or _purpose(verb)
        if complement is None:
            return []
        inner = _Trigger(complement, Sense(T.AGREE))
    return _verb_targets(inner, countries) or _located([inner.head, inner.noun], inner.sense.type, countries)


def _located(tokens: list[Token | None], kind: T, countries: CountryLookup) -> list[Token]:
    """Where an action took place, as its target ("imposed a curfew in Cizre", "sought refuge in Germany");
    for actions other than material conflict only a place that names a country or a known entity."""
    if kind is T.CONSULT:
        return []
    for tok in (t for t in tokens if t is not None):
        for prep in ("in", "into", "inside"):
            pobj = _pobj(tok, prep)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                continue
            if _actor_like(pobj, countries) or (_place(pobj) and kind in HOSTILE_ACTIONS | {T.AID, T.RETREAT, T.CONCEDE}):
                return _expand(pobj)
    return []


def _noun_actors(noun: Token, countries: CountryLookup, carried: bool = False) -> tuple[list[Token], list[Token]]:
    """Source and target of an event noun: its owner, and its with/on/against/to phrase.

    Parties "between" whom a standalone event happens are its sources ("talks between X and Y");
    when a verb carries the noun, its subject is the source and they are the targets
    ("launched a mediation effort between X and Y").
    """
    source = _owners(noun, countries)
    between = _pobj(noun, "between")
    if between is not None:
        return (source, _expand(between)) if carried else (source + _expand(between), [])
    target: list[Token] = []
    sense = _noun_sense(noun)
    preps = ("with", "on", "against", "to", "toward", "towards", "into", "of")
    if sense is not None and sense.type in (T.AID, T.SUPPORT):
        preps += ("for",)  # "aid for Bosnia"
    for prep in preps:
        pobj = _pobj(noun, prep)
        target = _prep_actor(pobj, countries)
        if target:
            break
    inner = _event_noun(_pobj(noun, "of"))
    if not target and inner is not None and inner.i != noun.i:  # "suspension of air links with Serbia"
        target = _noun_actors(inner, countries, carried=True)[1]
    if not source and not carried and noun.dep_ in ("dobj", "pobj"):
        governor = noun.head if noun.dep_ == "dobj" else noun.head.head
        if governor.pos_ in ("VERB", "AUX") and _verb_trigger(governor) is None:  # "return to Geneva for talks"
            source = _expand(_resolve(_subject(governor)))
    return source, target


def _owners(noun: Token, countries: CountryLookup) -> list[Token]:
    """Who a noun belongs to: "Israel's invasion", "an Indian proposal", "calls by Belarus's rulers"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "our", "my"):
            return _expand(child)
    for prep in ("by", "from"):
        pobj = _pobj(noun, prep)
        if pobj is not None:
            return _expand(pobj)
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod") and (countries(child.text) or child.ent_type_ in ("GPE", "NORP", "ORG")):
            return _expand(child)
    for child in (c for c in noun.children if c.dep_ == "acl"):  # "crimes committed by Croat forces"
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        if agent is not None:
            return _expand(_pobj(agent, None))
    holder = _pobj(noun, "of")  # "the computers of South Korean army officers"
    return _expand(holder) if _actor_like(holder, countries) else []


def _goods_origin(goods: Token, countries: CountryLookup) -> list[Token]:
    """The country goods come from: "imports from Japan", "Japanese goods"."""
    origin = _pobj(goods, "from") or _pobj(goods, "of")
    if origin is not None:
        return _expand(origin)
    return _owners(goods, countries) or [goods]


def _actor_like(tok: Token | None, countries: CountryLookup) -> bool:
    """Whether a noun phrase names an actor (person, group, country) rather than a thing."""
    if tok is None:
        return False
    if tok.pos_ == "PROPN" or tok.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
        return True
    return tok.lemma_.lower() in lex.ACTOR_NOUNS or bool(countries(tok.text))


def _expand(tok: Token | None) -> list[Token]:
    """An actor and the actors coordinated with it ("the United States and Jordan")."""
    for _ in range(3):  # "scores of refugees", "a group of Moroccan diplomats": the people
        inner = _pobj(tok, "of")
        if tok is None or tok.lemma_.lower() not in lex.COUNT_NOUNS or inner is None:
            break
        tok = inner
    if tok is None or tok.ent_type_ in _NOT_ACTORS:
        return []
    found = [tok]
    for child in tok.children:
        if child.dep_ == "conj" and child.pos_ in ("NOUN", "PROPN", "PRON"):
            found.extend(_expand(child))
    return found


def _resolve(tok: Token | None) -> Token | None:
    """A subject pronoun stands for the subject of the clause that reports it ("X said it will"),
    and so does "its troops", "their forces" (the owner is the actor that counts)."""
    if tok is None:
        return tok
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children)
    if tok.lower_ not in lex.PRONOUNS and not (owned and tok.lemma_.lower() in lex.FORCES | {"government", "leader", "official"}):
        return tok
    clause = tok.head
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acomp") or clause.head.i == clause.i:
            return tok
        clause = clause.head
        subject = _subject(clause)
        if subject is not None and subject.lower_ not in lex.PRONOUNS:
            return subject
    return tok


def _spans(heads: list[Token], countries: CountryLookup) -> list[Actor]:
    """Character spans of actor phrases; coordinated country adjectives become one actor each."""
    spans: list[Actor] = []
    for head in heads:
        split = _coordinated_countries(head, countries)
        for tok_start, tok_end in split or [_phrase(head)]:
            doc = head.doc
            text = doc[tok_start:tok_end].text
            spans.append((doc[tok_start].idx, doc[tok_end - 1].idx + len(doc[tok_end - 1]), text))
    return spans


def _coordinated_countries(head: Token, countries: CountryLookup) -> list[tuple[int, int]]:
    """"Hungarian and Romanian officials" -> the two adjectives, when both name countries."""
    for child in head.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            group = [child] + [c for c in child.children if c.dep_ == "conj"]
            if len(group) > 1 and all(countries(t.text) for t in group):
                return [(t.i, t.i + 1) for t in group]
    return []


def _phrase(head: Token) -> tuple[int, int]:
    """Token range of an actor phrase: the head and its modifiers, without clauses, conjuncts,
    dates ("Rebels in the Ivory Coast *on Tuesday*") or anything past a comma."""
    keep = [head.i]
    stack = list(head.children)
    while stack:
        tok = stack.pop()
        if tok.dep_ in _SKIP_ACTOR_DEPS or tok.dep_ == "case" or (tok.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in tok.children)):
            continue
        keep.append(tok.i)
        stack.extend(tok.children)
    doc = head.doc
    start, end = min(keep), max(keep) + 1
    end = next((i for i in range(head.i + 1, end) if doc[i].text in (",", ";", "(", "--")), end)
    start = next((i + 1 for i in range(head.i - 1, start - 1, -1) if doc[i].text in (",", ";", "--")), start)
    while start < head.i and doc[start].is_punct:
        start += 1
    return start, end


# --- modality -------------------------------------------------------------------------------

def _modality(trigger: _Trigger) -> tuple[bool, bool, bool, bool]:
    """(negated, future, hypothetical, failed) for a trigger."""
    head, noun = trigger.head, trigger.noun
    chain = _governors(head)
    verbs = [head] + [g for g, link in chain if link]
    negated = any(_negated_here(v) for v in verbs)
    future = trigger.future
    hypothetical = False
    failed = False
    reported = any(g.lemma_.lower() in lex.SPEECH_VERBS for g, _ in chain)
    for tok in verbs:
        for aux in (c for c in tok.children if c.dep_ in ("aux", "auxpass")):
            word = aux.lower_
            if word in ("will", "shall", "'ll", "wo") or (word == "would" and reported):
                future = True
            elif word in lex.DEONTIC_MODALS:
                future = True
            elif word in lex.HYPOTHETICAL_MODALS or word == "would":
                hypothetical = True
        if any(c.dep_ == "mark" and c.lower_ in lex.CONDITION_MARKERS for c in tok.children):
            hypothetical = True
        conditional = any(c.dep_ == "advcl" and any(m.lower_ in lex.CONDITION_MARKERS for m in c.children if m.dep_ == "mark")
                          for c in tok.children)
        if conditional and trigger.sense.type not in (T.THREATEN, T.REQUEST):
            hypothetical = True  # a threat's or demand's condition belongs to its content, not to the act
    for governor, _ in chain:
        word = governor.lemma_.lower()
        if word in lex.NEGATING_GOVERNORS:
            negated = True
        if word in lex.FAILING_GOVERNORS:
            failed = True
        if word in lex.FUTURE_GOVERNORS or (word == "go" and governor.tag_ == "VBG"):
            future = True
        if word in lex.SPEECH_VERBS:
            break
    for name in (t for t in (noun, head) if t is not None and t.pos_ in ("NOUN", "PROPN")):
        words = {c.lower_ for c in name.children if c.dep_ in ("amod", "det", "neg", "compound")}
        negated = negated or bool(words & {"no", "neither"}) or name.head.lower_ == "without"
        if name.i == head.i:  # a carried noun takes its tense from the verb ("mounted its long-threatened invasion")
            failed = failed or bool(words & lex.FAILED_MODIFIERS) or _failure_subject(name)
            future = future or bool(words & lex.FUTURE_MODIFIERS) or (
                name.dep_ in ("nsubj", "nsubjpass") and _lemma(name.head) in lex.SCHEDULE_VERBS)
            hypothetical = hypothetical or bool(words & lex.HYPOTHETICAL_MODIFIERS)
    if _ruled_out(head):
        negated = True
    verb_lemma = head.lemma_.lower()
    agreement = trigger.sense.type is T.AGREE and (noun is not None or head.pos_ == "NOUN")
    if negated and (verb_lemma in lex.ACHIEVE_VERBS or agreement):
        failed = True
    return negated, future, hypothetical, failed


def _governors(tok: Token) -> list[tuple[Token, bool]]:
    """Tokens governing a trigger's complement chain, each with whether it shares its clause
    (xcomp, acomp: "was not *willing* to compromise") rather than reporting it (ccomp)."""
    chain: list[tuple[Token, bool]] = []
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("xcomp", "ccomp", "acl", "advcl", "acomp", "pcomp", "pobj", "conj") or cur.head.i == cur.i:
            break
        link = cur.dep_ in ("xcomp", "acomp", "acl")
        if cur.dep_ in ("advcl", "pcomp", "pobj", "conj") and not _is_infinitive(cur):
            if cur.dep_ != "conj":
                break
        cur = cur.head
        if cur.dep_ == "prep":
            cur = cur.head
        chain.append((cur, link))
    return chain


def _negated_here(tok: Token) -> bool:
    """A "not"/"never" on the verb, or a subject like "neither side" or "no country"."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    if any(c.dep_ == "advmod" and c.lower_ == "never" for c in tok.children):
        return True
    subject = _subject(tok)
    if subject is not None and (subject.lower_ in lex.NEGATIVE_DETERMINERS or
                                any(c.lower_ in lex.NEGATIVE_DETERMINERS for c in subject.children if c.dep_ in ("det", "preconj"))):
        return True
    return False


def _failure_subject(noun: Token) -> bool:
    """Whether the noun is the subject of "broke down", "collapsed", "have failed"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    lemma = verb.lemma_.lower()
    particles = set(_particles(verb))
    if lemma in ("break", "fall", "end"):
        return bool(particles & lex.FAILURE_PARTICLES) or _pobj(verb, "without") is not None
    if noun.dep_ == "nsubjpass" and (lemma in lex.CANCEL_VERBS or (lemma, next(iter(particles), "")) == ("call", "off")):
        return True  # "the summit was cancelled"
    return lemma in lex.FAILURE_VERBS


def _ruled_out(tok: Token) -> bool:
    """"Removing the sanctions is out of the question", "a deal is unacceptable"."""
    if tok.dep_ not in ("csubj", "nsubj") or tok.head.lemma_ != "be":
        return False
    copula = tok.head
    words = {t.lemma_.lower() for t in copula.subtree if t.i > tok.i}
    return bool(words & lex.NEGATING_PREDICATES)


# --- ordering and small helpers -------------------------------------------------------------

def _cancels_meeting(trigger: _Trigger) -> bool:
    return (trigger.noun is not None and trigger.sense.mode is Mode.CANCEL
            and (_noun_sense(trigger.noun) or Sense(T.AGREE)).type is T.CONSULT)


def _failed_meeting(trigger: _Trigger, cancel: CodedEvent) -> CodedEvent:
    """The meeting a cancellation called off, as a failed CONSULT between the same actors."""
    noun = trigger.noun
    sense = _noun_sense(noun)
    _, future, hypothetical, _ = _modality(_Trigger(noun, sense))
    span = (noun.idx, noun.idx + len(noun))
    return CodedEvent(T.CONSULT, sense.mode, span, cancel.source, cancel.target, False, future,
                      hypothetical, True, cancel.start, cancel.end)


def _prominence(trigger: _Trigger | None, event: CodedEvent) -> tuple[int, int, int]:
    """Sort key: depth in the tree, verbs before nouns, then position."""
    if trigger is None:
        return (99, 1, event.trigger[0])
    depth, tok = 0, trigger.head
    while tok.head.i != tok.i and depth < 50:
        tok, depth = tok.head, depth + 1
    return (depth, int(trigger.head.pos_ in ("NOUN", "PROPN")), event.trigger[0])


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, following control ("X urged Y to go": Y goes) and coordination."""
    found = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    if found is not None:
        return found
    if tok.dep_ == "xcomp" or (tok.dep_ in ("advcl", "acl") and _is_infinitive(tok) and tok.head.pos_ in ("VERB", "AUX")):
        governor = tok.head
        controller = _object(governor) or _pobj(governor, "on") or _pobj(governor, "upon")
        if governor.lemma_.lower() in lex.OBJECT_CONTROL and controller is not None:
            return controller
        return _subject(governor) if governor.i != tok.i else None
    if tok.dep_ == "acomp" or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
        return _subject(tok.head)
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
        if tok.dep_ == "relcl":
            return tok.head
        if owner is None and tok.head.dep_ == "dobj":  # "issued a declaration demanding ..."
            return _subject(tok.head.head)
        return owner
    return None


def _lemma(tok: Token) -> str:
    """The verb's lemma, repairing the small model's slips ("staged" -> "stag") from the word form."""
    lemma = tok.lemma_.lower()
    if lemma in lex.KNOWN_VERBS or tok.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
        return lemma
    word = tok.lower_
    for cut, add in (("ed", ""), ("d", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut) and word[:-len(cut)] + add in lex.KNOWN_VERBS:
            return word[:-len(cut)] + add
    return lemma


def _is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.tag_ == "VBG"


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def _child(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def _particles(verb: Token) -> list[str]:
    """Particles and directly following prepositions of a verb ("broke *down*", "called *on*")."""
    words = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("prep", "prt", "advmod", "acomp"):
        words.append(nxt.lower_)
    return words


def _preps(tok: Token) -> list[str]:
    return [c.lower_ for c in tok.children if c.dep_ in ("prep", "dative")]


def _pobj(tok: Token | None, prep: str | None) -> Token | None:
    """The object of a preposition hanging on `tok` (any preposition when `prep` is None)."""
    if tok is None:
        return None
    preps = [tok] if prep is None else [c for c in tok.children if c.dep_ in ("prep", "dative", "agent") and c.lower_ == prep]
    for p in preps:
        found = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
        if found is not None:
            return found
    return None


def _object_words(verb: Token, obj: Token | None) -> list[str]:
    """Lemmas of an object's head and modifiers, and of "as" phrases ("holding X as human shields")."""
    words: list[str] = []
    if obj is not None:
        words.append(obj.lemma_.lower())
        words += [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
        inner = _pobj(obj, "of")
        if inner is not None:
            words.append(inner.lemma_.lower())
            words += [c.lemma_.lower() for c in inner.children if c.dep_ in ("compound", "amod", "nmod")]
    shield = _pobj(verb, "as")
    if shield is not None:
        words.append(shield.lemma_.lower())
    return words
