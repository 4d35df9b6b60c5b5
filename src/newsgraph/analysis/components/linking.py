"""Component `newsgraph.link.v1`: link mentions to knowledge-base entities, with the evidence.

People go through the role-and-date resolver, dated by a time expression in their sentence when
it lies before publication (the office holder "in May" is May's holder), else by the publication
date. Later mentions that repeat an earlier name, or its family or given name alone, share its
link. Countries (names, adjectives, capitals standing for governments) and organisations are
looked up by name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from rapidfuzz import process
from rapidfuzz.distance import JaroWinkler
from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.analysis.components.claims import in_quotation, saying_lemma
from newsgraph.analysis.components.mentions import FoundMention
from newsgraph.analysis.components.names import follower_nouns
from newsgraph.analysis.components.roles import CUES, NEW_WORDS, generic_heads, official_nouns, sentence_index
from newsgraph.analysis.extensions import text_of
from newsgraph.analysis.timing import mention_date
from newsgraph.datafiles import read_rows
from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.schema import INTERNATIONAL, LEADER_KINDS, Occupancy, Position, PositionKind
from newsgraph.model import ResolutionStatus, TitleCue
from newsgraph.resolve.groups import PersonGroup, bare_name, group_names, name_words
from newsgraph.resolve.resolver import CLEAR_MARGIN, Link, Resolver, RoleHint, shares_a_part
from newsgraph.resolve.titles import country_in_title, lesser_than, own_title, spelled_titles, title_heads, title_words
from newsgraph.text.names import NameMatch, compare, normalize, sound_key

_COUNTRY_LABELS = {"GPE", "NORP", "LOC"}
# Factory defaults (`default_config`): the name similarity at which an unknown name is taken for a
# known one of the same text, and how many days before taking an office and after leaving it the
# office is still referred to by its title.
SOUND_ALIKE = 0.8
TRANSITION_DAYS = 45
_PROSE_WORDS = 20  # a line this long is prose even where it does not end as a sentence (a cut excerpt)
_HEADLINE_REACH = 3  # the sentences below a headline that may name the person its bare title means
# Rank words that make a title name a different office ("deputy foreign minister").
_RANKS = frozenset(title_words("deputy vice under assistant acting first second senior"))
# Offices whose "secretary" is no minister's title: a security council's secretary, a chief of staff,
# a press secretary; "the minister" is not their holder.
_NO_MINISTER = frozenset({PositionKind.security_advisor, PositionKind.chief_of_staff, PositionKind.press_secretary,
                          PositionKind.spokesperson, PositionKind.central_bank, PositionKind.ambassador,
                          PositionKind.legislature_speaker})
_INDEFINITE = frozenset({"a", "an", "one", "another", "some"})
# A title after these is a holder still to come ("to elect their next president"): nobody yet.
_TO_COME = frozenset({"next", "future"})
# An official the text leaves unnamed ("a senior official", "one US official"): "the official" after
# it continues that one.
_ANONYMOUS = re.compile(r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}official\b", re.IGNORECASE)
_HANDOVER = {TitleCue.incoming, TitleCue.outgoing}
# How long after taking an office its holder is still "the new president" to the press.
_NEW_FOR = timedelta(days=365)
# Offices no country of a report has a like of: international bodies, the EU, and the Holy See
# ("the pope" in a report on Lebanon is still the Bishop of Rome).
_BEYOND_COUNTRIES = frozenset({"INT", "EU", "VA"})
# How well a title written without a country must fit one country's office to name it when the
# text gives no country: written as that office is called ("the Taoiseach", "the Fed chair"), not
# a common word sharing part of its phrasing ("the spokesman" of "Presidential Spokesman").
_ONE_COUNTRY_FIT = 0.75
_SPELLING_OF_NEWCOMER = 0.9  # below it, a one-word likeness yields to the newcomer whose fuller name it repeats
_FAMILY_SPELLED = 0.7  # a family name this close spells that of the person a given name alone was linked to


@Language.factory("newsgraph_link_v1",
                  assigns=["doc._.ng_links", "doc._.ng_mentions"],
                  requires=["doc.sents", "token.dep", "token.pos", "token.ent_type",
                            "doc._.ng_mentions", "doc._.ng_published"],
                  default_config={"sound_alike": SOUND_ALIKE, "transition_days": TRANSITION_DAYS})
def make_linker(nlp: Language, name: str, sound_alike: float, transition_days: int) -> Linker:
    """Build the linker; it needs `initialize(kb=...)` before it runs."""
    return Linker(sound_alike=sound_alike, transition=timedelta(days=transition_days))


class Linker:
    """Links every mention of a Doc; the result is aligned with `doc._.ng_mentions`."""

    def __init__(self, *, sound_alike: float = SOUND_ALIKE, transition: timedelta = timedelta(days=TRANSITION_DAYS)):
        self.sound_alike = sound_alike
        self.transition = transition
        self.kb: KnowledgeBase | None = None
        self.resolver: Resolver | None = None
        self._polity_words: dict[str, frozenset[str]] = {}  # country → the words naming it in office names

    def initialize(self, get_examples=None, *, nlp: Language | None = None, kb: KnowledgeBase) -> None:
        """Use this knowledge base (and build the resolver's name index)."""
        self.kb = kb
        self.resolver = Resolver(kb)
        self._given_index: dict[str, list[str]] = {}
        for person in kb.persons.values():
            if person.given and len(person.given.split()) == 1:
                self._given_index.setdefault(normalize(person.given), []).append(person.id)
        self.title_vocabulary = frozenset(w for p in kb.positions.values()
                                          for t in (p.name, *p.titles.get("en", [])) for w in title_words(t))
        self._polity_words = {}
        self.title_heads = title_heads(t for p in kb.positions.values() for t in (p.name, *p.titles.get("en", [])))
        self.spelled_titles = spelled_titles(kb)
        self.covered = frozenset(p.polity for p in kb.positions.values() if p.polity)  # countries with offices here
        self.polity_of = {p.id: p.polity for p in kb.positions.values()}  # asked for thousands of offices a text
        # International bodies by their names ("united nations"): a post "to" one is abroad.
        self._international_bodies = frozenset(normalize(name) for o in kb.organizations.values()
                                               if o.type == "intl_org" for name in (o.name, *o.aliases.get("en", [])))

    def __call__(self, doc: Doc) -> Doc:
        if self.resolver is None:
            raise RuntimeError("newsgraph.link.v1 needs a knowledge base: initialize it with kb=...")
        published: date | None = doc._.ng_published
        mentions = list(doc._.ng_mentions or [])
        links: list[Link | None] = [None] * len(mentions)
        for i, mention in enumerate(mentions):
            if mention.label in _COUNTRY_LABELS:
                links[i] = self._country(mention) or self._organization(mention)
            elif mention.label != "PERSON":
                links[i] = self._organization(mention) or self._country(mention)
        named = [(i, m.name) for i, m in enumerate(mentions) if m.label == "PERSON" and m.name]
        groups = group_names(named)
        # "He" in "He Lifeng" is a name, not a pronoun.
        pronouns = [p for p in _pronoun_tokens(doc)
                    if not any(m.label == "PERSON" and m.name and m.start <= p[0] < m.end
                               and p[3].text in m.name.split() for m in mentions)]
        countries = {link.entity for link in links if link is not None and link.entity in self.kb.countries}
        placed = countries | self._countries_of_known_people(doc, mentions, groups, published)
        for group in groups:
            self._decide_group(doc, mentions, group, published, links, pronouns, countries, placed)
        self._namesakes_told_apart(doc, mentions, groups, links, published, countries)
        self._sound_alike_groups(mentions, groups, links)
        self._names_tagged_otherwise(mentions, groups, links)
        for mention, link in self._sound_alike_words(doc, mentions, groups, links):
            for i, other in enumerate(mentions):  # the organisation the model saw there is gone
                if other.label != "PERSON" and not _in_kb(links[i]) \
                        and other.start < mention.end and mention.start < other.end:
                    mentions[i] = replace(other, label="DROPPED")
            mentions.append(mention)
            links.append(link)
        for mention in self._titles_of_others(doc, mentions, links, published):
            mentions.append(mention)
            links.append(None)
        # A bare title in a text that names no country is read in the countries whose officials it
        # names in full ("the Prime Minister's proposal" in a report naming only Vietnamese ministers).
        for i, mention in enumerate(mentions):
            if mention.label == "PERSON" and not mention.name:
                links[i] = self._title_only(doc, mention, published, mentions, links, countries or placed, groups,
                                            placed)
        self._namesakes_named_by_office(doc, mentions, groups, links, published, countries)
        self._given_names(doc, mentions, groups, links, published, countries)
        self._shared_family_names(doc, mentions, groups, links, published, countries)
        self._in_countries_named(doc, mentions, groups, links, published, countries)
        for group in groups:
            members = [mentions[i] for i in group.members]
            if len(group.names) == 1 and all(m.role is None and _modifies_a_thing(doc, m) for m in members):
                # "Patriot air defense systems": a word used only to qualify a thing is no garbled name.
                for i in group.members:
                    link = links[i]
                    if link is not None and link.status is ResolutionStatus.corrected:
                        links[i] = Link(ResolutionStatus.unresolved, self.resolver.unresolved_id(mentions[i].name),
                                        None, 0.0, f"'{mentions[i].name}' only qualifies a thing here, so it is "
                                        f"not taken for a garbled name: {link.explanation}",
                                        ((link.entity, link.confidence),), link.evidence)
        for i, mention in enumerate(mentions):
            if mention.label == "PERSON" and links[i] is not None:
                links[i] = self.resolver.calibrate(links[i], mention.name)
        self._one_id_per_unknown_person(groups, links)
        kept = [(m, link) for m, link in zip(mentions, links, strict=False)
                if not (m.label == "PERSON" and link is None) and m.label != "DROPPED"]
        pronoun_links = self._pronouns(doc, kept, pronouns)
        relatives = self._relatives(doc, pronoun_links, kept)
        paired = sorted([*kept, *pronoun_links, *relatives], key=lambda p: (p[0].start, p[0].end))
        doc._.ng_mentions = [m for m, _ in paired]
        doc._.ng_links = [link for _, link in paired]
        return doc

    # -- people ---------------------------------------------------------------------------

    def _decide_group(self, doc: Doc, mentions: list[FoundMention], group: PersonGroup, published: date | None,
                      links: list[Link | None], pronouns: list[tuple], countries: set[str], placed: set[str]) -> None:
        """One decision per distinct name of a group, each with the group's best office evidence;
        a name left unresolved takes the link of a longer name of the group that it repeats. A title
        without a country is read in the countries the text names or whose officials it names
        (`placed`)."""
        members = [mentions[i] for i in group.members]
        carrier = _best_role_carrier(members)
        on, note, known = mention_date(doc, carrier, published)
        hint = None
        if carrier.role is not None:
            # Without a date, any holder of the office fits: read it as "then-<office>".
            cue = carrier.role.cue or (None if known else TitleCue.then)
            candidates = tuple((c.position, c.score) for c in carrier.role.candidates)
            if carrier.role.polity is None:
                candidates = self._in_countries_of_the_text(candidates, placed)
            after = carrier.role.person is not None and carrier.role.start >= carrier.role.person[1]
            # A title without a country whose every office is of a country the text never names
            # ("a navy spokesman" in a report on India, China and Russia, read as Ukraine's) is
            # likely a named country's office the knowledge base lacks.
            elsewhere = carrier.role.polity is None and bool(placed) and bool(candidates) and all(
                self._country_office(position) and self.polity_of[position] not in placed
                for position, _ in candidates)
            text = text_of(doc)
            beside = carrier.role.person is not None and carrier.role.end <= carrier.role.person[0] \
                and text[carrier.role.end:carrier.role.person[0]].strip() in ("", ",") \
                and not _after_a_name(doc, carrier.role.start) and _in_prose(text, carrier.start) \
                and not title_words(carrier.name) <= self.title_vocabulary
            hint = RoleHint(candidates, cue, carrier.role.text, carrier.role.polity,
                            _pronoun_gender(pronouns, members, mentions), bool(countries - self.covered),
                            after, elsewhere, beside)
        decided = {name: self._resolve_name(name, on, hint, note) for name in group.names}
        if hint is not None and carrier.role is not None and len(hint.candidates) < len(carrier.role.candidates) \
                and not any(_in_kb(link) for link in decided.values()):
            # No holder in the countries of the text is the name ("President Tramp" in a report
            # that names only Chile, his tariffs' target): the title may be another country's.
            wide = replace(hint, candidates=tuple((c.position, c.score) for c in carrier.role.candidates))
            widened = {name: self._resolve_name(name, on, wide, note) for name in group.names}
            if any(_in_kb(link) for link in widened.values()):
                decided = widened
        # A title that fits no office the person held places them no more than no title at all:
        # "former President Morales" in a report on Bolivia is not Mexico's navy secretary Morales.
        # So does a one-word garble beside a longer name the knowledge base does not know ("Tarifa
        # … Tarifa de 50").
        if hint is None or not any(dict(link.evidence).get("title_fit") for link in decided.values()):
            decided = {name: self._family_of_a_country_named(link, name, on, countries)
                       if len(group.names) == 1 or _one_word_garble(link, name) and not any(
                           _in_kb(decided[other]) for other in group.names if other != name) else link
                       for name, link in decided.items()}
        for name, link in list(decided.items()):
            evidence = dict(link.evidence)
            fuller = [other for other in group.names if len(name_words(other)) > len(name_words(name))
                      and decided[other].entity != link.entity]
            leading = evidence.get("in_office_on_date") and link.entity is not None and self._leads(link.entity, on)
            if fuller and evidence.get("written_is_family_only") == 1.0 and not leading:
                # "Anna Kushner … Kushner": the family name alone repeats the fuller name the text
                # gave, not the person the knowledge base knows by it. Only a head of state or
                # government then in office keeps it ("Eric Trump … Trump"): the press writes a
                # leader's surname alone without introducing them, anyone else's after their full
                # name ("Miao Hua … Miao" is no other Miao then in office). Keeping it for everyone
                # in office, even where the text does not name their country, lost more on the
                # checking half than asking for the country won on tuning (issue #11).
                decided[name] = replace(decided[fuller[0]], explanation=f"'{name}' repeats '{fuller[0]}', not "
                                        f"{self.kb.entity_name(link.entity)}: {decided[fuller[0]].explanation}")
        for name, link in list(decided.items()):
            # A sound-alike guess ("Huang" taken for a Chuang in office) yields to the fuller name
            # of the same text that it repeats ("Jensen Huang").
            if _in_kb(link) and link.status is not ResolutionStatus.corrected:
                continue
            words = name_words(name)
            # A shorter name repeats a longer one. Not the other way round: "Eric Trump" beside
            # "Trump" is another person, however alike a garbled given name may look.
            related = [other for other in group.names if other != name and _in_kb(decided[other])
                       and _is_part(words, name_words(other))]
            if related:
                decided[name] = decided[related[0]]
                continue
            # The other way round only for a name left unlinked that keeps the given name the text
            # linked alone, and spells that person's family name closely ("Sihasak" … "Sihasak
            # Puangketkaew"); "Eric Trump" after "Trump" keeps a family name, not a given one.
            shorter = [other for other in group.names if other != name and _in_kb(decided[other])
                       and decided[other].entity in self.kb.persons and _is_part(name_words(other), words)
                       and name_words(other) == name_words(self.kb.persons[decided[other].entity].given or "")]
            alone = decided[shorter[0]] if shorter and not _in_kb(link) else None
            rest = " ".join(w for w in name.split() if not set(name_words(w)) & set(name_words(shorter[0]))) \
                if alone else ""
            family = self.resolver.family_similarity(rest, alone.entity) if alone and rest else 0.0
            if alone and family >= _FAMILY_SPELLED:
                decided[name] = replace(alone, status=ResolutionStatus.corrected,
                                        confidence=round(alone.confidence * family, 2),
                                        explanation=f"'{name}' adds a family name like theirs ({family:.2f}) to "
                                        f"'{shorter[0]}': {alone.explanation}")
                continue
            # "Mr Coale" after "John Coale", a newcomer the knowledge base lacks, is that newcomer,
            # not a loose likeness of someone it holds (Keith Kellogg through a Chinese reading,
            # 0.74); a spelling of a known name stays theirs ("Witkov" after "Joshua Witkov").
            newcomer = [other for other in group.names if other != name and not _in_kb(decided[other])
                        and len(name_words(other)) > len(words) and _is_part(words, name_words(other))]
            if newcomer and link.status is ResolutionStatus.corrected \
                    and dict(link.evidence).get("name_similarity", 1.0) < _SPELLING_OF_NEWCOMER:
                decided[name] = decided[newcomer[0]]
        first_of: dict[str, FoundMention] = {}
        for i in group.members:
            mention = mentions[i]
            link = decided[mention.name]
            earlier = next((m for m in first_of.values() if decided[m.name].entity == link.entity), None)
            if earlier is None:
                links[i] = link
            else:
                links[i] = Link(link.status, link.entity, link.position, link.confidence,
                                f"same person as '{earlier.name}' earlier in the text: {link.explanation}",
                                link.alternatives, link.evidence + (("repeat_of_earlier_name", 1.0),))
            first_of.setdefault(mention.name, mention)

    def _family_of_a_country_named(self, link: Link, name: str, on: date, countries: set[str]) -> Link:
        """A family name alone, with no title that fits them and no fuller name in the text, names someone then in
        office only in a text about their country: "Shi" in a report on Japan is no Chinese
        spokesperson of that name. Heads of state and government and international offices need
        no country."""
        # A one-word name taken for a garble of a family name needs the same ("Tarifa" in a report
        # on Brazil's tariffs is no Tuvaluan minister Talia).
        one_word = _one_word_garble(link, name)
        if not _in_kb(link) or dict(link.evidence).get("written_is_family_only") != 1.0 and not one_word \
                or not countries:
            return link
        offices = self._held_on(link.entity, on, self.transition)  # a handover's eve counts
        if not offices:
            # Someone out of office, the only bearer of the name ("Kushner" in a report on the
            # US): a country they served before must be one the text names.
            # A former head of state or government is known by surname the world over ("Biden").
            served = [self.kb.positions[t.position] for t in self.kb.terms(link.entity)
                      if t.position in self.kb.positions]
            if any(p.polity in countries or p.kind in LEADER_KINDS for p in served):
                return link
        if self._serving_here(link.entity, on, countries):
            return link
        return Link(ResolutionStatus.unresolved, self.resolver.unresolved_id(name), None, 0.0,
                    f"'{name}' {'resembles' if one_word else 'is'} the family name of "
                    f"{self.kb.entity_name(link.entity)}, but the text names "
                    "no country they then served, and no fuller name or title places them",
                    ((link.entity, link.confidence),), link.evidence)

    def _serving_here(self, person: str, on: date, countries: set[str]) -> bool:
        """Whether `person` then held an office of a country the text names, or of an international
        body, or led a country: a head of state or government is called by surname the world
        over ("Trump" in a report on Japan)."""
        return any(p.polity in countries | INTERNATIONAL or p.kind in LEADER_KINDS
                   for p in self._held_on(person, on, self.transition))  # a handover's eve counts

    def _countries_of_known_people(self, doc: Doc, mentions: list[FoundMention], groups: list[PersonGroup],
                                   published: date | None) -> set[str]:
        """The countries whose offices the people the text names exactly held then: a report on
        "President Trump" is about the United States though it names only the countries his
        tariffs hit, so "President Tramp" there is no garbled president of Chile."""
        placed = set()
        for group in groups:
            if len(name_words(group.fullest)) < 2:
                continue  # a family name alone is placed by the countries, not the other way round
            people = {form.entity for form in self.kb.persons_named(group.fullest)}
            if len(people) == 1:
                on, _, _ = mention_date(doc, mentions[group.members[0]], published)
                placed |= {p.polity for p in self._held_on(people.pop(), on) if p.polity}
        return placed

    def _country_office(self, position: str) -> bool:
        """An office of one country, not of an international body."""
        polity = self.polity_of.get(position)
        return polity is not None and polity not in INTERNATIONAL

    def _in_countries_of_the_text(self, candidates: tuple[tuple[str, float], ...],
                                  countries: set[str]) -> tuple[tuple[str, float], ...]:
        """A title without a country ("Vice President Sara") means an office of a country the text
        names, when one of the candidate offices belongs to such a country; international offices stay."""
        polity = self.polity_of.get
        named = tuple(c for c in candidates if polity(c[0]) in countries)
        if not named:
            return candidates
        return named + tuple(c for c in candidates if polity(c[0]) in INTERNATIONAL)

    def _resolve_name(self, name: str, on: date, hint: RoleHint | None, note: str) -> Link:
        """The written name, else the name without its courtesy title or style ("Mr", "Tengku")."""
        link = self.resolver.resolve(name, on, hint, date_note=note)
        if not _in_kb(link) and len(name) > 4 and name.endswith("s") and not name.endswith("ss"):
            # "Woo Won-Shiks": translation glued a possessive "s" to the name.
            other = self.resolver.resolve(name[:-1], on, hint, date_note=note)
            if other.status in (ResolutionStatus.exact, ResolutionStatus.alias):
                return replace(other, explanation=f"'{name}' with a possessive 's' glued on: {other.explanation}")
        bare = bare_name(name)
        if bare != name and link.status not in (ResolutionStatus.exact, ResolutionStatus.alias):
            other = self.resolver.resolve(bare, on, hint, date_note=note)
            # "Prince Khalid": the name without its style is what the knowledge base writes.
            if _in_kb(other) and (not _in_kb(link) or other.status in (ResolutionStatus.exact, ResolutionStatus.alias)):
                return other
        return link

    def _sound_alike_groups(self, mentions: list[FoundMention], groups: list[PersonGroup],
                            links: list[Link | None]) -> None:
        """A one-word name the knowledge base does not know that sounds like a one-word name of a
        person the same text names — a word of the name as the text writes it, the family name, a
        one-word alias, or a reading of the native-script name ("Lavrof" after "Sergei Lavrow") —
        is that person, spelled differently by translation. Only the closest person counts, and
        only when no other person of the text comes near. Full names are left alone: two people
        may share a given name or a surname."""
        known: dict[str, tuple[PersonGroup, Link]] = {}
        for group in groups:
            link = links[group.members[0]]
            if _in_kb(link) and link.entity in self.kb.persons and link.entity not in known:
                known[link.entity] = (group, link)
        if not known:
            return
        for group in groups:
            link = links[group.members[0]]
            if _in_kb(link) or len(name_words(group.fullest)) != 1:
                continue
            written = bare_name(group.fullest)
            scored = sorted(((self._closest_word(written, person, other), person)
                             for person, (other, _) in known.items()), key=lambda s: (-s[0][0].score, s[1]))
            (match, word), person = scored[0]
            runner_up = scored[1][0][0].score if len(scored) > 1 else 0.0
            if match.score < self.sound_alike or round(match.score - runner_up, 3) < CLEAR_MARGIN \
                    or not shares_a_part(written, word):
                continue
            other, other_link = known[person]
            for i in group.members:
                links[i] = Link(ResolutionStatus.corrected, other_link.entity, other_link.position,
                                round(min(other_link.confidence, match.score) * 0.9, 2),
                                f"'{mentions[i].name}' resembles '{word}' of '{other.fullest}' in the same text "
                                f"({match.reason}, {match.score:.2f}){self.resolver._origin(person, word)}: "
                                f"{other_link.explanation}", (),
                                (("name_similarity", match.score), ("corrected", 1.0), ("sound_alike_in_text", 1.0),
                                 ("in_office_on_date", dict(other_link.evidence).get("in_office_on_date", 0.0))))

    def _closest_word(self, written: str, person: str, group: PersonGroup) -> tuple[NameMatch, str]:
        """The one-word form of a person named in the text that a written word is closest to."""
        words = {w for name in group.names for w in bare_name(name).split() if len(w) >= 4}
        for form in self.resolver.forms_of(person):
            if form.kind in ("family", "alias", "reading") and len(form.form.split()) == 1 and len(form.form) >= 4:
                words.add(form.form)
        return max(((compare(written, w), w) for w in sorted(words)), key=lambda s: s[0].score,
                   default=(NameMatch(0.0, "", "no form"), ""))

    def _given_names(self, doc: Doc, mentions: list[FoundMention], groups: list[PersonGroup],
                     links: list[Link | None], published: date | None, countries: set[str]) -> None:
        """A one-word name the knowledge base does not know that is the given name of a person the
        text names — by name or by office ("the Cabinet Secretary" … "Teddy told reporters") — or,
        failing that, of the one person then in office in a country the text names, is that person:
        some countries' press calls officials by their given name."""
        linked = {link.entity: m for m, link in zip(mentions, links, strict=False)
                  if m.label == "PERSON" and _in_kb(link) and link.entity in self.kb.persons}
        for group in groups:
            link = links[group.members[0]]
            written = bare_name(group.fullest)
            if _in_kb(link) or len(written.split()) != 1 or len(written) < 3:
                continue
            word = normalize(written)
            named = [p for p in linked if normalize(self.kb.persons[p].given or "") == word]
            how = "named in the text as '{}'"
            if not named:
                on, _, _ = mention_date(doc, mentions[group.members[0]], published)
                named = [p for p in self._given_index.get(word, ()) if self._in_office_in(p, on, countries)]
                how = "then in office in a country the text names"
            if len(named) != 1:
                continue
            person = named[0]
            where = how.format(linked[person].name or linked[person].text) if person in linked else how
            for i in group.members:
                links[i] = Link(ResolutionStatus.alias, person, None, 0.8,
                                f"'{mentions[i].name}' is the given name of {self.kb.entity_name(person)}, {where}",
                                (), (("written_is_alias", 1.0), ("family_similarity", 0.0)))

    def _namesakes_named_by_office(self, doc: Doc, mentions: list[FoundMention], groups: list[PersonGroup],
                                   links: list[Link | None], published: date | None, countries: set[str]) -> None:
        """A name the knowledge base gives to someone serving a country the text does not name is
        the namesake the text names by office when every word of the name is in that person's name:
        "General Pedro Sánchez", whom the report on Colombia names "the new Minister of Defense",
        is Pedro Arnulfo Sánchez, not Spain's prime minister. Only a person serving (or about to
        serve, the way "the new minister" reads) a country the text names, and the only one such."""
        by_office = {link.entity: m for m, link in zip(mentions, links, strict=False)
                     if m.label == "PERSON" and not m.name and _in_kb(link) and link.entity in self.kb.persons}
        if not by_office:
            return
        # A country named only inside the title ("Indonesia's central bank governor") is named too.
        countries = countries | {office.polity for person, m in by_office.items()
                                 for office in self._held_on(person, mention_date(doc, m, published)[0])
                                 if office.polity}
        for group in groups:
            link = links[group.members[0]]
            if not _in_kb(link) or link.entity in by_office or link.entity not in self.kb.persons:
                continue
            on, _, _ = mention_date(doc, mentions[group.members[0]], published)
            if self._in_office_in(link.entity, on, countries):
                continue
            words = set(name_words(group.fullest))
            fits = [p for p in by_office
                    if any(words <= set(name_words(f.form)) for f in self.resolver.forms_of(p)
                           if f.kind in ("name", "alias")) and self._in_office_in(p, on, countries, self.transition)]
            if len(fits) != 1:
                continue
            person = fits[0]
            role = by_office[person]
            for i in group.members:
                old = links[i]
                given = normalize(self.kb.persons[person].given or "") == normalize(mentions[i].name or "")
                links[i] = Link(ResolutionStatus.alias, person, None, round(min(old.confidence, 0.9), 2),
                                f"'{mentions[i].name}' is {'the given name' if given else 'a name'} of "
                                f"{self.kb.entity_name(person)}, whom the text "
                                f"names as '{role.text}', and not {self.kb.entity_name(link.entity)}, who then served "
                                f"no country the text names",
                                ((link.entity, round(1 - min(old.confidence, 0.9), 2)),),
                                (*old.evidence, ("named_by_office_in_text", 1.0)))

    def _leader_named_after(self, mention: FoundMention, mentions: list[FoundMention], links: list[Link | None],
                            wanted: frozenset[str], on: date) -> Link | None:
        """A bare leader's title whose holder the same sentence names after it ("Lammy stepped in for the
        Prime Minister at PMQs while Starmer was abroad"): that person, when they alone of the sentence's
        later names then held a head of state's or government's office the title names in full."""
        fitting = {link.entity: (m, link) for m, link in zip(mentions, links, strict=False)
                   if m.start > mention.end and m.sentence == mention.sentence and m.label == "PERSON" and m.name
                   and _in_kb(link) and link.entity in self.kb.persons
                   and _leads_as(self._held_on(link.entity, on), wanted)}
        if len(fitting) != 1:
            return None
        later, link = next(iter(fitting.values()))
        return self._refers_to(mention, link, f"named after it in the same sentence as '{later.name}'")

    def _headline_title_named_after(self, mention: FoundMention, mentions: list[FoundMention],
                                    links: list[Link | None], wanted: frozenset[str], on: date) -> Link | None:
        """A headline's bare title ("Foreign Minister reports on the call with Witkoff") whose holder
        the lines below it name: the one person of the next few sentences who then held an office
        the title names, its rank included (a deputy minister is no "Minister"). The caller leaves
        out incoming titles: "the new Minister of Defense" in a first sentence is the newcomer, not
        the outgoing minister the report also names."""
        if mention.sentence != 0:
            return None

        def fits(person: str) -> bool:
            return _title_names(wanted, [own_title(p.name, self.title_heads) for p in self._held_on(person, on)])

        fitting = {link.entity: m for m, link in zip(mentions, links, strict=False)
                   if m.start > mention.end and m.sentence <= _HEADLINE_REACH and m.label == "PERSON" and m.name
                   and _in_kb(link) and link.entity in self.kb.persons and fits(link.entity)}
        if len(fitting) != 1:
            return None
        later = next(iter(fitting.values()))
        link = next(link for m, link in zip(mentions, links, strict=False) if m is later)
        return self._refers_to(mention, link, f"the headline's subject, named below it as '{later.name}'")

    def _holder_named_before(self, mention: FoundMention, mentions: list[FoundMention], links: list[Link | None],
                             open_link: Link) -> Link | None:
        """A title several people hold at once, or two offices share ("the New Mexico senator", "the
        Saudi deputy foreign minister"), names the one of them the text named before it, when it named
        only one of them."""
        holders = {person for person, _ in open_link.alternatives}
        named = {link.entity: (m, link) for m, link in zip(mentions, links, strict=False)
                 if m.start < mention.start and m.label == "PERSON" and m.name and _in_kb(link)
                 and link.entity in holders}
        if len(named) != 1:
            return None
        earlier, link = next(iter(named.values()))
        return replace(self._refers_to(mention, link, f"named before it as '{earlier.name}'"),
                       position=open_link.position)

    def _unknown_holder_named_before(self, mention: FoundMention, mentions: list[FoundMention],
                                     links: list[Link | None], wanted: frozenset[str],
                                     qualifier: str | None) -> FoundMention | None:
        """The latest person named before a bare title whom the text itself gives that title and
        the knowledge base does not hold: "Akihisa Nagashima, special adviser to the prime minister,
        … the adviser said" is Nagashima, not whichever adviser the knowledge base knows."""
        if mention.role.cue is not None and mention.role.cue.looks_back:
            return None
        for earlier, link in reversed(list(zip(mentions, links, strict=False))):
            if earlier.start >= mention.start or earlier.label != "PERSON" or not earlier.name \
                    or earlier.role is None or link is None or link.status is not ResolutionStatus.unresolved:
                continue
            if earlier.role.cue is not None and (earlier.role.cue.looks_back
                                                 or {earlier.role.cue, mention.role.cue} == _HANDOVER):
                continue
            own = own_title(earlier.role.text, self.title_heads)
            if _title_names(wanted, [own]) and (qualifier is None or qualifier in title_words(own)):
                return earlier  # "the Minister of Defence" is no foreign minister named before it
        return None

    def _refers_to_unknown(self, mention: FoundMention, earlier: FoundMention, mentions: list[FoundMention],
                           links: list[Link | None], groups: list[PersonGroup]) -> Link:
        """A bare title standing for a person named before it whom the knowledge base does not
        hold: unresolved, under that person's id (the one `_one_id_per_unknown_person` gives them)."""
        at = next(i for i, m in enumerate(mentions) if m is earlier)
        group = next((g for g in groups if at in g.members), None)
        entity, name = links[at].entity, earlier.name
        if group is not None and _one_unknown_person(group, links):
            entity, name = self.resolver.unresolved_id(group.fullest), group.fullest
        return Link(ResolutionStatus.unresolved, entity, None, 0.0,
                    f"'{mention.text}' refers to '{earlier.name}', named before it with the title "
                    f"'{earlier.role.text}', whom the knowledge base does not hold", (),
                    (("title_only", 1.0), ("title_refers_back", 1.0)), referent=name)

    def _refers_to(self, mention: FoundMention, link: Link, where: str) -> Link:
        """A bare title linked to a person the text names, where it names them, and why."""
        return Link(ResolutionStatus.alias, link.entity, link.position, round(0.8 * link.confidence, 2),
                    f"'{mention.text}' refers to {self.kb.entity_name(link.entity)}, {where}, whose office the "
                    f"title fits", (), (("title_only", 1.0), ("title_refers_back", 1.0), ("title_fit", 1.0)))

    def _one_id_per_unknown_person(self, groups: list[PersonGroup], links: list[Link | None]) -> None:
        """Every mention of a person the knowledge base does not hold carries the id of the fullest
        name the text writes for them: "Tomasz Wrzeszczyk … Wrzeszczyk said" is one actor of the
        text's events and claims, not two."""
        for group in groups:
            if not _one_unknown_person(group, links):
                continue
            whole = self.resolver.unresolved_id(group.fullest)
            for i in group.members:
                link = links[i]
                if link is not None:
                    links[i] = replace(link, entity=whole)

    def _held_on(self, person: str, on: date, margin: timedelta = timedelta(0)) -> list[Position]:
        """The offices a person held on the date (or within `margin` of a term)."""
        return [self.kb.positions[t.position] for t in self.kb.terms(person) if t.position in self.kb.positions
                and t.start_day - margin <= on and (t.end_day is None or on <= t.end_day + margin)]

    def _leads(self, person: str, on: date) -> bool:
        """Whether the person was a head of state or government on the date."""
        return any(p.kind in LEADER_KINDS for p in self._held_on(person, on))

    def _in_office_in(self, person: str, on: date, countries: set[str],
                      margin: timedelta = timedelta(0)) -> bool:
        """Whether the person held an office of one of these countries on the date (or within
        `margin` of a term)."""
        return any(p.polity in countries for p in self._held_on(person, on, margin))

    def _in_countries_named(self, doc: Doc, mentions: list[FoundMention], groups: list[PersonGroup],
                            links: list[Link | None], published: date | None, countries: set[str]) -> None:
        """A name nothing else placed — no holder of its title, no person of the text it sounds like —
        that closely resembles the name of one person then in office in a country the text names,
        and clearly more than anyone else the knowledge base holds, is that person, spelled by
        translation."""
        for group in groups:
            link = links[group.members[0]]
            if _in_kb(link) or not countries:
                continue
            if any(_described_as_former(doc, mentions[i]) for i in group.members):
                continue  # "former Doosan Chairman Park X": someone out of office, not a garbled holder
            on, note, _ = mention_date(doc, mentions[group.members[0]], published)
            found = self.resolver.in_country(bare_name(group.fullest), on, countries, note)
            if found is None or self._lower_rank_than(found.position, [mentions[i] for i in group.members]):
                continue
            found = self.resolver.calibrate(found, group.fullest)
            if not _in_kb(found):
                continue
            for i in group.members:
                links[i] = found

    def _titles_of_others(self, doc: Doc, mentions: list[FoundMention], links: list[Link | None],
                          published: date | None) -> list[FoundMention]:
        """A country's title the parse set beside a name, when the person that name was linked to
        held no office of that country then: "After the meeting with the U.S. Secretary of
        Commerce, Ebrard stated …" — Mexico's economy secretary is not the title's holder, so the
        title is a mention of its own, read as a title alone."""
        found = []
        for mention, link in zip(mentions, links, strict=False):
            role = mention.role
            if mention.label != "PERSON" or not mention.name or role is None or role.polity is None \
                    or not role.candidates or role.noun is not None or role.cue is not None or not _in_kb(link) \
                    or link.entity not in self.kb.persons or not self._country_before_head(role):
                continue
            on, _, _ = mention_date(doc, mention, published)
            held = self._held_on(link.entity, on, timedelta(days=366))
            if held and all(p.polity != role.polity for p in held):
                found.append(FoundMention(role.start, role.end, role.text, "PERSON",
                                          sentence_index(doc, doc.char_span(role.start, role.end,
                                                                            alignment_mode="expand")[0]),
                                          replace(role, person=None), ""))
        return found

    def _country_before_head(self, role) -> bool:
        """Whether the title writes its own country before the office ("U.S. Secretary of Commerce",
        "Japan's foreign minister"), not one read from "the nation's" or from where an ambassador
        is sent ("Moldovan Ambassador to Ukraine")."""
        words = role.text.split()
        stop = next((i for i, w in enumerate(words) if w.lower() in ("of", "to", "for", "at", "in")), len(words))
        head = [re.sub(r"['’]s$", "", w) for w in words[:stop]]
        phrases = [*head, *(" ".join(pair) for pair in zip(head, head[1:], strict=False))]
        return any(code == role.polity for phrase in phrases for code, _ in self.kb.countries_for(phrase))

    def _lower_rank_than(self, position: str | None, members: list[FoundMention]) -> bool:
        """Whether a title written with the name is a deputy's and the office is not one: "Deputy
        Foreign Minister Nguyen Minh Hang" is no garble of a minister's name."""
        return position in self.kb.positions and any(
            m.role is not None and lesser_than(m.role.text, self.kb.positions[position].name) for m in members)

    def _shared_family_names(self, doc: Doc, mentions: list[FoundMention], groups: list[PersonGroup],
                             links: list[Link | None], published: date | None, countries: set[str]) -> None:
        """A family name several people share ("Cho", "Wong", "Marcos"), written alone and never in
        full, is the one bearer then in office in a country the text names; of several there, the
        one who is head of state or government, whom the press calls by surname alone. Penny Wong
        in a report on Australia, Lawrence Wong in one on Singapore."""
        for group in groups:
            link = links[group.members[0]]
            written = bare_name(group.fullest)
            if _in_kb(link) or len(written.split()) != 1:
                continue
            on, note, _ = mention_date(doc, mentions[group.members[0]], published)
            bearers = {f.entity for f in self.kb.persons_named(written) if f.kind == "family"}
            serving = self._serving_a_country_named(bearers, on, countries)
            if serving is None:
                continue
            person, office = serving
            features = (("written_is_family_only", 1.0), ("family_similarity", 1.0), ("in_office_on_date", 1.0),
                        ("country_named", 1.0))
            which = ("the head of state or government among those then in office in a country the text names"
                     if len(bearers) > 1 and office.kind in LEADER_KINDS else
                     "the one then in office in a country the text names")
            for i in group.members:
                links[i] = Link(ResolutionStatus.exact, person, office.id, 0.8,
                                f"'{mentions[i].name}' is the family name of {self.kb.entity_name(person)}, "
                                f"on {on}{note} {office.name}; of the {len(bearers)} people of that name in the "
                                f"knowledge base, {which}", (), features)

    def _serving_a_country_named(self, people: Collection[str], on: date,
                                 countries: set[str]) -> tuple[str, Position] | None:
        """The one of `people` then in office in a country the text names — of several there, the one
        who is head of state or government — with that office; None when that is not one person."""
        named = [p for p in sorted(people) if self._in_office_in(p, on, countries)]
        if len(named) > 1:
            named = [p for p in named if self._leads(p, on)]
        if len(named) != 1:
            return None
        held = sorted((o for o in self._held_on(named[0], on) if o.polity in countries),
                      key=lambda o: o.kind not in LEADER_KINDS)
        return named[0], held[0]

    def _namesakes_told_apart(self, doc: Doc, mentions: list[FoundMention], groups: list[PersonGroup],
                              links: list[Link | None], published: date | None, countries: set[str]) -> None:
        """A name several people of the knowledge base bear, which the date did not tell apart (the
        resolver names them): the one then in office in a country the text names; failing that, the
        one whose office around the date ranks clearly above the others' (`Resolver.most_prominent`):
        a report writes a head of government's name bare, and seldom means the acting minister who
        shares it for a season. The others stay alternatives."""
        for group in groups:
            link = links[group.members[0]]
            if link is None or _in_kb(link) or len(link.namesakes) < 2:
                continue
            on, note, _ = mention_date(doc, mentions[group.members[0]], published)
            serving = self._serving_a_country_named(link.namesakes, on, countries)
            if serving is not None:
                person, office = serving[0], serving[1].name
                country = self.kb.entity_name(serving[1].polity) if serving[1].polity else None
                why = f"the one then in office in a country the text names ({office}" + \
                    (f", {country})" if country and country not in office else ")")
            else:
                leading = self.resolver.most_prominent(link.namesakes, on)
                if leading is None:
                    continue
                person, office = leading
                why = f"the text tells them apart by neither date nor country; {self.kb.entity_name(person)} " \
                      f"held the highest-ranking office of them within a year of {on}{note} ({office})"
            others = tuple((p, 0.5) for p in link.namesakes if p != person)
            features = (("name_similarity", 1.0), ("family_similarity", 1.0),
                        ("country_named", float(serving is not None)),
                        ("competing_holders", float(min(len(others), 5))),
                        ("written_is_family_only", float(len(bare_name(group.fullest).split()) == 1)))
            decided = Link(ResolutionStatus.exact, person, None, 0.75,
                           f"'{group.fullest}' is a name {len(link.namesakes)} people of the knowledge base bear; "
                           f"{why}", others, features)
            for i in group.members:
                links[i] = decided if mentions[i].name == group.fullest else \
                    replace(decided, explanation=f"same person as '{group.fullest}': {decided.explanation}")

    def _names_tagged_otherwise(self, mentions: list[FoundMention], groups: list[PersonGroup],
                                links: list[Link | None]) -> None:
        """A word the model took for a group or an organisation ("Albanese" in a headline, tagged as a
        nationality) that is the family name of a person the text names, and no country or
        organisation the knowledge base knows, is that person."""
        known: dict[str, tuple[str, Link]] = {}
        for group in groups:
            link = links[group.members[0]]
            if _in_kb(link) and link.entity in self.kb.persons and self.kb.persons[link.entity].family:
                known.setdefault(normalize(self.kb.persons[link.entity].family), (group.fullest, link))
        for i, mention in enumerate(mentions):
            if mention.label == "PERSON" or links[i] is not None or normalize(mention.text) not in known:
                continue
            written, link = known[normalize(mention.text)]
            mentions[i] = replace(mention, label="PERSON", name=mention.text)
            links[i] = Link(ResolutionStatus.exact, link.entity, link.position, link.confidence,
                            f"'{mention.text}' (not taken for a name by the model) is the family name of "
                            f"'{written}' in the same text: {link.explanation}", (),
                            (*link.evidence, ("repeat_of_earlier_name", 1.0)))

    def _sound_alike_words(self, doc: Doc, mentions: list[FoundMention], groups: list[PersonGroup],
                           links: list[Link | None]) -> list[tuple[FoundMention, Link]]:
        """Capitalised words the model did not take for names that sound like the family name of a
        person the same text names ("Bessint" after "Besent"): translation spelled one name twice."""
        known: dict[str, tuple[str, Link]] = {}
        bearers: dict[str, list[tuple[str, Link]]] = {}  # one-word given names of the people linked
        for group in groups:
            link = links[group.members[0]]
            if _in_kb(link) and link.entity in self.kb.persons:
                given = self.kb.persons[link.entity].given
                if given and len(given.split()) == 1 and \
                        link.entity not in [other.entity for _, other in bearers.get(normalize(given), [])]:
                    bearers.setdefault(normalize(given), []).append((group.fullest, link))
                family = self.kb.persons[link.entity].family
                # One-word aliases and readings too: "Baluo" is no spelling of "Barrot" in the text,
                # but the pinyin reading of the Chinese transcription of it.
                forms = [f.form for f in self.resolver.forms_of(link.entity)
                         if f.kind in ("alias", "reading") and len(f.form.split()) == 1 and len(f.form) >= 4]
                for word in dict.fromkeys([*name_words(group.fullest)[-1:], *(name_words(family) if family else []),
                                           *(normalize(f) for f in forms)]):
                    known.setdefault(word, (group.fullest, link))
        if not known:
            return []
        # "Jared and Steve Witkoff were there" after "Kushner": the given name alone, which the
        # model did not tag, of the one person of the text who bears it.
        givens = {word: found[0] for word, found in bearers.items() if len(found) == 1}
        # A word the model tagged as an organisation or a group that nothing links ("Baluo said") is
        # free; a longer organisation's name is not ("the Bình Định Provincial Party Committee").
        occupied = [(m.start, m.end) for m, link in zip(mentions, links, strict=False)
                   if link is not None or m.label not in ("ORG", "NORP") or len(m.text.split()) > 1]
        keys = [sound_key(word) for word in known]
        compared: dict = {}  # the same word recurs: compare it once
        found = []
        # A given name the model took for a product or a work ("Steve or Jared") is free as well.
        people = [(m.start, m.end) for m, link in zip(mentions, links, strict=False)
                  if m.label == "PERSON" or _in_kb(link)]
        for token in doc:
            if token.pos_ == "PROPN" and token.is_title and normalize(token.text) in givens \
                    and not any(s <= token.idx < e for s, e in people) and _stands_alone(token):
                fullest, whose = givens[normalize(token.text)]
                mention = FoundMention(token.idx, token.idx + len(token), token.text, "PERSON",
                                       sentence_index(doc, token), None, token.text)
                in_office = dict(whose.evidence).get("in_office_on_date", 0.0)
                found.append((mention, Link(ResolutionStatus.alias, whose.entity, whose.position, whose.confidence,
                                            f"'{token.text}' is the given name of {self.kb.entity_name(whose.entity)}, "
                                            f"named in the text as '{fullest}'", (),
                                            (("written_is_alias", 1.0), ("family_similarity", 0.0),
                                             ("in_office_on_date", in_office)))))
                continue
            if not (token.is_alpha and token.is_title and len(token) >= 4 and not token.is_stop
                    and token.pos_ in ("PROPN", "NOUN") and token.ent_type_ in ("", "PERSON", "ORG", "NORP")) \
                    or any(s <= token.idx < e for s, e in occupied) or self.kb.countries_for(token.text) \
                    or _inside_name_run(token):
                continue  # a country's name ("China" beside "Pham Minh Chinh") is no spelling of a name
            if process.extractOne(sound_key(token.text), keys, scorer=JaroWinkler.normalized_similarity,
                                  score_cutoff=self.sound_alike) is None:
                continue  # nothing close: skip the slower comparison
            if token.text not in compared:
                compared[token.text] = max(((compare(token.text, word), word) for word in known),
                                           key=lambda s: s[0].score)
            match, word = compared[token.text]
            if match.score < self.sound_alike or not shares_a_part(token.text, word):
                continue
            written, link = known[word]
            mention = FoundMention(token.idx, token.idx + len(token), token.text, "PERSON",
                                   sentence_index(doc, token), None, token.text)
            found.append((mention, Link(ResolutionStatus.corrected, link.entity, link.position, link.confidence,
                                        f"'{token.text}' resembles '{written}' in the same text ({match.reason}, "
                                        f"{match.score:.2f}): {link.explanation}", (),
                                        (("name_similarity", match.score), ("corrected", 1.0),
                                         ("sound_alike_in_text", 1.0),
                                         ("in_office_on_date", dict(link.evidence).get("in_office_on_date", 0.0))))))
        return found

    def _kind_of(self, role) -> PositionKind | None:
        """The kind of the office a written title fits best, if any."""
        best = next((c.position for c in role.candidates if c.position in self.kb.positions), None)
        return self.kb.positions[best].kind if best is not None else None

    def _title_only(self, doc: Doc, mention: FoundMention, published: date | None, mentions: list[FoundMention],
                    links: list[Link | None], countries: set[str], groups: list[PersonGroup],
                    placed: set[str]) -> Link | None:
        """A title standing for its holder: with a country, the office's holder on the date; without
        one ("The minister"), the latest person named before it whose office the title fits, else
        the holder of that office in the one country the text names, or in the one country whose
        officials it names (`placed`) when no other country's office is called so."""
        words = mention.role.text.lower().split()
        if words[0] in _INDEFINITE and not NEW_WORDS & set(words) and mention.role.noun != "counterpart":
            # "a senior Israeli official told the broadcaster", "an ambassador": nobody in particular
            # (an anonymous source); "a new ambassador" is the newly named one. A counterpart is one
            # office's holder however it is written ("a conversation with a Russian colleague").
            return None
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and _TO_COME & {t.lower_ for t in doc[max(0, span.start - 2):span.end]}:
            return None  # "their next president", "the future chancellor", "the next prime minister"
        if mention.role.antecedent is not None:
            return self._described(mention, mentions, links)
        said, link = self._predicate_of(doc, mention, mentions, links)
        if said:
            return link  # "Purbaya X, who is president of …": the title is said of Purbaya
        if mention.role.noun is not None:
            return self._role_noun(doc, mention, published, mentions, links, countries)
        first = span[0] if span is not None else None
        owner = first if first is not None and first.lower_ in ("our", "my") else \
            doc[first.i - 1] if first is not None and first.i > 0 else None
        if mention.role.polity is None and owner is not None and owner.lower_ in ("our", "my"):
            return self._speakers_own(doc, mention, published, mentions, links, countries)
        if mention.role.polity is not None and not mention.role.candidates:
            return None  # "the Prime Minister of Laos": a country whose offices the knowledge base lacks
        if mention.role.polity is not None and mention.role.candidates:
            on, note, known = mention_date(doc, mention, published)
            cue = mention.role.cue or (None if known else TitleCue.then)
            hint = RoleHint(self._posted_to(doc, mention.role, countries), cue, mention.role.text, mention.role.polity)
            link = self.resolver.resolve("", on, hint, date_note=note)
            if link.entity is None and link.alternatives:
                return self._holder_named_before(mention, mentions, links, link) or link
            return link
        if mention.role.text.split()[-1] in self.spelled_titles:
            return self._spelled_title(doc, mention, published, mentions, links, countries)
        # The title words of the phrase, not its other words ("its new president" → {president}).
        wanted = title_words(mention.role.text) & self.title_vocabulary
        if not wanted:
            return None
        qualifier = _qualifier_after(span)
        on, _, _ = mention_date(doc, mention, published)
        # "the new president", "the newly appointed chairperson": the word or two before the title.
        before = [t.lower_ for t in doc[max(0, span.start - 2):span.start]] if span is not None else []
        incoming = mention.role.cue is TitleCue.incoming or bool(NEW_WORDS & {
            *mention.role.text.lower().split(), *before})
        earlier_people = _by_salience(doc, [(m, link) for m, link in zip(mentions, links, strict=False)
                                            if m.start < mention.start and m.label == "PERSON"
                                            and (m.name or m.role and m.role.noun is None)
                                            and _in_kb(link) and link.entity in self.kb.persons
                                            and not _commands(doc, m, mention)])
        unknown = self._unknown_holder_named_before(mention, mentions, links, wanted, qualifier)
        # Offices held around the date ("the newly elected president" the day before taking office);
        # "its new president", "the incoming president" also the one elected and not yet sworn in;
        # "the former defence minister" any office they held before.
        # "the outgoing chancellor" is someone already in office, never the one about to take it.
        ahead = timedelta(0) if mention.role.cue is TitleCue.outgoing else self.transition * (3 if incoming else 1)
        before_date = date.min if mention.role.cue is not None and mention.role.cue.looks_back else on
        # "the minister" reads "secretary" too (translation swaps them), but a council's or a
        # leader's secretary is no minister: "the minister" after the security council's secretary.
        minister = "minister" in normalize(mention.role.text).split()
        # A bare "the president" is a state's before a party's or a company's: the leaders' offices
        # of the people named before it are tried first, then every office they held.
        for leaders_only in (True, False):
            for earlier, link in earlier_people:
                if earlier.role is not None and {earlier.role.cue, mention.role.cue} == _HANDOVER:
                    continue  # "the incoming chancellor" … "the outgoing chancellor": two people
                # "its new president" is someone who took or is about to take the office, not its
                # holder of years named before it.
                terms = self.kb.terms(link.entity)
                offices = [self.kb.positions[t.position] for t in terms
                           if t.start_day - ahead <= on and (not incoming or on - t.start_day <= _NEW_FOR)
                           and (t.end_day is None or before_date <= t.end_day + self.transition)
                           and not (before_date != date.min and _moved_on(t, terms, on))
                           and t.position in self.kb.positions]
                if leaders_only:
                    fits = _leads_as(offices, wanted)
                else:
                    # A past office is named as the press calls it ("the former defense minister"
                    # for a Minister of the Armed Forces); a current one by its own name, and as the
                    # press calls it when the title says more than one word ("the presidential aide"
                    # for an Aide to the President): "the president" or "the head" alone would then
                    # fit every mayor and agency head called so.
                    press = before_date == date.min or len(wanted) > 1
                    titles = [own_title(t, self.title_heads)
                              for t in ([earlier.role.text] if earlier.role and not (
                                  minister and self._kind_of(earlier.role) in _NO_MINISTER) else [])
                              + [t for p in offices if not (minister and p.kind in _NO_MINISTER)
                                 for t in (p.name, *(p.titles.get("en", []) if press else []))]]
                    fits = _title_names(wanted, titles)
                if fits and qualifier is not None:
                    # "the Minister of Cooperatives" is theirs if their office is; "the Prince of
                    # Wales" is not the Crown Prince of Saudi Arabia named before.
                    fits = any(qualifier in title_words(t) for p in offices for t in (p.name, *p.titles.get("en", [])))
                if fits:
                    if unknown is not None and unknown.start > earlier.start:
                        return self._refers_to_unknown(mention, unknown, mentions, links, groups)
                    return self._refers_to(mention, link, f"named before it as '{earlier.name or earlier.text}'")
        if unknown is not None:
            return self._refers_to_unknown(mention, unknown, mentions, links, groups)
        later = self._leader_named_after(mention, mentions, links, wanted, on) \
            or (None if incoming else self._headline_title_named_after(mention, mentions, links, wanted, on))
        if later is not None:
            return later
        if qualifier is not None:
            return None  # an office of a place or body the knowledge base cannot place
        if wanted <= title_words(" ".join(generic_heads())):
            return None  # "the head" of something unnamed: no office of the country's is meant
        top = max((c.score for c in mention.role.candidates), default=0.0)
        best = [c for c in mention.role.candidates if c.score == top and c.position in self.kb.positions]
        candidates = tuple((c.position, c.score) for c in mention.role.candidates
                           if c.position in self.kb.positions and self.kb.positions[c.position].polity in countries)
        only = {self.kb.positions[c.position].polity for c in best}
        if not candidates and len(only) == 1 and title_words(mention.role.text) & self.title_heads \
                and top >= _ONE_COUNTRY_FIT and (only <= _BEYOND_COUNTRIES or not countries - only or only <= placed):
            # A title only one country's (or body's) office is called by needs no country in the
            # text: "the IMF chief", "the Fed chair", "the chief cabinet secretary" — unless the text
            # is about other countries, whose like office the knowledge base may lack ("Joint Chief
            # of Staff" in a report on Thailand), and not about that country's officials too ("the
            # National Security Director" where Seoul's ministers speak of the North and the US).
            # It must hold a title's head noun: a field word ("investment") names no office; and it
            # must be written as the office is called.
            candidates = tuple((c.position, c.score) for c in best)
        polities = {self.kb.positions[p].polity for p, _ in candidates}
        if len(polities) > 1 and in_quotation(text_of(doc), mention.start):
            # "That's what the President said", says a Philippine minister: his own president.
            return self._speakers_own(doc, mention, published, mentions, links, countries, quoted=True)
        colleague = self._same_ministry_office(doc, mention, published, mentions, links, best)
        if colleague is not None:
            return colleague
        home = self._home_government(mention, mentions, links, polities, on) if len(polities) > 1 else None
        if home is None and len(polities) > 1:
            home = self._by_pronoun_after(doc, mention, mentions, links, candidates, on)
            why_home = "the only one of whose holders the pronoun after the title fits"
        else:
            why_home = "the one whose officials it names before the title and the one it names most"
        if home is not None:
            candidates = tuple(c for c in candidates if self.kb.positions[c[0]].polity == home)
            polities = {home}
        if len(polities) == 1:
            on, note, known = mention_date(doc, mention, published)
            hint = RoleHint(candidates, mention.role.cue or (None if known else TitleCue.then), mention.role.text,
                            polities.pop())
            link = self.resolver.resolve("", on, hint, date_note=note)
            if _in_kb(link) and link.position and incoming:
                link = self._newcomer(link, on) or link
            if _in_kb(link) and home is not None:
                link = replace(link, explanation=f"{link.explanation} (of the several countries the text names, "
                               f"{self.kb.entity_name(home)} is {why_home})")
            return link if _in_kb(link) else None
        return None

    def _spelled_title(self, doc: Doc, mention: FoundMention, published: date | None,
                       mentions: list[FoundMention], links: list[Link | None], countries: set[str]) -> Link | None:
        """A title written as the capitals the knowledge base gives for an office ("The EAM", "the
        COAS"): the person named before it who held one of the offices it spells on the date, else
        the holder of that office in the one country both the title and the text name, or in the
        only country with such an office."""
        if not mention.role.candidates:
            return None
        on, note, known = mention_date(doc, mention, published)
        offices = {c.position for c in mention.role.candidates if c.position in self.kb.positions}
        earlier = _by_salience(doc, [(m, link) for m, link in zip(mentions, links, strict=False)
                                     if m.start < mention.start and m.label == "PERSON" and m.name
                                     and _in_kb(link) and link.entity in self.kb.persons])
        for named, link in earlier:
            if any(p.id in offices for p in self._held_on(link.entity, on, self.transition)):
                return self._refers_to(mention, link, f"named before it as '{named.name}'")
        polities = {self.kb.positions[p].polity for p in offices}
        country = polities & countries if len(polities) > 1 else polities
        if len(country) != 1:
            return None
        polity = country.pop()
        hint = RoleHint(tuple((c.position, c.score) for c in mention.role.candidates if c.position in offices
                              and self.kb.positions[c.position].polity == polity),
                        mention.role.cue or (None if known else TitleCue.then), mention.role.text, polity)
        link = self.resolver.resolve("", on, hint, date_note=note)
        return link if _in_kb(link) else None

    def _described(self, mention: FoundMention, mentions: list[FoundMention],
                   links: list[Link | None]) -> Link | None:
        """"The candidate" after "Jo Hyun, the candidate for …": whoever the described name is
        linked to, a person the knowledge base does not hold included."""
        named = next(((m, link) for m, link in zip(mentions, links, strict=False) if m.label == "PERSON"
                      and (m.start, m.end) == mention.role.antecedent and link is not None), None)
        if named is None:
            return None
        earlier, link = named
        if not _in_kb(link):
            return link
        return Link(ResolutionStatus.alias, link.entity, link.position, round(0.8 * link.confidence, 2),
                    f"'{mention.text}' refers to {self.kb.entity_name(link.entity)}, described so when named "
                    f"before it as '{earlier.name or earlier.text}'", (),
                    (("title_only", 1.0), ("title_refers_back", 1.0)))

    def _home_government(self, mention: FoundMention, mentions: list[FoundMention], links: list[Link | None],
                         polities: set[str], on: date) -> str | None:
        """The government a bare title belongs to when the text names several countries that have
        such an office ("According to Ousmane Sonko, the Minister of Finance …" on the Senegalese
        prime minister's trip to Italy): the one country among them whose officials the text has
        named before it, when the text also names that country more often than any other. Two
        governments' officials (a summit's) or a text about somewhere else leave the title unread."""
        held: set[str] = set()
        for m, link in zip(mentions, links, strict=False):
            if m.start < mention.start and m.label == "PERSON" and _in_kb(link) and link.entity in self.kb.persons:
                held |= {office.polity for office in self._held_on(link.entity, on) if office.polity}
        home = held & polities
        if len(home) != 1:
            return None
        named = Counter(link.entity for link in links if link is not None and link.entity in self.kb.countries)
        ranked = named.most_common(2)
        (country,) = home
        if not ranked or ranked[0][0] != country or len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return country

    def _same_ministry_office(self, doc: Doc, mention: FoundMention, published: date | None,
                     mentions: list[FoundMention], links: list[Link | None], best: list) -> Link | None:
        """A bare title that fits no one named before it but the office of the same ministry or body
        as a person named before it ("with the presence of the Foreign Minister" in a briefing by the
        spokesman of Iran's Ministry of Foreign Affairs, in a report that also names the US and Iraq):
        that country's office. Only among the offices the title fits best, and only when one country's
        office's field is the earlier person's ("foreign affairs"); a bare "the president" has no
        field and stays unread, "the head of military intelligence" is not of a security council's."""
        on, note, known = mention_date(doc, mention, published)
        fields = {c.position: self._field(self.kb.positions[c.position]) for c in best}
        colleagues: dict[str, tuple[str, float, str]] = {}  # country → (office, score, colleague)
        for m, link in zip(mentions, links, strict=False):
            if m.start >= mention.start or m.label != "PERSON" or not _in_kb(link) \
                    or link.entity not in self.kb.persons:
                continue
            for office in self._held_on(link.entity, on):
                for c in best:
                    if self.kb.positions[c.position].polity == office.polity and c.position != office.id \
                            and fields[c.position] and fields[c.position] <= self._field(office):
                        colleagues.setdefault(office.polity, (c.position, c.score, link.entity))
        if len(colleagues) != 1:
            return None
        (home, (position, score, colleague)), = colleagues.items()
        hint = RoleHint(((position, score),), mention.role.cue or (None if known else TitleCue.then),
                        mention.role.text, home)
        found = self.resolver.resolve("", on, hint, date_note=note)
        if not _in_kb(found) or found.entity == colleague:
            return None
        return replace(found, explanation=f"'{mention.text}' names the office of the same ministry or body as "
                                          f"{self.kb.entity_name(colleague)}'s, named before it: {found.explanation}")

    def _field(self, office: Position) -> frozenset[str]:
        """The words of an office's name that say what it deals with ("foreign affairs"), without
        its head words, its country or the word for a ministry."""
        return title_words(office.name) - self.title_heads - self._country_words(office.polity) \
            - {"department", "ministry", "state", "government", "national"}

    def _country_words(self, polity: str) -> frozenset[str]:
        """The words that name a country in its offices' names ("people's republic china")."""
        if polity not in self._polity_words:
            self._polity_words[polity] = title_words(self.kb.entity_name(polity)).union(
                *(title_words(p.name) for p in self.kb.positions.values()
                  if p.polity == polity and p.kind in LEADER_KINDS))
        return self._polity_words[polity]

    def _predicate_of(self, doc: Doc, mention: FoundMention, mentions: list[FoundMention],
                      links: list[Link | None]) -> tuple[bool, Link | None]:
        """A title said of someone rather than standing for someone: after "as" ("named Chung X as
        Unification Minister", "elected as the 104th Prime Minister") or as the complement of "be"
        ("He is the fifth prime minister"). It is the person named just before it in the sentence,
        or nobody: (True, the link). (False, None) when the title is no predicate or its subject is
        not in the parse, so it is read as usual."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False, None
        before = doc[span.start - 1] if span.start > 0 else None
        deps: tuple[str, ...]
        people = [(m, link) for m, link in zip(mentions, links, strict=False) if m.label == "PERSON" and m.name]
        if before is not None and before.lower_ == "as" and before.head.pos_ in ("VERB", "AUX") \
                and before.head.i < before.i:
            # "named X as …", "X was elected as …", "X, currently serving as …"; the parse often misses
            # the object of a long list, so the name between the verb and "as" is taken too, or the
            # one right before the verb.
            verb = before.head
            deps = ("dobj", "nsubjpass") if any(c.dep_ == "dobj" for c in verb.children) else ("nsubjpass", "nsubj")
            near = [p for p in people if verb.idx < p[0].start < before.idx] or \
                [p for p in people if 0 < verb.i - _last_token(doc, p[0]) <= 4
                 and all(t.is_punct or t.pos_ in ("ADV", "AUX", "PART") or t.tag_ in ("WP", "WDT")
                         for t in doc[_last_token(doc, p[0]) + 1:verb.i])]
        elif span.root.dep_ in ("attr", "oprd") and span.root.head.pos_ in ("VERB", "AUX"):
            # "X is the fifth prime minister", "X, who is …", "she was appointed Deputy Head of …".
            verb, deps = span.root.head, ("nsubj", "nsubjpass")
            # The name right before the verb, or before "who" and its auxiliaries: "Purbaya Yudhi
            # Sadewa, who is president of …", "Rustem Umerov, who may be appointed Ambassador …".
            near = [p for p in people if 0 < verb.i - _last_token(doc, p[0]) <= 5
                    and all(t.is_punct or t.tag_ in ("WP", "WDT") or t.pos_ in ("AUX", "PART")
                            for t in doc[_last_token(doc, p[0]) + 1:verb.i])]
        else:
            return False, None
        said_of = [child for dep in deps for child in verb.children if child.dep_ == dep]
        named = [p for p in people if any(p[0].start <= t.idx < p[0].end for t in said_of)] or near[-1:]
        if not named:
            # Said of a pronoun ("He is the fifth prime minister"): no guess at whom. Said of nobody
            # the parse shows ("… is slated to become finance minister"): the usual reading.
            return any(t.tag_ == "PRP" for t in said_of), None
        if not _in_kb(named[0][1]):
            return True, None  # said of someone the knowledge base does not know
        person, link = named[0]
        return True, Link(ResolutionStatus.alias, link.entity, link.position, round(0.8 * link.confidence, 2),
                          f"'{mention.text}' is said of {self.kb.entity_name(link.entity)}, named just before it as "
                          f"'{person.name}'", (), (("title_only", 1.0), ("title_refers_back", 1.0)))

    def _posted_to(self, doc: Doc, role, countries: set[str]) -> tuple[tuple[str, float], ...]:
        """A country's ambassador or envoy with no host written ("Beijing's new ambassador", "the
        Chinese envoy") in a text about another country is the one posted there: of the candidate
        offices "… to <country>", those whose country the text names — the one it names most when
        it names several (no guess when two are named as often)."""
        candidates = tuple((c.position, c.score) for c in role.candidates)
        hosts = {p: host for p, _ in candidates if p in self.kb.positions
                 and (host := self._posted_in(self.kb.positions[p])) is not None}
        others = countries - {role.polity}
        named = {p: host for p, host in hosts.items() if host in others}
        if not named and others:
            # A post elsewhere ("Consul General of China in Osaka") is not the one meant by "the
            # Chinese consul" in a report on Manila.
            return tuple(c for c in candidates if c[0] not in hosts)
        if not named or len(named) == len(candidates):
            return candidates
        if len(set(named.values())) > 1:
            counts = Counter(code for e in doc.ents if e.label_ in ("GPE", "NORP")
                             for code, _ in self.kb.countries_for(e.text)[:1])
            ranked = sorted(set(named.values()), key=lambda h: -counts[h])
            if counts[ranked[0]] == counts[ranked[1]]:
                return ()
            named = {p: host for p, host in named.items() if host == ranked[0]}
        return tuple((p, score) for p, score in candidates if p in named)

    def _posted_in(self, position: Position) -> str | None:
        """The country of a post abroad, as the office's name says ("Ambassador of China to Japan" →
        JP); "" for a consulate in a city it cannot place ("Consul General of China in Osaka"); None
        for an office at home ("Aide to the President of Russia")."""
        name = position.name
        if " to " in name:
            post = name.split(" to ", 1)[1]
            host = country_in_title(self.kb, post)
            if host is None and normalize(post).removeprefix("the ") in self._international_bodies:
                return ""  # "… to the United Nations": a post abroad, at no country of the text
            return host if host is not None and host != position.polity else None
        return "" if name.lower().startswith("consul") and " in " in name else None

    def _by_pronoun_after(self, doc: Doc, mention: FoundMention, mentions: list[FoundMention],
                          links: list[Link | None], candidates: tuple[tuple[str, float], ...],
                          on: date) -> str | None:
        """The country whose holder of the title's office has the gender of the first he or she
        after the title, in its sentence or the next, when every person named between is known to
        be of the other gender ("The president said two men had spoken by phone … She added", in a
        text on Mexico and the US); None when the holders of several countries, or none, fit."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        sentences = list(doc.sents)
        stop = sentences[min(mention.sentence + 1, len(sentences) - 1)].end if sentences else len(doc)
        found = next((t for t in doc[span.end:stop] if t.lower_ in ("he", "she")), None)
        if found is None:
            return None
        gender = _PRONOUNS[found.lower_]
        between = [link for m, link in zip(mentions, links, strict=False)
                   if m.label == "PERSON" and mention.end <= m.start < found.idx]
        if any(link is None or link.status is ResolutionStatus.conflict or link.entity not in self.kb.persons
               or self.kb.persons[link.entity].gender != ("female" if gender == "male" else "male")
               for link in between):
            return None  # someone between may be the one the pronoun means
        fitting = {self.kb.positions[p].polity for p, _ in candidates
                   for t in self.kb.holders(p, on) if self.kb.persons.get(t.person) is not None
                   and self.kb.persons[t.person].gender == gender}
        return fitting.pop() if len(fitting) == 1 else None

    def _speakers_own(self, doc: Doc, mention: FoundMention, published: date | None, mentions: list[FoundMention],
                      links: list[Link | None], countries: set[str], quoted: bool = False) -> Link | None:
        """"our president", "my minister": the office in the country of the person who speaks — the
        subject of a verb of saying in this or the three sentences before, else the latest person
        named before it — who then held an office of a country."""
        on, note, known = mention_date(doc, mention, published)
        people = [(m, link) for m, link in zip(mentions, links, strict=False)
                  if m.start < mention.start and m.label == "PERSON" and _in_kb(link)
                  and link.entity in self.kb.persons]
        sentences = list(doc.sents)
        speakers = []
        for sentence in reversed(sentences[max(0, mention.sentence - 3):mention.sentence + 1]):
            for token in sentence:
                if saying_lemma(token.text) and token.pos_ == "VERB":
                    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
                    speakers += [(m, link) for m, link in people for c in subjects
                                 if m.start <= c.idx < m.end]
        for _, link in [*speakers, *reversed(people)]:
            polities = [o.polity for o in self._held_on(link.entity, on) if o.polity not in INTERNATIONAL]
            if not polities:
                continue
            polity = polities[0]
            own = replace(mention.role, polity=polity, candidates=tuple(
                c for c in mention.role.candidates
                if c.position in self.kb.positions and self.kb.positions[c.position].polity == polity))
            # "our ambassador" in a report on the United States is the one posted there.
            candidates = self._posted_to(doc, own, countries) if own.candidates else ()
            if not candidates:
                return None
            hint = RoleHint(candidates, mention.role.cue or (None if known else TitleCue.then), mention.role.text,
                            polity)
            found = self.resolver.resolve("", on, hint, date_note=note)
            if not _in_kb(found):
                return None
            why = f"'our' or 'my' before '{mention.text}' is" if not quoted else \
                f"'{mention.text}' in a quotation names the office of"
            return replace(found, explanation=f"{why} the country of the speaker, "
                                              f"{self.kb.entity_name(link.entity)} ({self.kb.entity_name(polity)}): "
                                              f"{found.explanation}")
        return None

    def _newcomer(self, link: Link, on: date) -> Link | None:
        """"The new supreme allied commander": the holder of that office whose term begins around the
        date or soon after (named, not yet in office), rather than the one long in office."""
        if any(t.position == link.position and t.start_day >= on - self.transition for t in self.kb.terms(link.entity)):
            return None  # the holder found is new already
        coming = [t for t in self.kb.terms_by_position.get(link.position, [])
                  if on - self.transition <= t.start_day <= on + 3 * self.transition]
        if len(coming) != 1:
            return None
        term = coming[0]
        return Link(ResolutionStatus.alias, term.person, term.position, link.confidence,
                    f"'new' {self.kb.positions[term.position].name}: {self.kb.entity_name(term.person)}, "
                    f"in office from {term.start} (the holder on {on} was {self.kb.entity_name(link.entity)})",
                    ((link.entity, 0.5),), link.evidence)

    def _role_noun(self, doc: Doc, mention: FoundMention, published: date | None,
                   mentions: list[FoundMention], links: list[Link | None], countries: set[str]) -> Link | None:
        """A noun standing for a person of a named country (`role_nouns.tsv`): "the French leader" is
        that country's head of state or government on the date (the one the text names most when
        they differ); "the Chilean diplomat" the latest person named before it who then held an
        office of that country; "her Canadian counterpart" the holder, in that country, of the
        office of the latest person named before it from another country. Otherwise it is dropped."""
        role, kind = mention.role, mention.role.noun
        on, note, _ = mention_date(doc, mention, published)
        named = [(m, link) for m, link in zip(mentions, links, strict=False)
                 if m.label == "PERSON" and m is not mention and _in_kb(link) and link.entity in self.kb.persons]
        before = [(m, link) for m, link in named if m.end <= mention.start]

        def offices(person: str, polity: str | None = None) -> list[str]:
            return [t.position for t in self.kb.terms(person)
                    if t.start_day - self.transition <= on and (t.end_day is None or on <= t.end_day + self.transition)
                    and t.position in self.kb.positions
                    and (polity is None or self.kb.positions[t.position].polity == polity)]

        # "the senior diplomat", "the presidential aide": an office of that kind (`official_nouns.tsv`).
        wanted = official_nouns().get(role.text.lower().removesuffix("'s").removesuffix("’s").split()[-1])

        def fits(position: str) -> bool:
            office = self.kb.positions[position]
            return wanted is None or office.kind.value in wanted \
                or not title_words(" ".join(wanted)).isdisjoint(title_words(office.name))

        def refer(person: str, position: str | None, why: str, features: tuple) -> Link:
            return Link(ResolutionStatus.alias, person, position, 0.8,
                        f"'{mention.text}' {why}", (), (("title_only", 1.0), *features))

        if kind == "head":
            hint = RoleHint(tuple((c.position, c.score) for c in role.candidates), role.cue, role.text, role.polity)
            heads = {t.person: t.position for position, _ in hint.candidates
                     for t in self.kb.holders(position, on, slack_days=0)}
            if not heads:
                return None
            counts = {p: sum(1 for _, link in named if link.entity == p) for p in heads}
            ranked = sorted(heads, key=lambda p: -counts[p])
            why = ", the one the text names most" if len(ranked) > 1 else ""
            if len(ranked) > 1 and counts[ranked[0]] == counts[ranked[1]]:
                # A president and a prime minister the text names alike: the office that leads the
                # country (`leading_office.tsv`); where that is unclear, not guessed.
                leading = _leading_office().get(role.polity or "")
                ranked = [p for p in ranked if self.kb.positions[heads[p]].kind.value == leading]
                if len(ranked) != 1:
                    return None
                why = f", the office that leads {self.kb.entity_name(role.polity or '')}"
            person = ranked[0]
            where = self.kb.entity_name(role.polity) if role.polity else f"one of the countries of '{role.text}'"
            return refer(person, heads[person], f"names the leader of {where}: "
                         f"on {on}{note} {self.kb.entity_name(person)} was {self.kb.positions[heads[person]].name}"
                         + why, (("title_fit", 1.0),))
        if kind == "official" and (role.polity is not None or wanted is not None):
            # "the Chilean diplomat", "the senior diplomat": the latest person named before it who
            # then held an office of that country, or of that kind.
            for earlier, link in reversed(before):
                held = [p for p in offices(link.entity, role.polity) if fits(p)]
                if held:
                    return refer(link.entity, held[0], f"refers to {self.kb.entity_name(link.entity)}, named before it "
                                 f"as '{earlier.name or earlier.text}', then {self.kb.positions[held[0]].name}",
                                 (("title_refers_back", 1.0),))
            return None
        if kind == "official":
            # "The official highlighted …" right after "…, said Marcelo Ebrard, Secretary of Economy":
            # the most salient office holder of the sentence before or this one; not after an anonymous
            # "a senior official", whom it then continues.
            # A head of state or government is "the president", "the leader", not "the official".
            near = [(m, link) for m, link in before if mention.sentence - m.sentence <= 1 and offices(link.entity)
                    and not any(self.kb.positions[p].kind in LEADER_KINDS for p in offices(link.entity))]
            opened = doc.char_span(min((m.start for m, _ in near), default=mention.start), mention.start,
                                   alignment_mode="expand")
            if not near or opened is None or _ANONYMOUS.search(opened.text):
                return None
            earlier, link = _most_salient(doc, near)
            held = offices(link.entity)
            return refer(link.entity, held[0], f"refers to {self.kb.entity_name(link.entity)}, named just before it "
                         f"as '{earlier.name or earlier.text}', then {self.kb.positions[held[0]].name}",
                         (("title_refers_back", 1.0),))
        if kind == "person":
            return self._described_person(doc, mention, published, mentions, links)
        if kind == "counterpart":
            earlier_people = list(reversed(before))
            possessive = mention.text.split()[0].lower()
            if possessive in ("his", "her"):
                # "She will speak with her US counterpart": the counterpart of the person "her" refers
                # to, the latest one of that gender named in this or the two sentences before.
                gendered = [(m, link) for m, link in earlier_people if link.entity in self.kb.persons
                            and self.kb.persons[link.entity].gender == _PRONOUNS[possessive]
                            and mention.sentence - m.sentence <= 2]
                earlier_people = gendered[:1] or earlier_people
            for earlier, link in earlier_people:
                held = [p for p in offices(link.entity) if self.kb.positions[p].polity != role.polity
                        and self.kb.positions[p].kind is not PositionKind.other]
                if not held:
                    continue
                theirs = self.kb.positions[held[0]].kind
                same = [p.id for p in self.kb.positions.values() if p.polity == role.polity and p.kind is theirs]
                holders = {t.person: t.position for position in same for t in self.kb.holders(position, on)}
                if len(holders) != 1:
                    return None
                person, position = next(iter(holders.items()))
                return refer(person, position, f"is the counterpart of {self.kb.entity_name(link.entity)} "
                             f"({self.kb.positions[held[0]].name}, named before it as "
                             f"'{earlier.name or earlier.text}'): on {on}{note} "
                             f"the {self.kb.positions[position].name} was {self.kb.entity_name(person)}",
                             (("title_fit", 1.0),))
            return None
        if kind in PositionKind.__members__:
            return self._office_of_kind(mention, PositionKind(kind), on, note, before, countries, offices, refer)
        return None

    def _described_person(self, doc: Doc, mention: FoundMention, published: date | None,
                          mentions: list[FoundMention], links: list[Link | None]) -> Link | None:
        """"The politician", "the SPD politician": the most salient person named in this sentence or
        the two before it (the nearest sentence first, its subject first, then the latest), whether
        or not the knowledge base holds them; nobody, when no one was named that near."""
        near = [(m, link) for m, link in zip(mentions, links, strict=False)
                if m.label == "PERSON" and m.name and link is not None and m.end <= mention.start
                and 0 <= mention.sentence - m.sentence <= 2]
        if mention.role.polity is not None:
            # "the Japanese politician": someone who then held an office of that country.
            on, _, _ = mention_date(doc, mention, published)
            near = [(m, link) for m, link in near if _in_kb(link) and link.entity in self.kb.persons and any(
                p.polity == mention.role.polity for p in self._held_on(link.entity, on, self.transition))]
        if not near:
            return None
        earlier, link = _by_salience(doc, near)[0]
        why = f"'{mention.text}' describes the person named just before it as '{earlier.name}'"
        if _in_kb(link):
            return Link(ResolutionStatus.alias, link.entity, link.position, round(0.8 * link.confidence, 2),
                        f"{why}: {self.kb.entity_name(link.entity)}", (),
                        (("title_only", 1.0), ("title_refers_back", 1.0)))
        return Link(ResolutionStatus.unresolved, link.entity, None, 0.0,
                    f"{why}, whom the knowledge base does not hold", (),
                    (("title_only", 1.0), ("title_refers_back", 1.0)), referent=earlier.name)

    def _office_of_kind(self, mention: FoundMention, kind: PositionKind, on: date, note: str,
                        before: list[tuple[FoundMention, Link]], countries: set[str], offices, refer) -> Link | None:
        """"the head of state", "Poland's chief of state": with a country, the holder of its office of
        that kind on the date; without one, the latest person named before it who then held an
        office of that kind, else the holder in the one country the text names."""
        if mention.role.polity is None:
            for earlier, link in reversed(before):
                held = [p for p in offices(link.entity) if self.kb.positions[p].kind is kind]
                if held:
                    return refer(link.entity, held[0], f"refers to {self.kb.entity_name(link.entity)}, named before "
                                 f"it as '{earlier.name or earlier.text}', then {self.kb.positions[held[0]].name}",
                                 (("title_refers_back", 1.0), ("title_fit", 1.0)))
        polities = {mention.role.polity} if mention.role.polity else countries
        if len(polities) != 1:
            return None
        polity = next(iter(polities))
        holders = {t.person: t.position for p in self.kb.positions.values() if p.polity == polity and p.kind is kind
                   for t in self.kb.holders(p.id, on, slack_days=0)}
        if len(holders) != 1:
            return None
        person, position = next(iter(holders.items()))
        office = kind.value.replace("_", " ")
        return refer(person, position, f"names the {office} office of {self.kb.entity_name(polity)}: "
                     f"on {on}{note} the {self.kb.positions[position].name} was {self.kb.entity_name(person)}",
                     (("title_fit", 1.0),))

    def _pronouns(self, doc: Doc, linked: list[tuple[FoundMention, Link | None]],
                  pronouns: list) -> list[tuple[FoundMention, Link]]:
        """he/she/him/her/his: a person of that gender named in this or the two sentences before —
        in the nearest sentence that names one, its grammatical subject first, else the latest —
        when the knowledge base knows the gender; otherwise the pronoun is left alone."""
        people = [(m, link) for m, link in linked if m.label == "PERSON" and link is not None
                  and link.entity in self.kb.persons and self.kb.persons[link.entity].gender]
        found = []
        for _, sentence, gender, token in pronouns:
            before = [(m, link) for m, link in people if m.end <= token.idx and sentence - m.sentence <= 2]
            compatible = [(m, link) for m, link in before if self.kb.persons[link.entity].gender == gender]
            if not compatible:
                continue
            antecedent, link = _most_salient(doc, compatible)
            others = {other.entity for _, other in compatible} - {link.entity}
            mention = FoundMention(token.idx, token.idx + len(token), token.text, "PERSON", sentence, None, "")
            # A pronoun is never a corrected or conflicting *name*: it refers, so it is an alias.
            found.append((mention, Link(ResolutionStatus.alias, link.entity, link.position,
                                        round(0.6 * link.confidence, 2),
                                        f"'{token.text}' refers to the {gender} person named just before it, "
                                        f"'{antecedent.name or antecedent.text}'"
                                        + (f" ({len(others)} other compatible person(s) earlier)" if others else ""),
                                        tuple((o, 0.3) for o in sorted(others)))))
        return found

    def _relatives(self, doc: Doc, pronoun_links: list[tuple[FoundMention, Link]],
                   linked: list[tuple[FoundMention, Link | None]]) -> list[tuple[FoundMention, Link]]:
        """"his wife", "her son": a relative of the person the possessive refers to, so another person.
        With a name right after it ("his wife Le Thi Bich Tran") the relative is that name's person;
        otherwise an unknown person, one id for the same relative of the same person in any text."""
        names = {m.start: (m, link) for m, link in linked if m.label == "PERSON" and m.name and link is not None}
        found = []
        for mention, link in pronoun_links:
            span = doc.char_span(mention.start, mention.end)
            if span is None or span[0].lower_ not in ("his", "her") or span.end + 1 > len(doc) - 1:
                continue
            noun = doc[span.end]
            if noun.lower_ not in kinship_nouns():
                continue
            end = noun.idx + len(noun)
            relative = FoundMention(mention.start, end, text_of(doc)[mention.start:end], "PERSON",
                                    mention.sentence, None, "")
            whose = self.kb.entity_name(link.entity)
            after = noun.i + 1 + (noun.i + 1 < len(doc) and doc[noun.i + 1].text == ",")
            apposed = names.get(doc[after].idx) if after < len(doc) else None
            if apposed is not None:
                name, named = apposed
                status = ResolutionStatus.unresolved if named.status is ResolutionStatus.unresolved \
                    else ResolutionStatus.alias
                found.append((relative, Link(status, named.entity, named.position, named.confidence,
                                             f"'{relative.text}' is '{name.name}', named right after it "
                                             f"(the {noun.lower_} of {whose})", (), named.evidence)))
            else:
                found.append((relative, Link(ResolutionStatus.unresolved,
                                             self.resolver.unresolved_id(f"{noun.lower_} of {whose}"), None, 0.0,
                                             f"'{relative.text}' is the {noun.lower_} of {whose}, "
                                             f"not named here", (), ())))
        return found

    def _country(self, mention: FoundMention) -> Link | None:
        text = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
        found = self.kb.countries_for(text)
        if not found:
            return None
        code, kind = found[0]
        what = {"metonym": "stands for the government of", "adjective": "refers to"}.get(kind, "is")
        return Link(ResolutionStatus.exact if kind == "name" else ResolutionStatus.alias, code, None, 0.95,
                    f"'{mention.text}' {what} {self.kb.entity_name(code)}")

    def _organization(self, mention: FoundMention) -> Link | None:
        text = mention.text[4:] if mention.text.lower().startswith("the ") else mention.text
        found = self.kb.org_names.get(normalize(text))
        if not found:
            return None
        org = self.kb.organizations[found[0]]
        status = ResolutionStatus.exact if normalize(org.name) == normalize(text) else ResolutionStatus.alias
        return Link(status, org.id, None, 0.9 if len(set(found)) == 1 else 0.6,
                    f"'{mention.text}' is {org.name}")


_PRONOUNS = {"he": "male", "him": "male", "his": "male", "himself": "male",
             "she": "female", "her": "female", "hers": "female", "herself": "female"}


@cache
def kinship_nouns() -> frozenset[str]:
    """Nouns for a relative ("wife", "son-in-law"), from `kinship_nouns.tsv`."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "kinship_nouns.tsv", 1))


@cache
def _leading_office() -> dict[str, str]:
    """The kind of office that leads each country whose head of state and head of government differ
    ("head_of_state" in France, "head_of_government" in Germany; `leading_office.tsv`)."""
    return {code: kind for code, kind in read_rows("newsgraph.resolve", "leading_office.tsv", 2)}


def _last_token(doc: Doc, mention: FoundMention) -> int:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.end - 1 if span is not None else -10


def _described_as_former(doc: Doc, mention: FoundMention) -> bool:
    """Whether the text calls the person a past holder of something: a looking-back cue among the
    few words before the name ("former Gangwon Gov. Lee X", "ex-chairman X") or in an apposition
    right after it ("Kim X, ex-consul general in Shanghai"), whether or not the office is known."""
    if mention.role is not None and mention.role.cue is not None and mention.role.cue.looks_back:
        return True
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    sentence = span.sent
    before = doc[max(sentence.start, span.start - 5):span.start]
    after = doc[span.end:min(sentence.end, span.end + 3)]
    words = [t for t in before if not t.is_punct or t.text in ("-",)]
    if after[:1] and after[0].text == ",":
        words += list(after[1:])
    return any((cue := CUES.get(t.lower_.strip("-"))) is not None and cue.looks_back for t in words)


def _most_salient(doc: Doc, candidates: list[tuple[FoundMention, Link]]) -> tuple[FoundMention, Link]:
    nearest = max(m.sentence for m, _ in candidates)
    in_sentence = [(m, link) for m, link in candidates if m.sentence == nearest]
    for mention, link in in_sentence:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return mention, link
    return in_sentence[-1]


def _by_salience(doc: Doc, people: list[tuple[FoundMention, Link]]) -> list[tuple[FoundMention, Link]]:
    """People named before a mention, the most salient first: the nearest sentence first, and in
    a sentence its grammatical subject before the others ("Zelensky would only meet Putin. … the
    president" is Zelensky), then the latest."""
    def subject(mention: FoundMention) -> bool:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return span is not None and span.root.dep_ in ("nsubj", "nsubjpass")
    return sorted(people, key=lambda pair: (-pair[0].sentence, not subject(pair[0]), -pair[0].start))


def _commands(doc: Doc, earlier: FoundMention, mention: FoundMention) -> bool:
    """Whether a person named before a bare title is another party of the title's own clause, or
    the subject of a clause whose complement the title is in, and so not its referent: "In talks
    with the Secretary of State, the Foreign Minister said …" (the secretary is whom the minister
    met), "Anwar said a new role for the former minister …" (a speaker does not call himself so).
    A title said of the name ("X was chosen as prime minister", "X takes the post of minister"), a
    relative or adverbial clause ("Kiir announced changes, for which the president gave no reason")
    and clauses joined by "and" ("Rubio arrived and the secretary said …") may be the same person."""
    if earlier.sentence != mention.sentence:
        return False
    named = doc.char_span(earlier.start, earlier.end, alignment_mode="expand")
    title = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if named is None or title is None or title.root.pos_ not in ("NOUN", "PROPN"):
        return False  # a title the parse did not make one phrase of
    verb = next((t for t in [named.root, *named.root.ancestors] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    token = title.root
    if token.dep_ in ("attr", "oprd"):
        return False  # "X is the minister": said of X
    while token.i != verb.i:
        if token.dep_ in ("conj", "parataxis", "appos") or token.head.i == token.i:
            return False
        if token.lower_ == "as" or token.lower_ == "of" and token.head.lemma_ in _post_nouns():
            return False  # "X was chosen as prime minister", "X takes the post of minister": said of X
        if token.pos_ in ("VERB", "AUX") and (token.dep_ != "ccomp" or named.root.dep_ not in ("nsubj", "nsubjpass")):
            return False  # a clause below the name's that is not what its subject says or thinks
        token = token.head
    return True


@cache
def _post_nouns() -> frozenset[str]:
    """Nouns through which a clause gives its subject an office (`post_nouns.tsv`)."""
    return frozenset(lemma for (lemma,) in read_rows("newsgraph.resolve", "post_nouns.tsv", 1))


def _modifies_a_thing(doc: Doc, mention: FoundMention) -> bool:
    """Whether a one-word name stands before a common noun it qualifies ("Patriot air defense
    systems"), not before a noun of the person's following ("the Trump administration")."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return token.dep_ == "compound" and token.head.i > token.i and token.head.pos_ == "NOUN" \
        and token.head.lower_ not in follower_nouns()


def _qualifier_after(span: Span | None) -> str | None:
    """The capitalised word after "of" [the] that follows a bare title ("Wales" in "the Prince of
    Wales", "Cooperatives" in "the Minister of Cooperatives"), or the noun after "of his/its"
    ("office" in "the previous head of his office"): the title reader found no office of it, so
    only an office that names it is meant."""
    if span is None or span.end + 1 >= len(span.doc) or span.doc[span.end].lower_ != "of":
        return None
    following = span.doc[span.end + 1]
    if following.lower_ in ("his", "her", "its", "their") and span.end + 2 < len(span.doc) \
            and span.doc[span.end + 2].pos_ == "NOUN":
        # "the previous head of his office": only an office that names an office is meant.
        return normalize(span.doc[span.end + 2].text)
    if following.lower_ == "the" and span.end + 2 < len(span.doc):
        following = span.doc[span.end + 2]
    return normalize(following.text) if following.pos_ == "PROPN" and following.is_title else None


def _stands_alone(token) -> bool:
    """Whether a capitalised word has no capitalised word beside it: "Jared" in "Steve or Jared",
    not in "Jared Polis" or "Marco Polo Bridge"."""
    return _stands_alone_before(token) and _stands_alone_after(token)


def _name_like_at(doc, i: int, sentence_start: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_title and doc[i].is_alpha and i != sentence_start


def _stands_alone_before(token) -> bool:
    return not _name_like_at(token.doc, token.i - 1, token.sent.start)


def _stands_alone_after(token) -> bool:
    return not _name_like_at(token.doc, token.i + 1, token.sent.start)


def _inside_name_run(token) -> bool:
    """Whether a capitalised word stands between two others: the middle of someone's name the
    model did not tag ("Thanh" in "Đỗ Thanh Bình"), not a lone misspelling of a name in the text."""
    return not _stands_alone_before(token) and not _stands_alone_after(token)


def _is_part(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))


def _moved_on(term: Occupancy, terms: list[Occupancy], on: date) -> bool:
    """Whether the person had left this office by the date for another taken when it ended (a minister
    made prime minister is no longer "the minister"): the slack around a term's end is for handovers
    the knowledge base dates loosely, not for someone the knowledge base shows in a new office."""
    return term.end_day is not None and term.end_day < on and any(
        other is not term and term.end_day - timedelta(days=1) <= other.start_day <= on for other in terms)


def _title_names(wanted: frozenset[str], titles: list[str]) -> bool:
    """Whether a bare title's words name one of these office titles: all of them are in it, and
    so is its rank word ("the president" is not the vice president, "Minister" no deputy minister)."""
    return any(wanted <= title_words(t) and not (title_words(t) & _RANKS) - wanted for t in titles)


def _leads_as(offices: list[Position], wanted: frozenset[str]) -> bool:
    """Whether one of these is a head of state's or government's office whose name's head is the
    title's words ("the president" fits "President of …"; "the minister" is no "Prime Minister of …")."""
    return any(p.kind in LEADER_KINDS and title_words(p.name.split(" of ")[0]) == wanted for p in offices)


def _one_word_garble(link: Link, name: str) -> bool:
    """A one-word name the resolver took for a garble of someone's family name."""
    return link.status is ResolutionStatus.corrected and len(name_words(name)) == 1


def _one_unknown_person(group: PersonGroup, links: list[Link | None]) -> bool:
    """Whether a group writes one person the knowledge base does not hold in more than one way
    ("Tomasz Wrzeszczyk … Wrzeszczyk"): every mention unresolved under a made-up id."""
    return len(group.names) > 1 and all(
        links[i] is not None and links[i].status is ResolutionStatus.unresolved and bool(links[i].entity)
        and links[i].entity.startswith("unresolved-") for i in group.members)


def _in_kb(link: Link | None) -> bool:
    """Whether a link names a knowledge-base entity (not an unknown person's cluster id)."""
    return link is not None and link.entity is not None and link.status.is_resolved


def _best_role_carrier(members: list[FoundMention]) -> FoundMention:
    """The mention whose title says most about the office: one naming a country, then the best-fitting."""
    with_role = [m for m in members if m.role is not None and m.role.candidates]
    if not with_role:
        return members[0]
    return max(with_role, key=lambda m: (m.role.polity is not None, m.role.candidates[0].score, -m.start))


def _pronoun_gender(pronouns: list[tuple], members: list[FoundMention],
                    mentions: list[FoundMention]) -> str | None:
    """The gender of the pronouns (offset, sentence, gender, token) that follow a group's mentions in their
    sentence or the next one before any other person is named, when they all agree."""
    starts = sorted(m.start for m in mentions if m.label == "PERSON")  # titles standing for people too
    seen: set[str] = set()
    for member in members:
        later = [s for s in starts if s > member.start]
        stop = later[0] if later else 1 << 62
        seen.update(g for offset, sentence, g, _ in pronouns
                    if member.end <= offset < stop and sentence - member.sentence <= 1)
    return seen.pop() if len(seen) == 1 else None


def _pronoun_tokens(doc: Doc) -> list[tuple]:
    """(offset, sentence index, gender, token) of every gendered personal pronoun, read once."""
    found = []
    for index, sentence in enumerate(doc.sents):
        found += [(t.idx, index, _PRONOUNS[t.lower_], t) for t in sentence
                  if t.lower_ in _PRONOUNS and t.pos_ == "PRON"]
    return found


def _in_prose(text: str, at: int) -> bool:
    """Whether the line holding offset `at` is running prose, ending as a sentence does or too long
    for anything else (an excerpt cut short), rather than a headline, caption or list item
    ("Finance Chief Denies Gap in Views"), whose capitals make words of any kind look like names."""
    end = text.find("\n", at)
    line = text[text.rfind("\n", 0, at) + 1:len(text) if end < 0 else end].rstrip()
    return line.endswith((".", "!", "?", "\"", "”", "’", "'", ")")) or len(line.split()) >= _PROSE_WORDS


def _after_a_name(doc: Doc, start: int) -> bool:
    """Whether the phrase at offset `start` follows a name and a comma, as a title set off after
    that name does ("Ana Ruiz, Administrator of the Canal, Luis Mora"): it may be the
    name before's, not the name after's."""
    token = doc.char_span(start, start + 1, alignment_mode="expand")
    i = token.start if token is not None else 0
    return i >= 2 and doc[i - 1].text == "," and doc[i - 2].ent_type_ == "PERSON"
