"""The event lexicon: which verbs and nouns name which PLOVER event, and the words that change them.

Word lists are written per PLOVER type from the category definitions in the PLOVER manual
(<https://github.com/openeventdata/PLOVER>), not from any gold sentences. Where the manual and the
older PLOVER 0.5 gold records disagree, the choice is noted next to the word. Entries are lemmas
(lower case); multi-word nouns are written "head" with their modifier ("hunger strike").

The lists are immutable mappings: the coder (`newsgraph.analyze.eventcode`) only reads them.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType
from typing import Mapping

from newsgraph.model import EventType as T

__all__ = ["Mode", "Sense", "COOPERATIVE", "HOSTILE_ACTIONS", "sense_of_verb", "sense_of_noun",
           "sense_of_phrasal", "sense_of_verb_object"]


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

# Verbs, per type. A value is the mode the verb implies (None: the verb says nothing of how).
_VERBS: dict[T, dict[str, Mode | None]] = {
    T.AGREE: {"agree": None, "promise": M.PROMISE, "pledge": M.PROMISE, "vow": M.PROMISE,
              "offer": M.OFFER, "propose": M.OFFER, "undertake": M.PROMISE, "consent": None,
              "accept": None, "commit": M.PROMISE, "guarantee": M.PROMISE, "volunteer": M.OFFER},
    T.CONSULT: {"meet": M.MEETING, "visit": M.VISIT, "host": M.HOST, "negotiate": M.TALKS,
                "discuss": M.TALKS, "consult": M.TALKS, "confer": M.TALKS, "talk": M.TALKS,
                "mediate": M.MEDIATION, "telephone": M.PHONE, "phone": M.PHONE, "tour": M.VISIT,
                "communicate": None, "converse": M.TALKS, "parley": M.TALKS},
    T.SUPPORT: {"praise": M.PRAISE, "commend": M.PRAISE, "hail": M.PRAISE, "welcome": M.PRAISE,
                "applaud": M.PRAISE, "laud": M.PRAISE, "endorse": None, "back": None, "support": None,
                "approve": None, "defend": None, "recognize": M.RECOGNITION, "recognise": M.RECOGNITION,
                "congratulate": M.PRAISE, "forgive": None, "ratify": M.AGREEMENT, "thank": M.PRAISE,
                "reconcile": None, "normalize": None, "normalise": None},
    T.CONCEDE: {"allow": M.ALLOW, "permit": M.ALLOW, "concede": None, "compromise": None,
                "yield": None, "relent": None, "pardon": M.PARDON, "apologize": M.APOLOGY,
                "apologise": M.APOLOGY, "amnesty": M.PARDON, "legalize": M.EASE, "legalise": M.EASE,
                "accommodate": None, "soften": M.EASE},
    T.COOPERATE: {"cooperate": None, "collaborate": None, "extradite": M.JUDICIAL, "invest": M.ECONOMIC,
                  "trade": M.ECONOMIC, "partner": None, "ally": None, "coordinate": None},
    T.AID: {"give": None, "provide": None, "grant": None, "donate": None, "supply": None,
            "fund": M.ECONOMIC, "finance": M.ECONOMIC, "lend": M.ECONOMIC, "loan": M.ECONOMIC,
            "assist": None, "help": None, "rescue": M.HUMANITARIAN, "shelter": M.ASYLUM,
            "airlift": M.HUMANITARIAN, "subsidize": M.ECONOMIC, "subsidise": M.ECONOMIC},
    T.RETREAT: {"withdraw": M.WITHDRAW, "retreat": M.WITHDRAW, "evacuate": M.WITHDRAW,
                "release": M.RELEASE, "free": M.RELEASE, "repatriate": M.RETURN, "return": M.RETURN,
                "disarm": M.DISARM, "demobilize": M.DISARM, "demobilise": M.DISARM,
                "demilitarize": M.DISARM, "surrender": M.SURRENDER, "capitulate": M.SURRENDER,
                "resign": M.RESIGN, "abdicate": M.RESIGN, "quit": M.RESIGN, "cede": M.WITHDRAW,
                "decommission": M.DISARM},
    T.REQUEST: {"demand": M.DEMAND, "request": None, "urge": M.APPEAL, "appeal": M.APPEAL,
                "ask": None, "press": None, "insist": M.DEMAND, "order": M.ORDER, "require": M.DEMAND,
                "plead": M.APPEAL, "implore": M.APPEAL, "beg": M.APPEAL, "petition": M.APPEAL,
                "exhort": M.APPEAL, "command": M.ORDER, "instruct": M.ORDER, "direct": M.ORDER,
                "invite": None, "solicit": None, "lobby": None, "pressure": None, "pressurize": None},
    T.ACCUSE: {"accuse": M.ACCUSATION, "blame": M.ACCUSATION, "allege": M.ACCUSATION,
               "charge": M.ACCUSATION, "criticize": M.CRITICISM, "criticise": M.CRITICISM,
               "condemn": M.CRITICISM, "denounce": M.CRITICISM, "decry": M.CRITICISM,
               "deplore": M.CRITICISM, "censure": M.CRITICISM, "rebuke": M.CRITICISM,
               "reprimand": M.CRITICISM, "slam": M.CRITICISM, "blast": M.CRITICISM,
               "lambaste": M.CRITICISM, "complain": M.CRITICISM, "object": M.CRITICISM,
               "disapprove": M.CRITICISM, "castigate": M.CRITICISM, "chastise": M.CRITICISM,
               "sue": M.LAWSUIT, "prosecute": M.LAWSUIT, "indict": M.LAWSUIT, "impeach": M.LAWSUIT,
               "investigate": M.INVESTIGATION, "probe": M.INVESTIGATION, "examine": M.INVESTIGATION,
               "scrutinize": M.INVESTIGATION, "scrutinise": M.INVESTIGATION, "audit": M.INVESTIGATION,
               "interrogate": M.INVESTIGATION, "question": M.INVESTIGATION, "summon": M.SUMMON,
               "protest": M.CRITICISM, "oppose": M.CRITICISM, "fault": M.CRITICISM},
    T.REJECT: {"reject": M.REFUSAL, "refuse": M.REFUSAL, "decline": M.REFUSAL, "rebuff": M.REFUSAL,
               "dismiss": M.REFUSAL, "spurn": M.REFUSAL, "veto": M.REFUSAL, "deny": M.REFUSAL,
               "renege": M.DEFIANCE, "defy": M.DEFIANCE, "violate": M.DEFIANCE, "breach": M.DEFIANCE,
               "disobey": M.DEFIANCE, "resist": M.DEFIANCE, "ignore": M.DEFIANCE, "snub": M.REFUSAL,
               "repudiate": M.REFUSAL, "disregard": M.DEFIANCE, "obstruct": M.REFUSAL},
    T.THREATEN: {"threaten": M.THREAT, "menace": M.THREAT, "intimidate": M.THREAT,
                 "swear": M.THREAT, "warn": None},
    T.PROTEST: {"protest": M.DEMONSTRATION, "demonstrate": M.DEMONSTRATION, "rally": M.DEMONSTRATION,
                "march": M.DEMONSTRATION, "picket": M.DEMONSTRATION, "riot": M.RIOT,
                "boycott": M.BOYCOTT, "blockade": M.OBSTRUCT, "block": M.OBSTRUCT,
                "rampage": M.RIOT, "mutiny": M.RIOT},
    T.SANCTION: {"sanction": M.SANCTION, "embargo": M.EMBARGO, "expel": M.EXPEL, "sever": M.SEVER,
                 "suspend": None, "cancel": M.CANCEL, "postpone": M.CANCEL, "freeze": M.SEVER,
                 "downgrade": M.SEVER, "recall": M.WITHDRAW, "convict": None, "penalize": None,
                 "penalise": None, "blacklist": M.SANCTION},
    T.MOBILIZE: {"mobilize": M.TROOPS, "mobilise": M.TROOPS, "deploy": M.TROOPS, "mass": M.TROOPS,
                 "reinforce": M.TROOPS, "station": M.TROOPS, "patrol": M.POLICE, "arm": M.WEAPONS,
                 "rearm": M.WEAPONS, "test": M.WEAPONS, "prepare": None, "muster": M.TROOPS},
    # Destroying property and abduction are COERCE here, as in the PLOVER 0.5 gold records
    # (CAMEO 1712, 181); later manual drafts move both to ASSAULT.
    T.COERCE: {"arrest": M.ARREST, "detain": M.ARREST, "jail": M.ARREST, "imprison": M.ARREST,
               "apprehend": M.ARREST, "seize": M.CONFISCATE, "confiscate": M.CONFISCATE,
               "impound": M.CONFISCATE, "nationalize": M.CONFISCATE, "deport": M.DEPORT,
               "banish": M.DEPORT, "exile": M.DEPORT, "ban": M.BAN, "outlaw": M.BAN, "proscribe": M.BAN,
               "censor": M.CENSOR, "restrict": M.RESTRICT, "repress": M.RESTRICT,
               "suppress": M.RESTRICT, "disperse": M.RESTRICT, "evict": M.DEPORT, "raid": M.ARREST,
               "demolish": M.DESTROY, "bulldoze": M.DESTROY, "raze": M.DESTROY, "sabotage": M.DESTROY,
               "vandalize": M.DESTROY, "loot": M.CONFISCATE, "hack": M.CYBER, "kidnap": M.ABDUCT,
               "abduct": M.ABDUCT, "hijack": M.ABDUCT, "sentence": M.ARREST, "persecute": M.RESTRICT,
               "intern": M.ARREST, "harass": M.RESTRICT, "forbid": M.BAN, "prohibit": M.BAN,
               "displace": M.DEPORT, "expropriate": M.CONFISCATE},
    T.ASSAULT: {"attack": M.ATTACK, "kill": M.KILL, "bomb": M.BOMBING, "shell": M.SHELLING,
                "shoot": M.FIREARMS, "fire": M.FIREARMS, "wound": M.ATTACK, "injure": M.ATTACK,
                "torture": M.TORTURE, "beat": M.BEAT, "assassinate": M.ASSASSINATE,
                "massacre": M.KILL, "murder": M.KILL, "slaughter": M.KILL, "execute": M.KILL,
                "behead": M.KILL, "invade": M.INVADE, "occupy": M.OCCUPY, "capture": M.OCCUPY,
                "retake": M.OCCUPY, "recapture": M.OCCUPY, "overrun": M.OCCUPY, "storm": M.ATTACK,
                "bombard": M.SHELLING, "strafe": M.FIREARMS, "ambush": M.ATTACK, "assault": M.ATTACK,
                "clash": M.CLASH, "fight": M.CLASH, "battle": M.CLASH, "rape": M.BEAT,
                "stab": M.BEAT, "lynch": M.KILL, "rocket": M.SHELLING, "mortar": M.SHELLING,
                "gun": M.FIREARMS, "blow": M.BOMBING, "destroy": M.DESTROY, "annex": M.OCCUPY,
                "strike": M.ATTACK, "torch": M.DESTROY, "burn": M.DESTROY},
}

# Two-word verbs (verb + particle or preposition). The preposition is taken only when it follows
# the verb directly ("called on X to", not "called on Tuesday") - the coder checks that.
_PHRASAL: dict[tuple[str, str], Sense] = {
    ("call", "on"): Sense(T.REQUEST, M.APPEAL), ("call", "upon"): Sense(T.REQUEST, M.APPEAL),
    ("call", "for"): Sense(T.REQUEST, M.APPEAL), ("call", "off"): Sense(T.SANCTION, M.CANCEL),
    ("break", "off"): Sense(T.SANCTION, M.SEVER), ("cut", "off"): Sense(T.SANCTION, M.SEVER),
    ("walk", "out"): Sense(T.SANCTION, M.CANCEL), ("pull", "out"): Sense(T.RETREAT, M.WITHDRAW),
    ("pull", "back"): Sense(T.RETREAT, M.WITHDRAW), ("step", "down"): Sense(T.RETREAT, M.RESIGN),
    ("stand", "down"): Sense(T.RETREAT, M.RESIGN), ("hand", "over"): Sense(T.RETREAT, M.RETURN),
    ("give", "back"): Sense(T.RETREAT, M.RETURN), ("give", "up"): Sense(T.CONCEDE, None),
    ("back", "down"): Sense(T.CONCEDE, None), ("give", "in"): Sense(T.CONCEDE, None),
    ("turn", "down"): Sense(T.REJECT, M.REFUSAL), ("crack", "down"): Sense(T.COERCE, M.RESTRICT),
    ("shut", "down"): Sense(T.COERCE, M.BAN), ("lock", "up"): Sense(T.COERCE, M.ARREST),
    ("round", "up"): Sense(T.COERCE, M.ARREST), ("blow", "up"): Sense(T.COERCE, M.DESTROY),
    ("beat", "up"): Sense(T.ASSAULT, M.BEAT), ("shoot", "down"): Sense(T.ASSAULT, M.FIREARMS),
    ("fire", "on"): Sense(T.ASSAULT, M.FIREARMS), ("fire", "at"): Sense(T.ASSAULT, M.FIREARMS),
    ("open", "up"): Sense(T.CONCEDE, M.EASE), ("speak", "out"): Sense(T.ACCUSE, M.CRITICISM),
    ("lash", "out"): Sense(T.ACCUSE, M.CRITICISM), ("meet", "with"): Sense(T.CONSULT, M.MEETING),
    ("talk", "with"): Sense(T.CONSULT, M.TALKS), ("speak", "with"): Sense(T.CONSULT, M.TALKS),
    ("sit", "down"): Sense(T.CONSULT, M.TALKS), ("force", "out"): Sense(T.COERCE, M.DEPORT),
    ("drive", "out"): Sense(T.COERCE, M.DEPORT), ("take", "over"): Sense(T.ASSAULT, M.OCCUPY),
    ("move", "into"): Sense(T.MOBILIZE, M.TROOPS), ("hold", "back"): Sense(T.SANCTION, M.SEVER),
    ("rule", "out"): Sense(T.REJECT, M.REFUSAL), ("stand", "by"): Sense(T.SUPPORT, None),
    ("reach", "out"): Sense(T.CONSULT, None), ("bail", "out"): Sense(T.AID, M.ECONOMIC),
    ("set", "free"): Sense(T.RETREAT, M.RELEASE), ("let", "go"): Sense(T.RETREAT, M.RELEASE),
    ("vote", "against"): Sense(T.REJECT, M.REFUSAL), ("vote", "for"): Sense(T.SUPPORT, None),
}

# A verb whose sense depends on its object: (verb, object lemma) -> sense.
_VERB_OBJECT: dict[tuple[str, str], Sense] = {
    ("open", "fire"): Sense(T.ASSAULT, M.FIREARMS), ("lay", "arm"): Sense(T.RETREAT, M.DISARM),
    ("lay", "weapon"): Sense(T.RETREAT, M.DISARM), ("take", "hostage"): Sense(T.COERCE, M.ABDUCT),
    ("hold", "hostage"): Sense(T.COERCE, M.ABDUCT), ("hold", "shield"): Sense(T.COERCE, M.ABDUCT),
    ("use", "shield"): Sense(T.COERCE, M.ABDUCT),
    ("seek", "refuge"): Sense(T.REQUEST, M.ASYLUM), ("seek", "asylum"): Sense(T.REQUEST, M.ASYLUM),
    ("seek", "shelter"): Sense(T.REQUEST, M.ASYLUM), ("grant", "asylum"): Sense(T.AID, M.ASYLUM),
    ("give", "asylum"): Sense(T.AID, M.ASYLUM), ("grant", "amnesty"): Sense(T.CONCEDE, M.PARDON),
    ("accept", "refugee"): Sense(T.AID, M.ASYLUM), ("admit", "refugee"): Sense(T.AID, M.ASYLUM),
    ("stop", "work"): Sense(T.PROTEST, M.STRIKE), ("establish", "tie"): Sense(T.SUPPORT, M.RECOGNITION),
    ("establish", "relation"): Sense(T.SUPPORT, M.RECOGNITION),
    ("restore", "tie"): Sense(T.SUPPORT, M.RECOGNITION), ("restore", "relation"): Sense(T.SUPPORT, M.RECOGNITION),
    ("share", "information"): Sense(T.COOPERATE, M.INTELLIGENCE),
    ("share", "intelligence"): Sense(T.COOPERATE, M.INTELLIGENCE),
    ("share", "evidence"): Sense(T.COOPERATE, M.INTELLIGENCE), ("share", "data"): Sense(T.COOPERATE, M.INTELLIGENCE),
    ("exchange", "information"): Sense(T.COOPERATE, M.INTELLIGENCE),
    ("exchange", "prisoner"): Sense(T.RETREAT, M.RELEASE), ("swap", "prisoner"): Sense(T.RETREAT, M.RELEASE),
    ("put", "alert"): Sense(T.MOBILIZE, M.ALERT), ("raise", "alert"): Sense(T.MOBILIZE, M.ALERT),
    ("test", "missile"): Sense(T.MOBILIZE, M.WEAPONS), ("fire", "missile"): Sense(T.ASSAULT, M.SHELLING),
    ("fire", "shell"): Sense(T.ASSAULT, M.SHELLING), ("fire", "rocket"): Sense(T.ASSAULT, M.SHELLING),
    ("lodge", "protest"): Sense(T.ACCUSE, M.CRITICISM), ("file", "protest"): Sense(T.ACCUSE, M.CRITICISM),
    ("lodge", "complaint"): Sense(T.ACCUSE, M.CRITICISM), ("file", "complaint"): Sense(T.ACCUSE, M.LAWSUIT),
    ("file", "lawsuit"): Sense(T.ACCUSE, M.LAWSUIT), ("file", "suit"): Sense(T.ACCUSE, M.LAWSUIT),
    ("file", "charge"): Sense(T.ACCUSE, M.LAWSUIT), ("bring", "charge"): Sense(T.ACCUSE, M.LAWSUIT),
    ("press", "charge"): Sense(T.ACCUSE, M.LAWSUIT), ("deliver", "protest"): Sense(T.ACCUSE, M.CRITICISM),
    ("send", "protest"): Sense(T.ACCUSE, M.CRITICISM), ("issue", "protest"): Sense(T.ACCUSE, M.CRITICISM),
    ("express", "concern"): Sense(T.ACCUSE, M.CRITICISM), ("express", "regret"): Sense(T.ACCUSE, M.CRITICISM),
    ("express", "dissatisfaction"): Sense(T.ACCUSE, M.CRITICISM), ("voice", "concern"): Sense(T.ACCUSE, M.CRITICISM),
    ("express", "support"): Sense(T.SUPPORT, None), ("show", "favor"): Sense(T.SUPPORT, None),
    ("show", "favour"): Sense(T.SUPPORT, None), ("express", "condolence"): Sense(T.SUPPORT, None),
    ("open", "border"): Sense(T.RETREAT, M.ACCESS), ("open", "bridge"): Sense(T.RETREAT, M.ACCESS),
    ("open", "crossing"): Sense(T.RETREAT, M.ACCESS), ("open", "airspace"): Sense(T.RETREAT, M.ACCESS),
    ("open", "port"): Sense(T.RETREAT, M.ACCESS), ("open", "embassy"): Sense(T.SUPPORT, M.RECOGNITION),
    ("close", "border"): Sense(T.SANCTION, M.SEVER), ("close", "embassy"): Sense(T.SANCTION, M.SEVER),
    ("close", "newspaper"): Sense(T.COERCE, M.CENSOR), ("close", "paper"): Sense(T.COERCE, M.CENSOR),
    ("lift", "ban"): Sense(T.CONCEDE, M.EASE), ("break", "relation"): Sense(T.SANCTION, M.SEVER),
    ("break", "tie"): Sense(T.SANCTION, M.SEVER), ("cut", "tie"): Sense(T.SANCTION, M.SEVER),
    ("take", "control"): Sense(T.ASSAULT, M.OCCUPY), ("gain", "control"): Sense(T.ASSAULT, M.OCCUPY),
    ("seize", "control"): Sense(T.ASSAULT, M.OCCUPY), ("seize", "territory"): Sense(T.ASSAULT, M.OCCUPY),
    ("seize", "town"): Sense(T.ASSAULT, M.OCCUPY), ("seize", "city"): Sense(T.ASSAULT, M.OCCUPY),
    ("seize", "village"): Sense(T.ASSAULT, M.OCCUPY), ("deny", "entry"): Sense(T.SANCTION, M.SEVER),
    ("deny", "visa"): Sense(T.SANCTION, M.SEVER), ("deny", "access"): Sense(T.REJECT, M.REFUSAL),
    ("pay", "visit"): Sense(T.CONSULT, M.VISIT), ("make", "call"): Sense(T.CONSULT, M.PHONE),
    ("receive", "delegation"): Sense(T.CONSULT, M.HOST), ("receive", "visitor"): Sense(T.CONSULT, M.HOST),
    ("receive", "envoy"): Sense(T.CONSULT, M.HOST), ("send", "troop"): Sense(T.MOBILIZE, M.TROOPS),
    ("send", "force"): Sense(T.MOBILIZE, M.TROOPS), ("send", "warship"): Sense(T.MOBILIZE, M.TROOPS),
    ("send", "letter"): Sense(T.CONSULT, M.LETTER), ("send", "message"): Sense(T.CONSULT, M.LETTER),
    ("send", "envoy"): Sense(T.CONSULT, M.VISIT), ("send", "delegation"): Sense(T.CONSULT, M.VISIT),
    ("write", "letter"): Sense(T.CONSULT, M.LETTER), ("set", "fire"): Sense(T.COERCE, M.DESTROY), ("fire", "official"): Sense(T.COERCE, M.RESTRICT),
    ("summon", "ambassador"): Sense(T.ACCUSE, M.SUMMON), ("summon", "envoy"): Sense(T.ACCUSE, M.SUMMON),
    ("summon", "diplomat"): Sense(T.ACCUSE, M.SUMMON), ("summon", "chargé"): Sense(T.ACCUSE, M.SUMMON),
}

# Event nouns, per type.
_NOUNS: dict[T, dict[str, Mode | None]] = {
    T.AGREE: {"agreement": M.AGREEMENT, "deal": M.AGREEMENT, "accord": M.AGREEMENT, "pact": M.AGREEMENT,
              "treaty": M.AGREEMENT, "promise": M.PROMISE, "pledge": M.PROMISE, "commitment": M.PROMISE,
              "offer": M.OFFER, "proposal": M.OFFER, "plan": M.OFFER, "settlement": M.AGREEMENT,
              "memorandum": M.AGREEMENT, "understanding": M.AGREEMENT, "compromise": M.AGREEMENT,
              "consensus": M.AGREEMENT, "initiative": M.OFFER, "invitation": M.OFFER},
    T.CONSULT: {"meeting": M.MEETING, "talk": M.TALKS, "negotiation": M.TALKS, "summit": M.MEETING,
                "visit": M.VISIT, "trip": M.VISIT, "tour": M.VISIT, "consultation": M.TALKS,
                "discussion": M.TALKS, "dialogue": M.TALKS, "mediation": M.MEDIATION,
                "conference": M.MEETING, "call": M.PHONE, "conversation": M.TALKS, "letter": M.LETTER,
                "session": M.MEETING, "round": M.TALKS, "encounter": M.MEETING, "audience": M.MEETING,
                "parley": M.TALKS, "envoy": M.VISIT},
    T.SUPPORT: {"support": None, "praise": M.PRAISE, "endorsement": None, "recognition": M.RECOGNITION,
                "backing": None, "approval": None, "tie": M.RECOGNITION, "relation": M.RECOGNITION,
                "favor": None, "favour": None, "congratulation": M.PRAISE, "solidarity": None},
    T.CONCEDE: {"concession": None, "pardon": M.PARDON, "amnesty": M.PARDON, "apology": M.APOLOGY,
                "reform": None, "freedom": M.EASE, "liberty": M.EASE, "right": M.EASE},
    T.COOPERATE: {"cooperation": None, "collaboration": None, "exercise": M.MILITARY,
                  "maneuver": M.MILITARY, "manoeuvre": M.MILITARY, "drill": M.MILITARY,
                  "war game": M.MILITARY, "trade": M.ECONOMIC, "investment": M.ECONOMIC,
                  "partnership": None, "alliance": None, "extradition": M.JUDICIAL, "link": M.ECONOMIC,
                  "exchange": None, "free-trade": M.ECONOMIC, "flight": M.ECONOMIC},
    T.AID: {"aid": None, "assistance": None, "grant": M.ECONOMIC, "loan": M.ECONOMIC,
            "credit": M.ECONOMIC, "donation": None, "relief": M.HUMANITARIAN, "asylum": M.ASYLUM,
            "refuge": M.ASYLUM, "food aid": M.HUMANITARIAN, "military aid": M.MILITARY,
            "humanitarian aid": M.HUMANITARIAN, "economic aid": M.ECONOMIC, "subsidy": M.ECONOMIC,
            "help": None, "bailout": M.ECONOMIC, "funding": M.ECONOMIC, "delivery": M.HUMANITARIAN,
            "peacekeeping": M.MILITARY, "peacekeeper": M.MILITARY, "access": M.HUMANITARIAN,
            "supply": M.HUMANITARIAN, "medicine": M.HUMANITARIAN, "food": M.HUMANITARIAN,
            "medical supply": M.HUMANITARIAN, "equipment": M.MILITARY, "weapon": M.MILITARY,
            "arm": M.MILITARY, "fund": M.ECONOMIC},
    T.RETREAT: {"withdrawal": M.WITHDRAW, "pullout": M.WITHDRAW, "retreat": M.WITHDRAW,
                "release": M.RELEASE, "return": M.RETURN, "repatriation": M.RETURN,
                "ceasefire": M.CEASEFIRE, "cease-fire": M.CEASEFIRE, "truce": M.CEASEFIRE,
                "armistice": M.CEASEFIRE, "disarmament": M.DISARM, "demobilization": M.DISARM,
                "resignation": M.RESIGN, "surrender": M.SURRENDER, "evacuation": M.WITHDRAW},
    T.REQUEST: {"demand": M.DEMAND, "request": None, "appeal": M.APPEAL, "call": M.APPEAL,
                "plea": M.APPEAL, "order": M.ORDER, "petition": M.APPEAL,
                "request for": None},
    T.ACCUSE: {"accusation": M.ACCUSATION, "allegation": M.ACCUSATION, "charge": M.ACCUSATION,
               "criticism": M.CRITICISM, "condemnation": M.CRITICISM, "complaint": M.CRITICISM,
               "investigation": M.INVESTIGATION, "inquiry": M.INVESTIGATION, "enquiry": M.INVESTIGATION,
               "probe": M.INVESTIGATION, "hearing": M.INVESTIGATION, "lawsuit": M.LAWSUIT,
               "suit": M.LAWSUIT, "indictment": M.LAWSUIT, "prosecution": M.LAWSUIT,
               "censure": M.CRITICISM, "rebuke": M.CRITICISM, "dissatisfaction": M.CRITICISM,
               "regret": M.CRITICISM, "questioning": M.INVESTIGATION, "interrogation": M.INVESTIGATION,
               "trial": M.LAWSUIT, "impeachment": M.LAWSUIT},
    T.REJECT: {"rejection": M.REFUSAL, "refusal": M.REFUSAL, "veto": M.REFUSAL, "denial": M.REFUSAL,
               "defiance": M.DEFIANCE, "violation": M.DEFIANCE, "opposition": M.REFUSAL},
    T.THREATEN: {"threat": M.THREAT, "warning": M.THREAT, "ultimatum": M.ULTIMATUM},
    T.PROTEST: {"protest": M.DEMONSTRATION, "demonstration": M.DEMONSTRATION, "rally": M.DEMONSTRATION,
                "march": M.DEMONSTRATION, "riot": M.RIOT, "unrest": M.RIOT, "strike": M.STRIKE,
                "walkout": M.STRIKE, "hunger strike": M.HUNGER_STRIKE, "boycott": M.BOYCOTT,
                "sit-in": M.DEMONSTRATION, "picket": M.DEMONSTRATION, "roadblock": M.OBSTRUCT,
                "blockade": M.OBSTRUCT, "uprising": M.RIOT},
    # A punitive tariff "restricts commercial exchange as a form of punishment": PLOVER SANCTION,
    # not COERCE (repression of rights at home). Cancelling meetings is SANCTION too (manual).
    T.SANCTION: {"sanction": M.SANCTION, "embargo": M.EMBARGO, "tariff": M.TARIFF, "duty": M.TARIFF,
                 "levy": M.TARIFF, "expulsion": M.EXPEL, "suspension": None, "cancellation": M.CANCEL,
                 "boycott": M.BOYCOTT, "cutoff": M.SEVER, "severance": M.SEVER, "blacklist": M.SANCTION,
                 "entity list": M.SANCTION, "export control": M.EMBARGO},
    T.MOBILIZE: {"mobilization": M.TROOPS, "mobilisation": M.TROOPS, "deployment": M.TROOPS,
                 "buildup": M.TROOPS, "build-up": M.TROOPS, "patrol": M.POLICE, "alert": M.ALERT,
                 "reinforcement": M.TROOPS, "missile test": M.WEAPONS},
    T.COERCE: {"arrest": M.ARREST, "detention": M.ARREST, "crackdown": M.RESTRICT, "curfew": M.CURFEW,
               "ban": M.BAN, "martial law": M.MARTIAL_LAW, "emergency": M.MARTIAL_LAW,
               "restriction": M.RESTRICT, "censorship": M.CENSOR, "deportation": M.DEPORT,
               "confiscation": M.CONFISCATE, "seizure": M.CONFISCATE, "raid": M.ARREST,
               "kidnapping": M.ABDUCT, "abduction": M.ABDUCT, "hijacking": M.ABDUCT,
               "demolition": M.DESTROY, "cyberattack": M.CYBER, "hack": M.CYBER,
               "control": M.RESTRICT, "repression": M.RESTRICT, "eviction": M.DEPORT,
               "action": M.RESTRICT},
    T.ASSAULT: {"attack": M.ATTACK, "assault": M.ATTACK, "offensive": M.ATTACK, "invasion": M.INVADE,
                "bombing": M.BOMBING, "airstrike": M.BOMBING, "air strike": M.BOMBING,
                "missile strike": M.SHELLING, "shelling": M.SHELLING, "bombardment": M.SHELLING,
                "fighting": M.CLASH, "clash": M.CLASH, "battle": M.CLASH, "war": M.CLASH,
                "hostility": M.CLASH, "massacre": M.KILL, "killing": M.KILL, "assassination": M.ASSASSINATE,
                "ambush": M.ATTACK, "torture": M.TORTURE, "occupation": M.OCCUPY, "siege": M.OCCUPY,
                "incursion": M.INVADE, "raid": M.ATTACK, "gunfire": M.FIREARMS, "shooting": M.FIREARMS,
                "explosion": M.BOMBING, "suicide bombing": M.BOMBING, "blast": M.BOMBING,
                "execution": M.KILL, "bomb attack": M.BOMBING, "blow": M.ATTACK, "violence": M.ATTACK,
                "naval blockade": M.OCCUPY, "military blockade": M.OCCUPY, "military offensive": M.ATTACK,
                "military action": M.ATTACK, "military operation": M.ATTACK, "military strike": M.ATTACK},
}

# Restrictions that are military, so easing them is material (RETREAT), not verbal (CONCEDE).
MILITARY_RESTRICTIONS = frozenset({"blockade", "siege", "occupation", "naval blockade", "military blockade"})

# Lay down a sense for every listed word, later types never overriding earlier ones.
def _index(table: dict[T, dict[str, Mode | None]]) -> Mapping[str, Sense]:
    index: dict[str, Sense] = {}
    for event_type, words in table.items():
        for word, mode in words.items():
            index.setdefault(word, Sense(event_type, mode))
    return MappingProxyType(index)


VERB_SENSES = _index(_VERBS)
NOUN_SENSES = _index(_NOUNS)
PHRASAL_SENSES: Mapping[tuple[str, str], Sense] = MappingProxyType(_PHRASAL)
VERB_OBJECT_SENSES: Mapping[tuple[str, str], Sense] = MappingProxyType(_VERB_OBJECT)

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
# Objects that make "block" an obstruction protest rather than a veto.
PLACES = frozenset({"road", "bridge", "highway", "street", "route", "transport", "traffic", "access",
                    "entrance", "railway", "rail", "crossing", "port", "roadway", "border", "airport"})
# Military words that make an exercise or arrival a deployment rather than a visit.
MILITARY_WORDS = frozenset({"troop", "force", "soldier", "army", "tank", "warship", "military",
                            "peacekeeping", "peacekeeper", "navy", "marine", "battalion", "contingent",
                            "deployment", "unit", "police", "paramilitary"})
VISIT_VERBS = frozenset({"arrive", "travel", "fly", "go", "come", "head"})


KNOWN_VERBS = frozenset(VERB_SENSES) | LIGHT_VERBS | SPEECH_VERBS | {v for v, _ in PHRASAL_SENSES} | \
    {v for v, _ in VERB_OBJECT_SENSES} | TRANSPARENT_GOVERNORS


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
