"""Component `newsgraph.link.v1`: link mentions to knowledge-base entities, with the evidence.

People go through the role-and-date resolver, dated by a time expression in their sentence when
it lies before publication (the office holder "in May" is May's holder), else by the publication
date. Later mentions that repeat an earlier name, or its family or given name alone, share its
link. Countries (names, adjectives, capitals standing for governments) and organisations are
looked up by name.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from newsgraph.analyze.mentions import FoundMention
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import ResolutionStatus
from newsgraph.resolve.names import normalize
from newsgraph.resolve.resolver import Link, Resolver, RoleHint
from newsgraph.resolve.timing import mention_date

if not Doc.has_extension("ng_links"):
    Doc.set_extension("ng_links", default=None)

_COUNTRY_LABELS = {"GPE", "NORP", "LOC"}


@Language.factory("newsgraph_link_v1", assigns=["doc._.ng_links"], requires=["doc._.ng_mentions"])
def make_linker(nlp: Language, name: str) -> "Linker":
    """Build the linker; it needs `use_kb` before it runs."""
    return Linker()


class Linker:
    """Links every mention of a Doc; the result is aligned with `doc._.ng_mentions`."""

    def __init__(self):
        self.kb: KnowledgeBase | None = None
        self.resolver: Resolver | None = None

    def use_kb(self, kb: KnowledgeBase) -> None:
        """Use this knowledge base (and build the resolver's name index)."""
        self.kb = kb
        self.resolver = Resolver(kb)

    def __call__(self, doc: Doc) -> Doc:
        if self.resolver is None:
            raise RuntimeError("newsgraph.link.v1 needs a knowledge base: call use_kb(kb) first")
        published: date | None = doc._.ng_published
        links: list[Link | None] = []
        people: list[tuple[FoundMention, Link]] = []  # first mention of each person and its link
        for mention in doc._.ng_mentions or []:
            if mention.label == "PERSON":
                link, first = self._person(doc, mention, published, people)
                if first:
                    people.append((mention, link))
            elif mention.label in _COUNTRY_LABELS:
                link = self._country(mention) or self._organization(mention)
            else:
                link = self._organization(mention) or self._country(mention)
            links.append(link)
        pronouns = self._pronouns(doc, list(zip(doc._.ng_mentions or [], links)))
        paired = sorted([*zip(doc._.ng_mentions or [], links), *pronouns], key=lambda p: (p[0].start, p[0].end))
        doc._.ng_mentions = [m for m, _ in paired]
        doc._.ng_links = [link for _, link in paired]
        return doc

    def _pronouns(self, doc: Doc, linked: list[tuple[FoundMention, Link | None]]) -> list[tuple[FoundMention, Link]]:
        """he/she/him/her/his: a person of that gender named in this or the two sentences before —
        in the nearest sentence that names one, its grammatical subject first, else the latest —
        when the knowledge base knows the gender; otherwise the pronoun is left alone."""
        people = [(m, link) for m, link in linked if m.label == "PERSON" and link is not None
                  and link.entity in self.kb.persons and self.kb.persons[link.entity].gender]
        found = []
        for token in doc:
            gender = _PRONOUNS.get(token.lower_)
            if gender is None or token.pos_ != "PRON":
                continue
            sentence = _sentence_index(doc, token)
            before = [(m, link) for m, link in people if m.end <= token.idx and sentence - m.sentence <= 2]
            compatible = [(m, link) for m, link in before if self.kb.persons[link.entity].gender == gender]
            if not compatible:
                continue
            antecedent, link = _most_salient(doc, compatible)
            others = {l.entity for _, l in compatible} - {link.entity}
            mention = FoundMention(token.idx, token.idx + len(token), token.text, "PERSON", sentence, None, "")
            # A pronoun is never a corrected or conflicting *name*: it refers, so it is an alias.
            found.append((mention, Link(ResolutionStatus.alias, link.entity, link.position,
                                        round(0.6 * link.confidence, 2),
                                        f"'{token.text}' refers to the {gender} person named just before it, "
                                        f"'{antecedent.name or antecedent.text}'"
                                        + (f" ({len(others)} other compatible person(s) earlier)" if others else ""),
                                        tuple((o, 0.3) for o in sorted(others)))))
        return found

    def _person(self, doc: Doc, mention: FoundMention, published: date | None,
                earlier: list[tuple[FoundMention, Link]]) -> tuple[Link, bool]:
        """The link, and whether this mention introduces the person (rather than repeating one)."""
        if mention.role is None:
            antecedent = _antecedent(mention.name, earlier)
            if antecedent is not None:
                first, link = antecedent
                return Link(link.status, link.entity, link.position, link.confidence,
                            f"same person as '{first.name or first.text}' earlier in the text: {link.explanation}",
                            link.alternatives), False
        on, note, known = mention_date(doc, mention, published)
        hint = None
        if mention.role is not None:
            # Without a date, any holder of the office fits: read it as "then-<office>".
            cue = mention.role.cue or (None if known else "then")
            hint = RoleHint(tuple((c.position, c.score) for c in mention.role.candidates), cue, mention.role.text)
        return self.resolver.resolve(mention.name, on, hint, date_note=note), True

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


def _most_salient(doc: Doc, candidates: list[tuple[FoundMention, Link]]) -> tuple[FoundMention, Link]:
    nearest = max(m.sentence for m, _ in candidates)
    in_sentence = [(m, link) for m, link in candidates if m.sentence == nearest]
    for mention, link in in_sentence:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is not None and span.root.dep_ in ("nsubj", "nsubjpass"):
            return mention, link
    return in_sentence[-1]


def _sentence_index(doc: Doc, token) -> int:
    return sum(1 for s in doc.sents if s.start <= token.i) - 1


def _antecedent(name: str, earlier: list[tuple[FoundMention, Link]]) -> tuple[FoundMention, Link] | None:
    """The latest earlier person mention this name repeats in full or in part ("Ishiba" after
    "Shigeru Ishiba"); only linked, unambiguous antecedents count."""
    words = normalize(name).split()
    if not words:
        return None
    for first, link in reversed(earlier):
        if link.entity is None:
            continue
        theirs = normalize(first.name or "").split()
        if not theirs:
            continue
        if words == theirs or (len(words) < len(theirs) and _is_part(words, theirs)):
            return first, link
    return None


def _is_part(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return any(whole[i:i + n] == part for i in range(len(whole) - n + 1))
