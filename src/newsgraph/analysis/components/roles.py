"""Component `newsgraph.roles.v1`: office titles in the text and whom they describe.

Finds title phrases ("U.S. Commerce Secretary", "Japan's Minister of Economy, Trade and
Industry", "the South Korean President", "Former Japanese Prime Minister"), the country they
belong to, cues such as "former" or "acting", and the person they are attached to — before the
name, or as an apposition after it. Titles that drifted in translation ("Deputy Defense
Secretary for Policy") are matched to the knowledge base's phrasings by weighted word overlap,
so several offices may be candidates, each with a score.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.analysis.components.claims import OPENING_QUOTES
from newsgraph.analysis.extensions import text_of
from newsgraph.analysis.matching import PhraseTable
from newsgraph.datafiles import read_rows
from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.schema import LEADER_KINDS, PositionKind
from newsgraph.model import TitleCue
from newsgraph.resolve.groups import military_ranks
from newsgraph.resolve.titles import (
    POST_MODIFIERS,
    TitleIndex,
    country_in_title,
    dotted,
    own_title,
    spelled_titles,
    title_heads,
    title_words,
)


def _read_cues() -> dict[str, TitleCue]:
    """Words before a title that say which term is meant ("former", "previous", "acting"), from the data file."""
    return {word: TitleCue(cue) for word, cue in read_rows("newsgraph.resolve", "title_cues.tsv", 2)}


_ALL_CUES = _read_cues()
# How well a title with the remit or body written after it must fit an office to take them in.
_REMIT_FIT = 0.6
CUES = {word: cue for word, cue in _ALL_CUES.items() if " " not in word}
# Phrases before a title that place it in the past: "at the time of President X", "under then …".
PHRASE_CUES = {tuple(phrase.split()): cue for phrase, cue in _ALL_CUES.items() if " " in phrase}
# The last word of a state's formal style before "of <country>" ("the Islamic Republic of …").
_STATE_STYLES = frozenset({"republic", "kingdom", "state", "emirate", "sultanate", "federation",
                           "commonwealth", "principality", "confederation", "union"})
# Words that make a title its newest holder's ("its new president", "the newly elected speaker").
NEW_WORDS = frozenset({"new", "newly"})
# How many sentences after a name's appositive "the <noun>" may still repeat it.
_DESCRIPTION_REACH = 3


@dataclass(frozen=True)
class RoleCandidate:
    """An office a title phrase may name, with how well the phrase fits its phrasings."""

    position: str
    score: float
    title: str


@dataclass(frozen=True)
class RoleSpan:
    """A title phrase in the text and, when there is one, the name it describes."""

    start: int  # character offsets of the whole phrase, country word and cue included
    end: int
    text: str
    candidates: tuple[RoleCandidate, ...]
    polity: str | None
    cue: TitleCue | None
    person: tuple[int, int] | None  # character offsets of the name it describes
    noun: str | None = None  # for a noun that names no office ("leader", "counterpart"): its kind (role_nouns.tsv)
    # For a description repeated from a name's appositive ("the candidate"): that name's offsets.
    antecedent: tuple[int, int] | None = None
    # The office of someone else that completes another title ("adviser to the Chief Adviser"): it
    # is a mention of its own, though a name follows it, the outer title's holder's.
    inner: bool = False


@Language.factory("newsgraph_roles_v1",
                  assigns=["doc._.ng_roles"],
                  requires=["doc.ents", "token.dep", "token.lemma", "token.pos", "token.ent_type"])
def make_role_finder(nlp: Language, name: str) -> RoleFinder:
    """Build the component; it needs `initialize(kb=...)` before it runs."""
    return RoleFinder(nlp)


class RoleFinder:
    """Title phrases, their country, their cue and the person they describe."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.kb: KnowledgeBase | None = None
        self.index: TitleIndex | None = None
        self.matcher: PhraseTable | None = None
        self.title_words: set[str] = set()
        self.heads: frozenset[str] = frozenset()
        self.acronyms: frozenset[str] = frozenset()
        self._scored: dict[tuple[str, str | None], tuple[RoleCandidate, ...]] = {}  # (title, country) → offices

    def initialize(self, get_examples=None, *, nlp: Language | None = None, kb: KnowledgeBase) -> None:
        """Compile the knowledge base's title phrasings."""
        self.kb = kb
        self.index = TitleIndex(kb)
        self._scored = {}
        self.title_words = self.index.vocabulary
        written = {t for _, _, t in self.index.phrasings if len(t) > 3}
        # "UN chief" is also written "U.N. chief", and "Secretary-General" "Secretary General".
        titles = sorted(written | {dotted(t) for t in written} | {t.replace("-", " ") for t in written if "-" in t})
        self.matcher = PhraseTable(self.nlp, "LOWER", "TITLE", titles, capitals=self.index.capitals)
        # The head word of a title ("minister", "envoy", "president") heads noun phrases that stand
        # for a person: "the minister", "its new president", "Thailand's foreign minister".
        self.heads = title_heads(phrase for _, _, phrase in self.index.phrasings)
        self.acronyms = spelled_titles(kb)  # they head such phrases too: "The EAM met Lavrov"

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None:
            raise RuntimeError("newsgraph.roles.v1 needs a knowledge base: initialize it with kb=...")
        matches = filter_spans([Span(doc, s, e) for _, s, e in self.matcher(doc)])
        people = [e for e in doc.ents if e.label_ == "PERSON"]
        roles = []
        for match in matches:
            role = self._read(doc, match, people)
            if role is not None:
                roles.append(role)
        taken = {i for r in roles for i in range(*_token_range(doc, r))}
        roles += self._titles_before_names(doc, taken, people)
        taken = {i for r in roles for i in range(*_token_range(doc, r))}
        roles += self._office_kinds(doc, taken, people)
        taken = {i for r in roles for i in range(*_token_range(doc, r))}
        roles += self._title_phrases(doc, taken, people)
        taken = {i for r in roles for i in range(*_token_range(doc, r))}
        roles += self._role_nouns(doc, taken, people)
        taken = {i for r in roles for i in range(*_token_range(doc, r))}
        roles += self._descriptions(doc, taken, people)
        taken = {i for r in roles for i in range(*_token_range(doc, r))}
        roles += self._apposed_free_titles(doc, taken, people)
        roles += [inner for role in roles if role.person for inner in self._inner_title(doc, role)]
        roles = [_as_left(doc, _as_proposed(doc, role)) for role in roles]
        doc._.ng_roles = sorted(roles, key=lambda r: r.start)
        return doc

    def _inner_title(self, doc: Doc, role: RoleSpan) -> list[RoleSpan]:
        """The office of somebody else inside a named person's title: "a diplomatic adviser to the
        UAE president", "spokesman for the prime minister", "chief of staff to the President of
        Ukraine" also mention the president or prime minister, who is not the person named."""
        span = doc.char_span(role.start, role.end, alignment_mode="expand")
        if span is None:
            return []
        for token in span[1:-1]:
            if token.lower_ not in ("to", "for", "of") or doc[token.i + 1].lower_ != "the":
                continue
            end = token.i + 2
            while end < span.end and doc[end].lower_ not in POST_MODIFIERS:
                end += 1
            if end - token.i > 6 or _head_lemma(doc[end - 1]) not in self.heads:
                continue
            polity = self._country_in(doc[token.i + 2:end])
            if polity is None:
                polity, stop = self._of_country(doc, end)
                end = stop if stop <= span.end else end
            words = [t for t in doc[token.i + 2:end] if t.is_alpha and not _country_token(t, self.kb)
                     and t.lower_ not in POST_MODIFIERS]
            candidates = self._offices_for(" ".join(t.text for t in words), polity, [t.lower_ for t in words])
            if candidates:
                inner = doc[token.i + 1:end]
                return [RoleSpan(inner.start_char, inner.end_char, inner.text, tuple(candidates), polity, None, None,
                                 inner=True)]
        return []

    def _title_phrases(self, doc: Doc, taken: set[int], people: list[Span]) -> list[RoleSpan]:
        """Noun phrases headed by a title word, with a determiner or possessor and no name: "the
        minister", "its new president", "our ambassador", "Thailand's foreign minister". Their
        country is a country word inside them; the linker decides whom they stand for."""
        found = []
        for chunk in _with_possessors(doc.noun_chunks, self.heads):
            root = chunk.root
            acronym = root.text in self.acronyms
            if root.lower_ not in self.heads and root.lower_ not in generic_heads() and not acronym \
                    or root.i in taken or root.is_upper and len(root) < 4 and not acronym:
                continue
            # A person's title as the possessor: its words are not the title's ("the Foreign Minister's
            # adviser" is an adviser, of nothing foreign), and it determines the phrase as "the" does
            # ("U.S. President's Special Envoy", a headline's way of writing the envoy).
            owned = {i for t in chunk if t.dep_ == "poss" and t.head == root and t.lower_ in self.heads
                     for i in range(t.left_edge.i, t.i + 1)}
            if any(t.ent_type_ == "PERSON" for t in chunk) or chunk[0].dep_ not in ("det", "poss") and not owned:
                continue
            polity = self._country_in(chunk) or self._anaphor_country(doc, chunk.start)
            if polity is None and root.i == chunk.end - 1:
                polity, _ = self._of_country(doc, chunk.end)  # "the President of Ukraine"
            grouped = any(t.lower_ in _regions() for t in chunk)  # "the Gulf leader"
            cue = next((CUES[t.lower_] for t in chunk if t.lower_ in CUES), None)
            headed = self._head_of_country(doc, chunk, cue)  # "the leader of the Russian Federation"
            if headed is not None:
                found.append(headed)
                continue
            if polity is None and not grouped and root.lower_ in _role_nouns() and chunk[0].lower_ == "the" \
                    and _aged(chunk) and _describing(doc[chunk.start + 1:root.i]):
                # "The 69-year-old business-oriented leader": an age says a person the text has just
                # named is described, not an office; the linker takes the most salient one.
                found.append(RoleSpan(chunk.start_char, chunk.end_char, chunk.text, (), None, cue, None, "person"))
                continue
            countries = self._country_tokens(chunk)
            if (polity is not None or grouped) and root.lower_ in _role_nouns() and not any(
                    t.i != root.i and self._title_word(t) and t.i not in countries
                    and t.lower_ not in _regions() and t.lower_ not in _country_anaphors() for t in chunk):
                continue  # "the Saudi leader" names no office ("the opposition leader" does); see _role_nouns
            if root.lower_ not in self.heads and not acronym:
                continue  # a generic head ("the dictator") names no office of its own
            # A body named as the possessor is part of the title ("the Fed's chairman" is the Fed
            # chairman); a country or a pronoun as the possessor is not ("Japan's", "its").
            kept = [t for t in chunk if t.i == root.i or t.i not in owned and (
                t.dep_ not in ("det", "poss", "case") or _body_possessor(t, self.kb, self.heads))]
            words = " ".join(t.text for t in kept if t.pos_ != "ADV" and t.lower_ not in CUES
                             and t.lower_ not in NEW_WORDS)  # when, not which
            candidates, end = self.score(words, polity), chunk.end
            if owned:
                # Their staff: an office of its own only as "adviser to the Foreign Minister" names one.
                staff = f"{words} to the {' '.join(doc[i].text for i in sorted(owned) if doc[i].is_alpha)}"
                candidates = [c for c in self.score(staff, polity)[:1]
                              if c.score >= _REMIT_FIT and not self._another_office(staff, c)]
            spoken = self._country_spoken_of(doc, chunk.start) if polity is None and not owned else None
            if spoken is not None:
                # Scored without a country, a bare title keeps the offices it fits best anywhere
                # ("Governor-General"), and the like office of the country the text speaks of may
                # fall below them ("The governor" after "Japan's economy" is the Bank of Japan's).
                have = {c.position for c in candidates}
                candidates = sorted(candidates + [c for c in self.score(words, spoken) if c.position not in have],
                                    key=lambda c: -c.score)
            if chunk.end < len(doc) and doc[chunk.end].head == root:
                candidates, end, polity = self._with_remit(doc, chunk.end, words, polity, candidates)
            if not candidates and root.lower_ in official_nouns():
                continue  # "the senior diplomat": no office's title, a kind of official (see _role_nouns)
            phrase = doc[chunk.start:end]
            # "The US Special Envoy for Middle East Affairs, Wittkopf, …": a name set off after it.
            # A name written right after the title is its holder whatever the parse made of the
            # phrase ("Kalin, the Director of Egyptian Intelligence Hassan Rashad and …").
            adjacent = next((p for p in people if p.start == end), None)
            person = adjacent or _person_by_syntax(chunk, people) or _person_after(doc, end, people)
            found.append(RoleSpan(phrase.start_char, phrase.end_char, phrase.text, tuple(candidates),
                                  polity, cue, (person.start_char, person.end_char) if person else None))
        return found

    def _role_nouns(self, doc: Doc, taken: set[int], people: list[Span]) -> list[RoleSpan]:
        """Nouns that stand for a person of a named country without naming an office ("the French
        leader", "a Thai government official", "her Canadian counterpart", possessives included:
        "the French leader's plan"). Only with a country word: the linker reads them against that
        country's offices and the people the text has named; or, for a noun of any person ("the SPD
        politician"), with "the" and describing words only: the person the text has just named."""
        found = []
        nouns = _role_nouns()
        for hit in _role_noun_pattern().finditer(text_of(doc)):
            span = doc.char_span(hit.start(), hit.end())
            if span is None or len(span) != 1:
                continue
            token = span[0]
            kind = nouns.get(token.lower_)
            if kind is None or token.i in taken or token.pos_ != "NOUN" or token.ent_type_ == "PERSON":
                continue
            start = token.left_edge.i
            # "the French leader", "her Canadian counterpart", or a country's possessive: "Brazil's leader".
            owned = any(doc[k].lower_ in ("'s", "’s") and (owner := self._country_at(doc, k)) is not None
                        and owner[1] == start for k in range(start + 1, token.i))
            # "the island's leader": the country the text is speaking of.
            spoken_of = self._anaphor_country(doc, start) if token.i - start == 3 else None
            determined = owned or doc[start].lower_ in ("the", "a", "an", "one", "his", "her", "their", "its")
            if start == token.i or not determined \
                    or any(t.ent_type_ == "PERSON" or t.i in taken for t in doc[start:token.i]):
                continue
            polity = spoken_of or self._country_in(doc[start:token.i])
            region = next((codes for t in doc[start:token.i] if (codes := _regions().get(t.lower_))), None)
            # "The official …" alone: the office holder the text has just named (the linker decides);
            # "the senior diplomat", "the presidential aide": one whose office is of that kind.
            bare_official = kind == "official" and doc[start].lower_ == "the" and (
                token.i - start == 1 or token.lower_ in official_nouns()
                and all(t.pos_ == "ADJ" for t in doc[start + 1:token.i]))
            # "the politician", "the SPD politician", "the 58-year-old lawmaker": describing words
            # only, and no name after it (that would be a title): the person just named.
            described = kind == "person" and doc[start].lower_ == "the" \
                and _describing(doc[start + 1:token.i]) \
                and not (token.i + 1 < len(doc) and doc[token.i + 1].pos_ == "PROPN")
            if polity is None and (region is None or kind != "head") and not bare_official and not described:
                continue
            # "the Gulf leader": a head of one of the group's states (the linker picks the one named most).
            codes = (polity,) if polity is not None else region or ()
            candidates = tuple(c for code in codes for c in self._heads_of(code)) if kind == "head" else ()
            if not candidates and polity is None and not bare_official and not described:
                continue
            phrase = doc[start:token.i + 1]
            found.append(RoleSpan(phrase.start_char, phrase.end_char, phrase.text, candidates, polity,
                                  next((CUES[t.lower_] for t in phrase if t.lower_ in CUES), None), None, kind))
        return found

    def _descriptions(self, doc: Doc, taken: set[int], people: list[Span]) -> list[RoleSpan]:
        """"The <noun>" repeating the head of an appositive that described a name before it ("Jo
        Hyun, the candidate for foreign minister, … the candidate stated"; "Ana Pereira, a veteran
        negotiator, … the negotiator said"): whatever the noun, the appositive said it is what that
        person is. Only "the" and the noun as the head of its phrase, within a few sentences of the
        name, and only when one person was described so; titles and role nouns are read elsewhere."""
        described: list[tuple[str, Span]] = []  # (noun lemma, name)
        for person in people:
            nouns = [child for token in person for child in token.children
                     if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= person.end]
            head = person.root.head
            if person.root.dep_ == "appos" and head.pos_ == "NOUN" and head.i + 2 == person.start \
                    and doc[head.i + 1].text == ",":
                nouns.append(head)  # "the candidate, Jo Hyun"
            described += [(noun.lemma_.lower(), person) for noun in nouns]
        if not described:
            return []  # most texts: no name was given an appositive
        found = []
        for token in doc:
            lemma = token.lemma_.lower()
            if token.pos_ != "NOUN" or token.i in taken or token.i == 0 or doc[token.i - 1].lower_ != "the" \
                    or token.ent_type_ or token.dep_ in ("compound", "appos") or lemma in self.heads \
                    or lemma in _role_nouns() or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("of", "for"):
                continue
            before = [person for noun, person in described if noun == lemma and person.end <= token.i - 1
                      and sentence_index(doc, token) - sentence_index(doc, person[0]) <= _DESCRIPTION_REACH]
            if len({person.text for person in before}) != 1:
                continue
            phrase = doc[token.i - 1:token.i + 1]
            found.append(RoleSpan(phrase.start_char, phrase.end_char, phrase.text, (), None, None, None,
                                  antecedent=(before[-1].start_char, before[-1].end_char)))
        return found

    def _office_kinds(self, doc: Doc, taken: set[int], people: list[Span]) -> list[RoleSpan]:
        """Phrases that name an office by what it does, not by its title ("the head of state", "the
        country's head of government", "Poland's chief of state"; `role_nouns.tsv`). With a country
        word before it, that country's office of the kind; without one, the linker reads it
        against the people named before it and the country the text is about."""
        found = []
        kinds = _office_kind_phrases()
        for hit in _office_kind_pattern().finditer(text_of(doc)):
            kind = kinds[hit.group().lower()]
            span = doc.char_span(hit.start(), hit.end())
            if span is None or any(t.i in taken for t in span):
                continue
            polity, cue, first = self._prefix(doc, span.start)
            person = _person_after(doc, span.end, people) or _person_before(doc, first, people)
            candidates = self._offices_of(polity, {PositionKind(kind)}) if polity is not None else ()
            phrase_span = doc[first:span.end]
            found.append(RoleSpan(phrase_span.start_char, phrase_span.end_char, phrase_span.text, candidates,
                                  polity, cue, (person.start_char, person.end_char) if person else None, kind))
        return found

    def _heads_of(self, polity: str) -> tuple[RoleCandidate, ...]:
        """The offices of a country's head of state and head of government."""
        return self._offices_of(polity, LEADER_KINDS)

    def _offices_of(self, polity: str, kinds: Collection[PositionKind]) -> tuple[RoleCandidate, ...]:
        """A country's offices of these kinds, all fitting alike."""
        return tuple(RoleCandidate(p.id, 1.0, p.name) for p in self.kb.positions.values()
                     if p.polity == polity and p.kind in kinds)

    def _country_runs(self, tokens):
        """Runs of one to three tokens that are a country word, left to right, the longest at each
        place (a name of several words included: "Hong Kong", "Papua New Guinean"), with the country."""
        tokens = list(tokens)
        for i in range(len(tokens)):
            for size in (3, 2, 1):
                if i + size <= len(tokens) and (found := self.kb.countries_for(
                        " ".join(t.text for t in tokens[i:i + size]))):
                    yield tokens[i:i + size], found[0][0]
                    break

    def _country_tokens(self, tokens) -> set[int]:
        """The indices of the tokens that are part of a country word ("The Papua New Guinean chief":
        "New" is no title word there)."""
        return {t.i for run, _ in self._country_runs(tokens) for t in run}

    def _country_in(self, tokens) -> str | None:
        """The country of the first country word among these tokens, a name of two or three words
        included ("Hong Kong's leader", "the United States envoy")."""
        return next((code for _, code in self._country_runs(tokens)), None)

    def _offices_for(self, title: str, polity: str | None, words: list[str]) -> list[RoleCandidate]:
        """Offices a title names; a bare leader noun with a country (`words`: the title's words
        without country words) is its head of state or government ("Taiwan leader X"), not a
        party's leader."""
        if polity and len(words) == 1 and _role_nouns().get(words[0]) == "head":
            return list(self._heads_of(polity))
        return self.score(title, polity)

    def _titles_before_names(self, doc: Doc, taken: set[int], people: list[Span]) -> list[RoleSpan]:
        """Capitalised title phrases no phrasing matches, right before a name: "Minister of Economics
        and Finance Ryomasa Akasawa" (translation builds titles the knowledge base never wrote). The
        run of capitalised words must hold a title's head word ("Minister"); the weighted overlap
        then finds the offices it may name. A head written in lower case right before the name
        counts too, in the plural as well ("US envoy X", "special envoys X and Y")."""
        found = []
        for person in people:
            start = person.start
            while start > 0 and person.start - start < 8 and start - 1 not in taken:
                token = doc[start - 1]
                if token.is_sent_start and not token.is_title or _country_token(token, self.kb):
                    break
                if token.is_title and token.is_alpha and token.ent_type_ not in ("PERSON", "DATE", "TIME") \
                        or start == person.start and token.pos_ == "NOUN" and _head_lemma(token) in self.heads:
                    start -= 1
                elif token.lower_ in ("of", "for", "and", "&") and start - 2 >= 0 and doc[start - 2].is_title \
                        and start < person.start:
                    start -= 1
                else:
                    break
                if token.is_sent_start:
                    break
            heads = [i for i in range(start, person.start) if _head_lemma(doc[i]) in self.heads]
            if not heads:
                continue
            first = min(heads)
            # A lower-case head takes the lower-case title words before it: "special envoys X and Y",
            # "trade envoy X" (the head alone, "envoy", fits many offices).
            while doc[first].is_lower and first > 0 and person.start - first < 4 and doc[first - 1].is_lower \
                    and self._title_word(doc[first - 1]) and doc[first - 1].pos_ in ("ADJ", "NOUN"):
                first -= 1
            role = self._read(doc, Span(doc, first, person.start), people)
            ministry = _ministry_after(doc, person.end)
            if ministry is not None:
                # "Minister Cho of the Ministry of Foreign Affairs": the ministry after the name
                # completes the title before it.
                title = doc[min(heads):person.start]
                polity = role.polity if role is not None else None
                candidates = self.score(f"{title.text} of {ministry}", polity)
                if candidates:
                    role = RoleSpan(title.start_char, title.end_char, f"{title.text} of {ministry}",
                                    tuple(candidates), polity, role.cue if role is not None else None,
                                    (person.start_char, person.end_char))
            if role is not None and role.person == (person.start_char, person.end_char):
                found.append(role)
        return found

    def _apposed_free_titles(self, doc: Doc, taken: set[int], people: list[Span]) -> list[RoleSpan]:
        """A title no phrasing matches, set off by commas after a name: "Hana Mori, acting head of
        the research department of the ruling party, said" (translation words an office its own
        way). The phrase must open with its head word after at most a determiner and a few
        lower-case modifiers, run to the next comma or the sentence's end within sixteen words, and
        hold no name, no verb but a modifier ("acting", "ruling") and no title read already. The
        weighted overlap then finds the offices it may name, and only offices it fits well (as a
        remit after a title must) are kept."""
        found = []
        for person in people:
            comma = person.end
            if comma + 1 >= len(doc) or doc[comma].text != ",":
                continue
            end = next((i for i in range(comma + 1, min(comma + 18, len(doc) + 1))
                        if i == len(doc) or doc[i].is_sent_start or doc[i].text in (",", ";", "(", ")", ".")), None)
            if end is None or end - comma < 3:
                continue
            phrase = doc[comma + 1:end]
            head = next((t for t in phrase[:4] if _head_lemma(t) in self.heads), None)
            if head is None or any(t.i in taken or t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX")
                                   and t.dep_ != "amod" for t in phrase) \
                    or any(not t.is_lower or t.lower_ in ("'s", "’s") for t in doc[phrase.start:head.i]):
                continue
            polity, cue, first = self._prefix(doc, head.i)  # "the", "acting", "former" before the head
            first = max(first, phrase.start)
            polity = polity or self._country_in(phrase) or country_in_title(self.kb, phrase.text)
            candidates = [c for c in self.score(doc[first:end].text, polity) if c.score >= _REMIT_FIT]
            if not candidates:
                continue
            found.append(RoleSpan(doc[first].idx, phrase.end_char, doc[first:end].text, tuple(candidates),
                                  polity, cue, (person.start_char, person.end_char)))
        return found

    def _read(self, doc: Doc, match: Span, people: list[Span]) -> RoleSpan | None:
        start, end = self._extend(doc, match.start, match.end)
        read = self._read_at(doc, start, end, people)
        # Title words after a comma continue a title only if the whole names an office ("Minister of
        # Economy, Trade and Industry"); otherwise the comma ends it ("The President, Commander-in-
        # Chief of the Armed Forces, …" is the president, then a second title of his).
        comma = next((i for i in range(match.end, end) if doc[i].text == ","), None)
        if read is None and comma is not None:
            read = self._read_at(doc, start, comma, people)
        return read

    def _read_at(self, doc: Doc, start: int, end: int, people: list[Span]) -> RoleSpan | None:
        if all(t.lower_.rstrip(".") in military_ranks() for t in doc[start:end] if t.is_alpha):
            return None  # "General", "Vice Admiral": a rank names no office
        polity, cue, first = self._prefix(doc, start)
        if end + 1 < len(doc) and doc[end].text in ("-", "‐") and doc[end + 1].lower_ in ("elect", "designate"):
            cue, end = TitleCue.incoming, end + 2  # "President-elect", "Ambassador-designate"
        placed = self.index.placed_polity(doc[start:end].text)
        if placed is not None:
            polity = placed  # "Georgia Governor": the place word belongs to the office, not a country
        if polity is None:
            polity = self._leading_country(doc, start, end)
        if polity is None:
            polity, end = self._of_country(doc, end)
        if polity is None:
            # "the Bank of Japan governor", "President of the United States" (a country's name in words)
            polity = country_in_title(self.kb, doc[start:end].text)
        title = " ".join(t.text for t in doc[start:end - 1]) + " " + _head_lemma(doc[end - 1])  # "envoys" → "envoy"
        words = [t.lower_ for t in doc[start:end] if t.is_alpha and not _country_token(t, self.kb)]
        candidates = self._offices_for(title, polity, words)
        if candidates and self._another_office(title, candidates[0]):
            own = own_title(title, self.heads)
            candidates = self._offices_for(own, polity, [w for w in words if w in title_words(own)])
        kind = _office_kind_phrases().get(" ".join(words))
        if kind is not None and polity is not None:
            # "Japan's top diplomat": the press idiom names the kind of office outright, so the
            # country's office of that kind fits it fully, before a title it only half matches
            # ("Japan's top currency diplomat").
            named = self._offices_of(polity, {PositionKind(kind)})
            candidates = [*named, *(c for c in candidates if c.position not in {n.position for n in named})]
        if polity is None:
            candidates, end, polity = self._with_remit(doc, end, title, polity, candidates)
        if not candidates:
            return None
        person = _person_after(doc, end, people) or _person_before(doc, first, people) \
            or _person_by_syntax(doc[start:end], people)
        if end < len(doc) and doc[end].tag_ == "POS" and self._person_noun(doc[end - 1].head):
            person = None  # "the Foreign Minister's advisor, X": the possessor is somebody else than X
        inner = self._inside_another_title(doc, first)
        if inner:
            person = None  # "a special envoy of the president of the United States Steve Witkoff": the envoy's name
            # "Assistant to the President for National Security X": a remit after it is the outer
            # title's, so the phrase read is no office of its own.
            inner = not any(t.lower_ in ("for", "to") for t in doc[first + 1:end])
        return RoleSpan(doc[first].idx, doc[end - 1].idx + len(doc[end - 1]), doc[first:end].text,
                        tuple(candidates), polity, cue, (person.start_char, person.end_char) if person else None,
                        inner=inner)

    def score(self, title: str, polity: str | None) -> list[RoleCandidate]:
        """Offices a title phrase may name, best first (see `TitleIndex.score`)."""
        key = (title, polity)
        if key not in self._scored:  # a bare "President" fits hundreds of offices: build them once
            if len(self._scored) > 50_000:
                self._scored.clear()
            offices = self.index.score(title, polity)
            self._scored[key] = tuple(RoleCandidate(p, score, text) for p, score, text in offices)
        return list(self._scored[key])

    def _with_remit(self, doc: Doc, end: int, words: str, polity: str | None,
                    alone: list[RoleCandidate]) -> tuple[list[RoleCandidate], int, str | None]:
        """The offices a title phrase ending at token `end` names, where it ends and its country: a
        remit or body written after the title ("the special envoy for the Middle East", "the
        Minister of Economic Revitalization of Japan", "the Secretary-General of NATO") is part of
        it when the title with it fits an office well (>= 0.6) and no worse than the title alone
        (`alone`). A country word in it is the office's country."""
        if end >= len(doc) or doc[end].lower_ not in ("for", "to", "on", "of") or doc[end].dep_ != "prep":
            return alone, end, polity
        stop = doc[end].right_edge.i + 1
        # The holder's name written right after the remit hangs in its phrase ("the Director of
        # Egyptian Intelligence Hassan Rashad"): the remit ends where the name begins.
        stop = next((t.i for t in doc[end:stop] if t.ent_type_ == "PERSON"), stop)
        stop = next((t.i for t in doc[end:stop] if t.is_space and "\n" in t.text), stop)  # a headline's end
        if stop - end > 8 or stop <= end + 1:
            return alone, end, polity
        place = polity or self._country_in(doc[end:stop])
        whole = self.score(f"{words} {doc[end:stop].text}", place)
        if whole and self._another_office(f"{words} {doc[end:stop].text}", whole[0]):
            return alone, end, polity
        # As good a fit with more of the words written is the closer reading ("Secretary-General" fits
        # the UN's as well as "Secretary-General of NATO" fits NATO's).
        if whole and whole[0].score >= _REMIT_FIT and (not alone or whole[0].score >= alone[0].score):
            return whole, stop, place
        return alone, end, polity

    def _person_noun(self, token) -> bool:
        """A noun that names a person by post or relation ("advisor", "spokesman", "counterpart"),
        not a body ("the Party's Policy Research Council")."""
        return token.lower_ in self.heads or _head_lemma(token) in self.heads or token.lower_ in _role_nouns()

    def _another_office(self, title: str, best: RoleCandidate) -> bool:
        """Whether the office a title phrase fits best is the one named after its "of the", "to the"
        or "for the" rather than its own: "the Ambassador of the Custodian of the Two Holy Mosques"
        fits the king's phrasing, which has no word of "Ambassador" (see `own_title`)."""
        own = own_title(title, self.heads)
        return own != title and not title_words(own) <= title_words(best.title)

    def _inside_another_title(self, doc: Doc, first: int) -> bool:
        """Whether the title starting at token `first` completes another one before it: "envoy of
        the", "adviser to the" ("a special envoy of the president …"); a name after both is the
        outer title's holder's."""
        i = first - 1
        if i >= 0 and doc[i].lower_ == "the":
            i -= 1
        return i >= 1 and doc[i].lower_ in ("of", "to", "for") and _head_lemma(doc[i - 1]) in self.heads

    def _head_of_country(self, doc: Doc, chunk: Span, cue: TitleCue | None) -> RoleSpan | None:
        """"the head of the Kremlin", "the leader of China" (a country or the seat standing for its
        government) is that country's leader; "the head of the Ukrainian state" / "of the Israeli
        government" its office of that kind — the way translation from Russian or Chinese names
        them; "the head of Colombian diplomacy" its foreign minister, as Spanish and French reports
        do. Only a generic head noun (`generic_heads.tsv`) and nothing else before "of"."""
        root = chunk.root
        if root.lower_ not in generic_heads() or root.i != chunk.end - 1 \
                or any(self._title_word(t) for t in chunk if t.i != root.i and t.dep_ not in ("det", "poss")):
            return None
        begin = chunk.end + 1
        if begin >= len(doc) or doc[chunk.end].lower_ != "of":
            return None
        begin += doc[begin].lower_ == "the"
        polity, stop = next(((found[0][0], begin + n) for n in (3, 2, 1) if begin + n <= len(doc)
                             and (found := self.kb.countries_for(doc[begin:begin + n].text))), (None, begin))
        if polity is None:
            return self._head_of_field(doc, chunk.start, begin, cue)
        if stop < len(doc) and doc[stop].lower_ in _HEADED_FIELDS:
            kind = _HEADED_FIELDS[doc[stop].lower_]  # "the head of Colombian diplomacy": its foreign minister
            phrase = doc[chunk.start:stop + 1]
            return RoleSpan(phrase.start_char, phrase.end_char, phrase.text, self._offices_of(polity, {kind}),
                            polity, cue, None, kind.value)
        if stop < len(doc) and (doc[stop].pos_ in ("NOUN", "PROPN") and doc[stop].ent_type_ != "PERSON"
                                or doc[stop].lower_ in ("'s", "’s")):
            return None  # "the head of the Japan Business Federation", "the head of China's ministry"
        phrase = doc[chunk.start:stop]
        return RoleSpan(phrase.start_char, phrase.end_char, phrase.text, self._heads_of(polity), polity, cue,
                        None, "head")

    def _head_of_field(self, doc: Doc, first: int, at: int, cue: TitleCue | None) -> RoleSpan | None:
        """"the head of the Executive", "the head of diplomacy" with no country: the office of that
        kind of the country the text speaks of, or of the person named before who holds one (the
        linker reads it as a noun of that kind, like "the head of government")."""
        if at >= len(doc) or doc[at].lower_ not in _HEADED_FIELDS \
                or at + 1 < len(doc) and doc[at + 1].pos_ in ("NOUN", "PROPN"):
            return None  # "the head of the government delegation" is no head of government
        phrase = doc[first:at + 1]
        return RoleSpan(phrase.start_char, phrase.end_char, phrase.text, (), None, cue, None,
                        _HEADED_FIELDS[doc[at].lower_].value)

    def _title_word(self, token) -> bool:
        """A word of some title, as written: initials only in capitals ("MR" of "MR president", not "Mr")."""
        return token.lower_ in self.title_words and (token.lower_ not in self.index.capitals or token.text.isupper())

    def _capitalised_title_word(self, token) -> bool:
        return token.is_title and self._title_word(token) and token.ent_type_ != "PERSON"

    def _extend(self, doc: Doc, start: int, end: int) -> tuple[int, int]:
        """Grow a title match over neighbouring title words ("Deputy" + "Defense Secretary" + "for Policy")."""
        # A cue word ("Acting", "Former") is no part of the office: `_prefix` reads it, and the
        # country word after it ("Acting Dutch Prime Minister").
        while start > 0 and self._capitalised_title_word(doc[start - 1]) and \
                not _country_token(doc[start - 1], self.kb) and doc[start - 1].lower_ not in CUES:
            start -= 1
        # "… for Policy", "… of Economy, Trade and Industry": joined title words continue the title.
        while end + 1 < len(doc) and doc[end].lower_ in ("for", "of", ",", "and", "&") and \
                self._capitalised_title_word(doc[end + 1]) and not _country_token(doc[end + 1], self.kb):
            end += 2
            while end < len(doc) and self._capitalised_title_word(doc[end]):
                end += 1
        return start, end

    def _prefix(self, doc: Doc, start: int) -> tuple[str | None, TitleCue | None, int]:
        """The country word and cue before a title ("Former Japanese", "U.S.", "Japan's", "the South Korean")."""
        polity = cue = None
        first, i = start, start - 1
        while i >= 0 and start - i <= 6:
            token = doc[i]
            if doc[i + 1].is_sent_start or token.text in (".", "!", "?"):
                break  # a title that opens a sentence takes no country from the one before
            if token.lower_ in ("'s", "’s"):
                found = self._country_at(doc, i) if polity is None else None
                if not found and polity is None and i >= 2 and doc[i - 1].lower_ in _country_anaphors() \
                        and doc[i - 2].lower_ in ("the", "this", "that"):
                    # "The country's foreign minister": the country the text is speaking of.
                    code = self._country_spoken_of(doc, i - 2)
                    found = (code, i - 2) if code else None
                if not found:
                    if i > 0 and doc[i - 1].ent_type_ == "PERSON":
                        # "Mr. Yoon's Defence Minister": the office in that person's time, not today's,
                        # and in that person's country ("Netanyahu's defence minister" is Israel's).
                        cue = cue or TitleCue.then
                        polity = polity or self._country_of_person(doc, i - 1)
                    break
                polity, first = found
                i = first - 1
                continue
            found = self._country_at(doc, i + 1) if polity is None else None
            if found:
                polity, first = found
                i = first - 1
                continue
            word = token.lower_.strip("-")
            phrase = next((words for words in PHRASE_CUES if i - len(words) + 1 >= 0
                           and tuple(t.lower_ for t in doc[i - len(words) + 1:i + 1]) == words), None)
            if phrase is not None:
                # The phrase is the outermost part of the title: "at the time of" + "President".
                cue = cue or PHRASE_CUES[phrase]
                break
            if word in CUES:
                cue, first = cue or CUES[word], i
            elif token.lower_ in ("the", "a", "an"):
                first = i
                break  # the article opens the phrase: "In Poland the president" has no country word
            elif token.text not in ("-", "—"):
                break
            i -= 1
        return polity, cue, first

    def _country_of_person(self, doc: Doc, last: int) -> str | None:
        """The country of the one known person whose name ends at token `last`: where they led, else
        where they last held office ("Netanyahu" → IL); None for a name several people bear."""
        name = next((e for e in doc.ents if e.label_ == "PERSON" and e.start <= last < e.end), None)
        people = {form.entity for form in self.kb.persons_named(name.text)} if name is not None else set()
        if len(people) != 1:
            return None
        terms = sorted(self.kb.terms(people.pop()), key=lambda t: t.start_day)
        offices = [self.kb.positions[t.position] for t in terms if t.position in self.kb.positions]
        led = [p.polity for p in offices if p.kind in LEADER_KINDS]
        countries = [p for p in led or [p.polity for p in offices] if p not in (None, "INT", "XX")]
        return countries[-1] if countries else None

    def _anaphor_country(self, doc: Doc, start: int) -> str | None:
        """The country the text speaks of, when the phrase at `start` opens with "the country's" or
        "the island's" (`country_anaphors.tsv`); else None."""
        if start + 2 < len(doc) and doc[start].lower_ in ("the", "this", "that") \
                and doc[start + 1].lower_ in _country_anaphors() and doc[start + 2].lower_ in ("'s", "’s"):
            return self._country_spoken_of(doc, start)
        return None

    def _country_spoken_of(self, doc: Doc, before: int) -> str | None:
        """The country a text speaks of just before token `before`, within its last three sentences:
        the latest one named as a subject or possessor ("Iran said …", "Taiwan's drills"), else the
        latest one named at all ("talks with Washington" is named, not speaking)."""
        sentences = [s.start for s in doc.sents if s.start < before][-3:]
        begin = sentences[0] if sentences else 0
        named = [(ent, found[0][0]) for ent in doc.ents if begin <= ent.start and ent.end <= before
                 and ent.label_ in ("GPE", "NORP", "LOC", "ORG") and (found := self.kb.countries_for(ent.text))]
        speaking = [code for ent, code in named if ent.root.dep_ in ("nsubj", "nsubjpass", "poss")]
        return speaking[-1] if speaking else named[-1][1] if named else None

    def _leading_country(self, doc: Doc, start: int, end: int) -> str | None:
        """A country word that the title phrasing itself begins with ("South Korean President")."""
        for length in (3, 2, 1):
            if start + length < end:
                found = self.kb.countries_for(doc[start:start + length].text)
                if found:
                    return found[0][0]
        return None

    def _country_at(self, doc: Doc, end: int) -> tuple[str, int] | None:
        """A country word ending just before token `end` (one to three tokens), as (code, start)."""
        for length in (3, 2, 1):
            start = end - length
            if start < 0 or not doc[start].text[:1].isalnum() or any(t.is_space for t in doc[start:end]):
                continue  # ". Japan" is "Japan": a country word starts with a letter and spans no line break
            found = self.kb.countries_for(doc[start:end].text)
            if found:
                return found[0][0], start
        return None

    def _of_country(self, doc: Doc, end: int) -> tuple[str | None, int]:
        """"… of Japan", "… of the United States" after a title."""
        if end + 1 < len(doc) and doc[end].lower_ == "of":
            begin = end + 2 if doc[end + 1].lower_ == "the" else end + 1
            # "of the Islamic Republic of Mauritania", "of the Kingdom of Bahrain": the country after
            # its state's style.
            j = begin
            while j < len(doc) and j - begin < 4 and doc[j].is_title and not self.kb.countries_for(doc[j].text):
                j += 1
            if j > begin and j + 1 < len(doc) and doc[j].lower_ == "of" and doc[j - 1].lower_ in _STATE_STYLES:
                begin = j + 1
            for length in (3, 2, 1):
                stop = begin + length
                if stop <= len(doc):
                    found = self.kb.countries_for(doc[begin:stop].text)
                    if found and found[0][1] == "adjective" and stop < len(doc) and doc[stop].pos_ in ("NOUN", "PROPN"):
                        return None, end  # "the head of the Japanese delegation": a delegation, not Japan
                    if found and stop < len(doc) and doc[stop].ent_iob_ == "I" and doc[stop].ent_type_ != "GPE":
                        return None, end  # "the head of the Japan Business Federation": a body's name
                    if found:
                        return found[0][0], stop
        return None, end


# What "the head of the <country's> …" names: its head of state, of government (also "the head of
# the Executive", "el jefe del Ejecutivo"), or of diplomacy (its foreign minister: "el jefe de la
# diplomacia colombiana", "le chef de la diplomatie française").
_HEADED_FIELDS = {"state": PositionKind.head_of_state, "government": PositionKind.head_of_government,
                  "executive": PositionKind.head_of_government, "diplomacy": PositionKind.foreign}


def sentence_index(doc: Doc, token) -> int:
    """The index of the sentence `token` is in."""
    return sum(1 for sent in doc.sents if sent.start <= token.i) - 1


def _head_lemma(token) -> str:
    """A title head as the phrasings write it: lower case, singular ("Envoys" → "envoy")."""
    return token.lemma_.lower() if token.tag_ in ("NNS", "NNPS") else token.lower_


def _country_token(token, kb: KnowledgeBase | None) -> bool:
    return bool(kb and kb.countries_for(token.text))


def _with_possessors(chunks, heads: frozenset[str]) -> list[Span]:
    """Noun chunks, and inside each the phrase that owns its head: "the Chinese minister's visit"
    holds "the Chinese minister", the person the title stands for ("the Foreign Minister's adviser"
    holds "the Foreign Minister", capitalised or not)."""
    found = []
    for chunk in chunks:
        owner = next((t for t in chunk if t.dep_ == "poss" and t.head == chunk.root
                      and (t.pos_ == "NOUN" or t.lower_ in heads)
                      and t.i + 1 < chunk.end and t.nbor().lower_ in ("'s", "’s")), None)
        if owner is not None and owner.left_edge.i == chunk.start:
            found.append(chunk.doc[chunk.start:owner.i + 1])
        found.append(chunk)
    return found


def _describing(tokens) -> bool:
    """Words that only describe a person ("ultra-Catholic former", "69-year-old", "SPD", "veteran"):
    adjectives, numbers, hyphens, a party's or a nationality's name; no noun of their own."""
    inside = {t.i for t in tokens}
    return all(t.pos_ in ("ADJ", "NUM", "PUNCT") or t.text == "-" or t.lower_ in CUES
               or t.ent_type_ in ("NORP", "ORG") or t.dep_ == "amod"
               or t.head.i in inside and (t.head.pos_ == "ADJ" or t.head.dep_ == "amod")  # "year" of "61-year-old"
               for t in tokens)


def _aged(tokens) -> bool:
    """Whether the words give an age: "69-year-old", "69 year old"."""
    words = [t.lower_ for t in tokens]
    return any(words[i].isdigit() and "year" in words[i + 1:i + 3] and "old" in words[i + 2:i + 5]
               for i in range(len(words) - 2))


def _body_possessor(token, kb: KnowledgeBase | None, heads: frozenset[str]) -> bool:
    """A proper noun that owns the title and is no country and no title of a person: "Fed" in "the
    Fed's chairman", not "Minister" in "the Foreign Minister's adviser"."""
    return token.dep_ == "poss" and token.pos_ == "PROPN" and not _country_token(token, kb) \
        and token.lower_ not in heads


def _person_after(doc: Doc, end: int, people: list[Span]) -> Span | None:
    """A name right after the title, maybe after a comma or a military rank: "Secretary Lutenik",
    "for Policy, Koerbi", "Spokesperson Rear Adm. Trinidad", or closing a short modifier in
    apposition: "the … for Policy nominated by Trump, Koerbi,"."""
    i = end
    if i < len(doc) and doc[i].text == ",":
        i += 1
    i += i < len(doc) and doc[i].text in OPENING_QUOTES  # a name in quotes: ', “Mouloud Gawish Oglu”,'
    ranks = military_ranks()
    # "Navy Spokesperson Rear Adm. Roy Vincent Trinidad": a rank before the name, whether the name's
    # span holds it ("General Christopher Musa") or not.
    found = next((p for p in people if p.start == i), None)
    while found is None and i < len(doc) and doc[i].is_title and doc[i].lower_.rstrip(".") in ranks:
        i += 1
        found = next((p for p in people if p.start == i), None)
    if found is not None:
        return found
    if end < len(doc) and doc[end].lower_ in ("for", "of", "to"):
        # "EU Commissioner for Humanitarian Aid and Crisis Management Hadja Lahbib", "Canada's
        # ambassador to the US Kirsten Hillman": the field or post of the title, then the name.
        j = end + 1
        while j < len(doc) and j - end <= 8 \
                and (doc[j].is_title or doc[j].is_upper or doc[j].lower_ in ("and", "&", "the")) \
                and not any(p.start == j for p in people):
            j += 1
        found = next((p for p in people if p.start == j), None)
        if found is not None and j - end > 1:
            return found
    for j in range(end, min(end + 7, len(doc) - 1)):
        if doc[j].text in (".", ";", ":") or doc[j].is_sent_start and j > end:
            break
        if doc[j].text == ",":
            candidate = next((p for p in people if p.start == j + 1), None)
            if candidate is not None and (candidate.end >= len(doc) or doc[candidate.end].text in (",", ".")):
                return candidate
            break
    return None


def _ministry_after(doc: Doc, end: int) -> str | None:
    """The ministry's field in "of the Ministry of Foreign Affairs", "of the Trade Ministry" right
    after a name, as the words a title would use ("Foreign Affairs", "Trade")."""
    if end + 2 >= len(doc) or doc[end].lower_ != "of":
        return None
    i = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    words: list[str] = []
    if i + 1 < len(doc) and doc[i].lower_ in ("ministry", "department") and doc[i + 1].lower_ == "of":
        i += 2
        while i < len(doc) and (doc[i].is_title or doc[i].lower_ in ("and", "&")) and len(words) < 5:
            words.append(doc[i].text)
            i += 1
        return " ".join(words).rstrip(" and&") or None
    while i < len(doc) and doc[i].is_title and doc[i].lower_ not in ("ministry", "department") and len(words) < 4:
        words.append(doc[i].text)
        i += 1
    if words and i < len(doc) and doc[i].lower_ in ("ministry", "department"):
        return " ".join(words)
    return None


def _person_before(doc: Doc, first: int, people: list[Span]) -> Span | None:
    """A name followed by ", [the] title": "Akazawa, Japan's economic revitalization minister"; or by
    "as [the] title", the way lists of appointments run: "Paul Morcos as the Minister of Information"."""
    if first > 0 and doc[first - 1].text == ",":
        person = next((p for p in people if p.end == first - 1), None)
        return None if person is not None and _clause_after_opening(person, doc[first]) else person
    if first > 0 and doc[first - 1].lower_ == "as":
        return next((p for p in people if p.end == first - 1), None)
    return None


def _clause_after_opening(person: Span, title_token) -> bool:
    """Whether a title after "name," is the subject of the sentence's clause rather than a title set
    beside the name: "According to Ousmane Sonko, the Minister of Economy and the Minister of
    Finance are working …" (the name closes a phrase that opens the sentence, and no comma closes
    the title), unlike "According to Akazawa, Japan's negotiator, the talks …"."""
    root = person.root
    if root.dep_ != "pobj":
        return False
    phrase = root.head
    while phrase.dep_ in ("pcomp", "prep") and phrase.head.dep_ in ("prep", "pcomp") and phrase.head != phrase:
        phrase = phrase.head  # "According" → "to" → name
    if phrase.i != person.sent.start and phrase.left_edge.i != person.sent.start:
        return False
    title = title_token
    while title.head != title and title.head.left_edge.i >= title_token.i:
        title = title.head
    after = title.right_edge.i + 1
    return after < len(person.doc) and not person.doc[after].is_punct


@cache
def _role_nouns() -> dict[str, str]:
    """Nouns that stand for a person of a country without naming an office, with their kind, from the data file."""
    return {word: kind for word, kind in read_rows("newsgraph.resolve", "role_nouns.tsv", 2)}


@cache
def official_nouns() -> dict[str, frozenset[str]]:
    """Nouns for an official that say what kind of office they hold ("diplomat", "aide"), with the
    office kinds and office-name words that kind of office has (`official_nouns.tsv`)."""
    return {noun: frozenset(words.split()) for noun, words in read_rows("newsgraph.resolve", "official_nouns.tsv", 2)}


@cache
def generic_heads() -> frozenset[str]:
    """Nouns for whoever heads something, naming no office by themselves ("head", "chief"; `generic_heads.tsv`)."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "generic_heads.tsv", 1))


@cache
def _country_anaphors() -> frozenset[str]:
    """Nouns that stand for the country just named ("the country's", "the island's"; `country_anaphors.tsv`)."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "country_anaphors.tsv", 1))


@cache
def _regions() -> dict[str, tuple[str, ...]]:
    """Words for groups of countries with a fixed membership (`region_words.tsv`)."""
    return {word: tuple(codes.split(",")) for word, codes in read_rows("newsgraph.resolve", "region_words.tsv", 2)}



@cache
def _office_kind_phrases() -> dict[str, str]:
    """The role-noun phrases that name a kind of office ("head of state", "top diplomat"), with it."""
    return {phrase: kind for phrase, kind in _role_nouns().items() if kind in PositionKind.__members__}


@cache
def _office_kind_pattern() -> re.Pattern[str]:
    """Those phrases as whole words, to find them in one pass over the text."""
    return _whole_words(_office_kind_phrases())


@cache
def _role_noun_pattern() -> re.Pattern[str]:
    """The role nouns as whole words, to find them without visiting every token."""
    return _whole_words(_role_nouns())


def _whole_words(phrases) -> re.Pattern[str]:
    """One case-blind pattern for these phrases as whole words, the longest tried first."""
    ordered = sorted(phrases, key=lambda p: (-len(p), p))
    return re.compile(r"\b(?:" + "|".join(map(re.escape, ordered)) + r")\b", re.IGNORECASE)


@cache
def _prospective_words() -> frozenset[str]:
    return frozenset(lemma for (lemma,) in read_rows("newsgraph.resolve", "prospective_words.tsv", 1))


def _as_proposed(doc: Doc, role: RoleSpan) -> RoleSpan:
    """A title set after "<name> as" that the words shortly before the name propose the person for
    (prospective_words.tsv: "the election of X as prime minister", "nominated X as ambassador") is
    an office they are to take: its cue is `incoming`."""
    if role.cue is not None or role.person is None:
        return role
    title = doc.char_span(role.start, role.end, alignment_mode="expand")
    person = doc.char_span(*role.person, alignment_mode="expand")
    if title is None or person is None or person.end >= title.start \
            or not any(t.lower_ == "as" for t in doc[person.end:title.start]) or title.start - person.end > 8:
        return role
    start = max(person.sent.start, person.start - 6)
    words = _prospective_words()
    # The words just before the name, and the words the name depends on ("the election of the
    # State of Law Coalition leader X": "election" governs the name through "of").
    governing = list(person.root.ancestors)[:4]
    if any(t.lemma_.lower() in words or t.lower_ in words for t in [*doc[start:person.start], *governing]):
        return replace(role, cue=TitleCue.incoming)
    return role


@cache
def _leaving_words() -> dict[str, str]:
    return {word: how for word, how in read_rows("newsgraph.resolve", "leaving_words.tsv", 2)}


def _as_left(doc: Doc, role: RoleSpan) -> RoleSpan:
    """A title said of a person named before it through "as" or a copula, whose verb says they
    left it ("X resigned as interior minister", "X was dismissed as army chief") or puts it in the
    past ("Previously, X served as interior minister"; leaving_words.tsv), is an office they held
    before: its cue is `former`. So is a title and name after a noun of leaving ("the removal of
    Chief Justice X", "the resignation of Prime Minister X")."""
    if role.cue is not None or role.person is None:
        return role
    title = doc.char_span(role.start, role.end, alignment_mode="expand")
    person = doc.char_span(*role.person, alignment_mode="expand")
    if title is None or person is None:
        return role
    words = _leaving_words()
    if title.end <= person.start:
        # "the removal from office of Chief Justice X": the title and name after a noun of leaving.
        before = title.start - 1 - (title.start > 0 and doc[title.start - 1].lower_ == "the")
        if before >= 0 and doc[before].lower_ == "of" and any(  # the words just before, whatever the parse
                words.get(t.lemma_.lower()) == "noun" for t in doc[max(0, before - 4):before] if not t.is_punct):
            return replace(role, cue=TitleCue.former)
        return role
    if person.end > title.start:
        return role
    root = title.root
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        verb = root.head.head
    elif root.dep_ in ("attr", "oprd"):
        verb = root.head
    else:
        return role
    while verb.dep_ == "conj" and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head  # "… resigned as X and Mr Y as Z": the second pair shares the verb
    if verb.pos_ not in ("VERB", "AUX"):
        return role
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    how = words.get(f"{verb.lemma_.lower()} {particle}") if particle else words.get(verb.lemma_.lower())
    leaves = how == "active" and not passive or how == "passive" and passive
    earlier = any(c.dep_ == "advmod" and words.get(c.lower_) == "adverb" for c in verb.children)
    return replace(role, cue=TitleCue.former) if leaves or earlier else role


@cache
def _predicates() -> frozenset[str]:
    """Verb lemmas that give their subject the office named after them, from the data file."""
    return frozenset(lemma for (lemma,) in read_rows("newsgraph.resolve", "role_predicates.tsv", 1))


def _person_by_syntax(title: Span, people: list[Span]) -> Span | None:
    """The person a title describes through the sentence's grammar: an apposition ("Takaichi, the
    country's new leader,"), a predicate ("X became foreign minister", "X was elected as the 104th
    Prime Minister of Japan", "X serves as special envoy")."""
    root = title.root
    subject_of = None
    if root.dep_ == "appos":
        person = _person_at(root.head, people)
        return None if person is not None and _clause_after_opening(person, title[0]) else person
    if root.dep_ in ("attr", "oprd") and root.head.lemma_ in _predicates():
        subject_of = root.head
    elif root.dep_ == "pobj" and root.head.lower_ == "as" and root.head.head.lemma_ in _predicates():
        subject_of = root.head.head
    if subject_of is None:
        return None
    subjects = [c for c in subject_of.children if c.dep_ in ("nsubj", "nsubjpass")]
    return _person_at(subjects[0], people) if subjects else None


def _person_at(token, people: list[Span]) -> Span | None:
    return next((p for p in people if p.start <= token.i < p.end), None)


def _token_range(doc: Doc, role: RoleSpan) -> tuple[int, int]:
    span = doc.char_span(role.start, role.end, alignment_mode="expand")
    return (span.start, span.end) if span is not None else (0, 0)
