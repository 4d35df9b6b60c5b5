"""Whether an event happened: negated, future, hypothetical or failed, read from the words that
govern its trigger; a cancelled meeting is the meeting failed."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.analysis.events import lex
from newsgraph.analysis.events.lex import Mode, Sense
from newsgraph.analysis.events.parts import (
    CodedEvent,
    Trigger,
    is_infinitive,
    lemma_of,
    noun_sense,
    particles_of,
    pobj_of,
    subject_of,
)
from newsgraph.model import EventType as T


def modality_of(trigger: Trigger) -> tuple[bool, bool, bool, bool]:
    """(negated, future, hypothetical, failed) for a trigger."""
    head, noun = trigger.head, trigger.noun
    chain = _governors(head)
    verbs = [head] + [g for g, link in chain if link]
    negated = any(_negated_here(v) for v in verbs)
    future = trigger.future
    hypothetical = False
    failed = False
    reported = any(lemma_of(g) in lex.SPEECH_VERBS for g, _ in chain)
    for tok in verbs:
        for aux in (c for c in tok.children if c.dep_ in ("aux", "auxpass")):
            word = aux.lower_
            if word in ("will", "shall", "'ll", "wo") or (word == "would" and reported):
                future = True
            elif word in lex.DEONTIC_MODALS:
                future = True
            elif word in lex.HYPOTHETICAL_MODALS or word == "would":
                hypothetical = True
        if _has_condition_marker(tok):
            hypothetical = True
        conditional = any(c.dep_ == "advcl" and _has_condition_marker(c) for c in tok.children)
        if conditional and trigger.sense.type not in (T.THREATEN, T.REQUEST):
            hypothetical = True  # a threat's or demand's condition belongs to its content, not to the act
    for governor, _ in chain:
        word = lemma_of(governor)
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
                name.dep_ in ("nsubj", "nsubjpass") and lemma_of(name.head) in lex.SCHEDULE_VERBS)
            hypothetical = hypothetical or bool(words & lex.HYPOTHETICAL_MODIFIERS)
    if _ruled_out(head):
        negated = True
    verb_lemma = lemma_of(head)
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
        if cur.dep_ in ("advcl", "pcomp", "pobj", "conj") and not is_infinitive(cur):
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
    subject = subject_of(tok)
    if subject is None:
        return False
    determiners = (c.lower_ for c in subject.children if c.dep_ in ("det", "preconj"))
    return subject.lower_ in lex.NEGATIVE_DETERMINERS or any(d in lex.NEGATIVE_DETERMINERS for d in determiners)


def _has_condition_marker(tok: Token) -> bool:
    """Whether a clause is introduced by a condition ("if", "unless"): a `mark` child."""
    return any(c.dep_ == "mark" and c.lower_ in lex.CONDITION_MARKERS for c in tok.children)


def _failure_subject(noun: Token) -> bool:
    """Whether the noun is the subject of "broke down", "collapsed", "have failed"."""
    if noun.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = noun.head
    lemma = lemma_of(verb)
    particles = set(particles_of(verb))
    if lemma in ("break", "fall", "end"):
        return bool(particles & lex.FAILURE_PARTICLES) or pobj_of(verb, "without") is not None
    called_off = lemma == "call" and next(iter(particles), "") == "off"
    if noun.dep_ == "nsubjpass" and (lemma in lex.CANCEL_VERBS or called_off):
        return True  # "the summit was cancelled", "the talks were called off"
    return lemma in lex.FAILURE_VERBS


def _ruled_out(tok: Token) -> bool:
    """"Removing the sanctions is out of the question", "a deal is unacceptable"."""
    if tok.dep_ not in ("csubj", "nsubj") or tok.head.lemma_ != "be":
        return False
    copula = tok.head
    words = {t.lemma_.lower() for t in copula.subtree if t.i > tok.i}
    return bool(words & lex.NEGATING_PREDICATES)


def cancels_meeting(trigger: Trigger) -> bool:
    return (trigger.noun is not None and trigger.sense.mode is Mode.CANCEL
            and (noun_sense(trigger.noun) or Sense(T.AGREE)).type is T.CONSULT)


def failed_meeting(trigger: Trigger, cancel: CodedEvent) -> CodedEvent:
    """The meeting a cancellation called off, as a failed CONSULT between the same actors."""
    noun = trigger.noun
    sense = noun_sense(noun)
    _, future, hypothetical, _ = modality_of(Trigger(noun, sense))
    span = (noun.idx, noun.idx + len(noun))
    return CodedEvent(T.CONSULT, sense.mode, span, cancel.source, cancel.target, False, future,
                      hypothetical, True, cancel.start, cancel.end)
