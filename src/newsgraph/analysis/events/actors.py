"""Who did it and to whom: sources and targets of a trigger from the dependency parse — subjects,
objects, "with/to/against/on" phrases, passive agents, coordinated actors, owners of event nouns,
and goods standing for where they come from."""

from __future__ import annotations

from spacy.tokens import Token

from newsgraph.analysis.events import lex
from newsgraph.analysis.events.lex import HOSTILE_ACTIONS, Mode, Sense
from newsgraph.analysis.events.parts import (
    NOT_ACTORS,
    SKIP_ACTOR_DEPS,
    Actor,
    CountryLookup,
    Trigger,
    child_with,
    event_noun,
    lemma_of,
    noun_sense,
    object_of,
    pobj_of,
    purpose_of,
    subject_of,
)
from newsgraph.analysis.events.triggers import complement_trigger, verb_trigger
from newsgraph.model import EventType as T


def actors_of(trigger: Trigger, countries: CountryLookup) -> tuple[list[Token], list[Token]]:
    """Head tokens of the source and target actors."""
    head, noun = trigger.head, trigger.noun
    if trigger.reported is not None:
        return _expand(_resolve(subject_of(head))), _expand(subject_of(trigger.reported))
    if trigger.inverse:  # "received support from X", "came under attack from X"
        giver = pobj_of(head, "from") or (pobj_of(noun, "from") if noun is not None else None)
        return _expand(giver), [t for t in _expand(_resolve(subject_of(head))) if giver is None or t.i != giver.i]
    if head.pos_ in ("NOUN", "PROPN"):
        source, target = _noun_actors(head, countries)
    else:
        source, target = _verb_actors(trigger, countries)
    target = [t for t in target if t not in source]
    return source, target


def _verb_actors(trigger: Trigger, countries: CountryLookup) -> tuple[list[Token], list[Token]]:
    verb, noun = trigger.head, trigger.noun
    target: list[Token] = []
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
        agent = next((c for c in verb.children if c.dep_ == "agent"), None)
        source = _expand(pobj_of(agent, None)) if agent is not None else []
        target = _expand(next((c for c in verb.children if c.dep_ == "nsubjpass"), None))
    else:
        source = _expand(_resolve(subject_of(verb)))
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
                subject = subject_of(clause)
                if subject is not None and subject.lower_ not in lex.PRONOUNS:
                    return subject
    return None


def _reporter(tok: Token) -> Token | None:
    """The subject of the reporting verb a subjectless clause hangs under, if any."""
    for _ in range(4):
        if tok.head.i == tok.i or tok.dep_ not in ("csubj", "ccomp", "xcomp", "advcl", "conj", "nsubj"):
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and lemma_of(tok) in lex.SPEECH_VERBS:
            subject = subject_of(tok)
            return subject if subject is not None and subject.lower_ not in lex.PRONOUNS else None
    return None


def _verb_targets(trigger: Trigger, countries: CountryLookup) -> list[Token]:
    """Objects and prepositional objects of a verb that stand for actors."""
    verb, noun, kind = trigger.head, trigger.noun, trigger.sense.type
    origin = pobj_of(verb, "from")
    if lemma_of(verb) in lex.REMOVAL_VERBS and origin is not None:  # "withdraw troops from Lebanon"
        return _expand(origin)
    if kind is T.MOBILIZE:  # PLOVER: the recipient is whom the forces are mobilised against
        against = next((t for t in verb.subtree if t.lower_ == "against" and t.dep_ == "prep"), None)
        if against is not None:
            return _expand(pobj_of(against, None))
    for dative in (c for c in verb.children if c.dep_ in ("dative", "iobj")):
        found = _expand(dative if dative.pos_ in ("NOUN", "PROPN") else pobj_of(dative, None))
        if found:
            return found
    obj = object_of(verb)
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
        clause = child_with(verb, "ccomp") or child_with(verb, "xcomp")
        if clause is not None and subject_of(clause) is not None:
            return _expand(subject_of(clause))
    reason = pobj_of(verb, "in")  # "in protest against X", "in response to X"
    if reason is not None and reason.lemma_.lower() in ("protest", "response", "retaliation", "solidarity"):
        found = _first_prep_actor(reason, ("of", "against", "to", "with"), countries)
        if found:
            return found
    if obj is not None and obj.lemma_.lower() in lex.WEAPONS:  # "fired shells at the town"
        aimed_at = next((p for p in (pobj_of(verb, q) or pobj_of(obj, q) for q in ("at", "on", "against", "into"))
                         if p is not None), None)
        return _expand(aimed_at) if aimed_at is not None else _located([verb, obj], kind, countries)
    preps = lex.TARGET_PREPS + (("at",) if kind in (T.ASSAULT, T.PROTEST) else ())
    return _first_prep_actor(verb, preps, countries)


def _first_prep_actor(tok: Token, preps: tuple[str, ...], countries: CountryLookup) -> list[Token]:
    """The actor of the first of `preps` after `tok` that names one, tried in order; [] if none does."""
    for prep in preps:
        found = _prep_actor(pobj_of(tok, prep), countries)
        if found:
            return found
    return []


def _prep_actor(pobj: Token | None, countries: CountryLookup) -> list[Token]:
    """The actor a prepositional object names: itself, the owner of an event ("with the U.S. tariff
    policy"), or where goods come from ("on imports from Japan")."""
    if pobj is None or pobj.ent_type_ in NOT_ACTORS:
        return []
    if event_noun(pobj) is not None:
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
    if event_noun(obj) is not None:  # "defended the right of X": whose right it is
        return _owners(obj, countries) or _noun_actors(obj, countries, carried=True)[1] or None
    if obj.lemma_.lower() in lex.GOODS:
        return _goods_origin(obj, countries)
    if obj.lemma_.lower() in lex.WEAPONS:  # "fired four shells at targets in Jericho"
        return None
    if kind in (T.REJECT, T.ACCUSE, T.SUPPORT, T.REQUEST, T.AGREE, T.CONCEDE) and not _actor_like(obj, countries):
        holder = pobj_of(obj, "of")  # "rejected the demands of the union"
        owners = _owners(obj, countries) or (_expand(holder) if _actor_like(holder, countries) else [])
        if owners or kind in (T.REJECT, T.REQUEST):
            return owners
    return _expand(obj)


def _embedded_target(verb: Token, countries: CountryLookup) -> list[Token]:
    """The target of what a verb governs: "threatened to ban *X*", "refused to deploy in *Iraq*"."""
    inner = complement_trigger(verb)
    if inner is None:
        complement = child_with(verb, "xcomp") or child_with(verb, "ccomp") or purpose_of(verb)
        if complement is None:
            return []
        inner = Trigger(complement, Sense(T.AGREE))
    return _verb_targets(inner, countries) or _located([inner.head, inner.noun], inner.sense.type, countries)


# Actions whose place is their target even when the place names no actor: material conflict, aid,
# retreats and concessions happen to the place itself.
_PLACE_IS_TARGET = HOSTILE_ACTIONS | {T.AID, T.RETREAT, T.CONCEDE}


def _located(tokens: list[Token | None], kind: T, countries: CountryLookup) -> list[Token]:
    """Where an action took place, as its target ("imposed a curfew in Cizre", "sought refuge in Germany");
    for actions other than material conflict only a place that names a country or a known entity."""
    if kind is T.CONSULT:
        return []
    for tok in (t for t in tokens if t is not None):
        for prep in ("in", "into", "inside"):
            pobj = pobj_of(tok, prep)
            if pobj is None or pobj.ent_type_ in ("DATE", "TIME"):
                continue
            if _actor_like(pobj, countries) or (_place(pobj) and kind in _PLACE_IS_TARGET):
                return _expand(pobj)
    return []


def _noun_actors(noun: Token, countries: CountryLookup, carried: bool = False) -> tuple[list[Token], list[Token]]:
    """Source and target of an event noun: its owner, and its with/on/against/to phrase.

    Parties "between" whom a standalone event happens are its sources ("talks between X and Y");
    when a verb carries the noun, its subject is the source and they are the targets
    ("launched a mediation effort between X and Y").
    """
    source = _owners(noun, countries)
    between = pobj_of(noun, "between")
    if between is not None:
        return (source, _expand(between)) if carried else (source + _expand(between), [])
    target: list[Token] = []
    sense = noun_sense(noun)
    preps: tuple[str, ...] = ("with", "on", "against", "to", "toward", "towards", "into", "of")
    if sense is not None and sense.type in (T.AID, T.SUPPORT):
        preps += ("for",)  # "aid for Bosnia"
    for prep in preps:
        pobj = pobj_of(noun, prep)
        target = _prep_actor(pobj, countries)
        if target:
            break
    inner = event_noun(pobj_of(noun, "of"))
    if not target and inner is not None and inner.i != noun.i:  # "suspension of air links with Serbia"
        target = _noun_actors(inner, countries, carried=True)[1]
    if not source and not carried and noun.dep_ in ("dobj", "pobj"):
        governor = noun.head if noun.dep_ == "dobj" else noun.head.head
        if governor.pos_ in ("VERB", "AUX") and verb_trigger(governor) is None:  # "return to Geneva for talks"
            source = _expand(_resolve(subject_of(governor)))
    return source, target


def _owners(noun: Token, countries: CountryLookup) -> list[Token]:
    """Who a noun belongs to: "Israel's invasion", "an Indian proposal", "calls by Belarus's rulers"."""
    for child in noun.children:
        if child.dep_ == "poss" and child.lower_ not in ("its", "their", "his", "her", "our", "my"):
            return _expand(child)
    for prep in ("by", "from"):
        pobj = pobj_of(noun, prep)
        if pobj is not None:
            return _expand(pobj)
    for child in noun.children:
        if child.dep_ not in ("amod", "compound", "nmod"):
            continue
        if countries(child.text) or child.ent_type_ in ("GPE", "NORP", "ORG"):
            return _expand(child)
    for child in (c for c in noun.children if c.dep_ == "acl"):  # "crimes committed by Croat forces"
        agent = next((c for c in child.children if c.dep_ == "agent"), None)
        if agent is not None:
            return _expand(pobj_of(agent, None))
    holder = pobj_of(noun, "of")  # "the computers of South Korean army officers"
    return _expand(holder) if _actor_like(holder, countries) else []


def _goods_origin(goods: Token, countries: CountryLookup) -> list[Token]:
    """The country goods come from: "imports from Japan", "Japanese goods"."""
    origin = pobj_of(goods, "from") or pobj_of(goods, "of")
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
        inner = pobj_of(tok, "of")
        if tok is None or tok.lemma_.lower() not in lex.COUNT_NOUNS or inner is None:
            break
        tok = inner
    if tok is None or tok.ent_type_ in NOT_ACTORS:
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
    owned_actor = owned and tok.lemma_.lower() in lex.FORCES | {"government", "leader", "official"}
    if tok.lower_ not in lex.PRONOUNS and not owned_actor:
        return tok
    clause = tok.head
    for _ in range(4):
        if clause.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "acomp") or clause.head.i == clause.i:
            return tok
        clause = clause.head
        subject = subject_of(clause)
        if subject is not None and subject.lower_ not in lex.PRONOUNS:
            return subject
    return tok


def actor_spans(heads: list[Token], countries: CountryLookup) -> list[Actor]:
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
        dated = tok.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in tok.children)
        if tok.dep_ in SKIP_ACTOR_DEPS or tok.dep_ == "case" or dated:
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
