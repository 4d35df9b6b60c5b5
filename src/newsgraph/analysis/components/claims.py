"""Component `newsgraph.claims.v1`: who said what — quotes, reported speech, attributions, opinion.

- A quotation ("…", “…”) is a `quote`; its speaker is the subject of the saying verb next to it
  ("Ishiba said", "stating, \"…\"") or of the sentence's saying verb.
- A saying verb with a clause ("Ishiba stated that Japan would …", "Bessent believes that …") is
  `reported`, the clause its text.
- "According to X, …", "a survey by X showed that …" attribute the rest of the sentence to X.
- "Analysts point out that …" is `reported` with no identified speaker; the attribution keeps
  the words.
- In an opinion piece, an unattributed sentence that argues ("should", "must", "it is certain",
  "in summary", "perhaps") is the author's opinion, `author_opinion`.
Speakers are linked through the mentions the linker already resolved (pronouns included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from newsgraph.analysis.extensions import text_of

SAYING = {"say", "state", "tell", "add", "note", "emphasize", "emphasise", "stress", "warn", "argue", "claim",
          "announce", "believe", "insist", "declare", "explain", "point", "admit", "deny", "express", "write",
          "remark", "reiterate", "assert", "suggest", "indicate", "predict", "acknowledge", "comment",
          "confirm", "complain", "urge", "vow", "pledge", "promise", "call", "describe", "show", "report",
          "find", "reveal", "estimate", "expect", "accuse", "criticize", "criticise", "respond", "reply",
          "propose", "demand", "request", "ask", "maintain", "think", "hope", "fear", "recall"}
# Verbs that report only when their subject is a study or poll ("a survey showed that …"), not
# when it is anyone ("the alliance will find it difficult").
_EVIDENCE_VERBS = {"find", "show", "reveal", "indicate", "estimate", "suggest"}
_EVIDENCE_NOUNS = {"survey", "poll", "report", "study", "data", "figure", "figures", "statistics", "analysis",
                   "research", "result", "results", "census", "review", "audit", "investigation", "document"}
_IRREGULAR = {"said": "say", "says": "say", "saying": "say", "told": "tell", "wrote": "write", "written": "write",
              "found": "find", "shown": "show", "thought": "think", "meant": "mean"}


def in_quotation(text: str, at: int) -> bool:
    """Whether a place of the text is inside a quotation opened earlier in its paragraph (a
    quotation may run over several sentences, unlike the quoted spans `_QUOTE` finds in one)."""
    paragraph = text[text.rfind("\n", 0, at) + 1:at]
    return paragraph.count("“") > paragraph.count("”") or paragraph.count('"') % 2 == 1


@lru_cache(maxsize=1 << 16)
def saying_lemma(word: str) -> str | None:
    """The saying verb a word form belongs to ("emphasized" → "emphasize"), without a lemmatizer.
    Cached: every component asks it of every verb, and word forms repeat."""
    word = word.lower()
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    return verb_lemma(word, SAYING)


def verb_lemma(word: str, verbs) -> str | None:
    """The verb of `verbs` a regular word form belongs to ("captures" → "capture"), without a lemmatizer.
    Only an inflection's ending is taken off: "Askill" and "Asker" are no forms of "ask"."""
    word = word.lower()
    stems = [word]
    for suffix, endings in _INFLECTIONS:
        if word.endswith(suffix):
            base = word[:-len(suffix)]
            stems += [base + ending for ending in endings]
            if suffix in ("ing", "ed") and len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])  # "admitted", "hitting"
    return next((stem for stem in stems if stem in verbs), None)


# Regular English verb endings and what the stem may have lost to them ("noted" ← "note").
_INFLECTIONS = (("ing", ("", "e")), ("ied", ("y",)), ("es", ("", "e")), ("ed", ("", "e")), ("s", ("",)), ("d", ("",)))
# Quotation marks as tokens, for a name written in quotes ("the Turkish Foreign Minister, “Mouloud Gawish Oglu”,").
OPENING_QUOTES = frozenset({'"', "“", "«", "'", "‘"})
CLOSING_QUOTES = frozenset({'"', "”", "»", "'", "’"})
_QUOTE = re.compile(r"[\"“]([^\"”]{3,}?)[\"”]")
_ACCORDING = re.compile(r"\baccording to\b", re.IGNORECASE)
_ARGUING = re.compile(
    r"\b(?:should|must|ought to|it is (?:certain|clear|obvious|evident|unrealistic|essential)|in summary|"
    r"in other words|perhaps|undoubtedly|obviously|bound to|the only way|can be imagined|not optimistic|"
    r"i (?:think|believe)|we (?:think|believe))\b", re.IGNORECASE)


@dataclass(frozen=True)
class FoundClaim:
    """A claim before it becomes a record."""

    kind: str  # quote | reported | author_opinion
    start: int
    end: int
    sentence: int
    speaker: tuple[int, int] | None  # character span of the speaker's words, if any
    attribution: str | None
    verb: str | None


@Language.factory("newsgraph_claims_v1",
                  assigns=["doc._.ng_claims"],
                  requires=["doc.sents", "token.dep", "token.lemma", "token.pos", "doc._.ng_genre"])
def make_claim_finder(nlp: Language, name: str) -> ClaimFinder:
    """Build the claim finder; it reads the genre from `doc._.ng_genre`."""
    return ClaimFinder()


class ClaimFinder:
    """Finds quotes, reported speech, attributions and, in opinion pieces, the author's claims."""

    def __call__(self, doc: Doc) -> Doc:
        claims: list[FoundClaim] = []
        sentences = list(doc.sents)
        quotes = self._quotes(doc, sentences)
        for index, sent in enumerate(sentences):
            found = [q for q in quotes if q.sentence == index] + self._reported(sent, index) + \
                self._according(sent, index)
            if not found and doc._.ng_genre == "opinion" and _ARGUING.search(sent.text):
                text = sent.text.strip(" \n\t\"“”'")
                start = sent.start_char + sent.text.index(text) if text else sent.start_char
                found.append(FoundClaim("author_opinion", start, start + len(text), index, None, "the author", None))
            claims += found
        doc._.ng_claims = _without_overlaps(claims)
        return doc

    def _quotes(self, doc: Doc, sentences: list[Span]) -> list[FoundClaim]:
        """Quotations paired over the whole text (a quote may span sentences, never paragraphs)."""
        found = []
        starts = [s.start_char for s in sentences]
        for match in _QUOTE.finditer(text_of(doc)):
            start, end = match.start(1), match.end(1)
            if len(match.group(1).split()) < 3 or "\n\n" in match.group(1):
                continue  # a scare-quoted word ("danger zone") is not a quotation; nor is a mispairing
            index = max(i for i, s in enumerate(starts) if s <= start)
            verb = _saying_verb(sentences[index], outside=(start, end))
            speaker = _subject(verb) if verb is not None else None
            found.append(FoundClaim("quote", start, end, index, _span(speaker), _text(speaker),
                                    saying_lemma(verb.text) if verb is not None else None))
        return found

    def _reported(self, sent: Span, index: int) -> list[FoundClaim]:
        found = []
        for token in sent:
            if token.pos_ not in ("VERB", "AUX"):
                continue
            lemma = saying_lemma(token.text)
            if lemma is None:
                continue
            clause = next((c for c in token.children if c.dep_ in ("ccomp", "xcomp") and c.i > token.i), None)
            if clause is None:
                continue
            subject = _subject(token)
            if lemma in _EVIDENCE_VERBS and (subject is None or subject.root.lower_ not in _EVIDENCE_NOUNS):
                continue
            words = list(clause.subtree)
            if words and words[0].lower_ == "that":
                words = words[1:]
            if len(words) < 3:
                continue
            start, end = words[0].idx, words[-1].idx + len(words[-1])
            found.append(FoundClaim("reported", start, end, index, _span(subject), _text(subject), lemma))
        return found

    def _according(self, sent: Span, index: int) -> list[FoundClaim]:
        match = _ACCORDING.search(sent.text)
        if not match:
            return []
        comma = sent.text.find(",", match.end())
        if comma < 0:
            return []
        source = sent.text[match.end():comma].strip()
        rest = sent.text[comma + 1:].strip()
        if not source or len(rest.split()) < 3:
            return []
        start = sent.start_char + sent.text.index(rest, comma)
        speaker_start = sent.start_char + sent.text.index(source, match.end())
        return [FoundClaim("reported", start, start + len(rest), index, (speaker_start, speaker_start + len(source)),
                           source, "according to")]


def _saying_verb(sent: Span, outside: tuple[int, int]):
    """The sentence's saying verb outside the quotation, nearest to it."""
    verbs = [t for t in sent if t.pos_ in ("VERB", "AUX") and saying_lemma(t.text)
             and not outside[0] <= t.idx < outside[1]]
    if not verbs:
        return None
    return min(verbs, key=lambda t: min(abs(t.idx - outside[0]), abs(t.idx - outside[1])))


def _subject(verb):
    """The subject of a verb, following "stating" back to the clause it modifies."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            head = subjects[0]
            return head.doc[min(t.i for t in head.subtree):max(t.i for t in head.subtree) + 1]
        if verb.head is verb:
            return None
        verb = verb.head
    return None


def _span(span) -> tuple[int, int] | None:
    return (span.start_char, span.end_char) if span is not None else None


def _text(span) -> str | None:
    return span.text if span is not None else None


def _without_overlaps(claims: list[FoundClaim]) -> list[FoundClaim]:
    """A quotation inside reported speech is one claim: the quote wins; then earliest, longest."""
    ordered = sorted(claims, key=lambda c: (c.kind != "quote", c.start, -(c.end - c.start)))
    kept: list[FoundClaim] = []
    for claim in ordered:
        if all(claim.end <= k.start or k.end <= claim.start for k in kept):
            kept.append(claim)
    return sorted(kept, key=lambda c: c.start)
