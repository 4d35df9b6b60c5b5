"""The parts events are built from: the coded event record, a trigger before its actors are read,
and the small readings of the dependency parse the coder shares (subjects, objects, lemmas, event
nouns)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from spacy.tokens import Token

from newsgraph.analysis.events import lex
from newsgraph.analysis.events.lex import Mode, Sense
from newsgraph.model import EventType as T

Actor = tuple[int, int, str]  # character offsets into the document, and the text
CountryLookup = Callable[[str], "str | None"]

_SUBJECTS = ("nsubj", "csubj", "nsubjpass", "csubjpass")
NOT_ACTORS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"})
SKIP_ACTOR_DEPS = frozenset({"conj", "cc", "preconj", "appos", "relcl", "punct", "advcl", "parataxis"})


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
class Trigger:
    """A trigger before its actors and modality are read."""

    head: Token  # the verb, or the noun when a noun stands alone
    sense: Sense
    noun: Token | None = None  # the event noun a verb carries ("held *talks*")
    inverse: bool = False  # "received support from X": X is the source
    future: bool = False  # the verb puts its object in the future ("plans a visit")
    reported: Token | None = None  # a reported clause whose subject is the target ("Y must ...")


def ended(sense: Sense, noun: Token) -> Sense:
    """What ending, suspending or lifting the named event amounts to."""
    lemma = noun_key(noun)
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


def purpose_of(verb: Token) -> Token | None:
    """An infinitive of purpose hanging on a verb ("sent experts *to investigate*")."""
    return next((c for c in verb.children if c.dep_ in ("advcl", "xcomp") and is_infinitive(c)
                 and c.tag_ != "VBG"), None)


def noun_sense(noun: Token, direct: bool = False) -> Sense | None:
    """The sense of an event noun, minding two-word names ("hunger strike", "food aid")."""
    if levied(noun):
        return Sense(T.SANCTION, Mode.TARIFF)
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


def levied(noun: Token | None) -> bool:
    """Whether a "charge" is a levy on goods ("the charge on a Japanese-built car"), not an accusation."""
    goods = pobj_of(noun, "on")
    return noun is not None and noun.lemma_.lower() == "charge" and goods is not None \
        and bool(set(object_words(noun, goods)) & lex.GOODS)


def noun_key(noun: Token) -> str:
    """The lexicon key a noun matched under ("hunger strike" or "strike")."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and f"{child.lower_} {lemma}" in lex.NOUN_SENSES:
            return f"{child.lower_} {lemma}"
    return lemma


def event_noun(obj: Token | None) -> Token | None:
    """The event noun an object names, looking through carriers ("part of a military aid program")."""
    for _ in range(3):
        if obj is None:
            return None
        inner = pobj_of(obj, "of") if obj.lemma_.lower() in lex.OF_CARRIERS else None
        if inner is not None and event_noun(inner) is not None:
            return event_noun(inner)  # "a new round of impeachment": the round is of the impeachment
        if noun_sense(obj) is not None or obj.lemma_.lower() in lex.STOP_NOUNS | lex.LIFT_NOUNS:
            return obj
        amount = obj.pos_ == "NUM" or obj.ent_type_ == "MONEY"
        if obj.lemma_.lower() not in lex.OF_CARRIERS and not amount:
            return None
        obj = pobj_of(obj, "of") or (pobj_of(obj, "in") if amount else None)  # "$50 million in aid"
    return None


def subject_of(tok: Token) -> Token | None:
    """The subject of a verb, following control ("X urged Y to go": Y goes) and coordination."""
    found = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
    if found is not None:
        return found
    infinitive_clause = tok.dep_ in ("advcl", "acl") and is_infinitive(tok) and tok.head.pos_ in ("VERB", "AUX")
    if tok.dep_ == "xcomp" or infinitive_clause:
        governor = tok.head
        controller = object_of(governor) or pobj_of(governor, "on") or pobj_of(governor, "upon")
        if governor.lemma_.lower() in lex.OBJECT_CONTROL and controller is not None:
            return controller
        return subject_of(governor) if governor.i != tok.i else None
    if tok.dep_ == "acomp" or (tok.dep_ == "conj" and tok.pos_ in ("VERB", "AUX")):
        return subject_of(tok.head)
    if tok.dep_ in ("acl", "relcl") and tok.head.pos_ in ("NOUN", "PROPN"):
        owner = next((c for c in tok.head.children if c.dep_ == "poss"), None)
        if tok.dep_ == "relcl":
            return tok.head
        if owner is None and tok.head.dep_ == "dobj":  # "issued a declaration demanding ..."
            return subject_of(tok.head.head)
        return owner
    return None


# Inflectional endings and what replaces each in the base form ("hoped" -> "hope", "carries" ->
# "carry"), tried in this order.
_INFLECTIONS = (("ed", ""), ("d", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ies", "y"), ("es", ""), ("s", ""))


def lemma_of(tok: Token) -> str:
    """The verb's lemma, repairing the small model's slips ("staged" -> "stag") from the word form."""
    lemma = tok.lemma_.lower()
    if lemma in lex.KNOWN_VERBS or tok.tag_ not in ("VBD", "VBN", "VBG", "VBZ"):
        return lemma
    word = tok.lower_
    for cut, add in _INFLECTIONS:
        if word.endswith(cut) and word[:-len(cut)] + add in lex.KNOWN_VERBS:
            return word[:-len(cut)] + add
    return lemma


def is_infinitive(tok: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) or tok.tag_ == "VBG"


def object_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)


def child_with(tok: Token, dep: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ == dep), None)


def particles_of(verb: Token) -> list[str]:
    """Particles and directly following prepositions of a verb ("broke *down*", "called *on*")."""
    words = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    nxt = verb.nbor(1) if verb.i + 1 < len(verb.doc) else None
    if nxt is not None and nxt.head.i == verb.i and nxt.dep_ in ("prep", "prt", "advmod", "acomp"):
        words.append(nxt.lower_)
    return words


def preps_of(tok: Token) -> list[str]:
    return [c.lower_ for c in tok.children if c.dep_ in ("prep", "dative")]


def pobj_of(tok: Token | None, prep: str | None) -> Token | None:
    """The object of a preposition hanging on `tok` (any preposition when `prep` is None)."""
    if tok is None:
        return None
    if prep is None:
        preps = [tok]
    else:
        preps = [c for c in tok.children if c.dep_ in ("prep", "dative", "agent") and c.lower_ == prep]
    for p in preps:
        found = next((c for c in p.children if c.dep_ in ("pobj", "pcomp")), None)
        if found is not None:
            return found
    return None


def object_words(verb: Token, obj: Token | None) -> list[str]:
    """Lemmas of an object's head and modifiers, and of "as" phrases ("holding X as human shields")."""
    words: list[str] = []
    if obj is not None:
        words.append(obj.lemma_.lower())
        words += [c.lemma_.lower() for c in obj.children if c.dep_ in ("compound", "amod", "nmod")]
        inner = pobj_of(obj, "of")
        if inner is not None:
            words.append(inner.lemma_.lower())
            words += [c.lemma_.lower() for c in inner.children if c.dep_ in ("compound", "amod", "nmod")]
    shield = pobj_of(verb, "as")
    if shield is not None:
        words.append(shield.lemma_.lower())
    return words
