"""Office titles as written, matched to the knowledge base's phrasings despite translation drift.

A phrase and a phrasing are compared as sets of content words, each word weighted by how rare
it is among all phrasings (inverse document frequency): "Deputy Defense Secretary for Policy"
shares the rare word "policy" with "Under Secretary of Defense for Policy", which outweighs the
common "deputy" it shares with "Deputy Secretary of Defense". Words that translation swaps for
one another count as the same word.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from newsgraph.datafiles import read_rows
from newsgraph.kb.index import KnowledgeBase
from newsgraph.text.names import normalize

_CONNECTORS = {"of", "for", "and", "on", ",", "the", "a", "an", "s", "in", "charge"}
_SPELLING = {"defence": "defense", "programme": "program", "labour": "labor", "minster": "minister",
             "undersecretary": "under secretary",
             # The press calls any prime minister "premier" ("the Malaysian premier"), and China's
             # premier comes out of translation as "prime minister": one office word for both.
             "prime minister": "premier"}
# Words translation swaps for one another: 部长/大臣 come out as "minister" or "secretary", 副/次官
# as "deputy", "vice" or "under", 再生 as "revitalization", "regeneration" or "revival".
_SAME_WORD = {"minister": "secretary", "ministry": "department", "vice": "deputy", "under": "deputy",
              "economic": "economy", "economics": "economy", "regeneration": "revitalization",
              "revival": "revitalization", "revitalisation": "revitalization", "head": "chief",
              "spokesman": "spokesperson", "spokeswoman": "spokesperson"}
# "head"/"chief" with "ministry"/"department" (as title_words has them): the minister of the ministry.
_HEADED = frozenset({"chief", "department"})
_MIN_SCORE = 0.45
_POSTPOSITIVE = frozenset({"general"})
# Words that make an office a lesser one of another ("deputy" also stands for "vice" and "under").
_RANK_WORDS = frozenset({"deputy", "assistant"})


def lesser_than(title: str, office: str) -> bool:
    """Whether a written title makes its bearer a deputy or an assistant ("Deputy Foreign Minister",
    "Vice Minister") and the office's name does not: translation swaps one ministry for another,
    seldom a deputy for the minister."""
    written = title_words(title) & _RANK_WORDS
    return bool(written) and not written & title_words(office)


_DOTTED = re.compile(r"\b((?:[A-Z]\.){2,3})(?=\s|$|-)")
_ACRONYM = re.compile(r"\b[A-Z]{2,3}\b")


def undotted(title: str) -> str:
    """A title with its dotted acronyms closed up ("U.N. secretary-general" → "UN secretary-general")."""
    return _DOTTED.sub(lambda m: m.group(1).replace(".", ""), title)


def dotted(title: str) -> str:
    """A title with its short acronyms dotted, as many outlets write them ("UN chief" → "U.N. chief")."""
    return _ACRONYM.sub(lambda m: ".".join(m.group(0)) + ".", title)


def acronymed(title: str, heads: frozenset[str]) -> str:
    """A title with the name of its body written as the press abbreviates it: three or more
    capitalised words in a row that are no title head become their initials ("African Union
    Commission Chairperson" → "AUC Chairperson", "Russian Direct Investment Fund CEO" → "RDIF CEO")."""
    words = title.split()
    out: list[str] = []
    i = 0
    while i < len(words):
        j = i
        # A word already in capitals ("CEO", "NNPC") is no word of a name to abbreviate.
        while j < len(words) and words[j][:1].isupper() and words[j].isalpha() and not words[j].isupper() \
                and words[j].lower() not in heads:
            j += 1
        initials = "".join(w[0] for w in words[i:j])
        # Initials that spell a word titles ignore ("Taliban Higher Education" → "THE") would leave
        # the bare head: "the Minister" must not read as that one ministry's minister.
        if j - i >= 3 and initials.lower() not in _CONNECTORS:
            out.append(initials)
            i = j
        else:
            out.append(words[i])
            i += 1
    return " ".join(out)


def title_words(title: str) -> frozenset[str]:
    """The content words of a title, spelling- and synonym-normalised ("Defence Minister" → {defense, secretary})."""
    text = normalize(undotted(title))
    for variant, standard in _SPELLING.items():
        text = re.sub(rf"\b{variant}\b", standard, text)
    return frozenset(_SAME_WORD.get(w, w) for w in text.split() if w not in _CONNECTORS)


POST_MODIFIERS = frozenset({"of", "for", "to", "on", "in", "at", "from"})


def own_title(title: str, heads: frozenset[str]) -> str:
    """The part of a title that names its holder's own office. In "Diplomatic Adviser to the
    President of the UAE" or "Chief of Staff to the Prime Minister" the words after "to the" name
    somebody else's office (a title head comes in them), so they are no title of the adviser:
    "the president" later in the text is not the adviser. "Minister of Foreign Affairs" and
    "Secretary of the Navy" keep every word (no title head after the preposition)."""
    words = title.split()
    for i in range(1, len(words) - 1):
        if words[i].lower() not in ("to", "for", "of") or words[i + 1].lower() != "the":
            continue
        rest = []
        for word in words[i + 2:]:
            if word.lower() in POST_MODIFIERS:
                break
            rest.append(word)
        if any(_head_form(word) in heads for word in rest):
            return " ".join(words[:i])
    return title


def _head_form(word: str) -> str:
    """A written word as title heads are kept: lower case, no possessive or punctuation."""
    return normalize(word).removesuffix(" s").strip(".,;:")


def title_heads(phrasings: Iterable[str], shortest: int = 4) -> frozenset[str]:
    """The nouns title phrasings are built on: the last word of a phrasing without a preposition
    ("president" in "LDP vice president"); in one with a preposition, the word before it
    ("minister" in "Minister of Foreign Affairs") — unless the phrasing ends in a word that heads
    a plain phrasing, so an organisation's name with "for" in it is not taken for the title
    ("leader", not "party", in "Democratic Party for the People leader"). Heads shorter than
    `shortest` letters are left out."""
    # "general" after a head is a modifier, as in "secretary-general", "attorney general": the head is
    # the word before it ("the general" is an officer, not the UN Secretary-General).
    split = [[w for i, w in enumerate(words) if not (i > 0 and w in _POSTPOSITIVE)]
             for words in ([w for w in normalize(phrase).split() if w.isalpha()] for phrase in phrasings)]
    split = [words for words in split if words]
    plain = {words[-1] for words in split if not set(words[1:]) & POST_MODIFIERS}
    heads = set(plain)
    for words in split:
        first = next((i for i, word in enumerate(words) if i > 0 and word in POST_MODIFIERS), None)
        if first is not None:
            heads.add(words[-1] if words[-1] in plain else words[first - 1])
    # A body's or an organisation's noun heads no title, even where a phrasing puts it before the
    # preposition ("Bank of England Deputy Governor for Markets"): "the Bank" is the bank.
    return frozenset(head for head in heads if len(head) >= shortest and head not in body_nouns()
                     and head not in organization_nouns())


@cache
def body_nouns() -> frozenset[str]:
    """Nouns that head a body's name, not a person's title ("office", "government"; `body_nouns.tsv`)."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "body_nouns.tsv", 1))


@cache
def organization_nouns() -> frozenset[str]:
    """Nouns that end an organisation's, company's or event's name (`organization_nouns.tsv`)."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "organization_nouns.tsv", 1))


class TitleIndex:
    """Every English phrasing of every office, ready for weighted word-overlap matching."""

    def __init__(self, kb: KnowledgeBase):
        self.kb = kb
        # Country words are the country's, not the title's ("Japanese Foreign Minister") — but another
        # country's word is part of the title: "Ambassador to China" is not any ambassador. A city or
        # seat standing for the country ("Tokyo", "London", "the Kremlin") stays in the title on both
        # sides: "Governor of Tokyo" is no bare "Governor", nor "Mayor of London" a bare "Mayor".
        single = {phrase: [code for code, kind in codes if kind != "metonym"]
                  for phrase, codes in kb.country_words.items() if len(phrase.split()) == 1}
        self.country_words = frozenset(phrase for phrase, codes in single.items() if codes)
        self._words_of: dict[str, frozenset[str]] = {}
        for phrase, codes in single.items():
            for code in codes:
                self._words_of[code] = self._words_of.get(code, frozenset()) | {phrase}
        phrasings = set()
        written = {p.id: {p.name, *p.titles.get("en", [])} for p in kb.positions.values()}
        heads = self.heads = title_heads(t for titles in written.values() for t in titles)
        for position in kb.positions.values():
            titles = written[position.id]
            for title in titles | {short for t in titles if (short := acronymed(t, heads)) != t}:
                words = title_words(title) - self._words_of.get(position.polity or "", frozenset())
                if words:
                    phrasings.add((position.id, words, title))
        self.phrasings = sorted(phrasings, key=lambda p: (p[0], p[2]))
        counts = Counter(word for _, words, _ in self.phrasings for word in words)
        self.weights = {w: math.log(1 + len(self.phrasings) / n) for w, n in counts.items()}
        # Words as written too ("minister" counts as "secretary" when scoring, but is a title word).
        self.vocabulary = set(counts) | {w for _, _, text in self.phrasings for w in normalize(text).split()
                                         if w not in _CONNECTORS}
        self.capitals = written_in_capitals(text for _, _, text in self.phrasings)
        # The phrasings that hold a word, and those of them of one country's offices (or of no
        # country's): a title read in a country is scored against that country's phrasings only.
        self._by_word: dict[str, list[int]] = {}
        self._by_word_in: dict[tuple[str, str | None], list[int]] = {}
        for i, (position_id, words, _) in enumerate(self.phrasings):
            polity = kb.positions[position_id].polity
            for word in words:
                self._by_word.setdefault(word, []).append(i)
                self._by_word_in.setdefault((word, polity), []).append(i)
        self._memo: dict[tuple[frozenset[str], str | None], list[tuple[str, float, str]]] = {}
        # Phrasings that hold another country's word as a place of their own: "Georgia Governor"
        # (a US state), "Premier of Victoria" (Australia; Victoria is also the Seychelles' capital),
        # "Northern Ireland's First Minister". Written whole, such a phrase is that office's, not
        # the other country's office of its remaining words (Georgia's central-bank "Governor").
        placed: dict[str, set[str]] = {}
        for position_id, _, text in self.phrasings:
            polity = kb.positions[position_id].polity
            if polity and _foreign_place(kb, normalize(text).split(), polity):
                placed.setdefault(normalize(text), set()).add(polity)
        self.placed = {text: frozenset(codes) for text, codes in placed.items()}

    def placed_polity(self, phrase: str) -> str | None:
        """The country of the office a phrase names word for word when the phrase holds another
        country's word as a place ("Georgia Governor" → US), else None."""
        codes = self.placed.get(normalize(phrase))
        return next(iter(codes)) if codes and len(codes) == 1 else None

    def score(self, title: str, polity: str | None = None) -> list[tuple[str, float, str]]:
        """(position id, score, best phrasing) for offices the phrase may name, best first.

        Offices within 0.3 of the best stay in: the written name may fit one of their holders far
        better. Without a country, every country's "President" ties, and all are kept.
        """
        found = self._score_title(title, polity)
        short = acronymed(title, self.heads)
        if short != title:
            # The body named in full where its phrasings abbreviate it, as they are read ("the policy
            # chief of Japan's ruling Liberal Democratic Party" is the "LDP policy chief").
            best = {c[0]: c for c in found}
            for c in self._score_title(short, polity):
                if c[0] not in best or c[1] > best[c[0]][1]:
                    best[c[0]] = c
            found = sorted(best.values(), key=lambda c: (-c[1], c[0]))
        return _literal_first(found, title)

    def _score_title(self, title: str, polity: str | None) -> list[tuple[str, float, str]]:
        words = title_words(title) - (self._words_of.get(polity, frozenset()) if polity else self.country_words)
        if not words:
            return []
        key = (words, polity)
        if key not in self._memo:  # titles repeat ("President", "Prime Minister"): score each once
            if len(self._memo) > 50_000:
                self._memo.clear()
            found = self._score(words, polity)
            if _HEADED <= words:
                # "the head of the Ministry of Commerce" is the Minister of Commerce, not the ministry's
                # spokesperson: the head of a ministry is its minister, when that fits better.
                headed = self._score(words - _HEADED | {"secretary"}, polity)
                if headed and (not found or headed[0][1] > found[0][1]):
                    found = headed
            self._memo[key] = found
        return self._memo[key]

    def _score(self, words: frozenset[str], polity: str | None) -> list[tuple[str, float, str]]:
        best: dict[str, tuple[str, float, str]] = {}
        if polity:
            sharing = sorted({i for w in words for place in (polity, "XX")
                              for i in self._by_word_in.get((w, place), [])})
        else:
            sharing = sorted({i for w in words for i in self._by_word.get(w, [])})
        bare = len(words) == 1 and polity is not None
        ranks = words & _RANK_WORDS
        for position_id, phrasing, text in (self.phrasings[i] for i in sharing):
            if ranks and not phrasing & _RANK_WORDS:
                continue  # "Deputy Foreign Minister" names no foreign minister, "Vice President" no president
            shared = sum(self.weights.get(w, 1.0) for w in words & phrasing)
            union = sum(self.weights.get(w, 1.0) for w in words | phrasing)
            score = shared / union if union else 0.0
            if polity and len(words) > 1 and words <= phrasing and not phrasing & _RANK_WORDS:
                # Every word written is the office's: a shortened title ("Director of Egyptian
                # Intelligence" for the "Director of the General Intelligence Service"). Halfway to a
                # full match; among offices that all contain it, the tighter fit still ranks first.
                # Not when the office is a lesser one the words leave out ("Foreign Minister" is no
                # deputy foreign minister), nor without a country: the words left out may be the
                # office's own place ("First Minister" written alone is not Wales's).
                score = (score + 1.0) / 2
            score = round(score, 3)
            # A bare head word ("envoy") says nothing about which of its offices is meant: every
            # office that has the word stays in, however long its phrasings.
            if (score >= _MIN_SCORE or bare) and (position_id not in best or score > best[position_id][1]):
                best[position_id] = (position_id, score, text)
        ranked = sorted(best.values(), key=lambda c: (-c[1], c[0]))
        top = ranked[0][1] if ranked else 0.0
        kept = [c for c in ranked if bare or c[1] >= top - 0.3]
        # Offices that fit alike are never cut ("President": every country's, however many the
        # knowledge base holds), or the country of the text could lose its own.
        return kept[:max(40, sum(1 for c in kept if c[1] == top))]


def _literal_first(found: list[tuple[str, float, str]], title: str) -> list[tuple[str, float, str]]:
    """Offices that tie put first the one whose phrasing has the words as written, not through a
    swap: Pakistan's "Foreign Secretary" is the civil servant of that title, although "secretary"
    also stands for a translated "minister"."""
    if len(found) < 2 or found[0][1] != found[1][1]:
        return found
    written = {w for w in normalize(undotted(title)).replace("-", " ").split() if w not in _CONNECTORS}

    def literal(phrasing: str) -> bool:
        return {w for w in normalize(phrasing).replace("-", " ").split() if w not in _CONNECTORS} <= written

    return sorted(found, key=lambda c: (-c[1], not literal(c[2])))


def _foreign_place(kb: KnowledgeBase, words: list[str], polity: str) -> bool:
    """Whether a run of one to three of these words is a country word of a country other than `polity`."""
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            codes = {code for code, _ in kb.countries_for(" ".join(words[start:start + size]))}
            if codes and polity not in codes:
                return True
    return False


def country_in_title(kb: KnowledgeBase, title: str) -> str | None:
    """The country a title phrase names itself ("Thai Foreign Minister", "Minister of Foreign
    Affairs of Japan"), by the longest run of one to three words that is a country word."""
    words = title.replace("'s", " ").replace("’s", " ").split()
    for size in (3, 2, 1):
        for start in range(len(words) - size + 1):
            found = kb.countries_for(" ".join(words[start:start + size]))
            if found and not _destination(words, start):
                return found[0][0]
    return None


def _destination(words: list[str], start: int) -> bool:
    """Whether the country word at `start` is where a post is, not whose it is: "(the Chinese
    Ambassador) to the United States", "(envoy) in Beijing"."""
    before = [w.lower() for w in words[max(0, start - 2):start]]
    if before and before[-1] == "the":
        before = before[:-1]
    return bool(before) and before[-1] in ("to", "in", "at")


def written_in_capitals(titles: Iterable[str]) -> frozenset[str]:
    """The words (lower-cased) that every title writes in capitals: a party's or an office's initials
    ("MR president", "PS leader", "EAM"), which the same letters written otherwise ("Mr President")
    are not."""
    written_as: dict[str, set[bool]] = {}
    for title in titles:
        for word in re.findall(r"[^\W\d_]+", title):
            written_as.setdefault(word.lower(), set()).add(len(word) > 1 and word.isupper())
    return frozenset(word for word, kinds in written_as.items() if kinds == {True})


def spelled_titles(kb: KnowledgeBase) -> frozenset[str]:
    """Short capitals the knowledge base gives as an office's own title ("EAM", "COAS", "PM"). Letters
    merely derived from a longer title are not among them: they spell organisations as often as offices."""
    return frozenset(t for p in kb.positions.values() for t in p.titles.get("en", [])
                     if t.isupper() and t.isalpha() and len(t) <= 4)
