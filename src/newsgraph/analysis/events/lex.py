"""The event lexicon: which verbs and nouns name which PLOVER event, and the words that change them.

The trigger words (verbs, event nouns, two-word verbs, verb + object idioms) are read from
`data/event_*.tsv`, each entry with its source: a PLOVER manual section ("PLOVER manual §ACCUSE
definition"), a CAMEO category and the PLOVER type the CAMEO→PLOVER tables give it ("CAMEO 112 →
ACCUSE"), or "own words" for a plain synonym or idiom of such a category. Where the manual and the
tables disagree the entry's source says which was followed (destroying property is COERCE as in
cameo/CAMEO-PLOV.txt; abduction is ASSAULT as in both tables). Entries are lemmas (lower case); a
two-word noun is written "modifier head" ("hunger strike"). The closed word lists the coder reads
around its triggers (reporting verbs, light verbs, modality cues, actor and place nouns) are in
`data/event_words.tsv`, each list under a comment saying what it is for.

The lists are immutable mappings: the coder (`newsgraph.analysis.events.code`) only reads them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from importlib import resources
from types import MappingProxyType

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

# Event words live in data files beside this module, one entry a line with its source: the PLOVER
# manual's category definitions and mode tables, or the CAMEO category a CAMEO→PLOVER table maps
# to PLOVER (cameo/CAMEO-PLOV.txt and CAMEO2PLOVER-2021.txt in the PLOVER repository); "own words"
# marks a plain English synonym or idiom of such a category. Verbs are lemmas: the coder looks
# them up by the token's lemma, so no inflected form is listed.
_DATA = "data"


def read_senses(name: str, key_columns: int) -> Mapping[str | tuple[str, ...], Sense]:
    """A packaged lexicon file (`data/<name>`) as a mapping; see `parse_senses`."""
    text = resources.files("newsgraph.analysis.events").joinpath(_DATA, name).read_text(encoding="utf-8")
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
            raise InputError(f"{name} line {number} has an unknown type or mode",
                             "use a PLOVER type and a Mode name") from None
    return MappingProxyType(senses)


def read_word_lists(name: str) -> Mapping[str, frozenset[str]]:
    """A packaged word-list file (`data/<name>`) as list name → words; see `parse_word_lists`."""
    text = resources.files("newsgraph.analysis.events").joinpath(_DATA, name).read_text(encoding="utf-8")
    return parse_word_lists(name, text)


def parse_word_lists(name: str, text: str) -> Mapping[str, frozenset[str]]:
    """Lines "list<TAB>word<TAB>source" as list name → frozenset of words ("#" lines are comments).

    Raises:
        InputError: when a line has no source or repeats a word of its list.
    """
    lists: dict[str, set[str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) != 3 or not row[2].strip():
            raise InputError(f"{name} line {number} needs list, word and source, tab-separated", "fix the data file")
        words = lists.setdefault(row[0], set())
        if row[1] in words:
            raise InputError(f"{name} line {number} repeats {row[1]!r} in {row[0]}", "keep one entry per word")
        words.add(row[1])
    return MappingProxyType({key: frozenset(words) for key, words in lists.items()})


# The closed lists: what each is for is written above its words in data/event_words.tsv.
_WORDS = read_word_lists("event_words.tsv")
MILITARY_RESTRICTIONS = _WORDS["military_restrictions"]
SPEECH_VERBS = _WORDS["speech_verbs"]
LIGHT_VERBS = _WORDS["light_verbs"]
RECEIVE_VERBS = _WORDS["receive_verbs"]
SIGN_VERBS = _WORDS["sign_verbs"]
ACHIEVE_VERBS = _WORDS["achieve_verbs"]
STOP_VERBS = _WORDS["stop_verbs"]
CANCEL_VERBS = _WORDS["cancel_verbs"]
LIFT_VERBS = _WORDS["lift_verbs"]
STOP_NOUNS = _WORDS["stop_nouns"]
LIFT_NOUNS = _WORDS["lift_nouns"]
ACCEPT_VERBS = _WORDS["accept_verbs"]
REJECT_VERBS = _WORDS["reject_verbs"]
COMMIT_VERBS = _WORDS["commit_verbs"]
FUTURE_GOVERNORS = _WORDS["future_governors"]
NEGATING_GOVERNORS = _WORDS["negating_governors"]
FAILING_GOVERNORS = _WORDS["failing_governors"]
FAILURE_VERBS = _WORDS["failure_verbs"]
FAILURE_PARTICLES = _WORDS["failure_particles"]
FAILED_MODIFIERS = _WORDS["failed_modifiers"]
FUTURE_MODIFIERS = _WORDS["future_modifiers"]
HYPOTHETICAL_MODIFIERS = _WORDS["hypothetical_modifiers"]
NEGATING_PREDICATES = _WORDS["negating_predicates"]
NEGATIVE_DETERMINERS = _WORDS["negative_determiners"]
CONDITION_MARKERS = _WORDS["condition_markers"]
HYPOTHETICAL_MODALS = _WORDS["hypothetical_modals"]
DEONTIC_MODALS = _WORDS["deontic_modals"]
OF_CARRIERS = _WORDS["of_carriers"]
EVENT_CARRIERS = _WORDS["event_carriers"]
BACKGROUND_PREPS = _WORDS["background_preps"]
TRANSPARENT_GOVERNORS = _WORDS["transparent_governors"]
REMOVAL_VERBS = _WORDS["removal_verbs"]
BAN_VERBS = _WORDS["ban_verbs"]
COUNT_NOUNS = _WORDS["count_nouns"]
WEAPONS = _WORDS["weapons"]
PLACE_NOUNS = _WORDS["place_nouns"]
PREP_CARRIERS: Mapping[str, frozenset[str]] = MappingProxyType(
    {prep: _WORDS[f"prep_carriers_{prep}"] for prep in ("under", "on", "into", "to")})
ACTOR_NOUNS = _WORDS["actor_nouns"]
SCHEDULE_VERBS = _WORDS["schedule_verbs"]
PRONOUNS = _WORDS["pronouns"]
OBJECT_CONTROL = _WORDS["object_control"]
WEAK_NOUNS = _WORDS["weak_nouns"]
PEOPLE = _WORDS["people"]
GOODS = _WORDS["goods"]
FORCES = _WORDS["forces"]
PERSONNEL = _WORDS["personnel"]
COERCIVE_ORDERS = _WORDS["coercive_orders"]
DEPARTURES = _WORDS["departures"]
ADMIT_VERBS = _WORDS["admit_verbs"]
THIRD_PARTIES = _WORDS["third_parties"]
VERDICTS = _WORDS["verdicts"]
UTTERANCES = _WORDS["utterances"]
PROTESTERS = _WORDS["protesters"]
PLACES = _WORDS["places"]
MILITARY_WORDS = _WORDS["military_words"]
VISIT_VERBS = _WORDS["visit_verbs"]
THOUGHT_VERBS = _WORDS["thought_verbs"]
PUBLISH_VERBS = _WORDS["publish_verbs"]
PUBLICATIONS = _WORDS["publications"]
OFFICES = _WORDS["offices"]

VERB_SENSES = read_senses("event_verbs.tsv", 1)
NOUN_SENSES = read_senses("event_nouns.tsv", 1)
PHRASAL_SENSES = read_senses("event_phrasal.tsv", 2)
VERB_OBJECT_SENSES = read_senses("event_verb_objects.tsv", 2)

# Speakers whose reported "Y must/should ..." is a request to Y: speech acts, not thoughts ("thought
# he should resign" is an opinion).
OBLIGATION_SPEAKERS = (SPEECH_VERBS - THOUGHT_VERBS) | {"propose", "demand", "urge", "insist"}

# Prepositions introducing a target, in the order they are tried ("with", "against" ...).
TARGET_PREPS = ("with", "against", "on", "upon", "to", "toward", "towards", "into", "between")


def _pair_verbs(senses: Mapping[str | tuple[str, ...], Sense]) -> frozenset[str]:
    """The verbs (first words) of a lexicon keyed by word pairs: "call" of ("call", "off")."""
    return frozenset(key[0] for key in senses if isinstance(key, tuple))


# Every verb lemma the coder reads: `parts.lemma_of` repairs a lemmatizer slip ("hoped" → "hop")
# only towards one of these.
KNOWN_VERBS = (
    frozenset(VERB_SENSES) | LIGHT_VERBS | SPEECH_VERBS
    | _pair_verbs(PHRASAL_SENSES) | _pair_verbs(VERB_OBJECT_SENSES)
    | TRANSPARENT_GOVERNORS | FUTURE_GOVERNORS | NEGATING_GOVERNORS | FAILING_GOVERNORS
    | FAILURE_VERBS | STOP_VERBS | LIFT_VERBS | CANCEL_VERBS | ACCEPT_VERBS | REJECT_VERBS
    | COMMIT_VERBS | SCHEDULE_VERBS | RECEIVE_VERBS | SIGN_VERBS | ACHIEVE_VERBS | ADMIT_VERBS | VISIT_VERBS
)


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
