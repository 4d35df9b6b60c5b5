"""The event lexicon: which verbs and nouns name which PLOVER event, and the words that change them.

The trigger words (verbs, event nouns, two-word verbs, verb + object idioms) are read from
`data/event_*.tsv`, each entry with its source: a PLOVER manual section ("PLOVER manual §ACCUSE
definition"), a CAMEO category and the PLOVER type the CAMEO→PLOVER tables give it ("CAMEO 112 →
ACCUSE"), or "own words" for a plain synonym or idiom of such a category. Where the manual and the
tables disagree the entry's source says which was followed (destroying property is COERCE as in
cameo/CAMEO-PLOV.txt; abduction is ASSAULT as in both tables). Entries are lemmas (lower case); a
two-word noun is written "modifier head" ("hunger strike"). The closed word lists below (speech
verbs, light verbs, modality cues) are grammar, not event types, and stay in code.

The lists are immutable mappings: the coder (`newsgraph.analyze.eventcode`) only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from importlib import resources
from types import MappingProxyType
from typing import Mapping

from newsgraph.errors import InputError
from newsgraph.model import EventType as T

__all__ = ["Mode", "Sense", "COOPERATIVE", "HOSTILE_ACTIONS", "parse_senses", "read_senses", "sense_of_verb",
           "sense_of_noun", "sense_of_phrasal", "sense_of_verb_object"]


class Mode(str, Enum):
    """How an event was carried out (PLOVER's `mode`, plus the diplomatic channels news reports name)."""

    MEETING = "meeting"
    TALKS = "talks"
    VISIT = "visit"
    HOST = "host"
    PHONE = "phone call"
    LETTER = "letter"
    STATEMENT = "statement"
    MEDIATION = "mediation"
    AGREEMENT = "agreement"
    PROMISE = "promise"
    OFFER = "offer"
    PRAISE = "praise"
    RECOGNITION = "recognition"
    EASE = "ease"
    ALLOW = "allow"
    PARDON = "pardon"
    APOLOGY = "apology"
    ECONOMIC = "economic"
    MILITARY = "military"
    INTELLIGENCE = "intelligence"
    JUDICIAL = "judicial"
    HUMANITARIAN = "humanitarian"
    ASYLUM = "asylum"
    WITHDRAW = "withdraw"
    RELEASE = "release"
    RETURN = "return"
    DISARM = "disarm"
    CEASEFIRE = "ceasefire"
    ACCESS = "access"
    RESIGN = "resign"
    SURRENDER = "surrender"
    DEMAND = "demand"
    APPEAL = "appeal"
    ORDER = "order"
    ACCUSATION = "accusation"
    CRITICISM = "criticism"
    INVESTIGATION = "investigation"
    LAWSUIT = "lawsuit"
    SUMMON = "summon"
    REFUSAL = "refusal"
    DEFIANCE = "defiance"
    THREAT = "threat"
    ULTIMATUM = "ultimatum"
    DEMONSTRATION = "demo"
    RIOT = "riot"
    STRIKE = "strike"
    HUNGER_STRIKE = "hunger strike"
    BOYCOTT = "boycott"
    OBSTRUCT = "obstruct"
    SANCTION = "sanction"
    TARIFF = "tariff"
    EMBARGO = "embargo"
    CANCEL = "cancel"
    EXPEL = "expel"
    SEVER = "sever"
    TROOPS = "troops"
    WEAPONS = "weapons"
    POLICE = "police"
    ALERT = "alert"
    ARREST = "arrest"
    BAN = "ban"
    CURFEW = "curfew"
    MARTIAL_LAW = "martial-law"
    CONFISCATE = "confiscate"
    DESTROY = "destroy"
    DEPORT = "deport"
    CENSOR = "censor"
    RESTRICT = "restrict"
    ABDUCT = "abduct"
    CYBER = "cyber"
    ATTACK = "attack"
    BOMBING = "bombing"
    SHELLING = "heavy-weapons"
    FIREARMS = "firearms"
    BEAT = "beat"
    TORTURE = "torture"
    KILL = "kill"
    ASSASSINATE = "assassinate"
    INVADE = "invade"
    OCCUPY = "occupy"
    CLASH = "clash"
    CONVICT = "convict"


@dataclass(frozen=True)
class Sense:
    """What a word names: a PLOVER type and, when the word says how, a mode."""

    type: T
    mode: Mode | None = None


COOPERATIVE = frozenset({T.AGREE, T.CONSULT, T.SUPPORT, T.CONCEDE, T.COOPERATE, T.AID, T.RETREAT})
HOSTILE_ACTIONS = frozenset({T.PROTEST, T.SANCTION, T.MOBILIZE, T.COERCE, T.ASSAULT})
# Hostile acts whose announcement is a threat (PLOVER THREATEN); a planned deployment is not one by itself.
THREAT_ACTIONS = HOSTILE_ACTIONS - {T.MOBILIZE}

M = Mode

# Event words live in data files beside this module, one entry a line with its source: the PLOVER
# manual's category definitions and mode tables, or the CAMEO category a CAMEO→PLOVER table maps
# to PLOVER (cameo/CAMEO-PLOV.txt and CAMEO2PLOVER-2021.txt in the PLOVER repository); "own words"
# marks a plain English synonym or idiom of such a category. Verbs are lemmas: the coder looks
# them up by the token's lemma, so no inflected form is listed.
_DATA = "data"


def read_senses(name: str, key_columns: int) -> Mapping[str | tuple[str, ...], Sense]:
    """A packaged lexicon file (`data/<name>`) as a mapping; see `parse_senses`."""
    text = resources.files("newsgraph.analyze").joinpath(_DATA, name).read_text(encoding="utf-8")
    return parse_senses(name, text, key_columns)


def parse_senses(name: str, text: str, key_columns: int) -> Mapping[str | tuple[str, ...], Sense]:
    """Lexicon lines (key columns, PLOVER type, Mode name or "-", source) as key → sense.

    The key is one word, or a word pair when `key_columns` is 2. Lines starting "#" are comments.

    Raises:
        InputError: when a line has the wrong number of columns, an unknown type or mode, no
            source, or repeats a key.
    """
    senses: dict[str | tuple[str, ...], Sense] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != key_columns + 3 or not row[-1].strip():
            raise InputError(f"{name} line {number} needs {key_columns + 3} tab-separated columns ending in a source",
                             "fix the data file")
        key = row[0] if key_columns == 1 else tuple(row[:key_columns])
        if key in senses:
            raise InputError(f"{name} line {number} repeats {key!r}", "keep one entry per key")
        try:
            mode = row[key_columns + 1]
            senses[key] = Sense(T[row[key_columns]], None if mode == "-" else Mode[mode])
        except KeyError:
            raise InputError(f"{name} line {number} has an unknown type or mode", "use a PLOVER type and a Mode name") from None
    return MappingProxyType(senses)


# Restrictions that are military, so easing them is material (RETREAT), not verbal (CONCEDE).
MILITARY_RESTRICTIONS = frozenset({"blockade", "siege", "occupation", "naval blockade", "military blockade"})

VERB_SENSES = read_senses("event_verbs.tsv", 1)
NOUN_SENSES = read_senses("event_nouns.tsv", 1)
PHRASAL_SENSES = read_senses("event_phrasal.tsv", 2)
VERB_OBJECT_SENSES = read_senses("event_verb_objects.tsv", 2)

# Verbs reporting speech or thought: transparent, the event is in what they report.
SPEECH_VERBS = frozenset({
    "say", "tell", "announce", "state", "report", "add", "claim", "note", "stress", "emphasize",
    "emphasise", "declare", "confirm", "reveal", "argue", "believe", "think", "conclude", "indicate",
    "write", "explain", "assert", "reiterate", "repeat", "admit", "acknowledge", "suggest",
    "recommend", "warn", "hope", "expect", "insist", "maintain", "contend", "predict", "signal",
    "post", "tweet", "publish", "quote", "remark", "comment", "mention", "affirm", "underline",
    "feel", "know", "understand", "learn", "believe", "consider", "reply", "respond", "answer",
})
# Speakers whose reported "Y must/should ..." is a request to Y.
OBLIGATION_SPEAKERS = SPEECH_VERBS | {"propose", "demand", "urge", "insist"}

# Verbs whose event-noun object is the event ("held talks", "imposed a curfew", "launched an attack").
LIGHT_VERBS = frozenset({
    "hold", "have", "stage", "launch", "begin", "start", "continue", "conduct", "mount", "carry",
    "make", "take", "issue", "lodge", "file", "reach", "sign", "open", "resume", "pay", "deliver",
    "join", "organize", "organise", "initiate", "undertake", "wage", "step", "intensify", "escalate",
    "extend", "renew", "reiterate", "repeat", "express", "voice", "send", "impose", "introduce",
    "declare", "enforce", "institute", "announce", "order", "go", "complete", "attend", "arrange",
    "conclude", "strike", "clinch", "secure", "finalize", "finalise", "seal", "broker", "achieve",
    "ratify", "initial", "sign", "slap", "reimpose", "tighten", "expand", "widen", "maintain",
    "keep", "pursue", "offer", "provide", "give", "grant", "seek", "receive", "get", "win", "gain",
    "obtain", "do", "perform",
    "commit", "level", "bring", "press", "apply", "put", "set", "establish", "restore", "hit",
    "enhance", "improve", "promote", "increase", "boost", "strengthen", "deepen", "broaden", "expand",
    "raise", "hike", "double", "triple", "call",
})
# Verbs that make the object's event happen to the subject: "received support from X".
RECEIVE_VERBS = frozenset({"receive", "get", "win", "gain", "obtain", "secure", "enjoy", "face"})
# Verbs that sign or finalise an agreement: PLOVER codes that SUPPORT; reaching one is AGREE.
SIGN_VERBS = frozenset({"sign", "ratify", "initial", "finalize", "finalise", "seal"})
ACHIEVE_VERBS = frozenset({"reach", "achieve", "conclude", "strike", "clinch", "secure", "seal",
                           "finalize", "finalise", "hammer", "broker", "agree", "win", "obtain"})
# Verbs ending, suspending or cutting what their object names.
STOP_VERBS = frozenset({"suspend", "halt", "stop", "end", "cut", "terminate", "freeze", "sever",
                        "cancel", "scrap", "abandon", "postpone", "break", "curtail", "reduce",
                        "downgrade", "withdraw", "cease", "interrupt", "discontinue", "drop",
                        "delay", "shelve", "close"})
# Verbs calling off a planned event: its subject, when passive, is a failed event ("the summit was cancelled").
CANCEL_VERBS = frozenset({"cancel", "postpone", "scrap", "suspend", "delay", "shelve", "abandon", "scrub"})
# Verbs lifting or easing a restriction.
LIFT_VERBS = frozenset({"lift", "ease", "relax", "remove", "loosen", "waive", "rescind", "revoke",
                        "repeal", "shorten", "reduce", "end", "scrap", "drop", "cancel", "abolish",
                        "lower", "slash", "halve"})
# Nouns that name such an ending ("suspension of air links", "lifting of the curfew").
STOP_NOUNS = frozenset({"suspension", "cancellation", "termination", "cutoff", "halt", "freeze",
                        "severance", "postponement", "end", "breakdown", "collapse", "curtailment"})
LIFT_NOUNS = frozenset({"lifting", "easing", "removal", "relaxation", "repeal", "end"})
# Verbs accepting a proposal or conceding to a demand.
ACCEPT_VERBS = frozenset({"accept", "heed", "meet", "grant", "satisfy", "fulfil", "fulfill", "agree"})
# Verbs refusing whatever their object or complement names.
REJECT_VERBS = frozenset({"reject", "refuse", "decline", "rebuff", "dismiss", "spurn", "veto",
                          "deny", "repudiate", "snub", "oppose"})
# Commitments whose complement decides the type: cooperative -> AGREE, hostile -> THREATEN.
COMMIT_VERBS = frozenset({"promise", "pledge", "vow", "swear", "offer", "undertake", "commit",
                          "guarantee", "volunteer", "resolve"})

# Governors that put their complement in the future: "plans to", "is set to", "will".
FUTURE_GOVERNORS = frozenset({
    "plan", "intend", "aim", "expect", "set", "schedule", "prepare", "prepared", "willing", "ready",
    "committed", "going", "hope", "want", "seek", "promise", "pledge", "vow", "swear", "threaten",
    "offer", "propose", "due", "about", "agree", "undertake", "commit", "eager", "determined",
    "resolve", "wish", "intention", "plan", "proposal", "threat", "readiness",
    "willingness", "commitment", "determination", "bid", "pledge", "expected", "poised", "likely",
    "guarantee", "volunteer", "urge", "ask", "request", "demand", "call", "order", "press", "appeal",
    "invite", "need",
})
# Governors that say the complement did not happen, or was turned down.
NEGATING_GOVERNORS = frozenset({"refuse", "decline", "reject", "unwilling", "reluctant", "refusal",
                                "deny", "avoid", "hesitate", "stop", "cease", "oppose", "veto"})
FAILING_GOVERNORS = frozenset({"fail", "unable", "inability", "failure", "impossible", "struggle"})
# Predicates saying their subject ("the talks") came to nothing.
FAILURE_VERBS = frozenset({"fail", "collapse", "stall", "founder", "falter", "break", "fall",
                           "deadlock", "flounder", "derail", "end", "sink", "crumble", "fizzle"})
FAILURE_PARTICLES = frozenset({"down", "through", "apart", "off"})
FAILED_MODIFIERS = frozenset({"failed", "abortive", "aborted", "cancelled", "canceled", "fruitless",
                              "unsuccessful", "stalled", "collapsed", "deadlocked", "suspended",
                              "postponed", "broken"})
FUTURE_MODIFIERS = frozenset({"scheduled", "planned", "upcoming", "forthcoming", "proposed", "future",
                              "next", "coming", "prospective", "expected", "intended", "impending",
                              "pending", "promised", "threatened", "possible", "potential", "planned"})
HYPOTHETICAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical", "eventual", "likely",
                                    "conditional"})
# Predicates that rule their subject out: "removing the sanctions is out of the question".
NEGATING_PREDICATES = frozenset({"question", "unacceptable", "impossible", "unthinkable", "option"})
NEGATIVE_DETERMINERS = frozenset({"no", "neither", "nor", "none", "nobody", "never", "without"})
CONDITION_MARKERS = frozenset({"if", "unless", "whether", "lest", "provided", "providing"})
HYPOTHETICAL_MODALS = frozenset({"could", "may", "might", "can"})
DEONTIC_MODALS = frozenset({"must", "should", "ought", "shall"})

# Nouns that carry their event in an "of" phrase ("part of a program", "ten days of war games").
OF_CARRIERS = frozenset({"part", "series", "wave", "round", "number", "lot", "kind", "day", "week",
                         "ton", "hour", "month", "state", "resumption", "continuation", "start",
                         "beginning", "act", "campaign", "policy", "program", "programme", "process",
                         "effort", "string", "spate", "threat", "measure", "package", "set", "form",
                         "tonne", "million", "billion", "amount", "shipment", "consignment"})
# Heads whose event is named by a noun modifier ("military aid program", "peace talks process").
EVENT_CARRIERS = frozenset({"program", "programme", "effort", "package", "campaign", "operation",
                            "project", "policy", "process", "plan", "measure", "mission", "deal",
                            "scheme", "drive", "initiative", "flight", "convoy", "shipment"})
# Time and circumstance prepositions: an event noun after them is background, not the news.
BACKGROUND_PREPS = frozenset({"after", "following", "before", "since", "despite", "during", "amid",
                              "amidst", "ahead", "prior", "until", "like", "unlike", "under"})
# Verbs that pass their complement through: "decided to allow", "took steps to ease".
TRANSPARENT_GOVERNORS = frozenset({"decide", "try", "attempt", "manage", "move", "choose", "opt",
                                   "continue", "begin", "start", "resume", "seek", "want", "wish",
                                   "hope", "vote", "act", "work", "take", "go", "be", "need"})

# Verbs removing something from a place: the place is the target ("withdraw troops from Lebanon").
REMOVAL_VERBS = frozenset({"withdraw", "pull", "evacuate", "recall", "retreat"})
# Verbs forbidding what their object names.
BAN_VERBS = frozenset({"ban", "prohibit", "forbid", "bar", "outlaw", "proscribe"})
# Nouns counting people: the actor is who they count ("scores of refugees").
COUNT_NOUNS = frozenset({"score", "dozen", "hundred", "thousand", "million", "ten", "group", "number",
                         "batch", "patch", "handful", "band", "crowd", "lot", "team", "contingent",
                         "delegation", "couple", "few", "some", "many", "most", "all", "none", "several"})

# Weapons fired or dropped: not the target, which is what they were fired at.
WEAPONS = frozenset({"shell", "bomb", "rocket", "missile", "round", "shot", "bullet", "grenade",
                     "mortar", "artillery", "salvo", "volley", "projectile", "torpedo", "drone",
                     "weapon", "gun", "tear gas", "gas", "shell bomb"})
# Nouns for places, which can be the target of material actions ("a curfew in the town of Cizre").
PLACE_NOUNS = frozenset({"town", "city", "village", "camp", "area", "region", "province", "district",
                         "capital", "jail", "prison", "port", "border", "territory", "zone", "street",
                         "neighbourhood", "neighborhood", "country", "state", "strip", "bank", "island",
                         "enclave", "settlement", "base", "compound", "embassy", "consulate", "building",
                         "office", "headquarters", "market", "mosque", "church", "school", "hospital"})

# Verbs that carry an event noun through a preposition: "put under investigation", "went on strike".
PREP_CARRIERS: Mapping[str, frozenset[str]] = MappingProxyType({
    "under": frozenset({"put", "place", "come", "be", "remain", "keep", "go", "fall", "bring"}),
    "on": frozenset({"go", "be", "embark", "put", "place", "keep"}),
    "into": frozenset({"enter", "go"}),
    "to": frozenset({"add", "put", "place"}),
})
# Nouns that name actors (people, groups, institutions) rather than things.
ACTOR_NOUNS = frozenset({
    "government", "official", "leader", "authority", "force", "rebel", "people", "minister", "president",
    "party", "group", "country", "state", "army", "troop", "police", "militant", "regime",
    "administration", "council", "parliament", "court", "side", "ally", "partner", "nation", "faction",
    "refugee", "civilian", "worker", "student", "prisoner", "detainee", "soldier", "officer", "adviser",
    "advisor", "diplomat", "ambassador", "envoy", "delegation", "citizen", "national", "resident",
    "villager", "farmer", "protester", "demonstrator", "activist", "dissident", "journalist", "hostage",
    "guerrilla", "fighter", "insurgent", "separatist", "militia", "militiaman", "gunman", "opposition",
    "candidate", "member", "leadership", "cabinet", "ministry", "agency", "organization", "organisation",
    "union", "movement", "community", "population", "inhabitant", "settler", "migrant", "immigrant",
    "peacekeeper", "inspector", "observer", "monitor", "negotiator", "mediator", "premier", "king",
    "emir", "prince", "chancellor", "secretary", "spokesman", "spokeswoman", "general", "commander",
    "legislator", "lawmaker", "senator", "deputy", "mayor", "governor", "chief", "head", "judge",
    "prosecutor", "company", "firm", "bank", "counterpart", "neighbor", "neighbour", "alliance",
    "coalition", "bloc", "junta", "navy", "military", "landowner", "man", "woman", "child", "youth",
    "aide", "representative", "delegate", "tribe", "clan", "family", "leader"})
# Verbs that put their subject event on the calendar ("the meeting is scheduled for May").
SCHEDULE_VERBS = frozenset({"schedule", "plan", "set", "expect", "slate", "due", "propose", "arrange"})
# Personal pronouns a subject may be, standing for an actor named elsewhere.
PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you"})
# Verbs whose object does what the complement says ("urged Japan to raise").
OBJECT_CONTROL = frozenset({"urge", "ask", "order", "request", "force", "allow", "permit", "help",
                            "invite", "press", "encourage", "persuade", "instruct", "tell", "require",
                            "compel", "authorize", "enable", "pressure", "call", "appeal", "demand"})
# Prepositions introducing a target ("with", "against" ...).
TARGET_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards", "into", "between")
# Nouns that only name an event when a verb carries them ("established *ties*", "imposed *controls*").
WEAK_NOUNS = frozenset({"tie", "relation", "link", "control", "plan", "call", "round", "session",
                        "order", "return", "help", "access", "war", "exercise", "trade", "investment",
                        "flight", "freedom", "reform", "delivery", "alliance", "partnership", "support",
                        "favor", "favour", "emergency", "duty", "levy", "blow", "violence", "opposition",
                        "exchange", "credit", "grant", "understanding", "letter", "release", "strike",
                        "charge", "suit", "trial", "hearing", "envoy", "peacekeeping", "peacekeeper",
                        "alert", "regret", "initiative", "invitation", "promise", "commitment",
                        "consensus", "compromise", "settlement", "conference", "audience",
                        "encounter", "relief", "restriction", "raid", "hack", "free-trade",
                        "cooperation", "dialogue", "offer", "proposal", "request", "demand", "appeal",
                        "threat", "warning", "discussion", "conversation", "aid", "assistance",
                        "supply", "medicine", "food", "equipment", "weapon", "arm", "fund", "action",
                        "right", "liberty", "military action", "military operation"})
# People and groups: objects that stay actors even inside an idiom ("summoned the ambassador").
PEOPLE = frozenset({"ambassador", "envoy", "diplomat", "chargé", "delegation", "visitor", "refugee",
                    "prisoner", "hostage", "troop", "force", "soldier", "official", "minister",
                    "leader", "inspector", "observer", "journalist", "activist", "dissident"})

# Goods and trade: the actor behind them is where they come from ("imports from Japan").
GOODS = frozenset({"import", "export", "good", "product", "car", "steel", "aluminum", "aluminium",
                   "commodity", "item", "vehicle", "chip", "semiconductor", "shipment", "produce"})
# Forces whose withdrawal is a military retreat; other personnel withdrawn is SANCTION.
FORCES = frozenset({"troop", "force", "soldier", "army", "tank", "unit", "warship", "fighter",
                    "militia", "battalion", "brigade", "division", "garrison", "contingent", "navy",
                    "military", "ship", "aircraft", "jet"})
PERSONNEL = frozenset({"inspector", "observer", "monitor", "diplomat", "ambassador", "envoy", "staff",
                       "worker", "mission", "peacekeeper", "peacekeeping", "personnel", "embassy",
                       "consulate", "aid", "support", "recognition", "expert", "team", "delegation",
                       "humanitarian"})
# Ordering someone to stop or leave is coercion (censorship, expulsion), not a demand.
COERCIVE_ORDERS = frozenset({"suspend", "stop", "close", "shut", "leave", "halt", "cease", "evacuate",
                             "disband", "dissolve", "vacate", "quit"})
# Leaving: an order to leave expels (diplomats: SANCTION) or deports (people: COERCE), CAMEO 166/174.
DEPARTURES = frozenset({"leave", "vacate", "quit"})
# Verbs letting someone in, and the third parties whose entry PLOVER's RETREAT names ("allowing the
# entry of observers, peacekeepers, or humanitarian workers"; CAMEO 0861/0862 receive peacekeepers, inspectors).
ADMIT_VERBS = frozenset({"allow", "permit", "admit", "let", "receive", "accept", "welcome"})
THIRD_PARTIES = frozenset({"inspector", "observer", "monitor", "peacekeeper", "peacekeeping"})
# Verdicts that make "found X ..." a conviction (PLOVER manual §SANCTION: "find guilty or liable").
VERDICTS = frozenset({"guilty", "liable"})
# Things said rather than handed over: giving one is no aid ("gave Trump the same message").
UTTERANCES = frozenset({"message", "assurance", "speech", "interview", "answer", "signal", "impression",
                        "account", "briefing", "statement", "reply", "hint", "promise", "explanation"})
# Subjects whose violence is a riot (CAMEO 145 "protest violently, riot" → PROTEST).
PROTESTERS = frozenset({"rioter", "protester", "protestor", "demonstrator", "mob", "crowd"})
# Objects that make "block" an obstruction protest rather than a veto.
PLACES = frozenset({"road", "bridge", "highway", "street", "route", "transport", "traffic", "access",
                    "entrance", "railway", "rail", "crossing", "port", "roadway", "border", "airport"})
# Military words that make an exercise or arrival a deployment rather than a visit.
MILITARY_WORDS = frozenset({"troop", "force", "soldier", "army", "tank", "warship", "military",
                            "peacekeeping", "peacekeeper", "navy", "marine", "battalion", "contingent",
                            "deployment", "unit", "police", "paramilitary"})
VISIT_VERBS = frozenset({"arrive", "travel", "fly", "go", "come", "head"})


# Every verb lemma the coder reads: `eventparts._lemma` repairs a lemmatizer slip ("hoped" → "hop")
# only towards one of these.
KNOWN_VERBS = frozenset(VERB_SENSES) | LIGHT_VERBS | SPEECH_VERBS | {v for v, _ in PHRASAL_SENSES} | \
    {v for v, _ in VERB_OBJECT_SENSES} | TRANSPARENT_GOVERNORS | FUTURE_GOVERNORS | NEGATING_GOVERNORS | \
    FAILING_GOVERNORS | FAILURE_VERBS | STOP_VERBS | LIFT_VERBS | CANCEL_VERBS | ACCEPT_VERBS | REJECT_VERBS | \
    COMMIT_VERBS | SCHEDULE_VERBS | RECEIVE_VERBS | SIGN_VERBS | ACHIEVE_VERBS | ADMIT_VERBS | VISIT_VERBS


def sense_of_verb(lemma: str) -> Sense | None:
    """The sense a verb has on its own, or None when it names no event."""
    return VERB_SENSES.get(lemma)


def sense_of_noun(lemma: str, modifier: str | None = None) -> Sense | None:
    """The sense of an event noun, trying "modifier noun" first ("hunger strike" before "strike")."""
    if modifier:
        found = NOUN_SENSES.get(f"{modifier} {lemma}")
        if found is not None:
            return found
    return NOUN_SENSES.get(lemma)


def sense_of_phrasal(lemma: str, particle: str) -> Sense | None:
    """The sense of a two-word verb ("call on", "break off"), or None."""
    return PHRASAL_SENSES.get((lemma, particle))


def sense_of_verb_object(lemma: str, obj: str) -> Sense | None:
    """The sense of a verb with this object ("open fire", "seek refuge"), or None."""
    return VERB_OBJECT_SENSES.get((lemma, obj))
