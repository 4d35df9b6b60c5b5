"""Event triggers: verbs, verbs carrying an event noun ("held talks", "imposed a 25% tariff") and
event nouns standing alone ("the talks broke down"), each with its PLOVER sense."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.analysis.events import lex
from newsgraph.analysis.events.lex import COOPERATIVE, HOSTILE_ACTIONS, Mode, Sense
from newsgraph.analysis.events.parts import (
    Trigger,
    child_with,
    ended,
    event_noun,
    is_infinitive,
    lemma_of,
    levied,
    noun_key,
    noun_sense,
    object_of,
    object_words,
    particles_of,
    pobj_of,
    preps_of,
    purpose_of,
    subject_of,
)
from newsgraph.model import EventType as T


def verb_trigger(tok: Token) -> Trigger | None:
    """The event a verb (or a predicative adjective like "willing") names, if any."""
    if tok.pos_ not in ("VERB", "AUX", "ADJ") or (tok.pos_ == "ADJ" and tok.dep_ != "acomp"):
        return None
    lemma = lemma_of(tok)
    if tok.pos_ == "ADJ":
        complement = child_with(tok, "xcomp")
        if lemma in ("willing", "ready", "prepared", "committed", "eager") and complement is not None \
                and verb_trigger(complement) is None and not _carried_noun(complement):
            return Trigger(tok, Sense(T.AGREE, Mode.PROMISE))
        return None
    for particle in particles_of(tok):
        sense = lex.sense_of_phrasal(lemma, particle)
        if sense is not None and (lemma, particle) == ("blow", "up") and object_of(tok) is not None \
                and (object_of(tok).pos_ == "PRON" or object_of(tok).lemma_.lower() in lex.PEOPLE):
            sense = Sense(T.ASSAULT, Mode.BOMBING)  # blowing up people, not property
        if sense is not None:
            return Trigger(tok, sense, noun=event_noun(object_of(tok)))
    obj = object_of(tok)
    if lemma == "call" and (pobj_of(tok, "on") is not None or pobj_of(tok, "upon") is not None):
        return Trigger(tok, _rallied(tok) or Sense(T.REQUEST, Mode.APPEAL))
    for prep, verbs in lex.PREP_CARRIERS.items():  # "put under investigation", "went on strike"
        if lemma not in verbs:
            continue
        carried = event_noun(pobj_of(tok, prep))
        if carried is not None:
            inverse = prep == "under" and lemma in ("come", "be", "remain", "go", "fall")
            return Trigger(tok, noun_sense(carried), carried, inverse=inverse)
    if lemma in lex.OBLIGATION_SPEAKERS and _reported_obligation(tok) is not None:
        return Trigger(tok, Sense(T.REQUEST, Mode.DEMAND), reported=_reported_obligation(tok))
    guests = pobj_of(tok, "to") if lemma == "open" else None
    if guests is not None and set(object_words(tok, obj)) & {"border", "door", "frontier"} \
            and not set(object_words(tok, guests)) & (lex.PERSONNEL | lex.MILITARY_WORDS):
        return Trigger(tok, Sense(T.AID, Mode.ASYLUM), obj)  # opening borders to people: refuge
    for word in object_words(tok, obj):
        sense = lex.sense_of_verb_object(lemma, word)
        if sense is not None and sense.type is T.ACCUSE and levied(obj):
            return Trigger(tok, Sense(T.SANCTION, Mode.TARIFF), obj)  # "bringing the charge on cars to 27.5%"
        if sense is not None:  # the object is part of the expression ("opened fire", "sought refuge")
            idiom = obj is not None and word == obj.lemma_.lower() and word not in lex.PEOPLE
            return Trigger(tok, _by_protesters(tok, sense), noun=obj if idiom else event_noun(obj))
    noun = event_noun(obj)
    if noun is None and obj is None and lemma in lex.ACCEPT_VERBS:
        noun = event_noun(pobj_of(tok, "to"))  # "agreed to the opposition's demand"
    if noun is not None:
        found = _with_event_noun(tok, lemma, noun)
        if found is not None:
            return found
    return _plain_verb(tok, lemma, obj)


def _with_event_noun(verb: Token, lemma: str, noun: Token) -> Trigger | None:
    """A verb whose object is an event noun: it carries, ends, refuses or accepts that event."""
    sense = noun_sense(noun)
    if sense is None or _rated(verb, noun, sense):
        return None
    if lemma in ("break", "violate", "breach", "renege", "defy") and sense.type in (T.AGREE, T.RETREAT):
        return Trigger(verb, Sense(T.REJECT, Mode.DEFIANCE), noun)
    if lemma in lex.BAN_VERBS:  # banning aid cuts relations; banning rallies is repression
        banned = Sense(T.SANCTION, Mode.SEVER) if sense.type in COOPERATIVE else Sense(T.COERCE, Mode.BAN)
        return Trigger(verb, banned, noun)
    if lemma in lex.REJECT_VERBS and (lemma != "oppose" or sense.type in (T.AGREE, T.REQUEST)):
        return Trigger(verb, Sense(T.REJECT, sense.mode or Mode.REFUSAL), noun)
    if lemma in lex.STOP_VERBS | lex.LIFT_VERBS:
        return Trigger(verb, ended(sense, noun), noun)
    if lemma in ("approve", "authorize", "authorise") and sense.type in (T.AID, T.COOPERATE):
        return Trigger(verb, sense, noun)  # approving a loan grants it
    if lemma in lex.ACCEPT_VERBS and sense.type in (T.REQUEST, T.THREATEN):
        return Trigger(verb, Sense(T.CONCEDE, sense.mode), noun)
    if lemma in lex.ACCEPT_VERBS and sense.type is T.AGREE:
        return Trigger(verb, Sense(T.AGREE, sense.mode), noun)
    if lemma == "seek":
        return Trigger(verb, Sense(T.REQUEST, sense.mode), noun)
    if lemma in lex.RECEIVE_VERBS and lemma not in lex.ACHIEVE_VERBS | {"win"}:
        return Trigger(verb, sense, noun, inverse=True)
    if lemma in lex.SIGN_VERBS and sense.type is T.AGREE:
        return Trigger(verb, Sense(T.SUPPORT, Mode.AGREEMENT), noun)
    if lemma in ("declare", "announce") and sense.type is T.RETREAT:
        return Trigger(verb, Sense(T.CONCEDE, sense.mode), noun)
    if lemma in lex.COMMIT_VERBS | {"propose", "plan", "schedule", "offer"}:
        return Trigger(verb, sense, noun, future=True)
    if lemma in lex.LIGHT_VERBS or lemma in lex.SPEECH_VERBS:
        return Trigger(verb, sense, noun)
    return None


def _plain_verb(verb: Token, lemma: str, obj: Token | None) -> Trigger | None:
    """A verb that names an event by itself, with the object-sensitive readings."""
    words = object_words(verb, obj)
    given = [c for c in verb.children if c.dep_ in ("dobj", "npadvmod")]
    if lex.sense_of_verb(lemma) is not None and lex.sense_of_verb(lemma).type is T.AID and given \
            and all(c.ent_type_ == "PERCENT" or _said(c) for c in given):
        return None  # "the survey gave his cabinet 51%", "she gave Trump the same message": nothing material
    aid = lex.sense_of_verb(lemma) is not None and lex.sense_of_verb(lemma).type is T.AID
    if aid and obj is None and child_with(verb, "ccomp") is not None:
        return None  # "provided that an agreement is reached": a condition, not a gift
    if lemma == "decline" and obj is None and child_with(verb, "xcomp") is None and child_with(verb, "ccomp") is None:
        return None  # "demand has declined": a fall, not a refusal
    if lemma == "ask" and not _asks_for(verb):
        return None  # "asked whether …", "asked Mr Hegseth": a question, not a request
    if lemma in lex.PUBLISH_VERBS and set(words) & lex.PUBLICATIONS:
        return None  # "released a photo", "released a statement": publishing, not freeing anyone
    if lemma == "occupy" and set(words) & lex.OFFICES:
        return None  # "lawmakers occupy 320 seats": holding office, not territory
    if lemma == "pull" and not (set(words) & (lex.FORCES | lex.PERSONNEL) or pobj_of(verb, "from") is not None):
        return None  # "pull dirty tricks": no withdrawal without forces or a place left
    if lemma == "deny" and child_with(verb, "ccomp") is not None:
        return None  # denying a claim is a comment; the claim itself is negated (see `modality_of`)
    if lemma in ("send", "dispatch", "deploy") and purpose_of(verb) is not None:
        return None  # "sent experts to investigate": the purpose is the event
    if lemma == "return" and obj is None:
        return None  # "negotiators return to Geneva": travel, not a retreat
    if lemma in ("withdraw", "pull", "recall", "evacuate") and obj is not None:
        if set(words) & lex.PERSONNEL or (lemma == "recall" and not set(words) & lex.FORCES):
            return Trigger(verb, Sense(T.SANCTION, Mode.WITHDRAW))
        return Trigger(verb, Sense(T.RETREAT, Mode.WITHDRAW))
    if (lemma in ("deploy", "send", "dispatch", "move", "mass", "rush") and obj is not None
            and set(words) & lex.MILITARY_WORDS):
        peace = {"peacekeeping", "peacekeeper", "observer", "monitor"} & set(words)
        return Trigger(verb, Sense(T.AID, Mode.MILITARY) if peace else Sense(T.MOBILIZE, Mode.TROOPS))
    if lemma in lex.DEPARTURES and obj is not None and set(object_words(verb, subject_of(verb))) & lex.FORCES:
        return Trigger(verb, Sense(T.RETREAT, Mode.WITHDRAW))  # "the last soldiers left Afghanistan"
    if lemma in lex.VISIT_VERBS:
        subject = subject_of(verb)
        words = object_words(verb, subject) if subject is not None else []
        if lemma == "arrive" and set(words) & lex.MILITARY_WORDS:
            peace = {"peacekeeping", "peacekeeper"} & set(words)
            return Trigger(verb, Sense(T.AID, Mode.MILITARY) if peace else Sense(T.MOBILIZE, Mode.TROOPS))
        if lemma == "arrive" and subject is not None and not set(words) & lex.FORCES:
            return Trigger(verb, Sense(T.CONSULT, Mode.VISIT))
        return None
    if lemma == "order":
        complement = child_with(verb, "xcomp") or child_with(verb, "ccomp")
        if complement is not None and complement.lemma_.lower() in lex.COERCIVE_ORDERS:
            if complement.lemma_.lower() in lex.DEPARTURES:  # ordered out: diplomats expelled, people deported
                expelled = bool(set(words) & lex.PERSONNEL)
                return Trigger(verb, Sense(T.SANCTION, Mode.EXPEL) if expelled else Sense(T.COERCE, Mode.DEPORT))
            return Trigger(verb, Sense(T.COERCE, Mode.CENSOR))
    reported = child_with(verb, "ccomp")
    admitted = obj if obj is not None else (subject_of(reported) if reported is not None else None)
    if lemma in lex.ADMIT_VERBS and set(object_words(verb, admitted)) & lex.THIRD_PARTIES:
        return Trigger(verb, Sense(T.RETREAT, Mode.ACCESS))  # letting inspectors in: CAMEO 086 → RETREAT
    # Blocking roads obstructs passage (CAMEO 144); a blockade of a country is CAMEO 191.
    if lemma in ("block", "blockade"):
        place = bool(set(words) & lex.PLACES)
        if place or (obj is None and lemma == "block"):
            return Trigger(verb, Sense(T.PROTEST, Mode.OBSTRUCT))
        return Trigger(verb, Sense(T.REJECT, Mode.REFUSAL) if lemma == "block" else Sense(T.COERCE, Mode.RESTRICT))
    if lemma == "find" and any(c.lemma_.lower() in lex.VERDICTS for c in verb.subtree
                               if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")):
        return Trigger(verb, Sense(T.SANCTION, Mode.CONVICT))  # "found X guilty": PLOVER manual SANCTION mode convict
    if lemma == "take" and (pobj_of(verb, "to") is not None and pobj_of(verb, "to").lemma_.lower() == "street"):
        return Trigger(verb, Sense(T.PROTEST, Mode.DEMONSTRATION))  # "took to the streets"
    if lemma == "protest":  # "China protested to Japan" is verbal; crowds protesting are a protest
        subject = subject_of(verb)
        official = subject is not None and (subject.pos_ == "PROPN" or subject.ent_type_ in ("GPE", "ORG", "NORP"))
        verbal = any(p == "to" for p in preps_of(verb)) or (obj is not None and official)
        return Trigger(verb, Sense(T.ACCUSE, Mode.CRITICISM) if verbal else Sense(T.PROTEST, Mode.DEMONSTRATION))
    if lemma == "strike" and obj is None:
        subject = subject_of(verb)
        agreed = subject is not None and noun_sense(subject) is not None and noun_sense(subject).type is T.AGREE
        if verb.dep_ in ("acl", "relcl", "amod") or child_with(verb, "nsubjpass") is not None or agreed:
            return None  # "a deal struck between": the deal is struck, nobody strikes
        return Trigger(verb, Sense(T.PROTEST, Mode.STRIKE))
    if lemma == "oppose":
        return Trigger(verb, Sense(T.ACCUSE, Mode.CRITICISM))
    if lemma == "prepare":
        inner = complement_trigger(verb)
        if inner is not None and inner.sense.type in HOSTILE_ACTIONS:
            return Trigger(verb, Sense(T.MOBILIZE, inner.sense.mode))
        return None
    if lemma in lex.COMMIT_VERBS:
        return _commitment(verb)
    if lemma == "warn":  # a warning is a threat when it names a hostile act or an addressee
        inner = complement_trigger(verb)
        hostile = inner is not None and inner.sense.type in lex.THREAT_ACTIONS
        return Trigger(verb, Sense(T.THREATEN, Mode.THREAT)) if hostile or obj is not None else None
    sense = lex.sense_of_verb(lemma)
    if sense is not None and sense.type is T.THREATEN:  # PLOVER: the mode is what is threatened
        inner = complement_trigger(verb)
        sense = Sense(T.THREATEN, inner.sense.mode) if inner is not None and inner.sense.mode else sense
    if sense is not None and sense.type is T.REQUEST and sense.mode is Mode.APPEAL:
        sense = _rallied(verb) or sense
    return Trigger(verb, _by_protesters(verb, sense)) if sense is not None else None


def _said(thing: Token) -> bool:
    """Whether an object is something said or shown ("a message", "a thumbs-up"), not handed over."""
    return thing.lemma_.lower() in lex.UTTERANCES or any(
        c.dep_ == "compound" and c.lemma_.lower() in lex.UTTERANCES for c in thing.children)


def _asks_for(verb: Token) -> bool:
    """Whether "ask" requests something ("asked X to …", "asked for …", "asked that …"), not a question."""
    if pobj_of(verb, "for") is not None or child_with(verb, "xcomp") is not None:
        return True
    clause = child_with(verb, "ccomp")
    return clause is not None and (is_infinitive(clause) or any(
        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children))


def _rated(verb: Token | None, noun: Token, sense: Sense) -> bool:
    """Whether support or disapproval is a poll figure ("put approval at 74%", "71% approval"), not an act."""
    if sense.type not in (T.SUPPORT, T.ACCUSE):
        return False
    figures = list(noun.children) + [pobj_of(noun, "at"), pobj_of(verb, "at") if verb is not None else None]
    return any(t is not None and t.ent_type_ == "PERCENT" for t in figures)


def _by_protesters(verb: Token, sense: Sense) -> Sense:
    """Violence by rioters or crowds is a riot: CAMEO 145 "protest violently, riot" → PROTEST."""
    subject = subject_of(verb)
    if sense.type in (T.ASSAULT, T.COERCE) and subject is not None and subject.lemma_.lower() in lex.PROTESTERS:
        return Sense(T.PROTEST, Mode.RIOT)
    return sense


def _rallied(verb: Token) -> Sense | None:
    """An appeal to others to back a third party or to act against one: CAMEO's "rally".

    CAMEO 053 "Rally support on behalf of" maps to SUPPORT and CAMEO 113 "Rally opposition
    against" to ACCUSE (cameo/CAMEO-PLOV.txt): urging Y to support Z is support for Z, calling on
    Y to act against Z is opposition to Z; any other appeal stays a REQUEST.
    """
    complement = child_with(verb, "xcomp") or child_with(verb, "ccomp") or purpose_of(verb)
    if complement is None:
        return None
    inner = complement_trigger(verb)
    backed = object_of(inner.head) if inner is not None else None
    if inner is not None and inner.sense.type is T.SUPPORT and inner.sense.mode is None \
            and backed is not None and backed.pos_ != "PRON":
        return Sense(T.SUPPORT, None)
    acts = [complement] + [c for c in complement.children if c.dep_ == "conj"]
    found = [inner] + [verb_trigger(act) for act in acts]
    hostile = any(t is not None and t.sense.type in HOSTILE_ACTIONS for t in found)
    if hostile and any(pobj_of(act, "against") is not None for act in acts):
        return Sense(T.ACCUSE, Mode.CRITICISM)
    return None


def _commitment(verb: Token) -> Trigger:
    """A promise or vow: AGREE when what is promised is cooperative, THREATEN when it is hostile."""
    inner = complement_trigger(verb)
    if inner is not None and inner.sense.type in lex.THREAT_ACTIONS | {T.THREATEN}:
        return Trigger(verb, Sense(T.THREATEN, inner.sense.mode))
    default = lex.sense_of_verb(verb.lemma_.lower()) or Sense(T.AGREE, Mode.PROMISE)
    if default.type is T.THREATEN and (inner is None or inner.sense.type in COOPERATIVE):
        return Trigger(verb, Sense(T.AGREE, Mode.PROMISE))
    return Trigger(verb, default)


def complement_trigger(verb: Token) -> Trigger | None:
    """The event a verb's complement names, looking through "resume", "continue", "try" …"""
    complement = child_with(verb, "xcomp") or child_with(verb, "ccomp") or purpose_of(verb)
    for _ in range(3):
        if complement is None:
            return None
        found = verb_trigger(complement)
        if found is not None or lemma_of(complement) not in lex.TRANSPARENT_GOVERNORS:
            noun = event_noun(object_of(complement)) if found is None else None
            sense = noun_sense(noun) if noun is not None else None
            if sense is not None:  # an event noun may have no sense of its own here
                return Trigger(complement, sense)
            return found
        complement = child_with(complement, "xcomp") or child_with(complement, "ccomp")
    return None


def noun_trigger(noun: Token) -> Trigger | None:
    """An event noun standing alone ("the talks broke down", "the suspension of air links")."""
    lemma = noun.lemma_.lower()
    if lemma in lex.STOP_NOUNS | lex.LIFT_NOUNS:
        inner = event_noun(pobj_of(noun, "of"))
        inner_sense = noun_sense(inner) if inner is not None else None
        if inner_sense is not None:
            return Trigger(noun, ended(inner_sense, inner), inner)
    sense = noun_sense(noun, direct=True)
    governor = noun.head if noun.head.pos_ in ("VERB", "AUX") else None
    if sense is None or _rated(governor, noun, sense) or noun_key(noun) in lex.WEAK_NOUNS or lemma in lex.WEAK_NOUNS:
        return None
    if noun.dep_ == "compound" or (noun.dep_ == "pobj" and noun.head.lower_ == "of" and
                                   noun.head.head.lemma_.lower() not in lex.OF_CARRIERS):
        return None
    if (noun.dep_ == "pobj" and noun.head.lower_ in lex.BACKGROUND_PREPS) or noun.dep_ == "attr":
        return None  # background ("after the talks") or a predicate ("the negotiations were a battle")
    return Trigger(noun, sense)


def _carried_noun(verb: Token) -> bool:
    return event_noun(object_of(verb)) is not None


def _reported_obligation(verb: Token) -> Token | None:
    """The reported clause in "X said Y must/should ..." when Y is not X itself."""
    for clause in verb.children:
        if clause.dep_ != "ccomp":
            continue
        modal = any(c.dep_ == "aux" and c.lower_ in lex.DEONTIC_MODALS for c in clause.children)
        modal = modal or (clause.lemma_ in ("have", "need") and child_with(clause, "xcomp") is not None
                          and any(c.lower_ == "to" for c in child_with(clause, "xcomp").children))
        subject = subject_of(clause)
        negated = any(c.dep_ == "neg" for c in clause.children)  # "did not need to go" obliges no one
        if modal and not negated and subject is not None and subject.lower_ not in lex.PRONOUNS:
            return clause
    return None
