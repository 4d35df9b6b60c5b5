"""Decide who a person mention means, from its name, its office and its date.

The decision rules, in order (each outcome carries a one-line explanation a reader can check):

1. The office and date name holders, and the written name is one of them → `exact` (or `alias`
   for another spelling, order or script).
2. The office and date name holders, and the written name is a *different* real person (a
   former holder, a namesake) → `conflict`: link the holder, list the written person as an
   alternative. With a "former"/"then" cue, a former holder is simply `exact`.
3. The office and date name holders, and the written name resembles one of them → `corrected`
   (a name broken in translation); a name that resembles no holder stays `unresolved`, since the
   knowledge base may not know a newcomer — unless the title is written right before the full name
   and the knowledge base has confirmed the holder in office that day: then → `conflict`.
4. A title with no name ("the South Korean President") → the holder, `alias`.
5. No office: a known name → `exact`/`alias` (a shared surname prefers who was in office then);
   else a very close spelling of someone in office then → `corrected`; else `unresolved`, under a
   stable id derived from the name so the same unknown person clusters across documents.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler

from newsgraph.kb.index import KnowledgeBase, NameForm
from newsgraph.kb.schema import INTERNATIONAL, LEADER_KINDS, Occupancy, PositionKind, earliest, latest
from newsgraph.model import ResolutionStatus, TermStatus, TitleCue
from newsgraph.resolve.calibration import Calibration, load_calibration
from newsgraph.resolve.groups import name_particles
from newsgraph.resolve.titles import lesser_than, title_heads, title_words
from newsgraph.text.names import NameMatch, compare, generation, normalize, one_slip_per_part, similarity, sound_key

# Floors for proposing a holder as a garbled name's person; above them the fitted confidence
# (resolve/calibration.py) decides whether the link is made.
CORRECT_WITH_ROLE = 0.6  # name similarity to propose a holder of the office the title names
CORRECT_SINGLE_HOLDER = 0.55  # …when the office and date leave only one holder
CORRECT_WITHOUT_ROLE = 0.9  # no office in the text: only close spellings of someone then in office
TRANSITION_DAYS = 45  # terms are stretched this much at both ends for nominees and handovers
CLEAR_MARGIN = 0.04  # a corrected name must beat the next person by this much (scores have three decimals)
NEAR_IDENTICAL = 0.95  # a full name this close is the person, in office or not
FORMER_HOLDER_SPELLING = 0.85  # how close a name must be to a former holder's to be taken for theirs
PART_SIMILARITY = 0.6  # a corrected name must share at least one part this similar with the person's
_OTHER_ONSET = 0.7  # … or this similar when the two parts open with different sounds
COMMON_SURNAME = 3  # people sharing a family name before it no longer names one of them alone
ERA_YEARS = 20  # a namesake none of whose terms comes this close to the date is of another era
LOOKING_BACK = 0.8  # name similarity to correct a name to one of many past holders ("former presidents")
CORRECT_IN_COUNTRY = 0.8  # a title of the right country but another office: how close to someone then in office there
# How well a title must fit an office before a known person's name under it is flagged as someone
# else's: a loose word overlap ("Japan's negotiator" against a vice-minister's "top trade
# negotiator") says too little to call the report wrong about who it names.
CONFLICT_TITLE_FIT = 0.5
COMPETING_FIT = 0.1  # holders of offices the title fits within this of its best fit compete for a name
# A known person then serving in another office, with a title written after the name that they
# never held, whose name is this unlike the title's holder's: the title was read onto the wrong name
# (a list, a parse), not a translation that wrote a wrong person's name (a neighbour country's
# leader's name for the leader, a state minister's for the federal one). A title written before
# the name ("Foreign Minister Katsunobu Kato") is the report's own claim, and a wrong one is flagged.
UNLIKE_HOLDER = 0.6
# How well a title beside an unknown full name must fit one single-seat office, and by how much
# better than any other office, for the name to be taken for a different person written for that
# office's sitting holder rather than for a newcomer the knowledge base does not know.
SITTING_FIT = 0.75
SITTING_MARGIN = 0.15
# A nickname in quotes between the parts of a name or opening it: Luis “Toto” Caputo, Luiz Inácio
# "Lula" da Silva, ‘Toto’ Caputo.
_NICKNAME = re.compile(r"(?:^|\s)[“\"«‘']([^”\"»’']{1,30})[”\"»’'](?=\s)")


# How prominent an office is, for telling namesakes apart: leaders first, then the offices the
# press names most, then any other full term; an acting or nominated holder ranks last.
_MAJOR_KINDS = frozenset({PositionKind.deputy_head_of_government, PositionKind.foreign, PositionKind.defence,
                          PositionKind.finance, PositionKind.economy, PositionKind.trade, PositionKind.central_bank,
                          PositionKind.legislature_speaker, PositionKind.chief_cabinet_secretary,
                          PositionKind.trade_representative, PositionKind.security_advisor})


def _prominence(kind: PositionKind, status: TermStatus | None) -> int:
    if status is not None:
        return 0
    return 3 if kind in LEADER_KINDS else 2 if kind in _MAJOR_KINDS else 1


def _status_of(form: NameForm) -> ResolutionStatus:
    """Exact for the person's own name, alias for a listed spelling, corrected for a reading (a
    Japanese or Korean name read through its characters in Chinese, a Western name read back from
    its Chinese transliteration): the text got the name wrong in a way the reading explains."""
    if form.kind in ("name", "family"):
        return ResolutionStatus.exact
    return ResolutionStatus.corrected if form.kind == "reading" else ResolutionStatus.alias


def _reading_note(form: NameForm) -> str:
    origin = getattr(form, "origin", "")
    return f"; {origin}" if form.kind == "reading" and origin else ""


def _in_order(parts: list[str], words: list[str]) -> bool:
    """Whether every part comes among the words, in the same order."""
    rest = iter(words)
    return all(part in rest for part in parts)


@cache
def _particle_keys() -> frozenset[str]:
    return frozenset(sound_key(word) for word in name_particles())


def shares_a_part(written: str, form: str, floor: float = PART_SIMILARITY) -> bool:
    """Whether a written name shares a part with a known form: one word of each at least
    PART_SIMILARITY alike (the longest written part; a shorter one must be closer), or the two alike
    as wholes once spaces are dropped ("Gaoshi Zaomiao" vs "gao shi zao miao"). A name that shares
    nothing ("Jair Bolsonaro" vs "Pratibha Patil") is never taken for a garbled spelling, however
    well the office fits."""
    a, b = sound_key(written).split(), sound_key(form).split()
    if not a or not b:
        return False
    if similarity("".join(a), "".join(b)) >= floor:
        return True
    # A particle ("al", "bin", "de") joins a name's parts and is shared by thousands of names:
    # "Asaad Al-Shaybani" shares nothing with "Mohammed bin Abdulrahman Al Thani".
    particles = _particle_keys()
    a, b = [x for x in a if x not in particles] or a, [y for y in b if y not in particles] or b
    # The longest written part carries the name (a given name "Jair" may resemble anyone's
    # family name "Patil"); a shorter part counts only when it is close to a known part.
    # Parts that open with different sounds must be closer: transliteration keeps a name's first
    # consonant far more often than it swaps it ("Wittkov", "Bailu"), and "Brunner" is no "Miller".
    longest = max(len(x) for x in a)

    def needed(x: str, y: str) -> float:
        floor_here = floor if len(x) == longest else max(floor, 0.8)
        return floor_here if x[0] == y[0] else max(floor_here, _OTHER_ONSET)

    return any(similarity(x, y) >= needed(x, y) for x in a for y in b if min(len(x), len(y)) > 1)


@dataclass(frozen=True)
class RoleHint:
    """What the text says about a mention's office."""

    candidates: tuple[tuple[str, float], ...]  # (position id, title score), best first
    cue: TitleCue | None = None
    text: str = ""
    polity: str | None = None  # the country the text names for the office, if any
    gender: str | None = None  # male | female, when the pronouns that refer to the person agree
    # The text names a country whose offices the knowledge base does not hold, so a title without
    # a country may be that country's: a garbled name is taken for a known holder only when close.
    others_possible: bool = False
    # The title is written after the name, set off from it ("X, the navy spokesperson" or in a list
    # "X, Navy Spokesperson Y"): a reading that may hand one person's title to the name before it.
    after_name: bool = False
    # Every office the title may mean is of a country the text does not name: it places the person
    # no better than no title, so a garbled name is taken for its holder only when as close as then.
    elsewhere: bool = False
    # The title is written just before the name, with nothing or a comma between ("Defense Minister
    # X", "The economy minister, X,"), in running prose and not after another name and a comma: the
    # closest a report binds a title to a name.
    beside: bool = False

    def __post_init__(self) -> None:
        if self.cue is not None:  # a cue given by its word ("former") is checked against the vocabulary
            object.__setattr__(self, "cue", TitleCue(self.cue))


@dataclass(frozen=True)
class Link:
    """The resolver's answer for one mention."""

    status: ResolutionStatus
    entity: str | None  # knowledge-base id, or an `unresolved-…` cluster id
    position: str | None
    confidence: float
    explanation: str
    alternatives: tuple[tuple[str, float], ...] = ()  # (entity id, score)
    evidence: tuple[tuple[str, float], ...] = ()  # named features of the decision (see calibration)
    namesakes: tuple[str, ...] = ()  # people the written name fits alike, when it is left unresolved for that
    referent: str = ""  # for a title standing for a person the knowledge base lacks: the name the text gives them


@dataclass
class Holder:
    """A person holding a candidate office on the mention's date."""

    person: str
    position: str
    term: Occupancy
    role_score: float
    name: NameMatch | None = None

    @property
    def score(self) -> float:
        name = self.name.score if self.name else 0.0
        nominee = 0.9 if self.term.status is TermStatus.nominee else 1.0
        return (0.35 * self.role_score + 0.65 * name) * nominee


@dataclass
class Resolver:
    """Resolves person mentions against one knowledge base."""

    kb: KnowledgeBase
    # Floors below which a similar name is not even proposed; the calibrated confidence decides
    # above them. The calibration bench lowers them to see (and learn from) the near misses.
    correct_with_role: float = CORRECT_WITH_ROLE
    correct_single_holder: float = CORRECT_SINGLE_HOLDER
    correct_without_role: float = CORRECT_WITHOUT_ROLE
    part_similarity: float = PART_SIMILARITY
    calibration: Calibration = field(default_factory=load_calibration)
    _keys: list[str] = field(default_factory=list, init=False, repr=False)
    _forms: list[NameForm] = field(default_factory=list, init=False, repr=False)
    _by_person: dict[str, list[NameForm]] = field(default_factory=dict, init=False, repr=False)
    _fuzzy_memo: dict[str, list] = field(default_factory=dict, init=False, repr=False)
    _families: list[NameForm] = field(default_factory=list, init=False, repr=False)
    _family_keys: list[str] = field(default_factory=list, init=False, repr=False)
    _surname_bearers: dict[str, list[str]] = field(default_factory=dict, init=False, repr=False)
    _given_counts: dict[str, int] = field(default_factory=dict, init=False, repr=False)
    _remits: dict[str, list[tuple[str, str]]] | None = field(default=None, init=False, repr=False)
    _by_first_word: dict[str, list[tuple[list[str], NameForm]]] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self._forms = [f for f in self.kb.person_forms if f.kind != "family"]
        for form in self.kb.person_forms:
            self._by_person.setdefault(form.entity, []).append(form)
        self._keys = [sound_key(f.form) for f in self._forms]
        self._families = [f for f in self.kb.person_forms if f.kind == "family"]
        self._family_keys = [sound_key(f.form) for f in self._families]

    def resolve(self, name: str, on: date, role: RoleHint | None = None, *, date_note: str = "") -> Link:
        """Link a written name (empty for a title-only mention) given its office hint and date."""
        exact = self._exact(name) if name else {}
        if name and not exact and (nick := _NICKNAME.search(name)):
            # The nickname is no part of the name the knowledge base holds, unless it says so.
            link = self.resolve(_NICKNAME.sub("", name).strip(), on, role, date_note=date_note)
            return replace(link, explanation=f"{link.explanation} (the nickname '{nick.group(1)}' set aside)")
        holders = self._holders(role, on) if role else []
        if holders:
            link = self._with_holders(name, on, role, holders, exact, date_note)
        elif not name:
            office = role.candidates[0][0] if role and role.candidates else None
            link = Link(ResolutionStatus.unresolved, None, office, 0.0,
                        f"no holder of '{role.text if role else 'this office'}' on {on} in the knowledge base")
        else:
            link = self._without_role(name, on, exact, role, date_note)
        # The holders the title fits about as well as its best reading compete; an office the title
        # only half fits ("Liberal Party of Canada leader" for an LDP leader) adds nobody, so the
        # knowledge base growing does not thin every decision's confidence.
        top = max((h.role_score for h in holders), default=0.0)
        competing = sum(1 for h in holders if h.role_score >= top - COMPETING_FIT)
        return self.calibrate(replace(link, evidence=self._evidence(link, name, on, role, competing, exact)), name)

    def calibrate(self, link: Link, name: str) -> Link:
        """The link with its fitted confidence (see `resolve.calibration`); a corrected name whose
        confidence falls below the fitted threshold is left unresolved, the person as an alternative."""
        if link.entity not in self.kb.persons or not link.status.is_resolved or not link.evidence:
            return link
        confidence = self.calibration.confidence(link.evidence)
        if link.status is ResolutionStatus.corrected and confidence < self.calibration.link_threshold:
            return Link(ResolutionStatus.unresolved, self.unresolved_id(name) if name else None, link.position, 0.0,
                        f"too weak to link (confidence {confidence:.2f}, below {self.calibration.link_threshold:.2f}): "
                        f"{link.explanation}", ((link.entity, confidence), *link.alternatives), link.evidence)
        return replace(link, confidence=confidence)

    def _evidence(self, link: Link, name: str, on: date, role: RoleHint | None, holders: int,
                  exact: dict[str, NameForm]) -> tuple[tuple[str, float], ...]:
        """What the decision rests on, as named numbers (the calibration's features)."""
        person = link.entity if link.entity in self.kb.persons else None
        if person is None or not name:
            similar = 0.0
        elif person in exact:
            similar = 1.0
        else:
            similar = self._best_form(name, person).score
        form = exact.get(person) if person else None
        roles = dict(role.candidates) if role else {}
        family = 1.0 if person in exact else (self.family_similarity(name, person) if person and name else 0.0)
        return (("name_similarity", round(similar, 3)),
                ("family_similarity", round(family, 3)),
                ("written_is_alias", float(form is not None and form.kind not in ("name", "family", "reversed"))),
                ("written_is_family_only", float(form is not None and form.kind == "family")),
                ("title_fit", float(roles.get(link.position, 0.0)) if link.position else 0.0),
                ("country_named", float(bool(role and role.polity))),
                ("competing_holders", float(min(max(holders - 1, 0), 5))),
                ("in_office_on_date", float(bool(person and self._active(person, on)))),
                ("title_only", float(not name)),
                ("conflict", float(link.status is ResolutionStatus.conflict)),
                ("corrected", float(link.status is ResolutionStatus.corrected)))

    # -- with an office ---------------------------------------------------------------------

    def _holders(self, role: RoleHint, on: date) -> list[Holder]:
        found: dict[str, Holder] = {}
        for position, score in role.candidates:
            for term in self._terms(position, on, role.cue):
                holder = found.get(term.person)
                # Of one person's several terms (Wang Yi was foreign minister twice), the one nearest the date.
                if holder is None or score > holder.role_score or score == holder.role_score \
                        and self._nearest(term, on, role.cue) > self._nearest(holder.term, on, role.cue):
                    found[term.person] = Holder(term.person, position, term, score)
        return list(found.values())

    def _of_gender(self, holders: list[Holder], gender: str | None) -> list[Holder]:
        """"…; she said": holders of the other gender are set aside, when some holder of an office
        the title fits best fits. A pronoun does not make the title name a worse-fitting office:
        "Chancellor Merkel … she" is not the chancellor's wife."""
        if not gender:
            return holders
        top = max(h.role_score for h in holders)
        return [h for h in holders if self._gender(h.person) in (gender, None) and h.role_score == top] or holders

    def _gender(self, person: str) -> str | None:
        record = self.kb.persons.get(person)
        return record.gender if record is not None else None

    def _terms(self, position: str, on: date, cue: TitleCue | None) -> list[Occupancy]:
        terms = self.kb.terms_by_position.get(position, [])
        if cue is not None and cue.looks_back:
            return [t for t in terms if t.start_day <= on]
        if cue is TitleCue.incoming:
            return [t for t in terms if t.end_day is None or t.end_day >= on]
        current = self.kb.holders(position, on)
        return current or self.kb.holders(position, on, slack_days=TRANSITION_DAYS)

    def _with_remit(self, position: str, written: str, on: date) -> str | None:
        """Another office of the same country, held on the date, whose title is a title of this one
        with a remit added: Saudi Arabia's "Deputy Foreign Minister for Political Affairs" is also
        "the Saudi Deputy Foreign Minister", as the vice minister is. None when there is none."""
        if self._remits is None:
            # Index every title by what it says before each " for ", then look each office's own
            # titles up in it: one pass over the offices instead of one per pair of them.
            remitted: dict[tuple[str | None, str], set[str]] = {}
            for titled in self.kb.positions.values():
                for title in {normalize(t) for t in (titled.name, *titled.titles.get("en", []))}:
                    at = title.find(" for ")
                    while at > 0:
                        remitted.setdefault((titled.polity, title[:at]), set()).add(titled.id)
                        at = title.find(" for ", at + 1)
            order = {office: n for n, office in enumerate(self.kb.positions)}
            self._remits = {}
            for office in self.kb.positions.values():
                mine = {normalize(t) for t in (office.name, *office.titles.get("en", []))}
                found = sorted(((other, stem) for stem in mine
                                for other in remitted.get((office.polity, stem), ()) if other != office.id),
                               key=lambda pair: (order[pair[0]], pair[1]))
                if found:
                    self._remits[office.id] = found
        said = title_words(written)
        for other, stem in self._remits.get(position, []):
            if title_words(stem) <= said and self.kb.holders(other, on):
                return other
        return None

    @staticmethod
    def _nearest(term: Occupancy, on: date, cue: TitleCue | None) -> tuple[bool, date]:
        """How well a term fits a title written without a name: "the then defence minister" is the
        one in office on the day spoken of, else the latest before it; "the former defence minister"
        the latest who had left by then."""
        current = term.start_day <= on and (term.end_day is None or on <= term.end_day)
        ended = term.end_day or date.max
        if cue is TitleCue.former:
            return not current, ended
        return current, ended

    def _with_holders(self, name: str, on: date, role: RoleHint, holders: list[Holder],
                      exact: dict[str, NameForm], date_note: str) -> Link:
        when = f"on {on}{date_note}"
        if not name:
            if role.cue is TitleCue.incoming:
                # "Germany's incoming chancellor": the holder whose term starts next, when one does,
                # in the office the title fits best (not an adviser "to the chancellor" starting sooner,
                # nor a regional Fed "president" for "the incoming U.S. president": a worse-fitting
                # office's newcomer is no newcomer of this one).
                top = max(h.role_score for h in holders)
                coming = [h for h in holders if h.term.start_day > on and h.role_score >= top - COMPETING_FIT]
                holders = [min(coming, key=lambda h: (-h.role_score, h.term.start_day))] if coming else holders
            best = max(holders, key=lambda h: (h.role_score, self._nearest(h.term, on, role.cue),
                                               h.term.status is None))
            alike = sorted({h.person for h in holders if h.position == best.position and h.term.start_day <= on
                            and (h.term.end_day is None or on <= h.term.end_day)})
            shared = best.position in self.kb.positions and not self.kb.positions[best.position].single_holder
            if role.cue is None and shared and len(alike) > 1:
                # Indonesia's three deputy foreign ministers: the title alone names none of them.
                return Link(ResolutionStatus.unresolved, None, best.position, 0.0,
                            f"{when} {len(alike)} people held the office of {self._office(best.position)} "
                            f"({', '.join(self.kb.entity_name(p) for p in alike[:4])}): the title alone does "
                            "not say which", tuple((p, round(1 / len(alike), 2)) for p in alike[:4]))
            wider = self._with_remit(best.position, role.text, on) if role.cue is None else None
            if wider is not None:
                other = self.kb.holders(wider, on)[0].person
                return Link(ResolutionStatus.unresolved, None, best.position, 0.0,
                            f"'{role.text}' is the title of the {self._office(best.position)} "
                            f"({self.kb.entity_name(best.person)}) and also of the {self._office(wider)} "
                            f"({self.kb.entity_name(other)}), whose title only adds a remit: the text does not "
                            f"say which", ((best.person, 0.5), (other, 0.5)))
            if best.term.start_day > on:
                said = (f"{when} the incoming {self._office(best.position)} was {self.kb.entity_name(best.person)}, "
                        f"in office from {best.term.start_day}")
            else:
                said = (f"{when} the {self._office(best.position)} was "
                        f"{self.kb.entity_name(best.person)}{self._term_note(best.term, on)}")
            return Link(ResolutionStatus.alias, best.person, best.position, round(0.8 * best.role_score, 2),
                        f"named by office only: {said}", self._others(holders, best))
        written = [h for h in holders if h.person in exact]
        if written:
            best = max(written, key=lambda h: h.role_score)
            form = exact[best.person]
            status = _status_of(form)
            if role.cue is not None and role.cue.looks_back:
                said = "calls them former" if role.cue is TitleCue.former else "speaks of a time it does not date"
                because = (f"{self.kb.entity_name(best.person)} held the office of {self._office(best.position)} "
                           f"{self._held(best.person, best.position)}; the text {said}")
                return Link(status, best.person, best.position, round(0.7 + 0.3 * best.role_score, 2), because)
            return Link(status, best.person, best.position, round(0.7 + 0.3 * best.role_score, 2),
                        f"{when} the {self._office(best.position)} was {self.kb.entity_name(best.person)}"
                        f"{self._term_note(best.term, on)}{_reading_note(form)}",
                        self._others(holders, best))
        handover = self._in_handover(exact, role, on, date_note)
        if handover is not None:
            return handover
        if not exact and not written:
            exact = self._former_holder_spelled(name, role, holders)
            handover = self._in_handover(exact, role, on, date_note) if exact else None
            if handover is not None:
                # "The Minister of Justice, Joseph Geeng Akech, was dismissed" two days after his
                # successor took over: the outgoing holder, misspelled, not a wrong person.
                form = exact[handover.entity]
                return replace(handover, status=ResolutionStatus.corrected,
                               confidence=round(handover.confidence * self._best_form(name, handover.entity).score, 2),
                               explanation=f"'{name}' resembles '{form.form}'; {handover.explanation}")
        if exact and role.polity is None and not self._held_any(exact, role):
            # "Prime Minister Anwar Ibrahim" with no country: every country's prime minister is a
            # candidate, and a known name that held none of those offices is simply that person.
            return self._without_role(name, on, exact, None, date_note)
        by_given = [h for h in holders if len(name.split()) == 1 and self.kb.persons.get(h.person)
                    and normalize(self.kb.persons[h.person].given or "") == normalize(name)]
        if len(by_given) == 1 and not exact:
            # "Vice President Sara": a holder called by the given name, as some countries' press does.
            holder = by_given[0]
            return Link(ResolutionStatus.alias, holder.person, holder.position, round(0.6 + 0.3 * holder.role_score, 2),
                        f"'{name}' is the given name of {self.kb.entity_name(holder.person)}, the "
                        f"{self._office(holder.position)} {when}{self._term_note(holder.term, on)}",
                        self._others(holders, holder))
        holders = self._of_gender(holders, role.gender)  # only a name the text does not give exactly
        for holder in holders:
            holder.name = self._best_form(name, holder.person)
        best = max(holders, key=lambda h: h.score)
        office = self._office(best.position)
        if exact and max(h.role_score for h in holders) < CONFLICT_TITLE_FIT:
            return self._without_role(name, on, exact, None, date_note)
        if exact and not self._single_seat(max(role.candidates, key=lambda c: c[1])[0]):
            # "Legislator X" for a known former legislator: a seat among several, and the knowledge
            # base seldom knows every holder, so nobody's place was taken. The known name decides.
            return self._without_role(name, on, exact, None, date_note)
        if exact:
            if len(exact) > 1 and all(f.kind == "family" for f in exact.values()):
                # A family name a leader shares with a relative ("Trump"): the bearer in office then
                # is the one a bare family name means, whatever the title beside it.
                serving = {p: f for p, f in exact.items() if self._active(p, on)}
                exact = serving if len(serving) == 1 else exact
            own = self._in_own_office(name, exact, role, on, date_note)
            if own is not None:
                return own
            if role.cue is TitleCue.incoming:
                # "the election of Nouri al-Maliki as prime minister": an office the text says they
                # are to take, which the knowledge base cannot know yet; the known name decides.
                link = self._without_role(name, on, exact, None, date_note)
                return replace(link, explanation=f"{link.explanation}; the title '{role.text}' is one the text "
                               "says they are proposed for or about to take")
            # The written name is someone else's: the office the title fits best decides whose
            # place they took, not how much the holders' names resemble theirs.
            other = next(iter(exact))
            # Among offices the title fits alike ("President" with no country), the one the written
            # person held: Jokowi's place is the President of Indonesia's, not any president's.
            theirs = {t.position for t in self.kb.terms(other)}
            best = max(holders, key=lambda h: (h.role_score, h.position in theirs, h.score))
            office = self._office(best.position)
            held = self._held(other, best.position)
            if role.after_name and len(exact) == 1 and not held and self._active(other, on) \
                    and compare(name, self.kb.entity_name(best.person)).score < UNLIKE_HOLDER:
                link = self._without_role(name, on, exact, None, date_note)
                return replace(link, explanation=f"{link.explanation}; the title '{role.text}' written beside "
                               f"the name is not theirs: the {office} {when} was {self.kb.entity_name(best.person)}, "
                               "whose name is nothing like it")
            who = f"{self.kb.entity_name(other)}, who held the office {held}" if held else \
                f"{self.kb.entity_name(other)}, a different person"
            return Link(ResolutionStatus.conflict, best.person, best.position,
                        round(0.5 + 0.4 * best.role_score, 2),
                        f"{when} the {office} was {self.kb.entity_name(best.person)}; "
                        + (f"'{name}' is the name of {who}" if normalize(exact[other].form) == normalize(name) else
                           f"'{name}' resembles '{exact[other].form}', the name of {who}"),
                        ((other, 1.0),) + self._others(holders, best))
        threshold = self.correct_single_holder if len(holders) == 1 else self.correct_with_role
        if role.cue is not None and role.cue.looks_back and len(holders) > 2:
            # "former presidents": every past holder is a candidate, so the title says little and
            # the name must say more ("Lincoln" is no garbled "Clinton").
            threshold = max(threshold, LOOKING_BACK)
        seats = not self._single_seat(max(role.candidates, key=lambda c: c[1])[0])  # the title's best reading

        def needed(holder: Holder) -> float:
            # A seat among several ("Senator", "deputy minister"), where the knowledge base seldom
            # knows every holder, or another office of a title that reads best as such a seat
            # ("Member of the Legislative Yuan" read as its Speaker): the title narrows little, so
            # only a close name is a garbled spelling of the holder.
            if role.elsewhere:
                return max(threshold, self.correct_without_role)
            if seats or not self._single_seat(holder.position) or role.others_possible and role.polity is None:
                return max(threshold, LOOKING_BACK)
            return threshold

        # Only a holder whose name the written one resembles can be its garbled spelling: the best
        # of those, not a better-titled holder whose name is unlike it.
        fitting = [h for h in holders if h.name.score >= needed(h) and self._resembles(name, h.person, h.name.form)]
        if fitting:
            # Every candidate office is one the title may mean; among them the name decides.
            best = max(fitting, key=lambda h: h.name.score + 0.15 * h.role_score)
            office = self._office(best.position)
            held = (f"{self.kb.entity_name(best.person)} held the office of {office} "
                    f"{self._held(best.person, best.position)}" if role.cue is not None and role.cue.looks_back else
                    f"{when} the {office} was {self.kb.entity_name(best.person)}{self._term_note(best.term, on)}")
            return Link(ResolutionStatus.corrected, best.person, best.position,
                        round(min(0.95, 0.3 + 0.35 * best.role_score + 0.4 * best.name.score), 2),
                        f"{held}; '{name}' resembles '{best.name.form}' "
                        f"({best.name.reason}, {best.name.score:.2f}){self._origin(best.person, best.name.form)}",
                        self._others(holders, best))
        unlike = (f"'{name}' does not resemble {self.kb.entity_name(best.person)}, "
                  + (f"who held the office of {office} {self._held(best.person, best.position)}"
                     if role.cue is not None and role.cue.looks_back else f"the {office} {when}")
                  + f" (similarity {best.name.score:.2f})")
        looking_back = role.cue is not None and role.cue.looks_back
        # A former holder the knowledge base lacks is no garbled name of someone in office now.
        by_name = Link(ResolutionStatus.unresolved, None, None, 0.0, "") if looking_back else \
            self._without_role(name, on, {}, None, date_note)
        if by_name.status is ResolutionStatus.corrected:
            # The title was too vague to hold the person ("the envoy"); their name, close to someone
            # in office then, is better evidence.
            return replace(by_name, explanation=f"{by_name.explanation}; {unlike}")
        polities = {role.polity} if role.polity else \
            {self.kb.positions[p].polity for p, _ in role.candidates if p in self.kb.positions}
        in_country = self.in_country(name, on, polities, date_note) if len(polities) == 1 and not looking_back else None
        if in_country is not None and in_country.position in self.kb.positions \
                and lesser_than(role.text, self.kb.positions[in_country.position].name):
            in_country = None  # "Deputy Foreign Minister X" is no garble of a full minister's name
        if in_country is not None:
            return replace(in_country, explanation=f"{in_country.explanation}; {unlike}")
        sitting = self._sitting_holder(name, role, holders, on)
        if sitting is not None:
            return Link(ResolutionStatus.conflict, sitting.person, sitting.position,
                        round(0.5 + 0.4 * sitting.role_score, 2),
                        f"{unlike}; the knowledge base has {self.kb.entity_name(sitting.person)} in office that day, "
                        f"so '{name}' is a different person written for the {self._office(sitting.position)}",
                        ((self.unresolved_id(name), 1.0),))
        return Link(ResolutionStatus.unresolved, self.unresolved_id(name), best.position, 0.0,
                    f"{unlike}; a newcomer the knowledge base does not know?", ((best.person, best.name.score),))

    def _sitting_holder(self, name: str, role: RoleHint, holders: Sequence[Holder], on: date) -> Holder | None:
        """The holder of the office a title beside a full name names, when the knowledge base has
        confirmed they were in office on the day, so the name cannot be a newcomer's."""
        if not role.beside or role.cue is not None or role.elsewhere or role.others_possible or len(name.split()) < 2:
            return None
        top = max(h.role_score for h in holders)
        fit = [h for h in holders if h.role_score == top]
        runner_up = max((score for position, score in role.candidates if position != fit[0].position), default=0.0)
        if top < SITTING_FIT or top - runner_up < SITTING_MARGIN or len(fit) != 1 \
                or not self._single_seat(fit[0].position):
            return None
        term = fit[0].term
        confirmed = (term.end is not None and earliest(term.end) >= on) or \
            (term.end is None and term.verified_until is not None and earliest(term.verified_until) >= on)
        return fit[0] if confirmed and earliest(term.start) <= on else None

    # -- without an office ----------------------------------------------------------------

    def _without_role(self, name: str, on: date, exact: dict[str, NameForm], role: RoleHint | None,
                      date_note: str) -> Link:
        gap = f" (the knowledge base has no holder of '{role.text}' on {on})" if role else ""
        # A family name alone only names someone in office at the time ("Trump", "Ishiba"); a
        # shared surname of someone long gone ("Cheng") is too weak to link.
        # A surname many people share (Kim, Lee, Wang, Cheng) is too weak alone, even for someone in
        # office: only a title or the full name elsewhere in the text can place it.
        # In office within TRANSITION_DAYS counts: "CDU Chairman Merz" the day before he became chancellor.
        # A family name only one person of the knowledge base bears ("Kushner") names that person
        # out of office too: a report writes a bare family name first only for the well known.
        exact = {p: f for p, f in exact.items()
                 if f.kind != "family" or self._active(p, on, TRANSITION_DAYS) and not self._common_surname(f.form, on)
                 or self._sole_bearer(p, f.form, on)}
        if exact:
            ranked = sorted(exact, key=lambda p: (-self._active(p, on), p))
            best = ranked[0]
            if len(ranked) > 1 and self._active(ranked[1], on) == self._active(best, on):
                # The text may tell them apart (the country it names; see the linker), or the
                # standing of their offices (`most_prominent`).
                return Link(ResolutionStatus.unresolved, self.unresolved_id(name), None, 0.0,
                            f"'{name}' fits {len(ranked)} people in the knowledge base{gap}",
                            tuple((p, 0.5) for p in ranked[:5]),
                            namesakes=tuple(p for p in ranked if self._active(p, on) == self._active(best, on)))
            form = exact[best]
            status = _status_of(form)
            return Link(status, best, None, 0.9 if self._active(best, on) else 0.75,
                        f"'{name}' is {'a name of' if status is not ResolutionStatus.exact else ''} "
                        f"{self.kb.entity_name(best)}{self._in_office(best, on)}{gap}{_reading_note(form)}"
                        .replace("  ", " "))
        candidates = self.similar_names(name, on)
        if len(name.split()) == 1:
            # A family name alone ("Lavrof") is compared with the family names of people in office.
            candidates = sorted([*candidates, *self._family_of_active(name, on)], key=lambda c: (-c[1].score, c[0]))
        if candidates:
            best_person, match = candidates[0]
            runner_up = candidates[1][1].score if len(candidates) > 1 else 0.0
            # Someone in office then; or anyone at all when a full name differs only in spelling, or
            # by one slipped letter in a long part or two, where the family name is not a common one.
            known = self._active(best_person, on) or len(name.split()) > 1 and (
                match.score >= NEAR_IDENTICAL
                or one_slip_per_part(name, match.form) and not self._common_family(best_person))
            if match.score >= self.correct_without_role and round(match.score - runner_up, 3) >= CLEAR_MARGIN \
                    and known and self._resembles(name, best_person, match.form):
                return Link(ResolutionStatus.corrected, best_person, None, round(0.5 + 0.3 * match.score, 2),
                            f"'{name}' resembles '{match.form}' ({match.reason}, {match.score:.2f})"
                            f"{self._origin(best_person, match.form)}, "
                            f"{self.kb.entity_name(best_person)}{self._in_office(best_person, on)}{gap}",
                            tuple((p, m.score) for p, m in candidates[1:4]))
        return Link(ResolutionStatus.unresolved, self.unresolved_id(name), None, 0.0,
                    f"'{name}' is not in the knowledge base{gap}",
                    tuple((p, m.score) for p, m in candidates[:3] if m.score >= 0.75))

    def most_prominent(self, people: Sequence[str], on: date) -> tuple[str, str] | None:
        """Of namesakes the date does not tell apart (all in office, or none), the one whose office
        within a year of the date ranks clearly above every other's, with that office's name: a
        report writes a head of government's name bare, and seldom means the deputy minister who
        shares it for a season. None when two rank alike."""
        window = timedelta(days=365)

        def standing(person: str) -> tuple[int, str]:
            near = [t for t in self.kb.terms(person) if t.start_day - window <= on
                    and (t.end_day is None or on <= t.end_day + window)]
            ranks = [(_prominence(self.kb.positions[t.position].kind, t.status), t.position) for t in near
                     if t.position in self.kb.positions]
            return max(ranks, default=(-1, ""))

        ranked = sorted(((standing(p), p) for p in people), reverse=True)
        if not ranked:
            return None
        (top, position), person = ranked[0]
        if top < 0 or len(ranked) > 1 and ranked[1][0][0] >= top:
            return None
        return person, self._office(position)

    def _in_own_office(self, name: str, exact: dict[str, NameForm], role: RoleHint, on: date,
                       date_note: str) -> Link | None:
        """A known name under an office the person took after the date ("Darchiev could become the
        new ambassador": named before taking it). A known name under a title that describes an office
        the person holds on the date, though
        another office fits the title better ("US special envoy Steven Witkoff" when Witkoff is the
        Special Envoy to the Middle East and Kellogg the Special Envoy for Ukraine): every word of
        the title is a word of that office's name, so the report is right about who it names. And
        a person then in office in another country only, under a country's title ("the Turkish
        president, Vladimir Putin, …" in a list): the title was attached to the wrong name, and
        the known name is that person, not somebody's wrong name."""
        later = [t for person in exact for t in self.kb.terms(person)
                 if t.position in dict(role.candidates) and t.start_day > on]
        if later:
            # "Darchiev could become the new Russian ambassador": named before taking the office.
            term = min(later, key=lambda t: t.start_day)
            form = exact[term.person]
            return Link(_status_of(form), term.person, term.position, 0.85,
                        f"{self.kb.entity_name(term.person)} took the office of {self._office(term.position)} on "
                        f"{term.start}, after {on}{date_note}: the text names them before they held it"
                        f"{_reading_note(form)}")
        held = [t for person in exact for t in self.kb.terms(person)
                if t.start_day <= on and (t.end_day is None or on <= t.end_day) and t.position in self.kb.positions]
        # A title that fits several offices alike ("US presidential special envoy": the climate, the
        # Ukraine and the hostage envoys within a few hundredths) singles out none of them: the
        # written name decides when that person then held an office of the title's head noun.
        alike = len(role.candidates) > 1 and role.candidates[0][1] - role.candidates[1][1] < CLEAR_MARGIN
        head = title_words(" ".join(title_heads([role.text], shortest=1)))
        for term in held:
            position = self.kb.positions[term.position]
            # The office's own country is no part of the title, another country is its remit:
            # "Special Envoy for Ukraine" is no title of the US envoy to the Middle East.
            words = {w for w in title_words(role.text)
                     if position.polity not in {code for code, _ in self.kb.countries_for(w)}}
            titles = (position.name, *position.titles.get("en", []))
            if words and role.polity in (None, position.polity) and (
                    any(words <= title_words(t) for t in titles)
                    or alike and head and any(head <= title_words(t) for t in titles)):
                form = exact[term.person]
                return Link(_status_of(form), term.person, term.position, 0.9,
                            f"on {on}{date_note} {self.kb.entity_name(term.person)} was {position.name}, an office "
                            f"'{role.text}' describes{_reading_note(form)}")
        if role.polity is not None and held and len(exact) == 1 \
                and all(self.kb.positions[t.position].polity not in INTERNATIONAL | {role.polity}
                        for t in held) \
                and not self._held_any(exact, role):
            link = self._without_role(name, on, exact, None, date_note)
            return replace(link, explanation=f"{link.explanation}; the title '{role.text}' is another country's, "
                                             "not an office this person held")
        return None

    def _in_handover(self, exact: dict[str, NameForm], role: RoleHint, on: date, date_note: str) -> Link | None:
        """A known name under an office it left or takes within TRANSITION_DAYS of the date ("Finance
        Minister Sri Mulyani" the day after her successor was sworn in): reports of a handover name
        both, so the name is that person, not a wrong person for the new holder."""
        offices = dict(role.candidates)
        near = [(t, offices[t.position]) for person in exact for t in self.kb.terms(person)
                if t.position in offices and offices[t.position] >= CONFLICT_TITLE_FIT
                and t.start_day - timedelta(days=TRANSITION_DAYS) <= on
                and (t.end_day is None or on <= t.end_day + timedelta(days=TRANSITION_DAYS))]
        if len({t.person for t, _ in near}) != 1:
            return None
        term, score = max(near, key=lambda n: n[1])
        form = exact[term.person]
        side = f"until {term.end}" if term.end_day is not None and term.end_day < on else f"from {term.start}"
        return Link(_status_of(form), term.person, term.position, round(0.7 + 0.3 * score, 2),
                    f"{self.kb.entity_name(term.person)} held the office of {self._office(term.position)} {side}, "
                    f"within {TRANSITION_DAYS} days of {on}{date_note}: a report of the handover names them"
                    f"{_reading_note(form)}")

    def in_country(self, name: str, on: date, polities: set[str], date_note: str = "") -> Link | None:
        """A title of the right country naming the wrong office (translation turns one ministry into
        another), or no office at all in a text about these countries: a person then in an office
        of the country whose name the written one resembles closely, and clearly more than anyone
        else the knowledge base holds, in office or not, is meant."""
        if not polities:
            return None
        candidates = self.similar_names(name, on)
        if len(name.split()) == 1:
            candidates = sorted([*candidates, *self._family_of_active(name, on)], key=lambda c: (-c[1].score, c[0]))
        scored: list[tuple[str, NameMatch, Occupancy]] = []
        for person, match in candidates:
            terms = [t for t in self.kb.terms(person) if t.start_day <= on and (t.end_day is None or on <= t.end_day)
                     and t.position in self.kb.positions and self.kb.positions[t.position].polity in polities]
            if terms and person not in {p for p, _, _ in scored}:
                scored.append((person, match, terms[0]))
        if not scored:
            return None
        person, match, term = scored[0]
        # The next closest name of anyone the knowledge base holds, in office there or not: a name
        # that many people's names resemble alike is a common one, not a garble of this person's.
        # When the name keeps this person's uncommon family name whole, only people whose family
        # name it also keeps are rivals: the family name is what survives translation, and a
        # near-match through another person's given name or reading ("Onoda Toshimi" for
        # "Shigo Onodera") does not make it common.
        keeps_family = self._family_written(name, person, uncommon=True)
        runner_up = max((m.score for p, m in candidates
                         if p != person and (not keeps_family or self._family_written(name, p))), default=0.0)
        if match.score < CORRECT_IN_COUNTRY or round(match.score - runner_up, 3) < CLEAR_MARGIN \
                or not self._resembles(name, person, match.form, shared_given=False):
            return None
        return Link(ResolutionStatus.corrected, person, term.position, round(0.4 + 0.4 * match.score, 2),
                    f"on {on}{date_note} {self.kb.entity_name(person)} was {self._office(term.position)}; "
                    f"'{name}' resembles '{match.form}' ({match.reason}, {match.score:.2f})"
                    f"{self._origin(person, match.form)}, the closest name of anyone then in office in "
                    + ("that country" if len(polities) == 1 else "the countries the text names"),
                    tuple((p, m.score) for p, m, _ in scored[1:4]))

    def _family_written(self, name: str, person: str, uncommon: bool = False) -> bool:
        """Whether the written name holds one of the person's family names whole (sound-folded), and
        with `uncommon`, one fewer than COMMON_SURNAME people bear."""
        written = f" {sound_key(name)} "
        return any(f" {sound_key(f.form)} " in written and not (uncommon and self._common_surname(f.form))
                   for f in self._by_person.get(person, []) if f.kind == "family")

    def _bearers(self, family: str, on: date | None = None) -> list[str]:
        """The people of the knowledge base with this family name; with a date, only those of its era
        (a term within ERA_YEARS of it, or no term known): a founding president of the 1960s does
        not make a bare "Kenyatta" in a 2025 report ambiguous."""
        if not self._surname_bearers:
            for person in self.kb.persons.values():
                if person.family:
                    self._surname_bearers.setdefault(normalize(person.family), []).append(person.id)
        bearers = self._surname_bearers.get(normalize(family), [])
        if on is None:
            return bearers
        return [p for p in bearers if not self.kb.terms(p) or self._active(p, on, 365 * ERA_YEARS)]

    def _common_surname(self, family: str, on: date | None = None) -> bool:
        """Whether at least COMMON_SURNAME people of the knowledge base (of the date's era, given
        one) have this family name."""
        return len(self._bearers(family, on)) >= COMMON_SURNAME

    def _common_family(self, person: str) -> bool:
        """Whether the person's family name is one many people share (or unknown)."""
        record = self.kb.persons.get(person)
        return not (record and record.family) or self._common_surname(record.family)

    def _sole_bearer(self, person: str, family: str, on: date) -> bool:
        """Whether the person is the only one of the date's era in the knowledge base with this family
        name, and nobody has it as a given name ("Howard" alone may be Howard Lutnick as well as John
        Howard)."""
        return self._bearers(family, on) == [person] and not self._given_count(sound_key(family))

    def forms_of(self, person: str) -> list[NameForm]:
        """Every name form of a person, readings included."""
        return self._by_person.get(person, [])

    def _origin(self, person: str, form: str) -> str:
        """How a reading form comes from the person's native-script name, for the explanation."""
        found = next((f for f in self._by_person.get(person, []) if f.form == form and f.kind == "reading"), None)
        return _reading_note(found) if found else ""

    def _resembles(self, name: str, person: str, matched: str, shared_given: bool = True) -> bool:
        """Whether a written name shares a part with the person's family name, or with the reading it
        matched: the family name is what survives translation best, so a name close only to a given
        name or an honorific (a given name that happens to resemble a long alias) is not taken for the person.
        The given name kept and the family name half recognisable is enough too — but without an
        office to support it (`shared_given` False), only a given name no other known person bears:
        "Tachibana Norihisa" is Norihisa Tamura, "Ramon Villaroel" is no Jose Ramon Aliling."""
        forms = self._by_person.get(person, [])
        families = [f.form for f in forms if f.kind == "family"]
        readings = [f.form for f in forms if f.kind == "reading" and f.form == matched]
        parts = sound_key(name).split()
        # Without a family name listed, each part of the matched form stands in for it.
        for form in (families or sound_key(matched).split()) + readings:
            key = sound_key(form)
            if key in _particle_keys():
                continue  # "al", "bin": shared by thousands of names ("Mohammed Al-Harbi", "Tahnoun … Al Nahyan")
            # A short family name (Lam, Li, Ko) is evidence only when written as it is.
            if key in parts if len(key.replace(" ", "")) < 4 else shares_a_part(name, form, self.part_similarity):
                return True
        if not families:
            return False
        # The given name kept and the family name only half recognisable ("Karolin Leveet").
        record = self.kb.persons.get(person)
        given = sound_key(record.given).split() if record and record.given else []
        kept = [p for p in parts if any(similarity(p, g) >= 0.85 for g in given)]
        if not shared_given and any(self._given_count(p) > 1 for p in kept):
            return False
        rest = [p for p in parts if p not in kept]
        return bool(kept and rest) and any(similarity(p, sound_key(f)) >= 0.45 for p in rest for f in families)

    def _given_count(self, key: str) -> int:
        """How many known people have this (sound-keyed) word in their given name."""
        if not self._given_counts:
            for record in self.kb.persons.values():
                for word in set(sound_key(record.given).split()) if record.given else ():
                    self._given_counts[word] = self._given_counts.get(word, 0) + 1
        return self._given_counts.get(key, 0)

    def family_similarity(self, name: str, person: str) -> float:
        """The best similarity of a written part to the person's family name or one of its readings."""
        forms = [sound_key(f.form) for f in self._by_person.get(person, []) if f.kind in ("family", "reading")]
        parts = sound_key(name).split()
        return max((similarity(p, f) for p in parts + ["".join(parts)] for f in forms), default=0.0)

    def _family_of_active(self, name: str, on: date) -> list[tuple[str, NameMatch]]:
        """People in office on the date whose family name sounds like a one-word written name."""
        key = sound_key(name)
        if len(key) < 5:
            return []  # short family names (Chen, Kim, Lee) are shared by too many people
        hits = process.extract(key, self._family_keys, scorer=JaroWinkler.normalized_similarity, limit=8,
                               score_cutoff=0.8)
        found = {}
        for _, _, index in hits:
            form = self._families[index]
            if form.entity not in found and len(self._family_keys[index]) >= 5 and self._active(form.entity, on) \
                    and not self._common_surname(form.form):
                found[form.entity] = compare(name, form.form)
        return list(found.items())

    def similar_names(self, name: str, on: date) -> list[tuple[str, NameMatch]]:
        """People whose name forms are closest to the written name, best first."""
        if name not in self._fuzzy_memo:
            if len(self._fuzzy_memo) > 20_000:
                self._fuzzy_memo.clear()
            self._fuzzy_memo[name] = self._search(name)
        return self._fuzzy_memo[name]

    def _search(self, name: str) -> list[tuple[str, NameMatch]]:
        """People whose forms sound closest, in the written order and swapped (family name first
        or last), up to twelve people — one person's many readings do not crowd others out."""
        key = sound_key(name)
        queries = list(dict.fromkeys([key, " ".join(reversed(key.split()))]))  # an order that never varies
        best: dict[str, NameMatch] = {}
        for query in queries:
            hits = process.extract(query, self._keys, scorer=JaroWinkler.normalized_similarity, limit=40,
                                   score_cutoff=0.7)
            for _, _, index in hits:
                form = self._forms[index]
                if form.entity in best and len(best) >= 12:
                    continue
                match = compare(name, form.form)
                if form.entity not in best or match.score > best[form.entity].score:
                    best[form.entity] = match
        return sorted(best.items(), key=lambda item: (-item[1].score, item[0]))[:12]

    # -- helpers ---------------------------------------------------------------------------

    def _exact(self, name: str) -> dict[str, NameForm]:
        found: dict[str, NameForm] = {}
        for form in self.kb.persons_named(name):
            if form.entity not in found or form.kind == "name":
                found[form.entity] = form
        return found or self._fuller_form_of(name)

    def _fuller_form_of(self, name: str) -> dict[str, NameForm]:
        """The one person whose listed name the written one spells out in full, with a second given
        name or a second family name added ("Ana Paola Hall García", "Cossette Alejandra López Osorio"
        for Ana Paola Hall and Cossette López, as Spanish and Portuguese names are written in full):
        the same first word, every word of the listed name in order, one or two words more, and no
        generational suffix ("Donald Trump Jr." is his son)."""
        words = [normalize(word) for word in name.split()]  # "Kun-yi" stays one given name
        if len(words) < 3 or generation(name) is not None:
            return {}
        if self._by_first_word is None:
            self._by_first_word = {}
            for form in self.kb.person_forms:
                parts = [normalize(word) for word in form.form.split()]
                record = self.kb.persons.get(form.entity)
                # Only names written given name first, family name last, as the two languages write them.
                if form.kind in ("name", "alias") and len(parts) >= 2 and generation(form.form) is None \
                        and record is not None and record.family and parts[-1] == normalize(record.family):
                    self._by_first_word.setdefault(parts[0], []).append((parts, form))
        found: dict[str, NameForm] = {}
        for parts, form in self._by_first_word.get(words[0], []):
            if 1 <= len(words) - len(parts) <= 2 and parts[-1] in words[1:] and _in_order(parts, words):
                found.setdefault(form.entity, NameForm(form.entity, form.form, "fuller"))
        return found if len(found) == 1 else {}

    def _best_form(self, name: str, person: str) -> NameMatch:
        forms = self._by_person.get(person, [])
        single = len(name.split()) == 1
        matches = [compare(name, f.form) for f in forms if (len(f.form.split()) == 1) == single or f.kind == "reading"]
        if not matches:
            matches = [compare(name, f.form) for f in forms]
        return max(matches, key=lambda m: m.score)

    def _former_holder_spelled(self, name: str, role: RoleHint, holders: list[Holder]) -> dict[str, NameForm]:
        """A garbled spelling of someone who held the office at another time ("Yun Seok-yol" under
        "President" in June 2025, when Yoon Suk Yeol was no longer president): that person, when the
        name is far closer to them than to any holder on the date, so a wrong-person slip that
        translation also misspelled is still flagged."""
        candidates = [(p, m) for p, m in self.similar_names(name, date.max)[:5]
                      if m.score >= FORMER_HOLDER_SPELLING and self._held_any([p], role)
                      and p not in {h.person for h in holders}]
        if not candidates:
            return {}
        person, match = candidates[0]
        nearest_holder = max((self._best_form(name, h.person).score for h in holders), default=0.0)
        if match.score < nearest_holder + 0.15:
            return {}
        form = next((f for f in self._by_person.get(person, []) if f.form == match.form),
                    NameForm(person, match.form, "alias"))
        return {person: form}

    def _single_seat(self, position: str) -> bool:
        found = self.kb.positions.get(position)
        return found is None or found.single_holder

    def _held_any(self, people, role: RoleHint) -> bool:
        """Whether one of these people ever held one of the offices the title may name."""
        offices = {p for p, _ in role.candidates}
        return any(t.position in offices for person in people for t in self.kb.terms(person))

    def _active(self, person: str, on: date, days: int = 0) -> int:
        """Whether the person is in office on the date (or within `days` of a term)."""
        margin = timedelta(days=days)
        return int(any(t.start_day - margin <= on and (t.end_day is None or on <= t.end_day + margin)
                       for t in self.kb.terms(person)))

    def _in_office(self, person: str, on: date) -> str:
        for term in self.kb.terms(person):
            if term.start_day <= on and (term.end_day is None or on <= term.end_day):
                return f", {self._office(term.position)} on {on}"
        return ""

    def _held(self, person: str, position: str) -> str:
        terms = [t for t in self.kb.terms(person) if t.position == position]
        return ", ".join(f"{t.start}..{t.end or 'now'}" for t in terms)

    def _office(self, position: str) -> str:
        found = self.kb.positions.get(position)
        return found.name if found else position

    @staticmethod
    def _term_note(term: Occupancy, on: date | None = None) -> str:
        notes = []
        if term.status == "nominee":
            notes.append("then the nominee")
        elif term.status is TermStatus.acting:
            notes.append("acting")
        if on is not None and term.end is None and term.verified_until and latest(term.verified_until) < on:
            notes.append(f"in office as far as the knowledge base has confirmed, to {term.verified_until}")
        if on is not None and term.end_day is not None and term.end_day < on:
            notes.append(f"who had left office by {term.end}; the knowledge base has no successor in office by then")
        return f" ({'; '.join(notes)})" if notes else ""

    @staticmethod
    def _others(holders: Sequence[Holder], best: Holder) -> tuple[tuple[str, float], ...]:
        return tuple((h.person, round(h.score, 2)) for h in holders if h.person != best.person)[:4]

    @staticmethod
    def unresolved_id(name: str) -> str:
        """A stable id for an unknown person, the same for every spelling with the same sound key."""
        return "unresolved-" + hashlib.sha1(sound_key(name).encode("utf-8")).hexdigest()[:10]
