"""Component `newsgraph.names.v1`: knowledge-base-aware repair of the model's entity spans.

The small English model labels some known people as organisations ("Ishiba", "Trump"), swallows
a name into an organisation span ("Minister of Economy, Trade and Industry Akazava Ryosei"),
and keeps possessive endings ("Gaoshi Zaomiao's"). This component fixes those spans; it does
not decide who anyone is (that is the resolver's work).
"""

from __future__ import annotations

import re
from datetime import timedelta
from functools import cache

from babel.languages import get_official_languages
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsgraph.analysis.components.claims import CLOSING_QUOTES, OPENING_QUOTES, saying_lemma, verb_lemma
from newsgraph.analysis.events.lex import VERB_SENSES
from newsgraph.analysis.extensions import text_of
from newsgraph.analysis.matching import PhraseTable
from newsgraph.datafiles import read_rows
from newsgraph.kb.index import KnowledgeBase
from newsgraph.resolve.groups import honorifics, military_ranks, name_particles
from newsgraph.resolve.titles import acronymed, body_nouns, organization_nouns, title_heads, written_in_capitals
from newsgraph.text.names import GENERATIONS, INITIALS, is_latin, normalize

HYPHENS = ("-", "‐")  # a hyphen, and the Unicode hyphen translation leaves
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
def _normalize(text: str) -> str:
    return normalize(text[4:] if text.lower().startswith("the ") else text)

# Labels the model gets wrong for people; dates, numbers and money are never relabelled.
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_NOT_PERSON_LABELS = {"ORG", "NORP", "GPE", "FAC", "PRODUCT", "WORK_OF_ART", "LOC", "EVENT"}
RELABEL = {"ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC", "EVENT", "LAW", "PERSON"}
_TITLE_WORDS = {"minister", "secretary", "president", "premier", "chancellor", "governor", "chief",
                "spokesperson", "spokesman", "spokeswoman", "ambassador", "representative", "director",
                "adviser", "advisor", "chair", "chairman", "speaker", "leader", "deputy", "vice", "general"}


@Language.factory("newsgraph_names_v1",
                  assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
                  requires=["doc.ents", "token.pos", "token.ent_type", "doc._.ng_published"])
def make_name_fixer(nlp: Language, name: str) -> NameFixer:
    """Build the component; it needs `initialize(kb=...)` before it runs."""
    return NameFixer(nlp)


class NameFixer:
    """Relabels, splits and adds PERSON spans using the knowledge base and the text itself."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.names: PhraseTable | None = None
        self.titles: PhraseTable | None = None
        self.org_names: set[str] = set()

    def initialize(self, get_examples=None, *, nlp: Language | None = None, kb: KnowledgeBase) -> None:
        """Compile the knowledge base's person names and office titles into matchers."""
        forms = sorted({f.form for f in kb.person_forms
                        if f.kind != "reading" and is_latin(f.form) and f.form[:1].isupper()})
        self.names = PhraseTable(self.nlp, "ORTH", "PERSON", forms, unaccented=True)
        titles = sorted({t for position in kb.positions.values() for lang, ts in position.titles.items()
                         if lang == "en" for t in ts if len(t) > 3} | {p.name for p in kb.positions.values()})
        all_heads = title_heads(titles)
        titles = sorted(set(titles) | {acronymed(t, all_heads) for t in titles})  # "AUC Chairperson" too
        self.titles = PhraseTable(self.nlp, "LOWER", "TITLE", titles, capitals=written_in_capitals(titles))
        # The nouns titles are built on ("Senator", "Envoy", "Justice") end a name's growth to the
        # left: "Special Envoy" + "Witkoff" is a title and a name, not a longer name.
        name_words = {w for f in kb.person_forms if f.kind in ("name", "family", "alias")
                      for w in normalize(f.form).split()}
        # A head that is also a word of someone's name stays out; office and rank words written
        # before names (office_styles.tsv) stop the growth too, courtesy titles ("Mr") do not.
        heads = title_heads(titles, shortest=3) - name_words
        # The other words of titles ("Regional", "Senior", "Acting"), which may stand between an
        # apposing dash or comma and a title's head.
        self.title_words = frozenset(w for t in titles for w in normalize(t).split() if w.isalpha()) - name_words
        self.family_words = frozenset(normalize(f.form) for f in kb.person_forms if f.kind == "family")
        self.name_words = frozenset(name_words)
        self.title_heads = frozenset(heads) | _TITLE_WORDS | _office_styles()
        self.org_names = {form for form in kb.org_names}
        self.kb = kb
        self.place_nouns = _place_nouns()
        self.given_names = frozenset(w for p in kb.persons.values() if p.given for w in normalize(p.given).split()
                                     if len(w) > 2)
        self.two_surnames = _names_with_two_surnames(kb)
        self.not_name_words = self.place_nouns | body_nouns() | organization_nouns() | self.title_heads
        # Names in Chinese characters, kana or hangul, for names written so inside English text.
        self.native = {f.form for f in kb.person_forms if _CJK.search(f.form) and len(f.form) > 1}
        self.native_longest = max((len(f) for f in self.native), default=0)

    def _name_run(self, span: Span) -> bool:
        """Two to four capitalised words that may be a person's name: none of them a country word, an
        office title word or a word that ends an organisation's or place's name, not a known body."""
        if not 2 <= len(span) <= 4:
            return False
        words = [normalize(t.text) for t in span]
        return words[0] not in name_particles() and all(t.is_title and t.is_alpha for t in span) \
            and not self.kb.countries_for(span.text) \
            and not any(self.kb.countries_for(t.text) or w in _TITLE_WORDS or w in self.not_name_words
                        for t, w in zip(span, words, strict=True)) \
            and _normalize(span.text) not in self.org_names

    def _family_name_he(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """"He Hongjun": the Chinese family name He before a capitalised given name is a name, not
        the pronoun, which no proper noun follows. The given name is one word the model left untagged
        or tagged as a person alone, and no title, place or body word."""
        found = []
        for token in doc:
            if token.text != "He" or token.i + 1 >= len(doc) or token.ent_type_:
                continue
            given = doc[token.i + 1]
            alone = next((e for e in ents if e.start == given.i), None)
            if alone is not None and (alone.label_ != "PERSON" or len(alone) != 1):
                continue
            if given.pos_ != "PROPN" or not _name_like(given) or normalize(given.text) in self.not_name_words \
                    or self.kb.countries_for(given.text):
                continue
            after = doc[given.i + 1] if given.i + 1 < len(doc) else None
            if after is not None and after.pos_ == "PROPN" and after.is_title:
                continue  # "He Told Reporters": a headline's capitals, not a two-word name
            found.append(Span(doc, token.i, given.i + 1, label="PERSON"))
        return found

    def _hidden_names(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Names inside entities the model did not take for persons:
        - a run that starts with a given name of someone the knowledge base knows ("Rachida Data"
          as an organisation, "Marina Ferrari" as a nationality);
        - a run, untagged or tagged as no place, that "who" follows ("Kiswell Dakamau, who served");
        - a run set off before an apposed title of an organisation ("Natalya Seluykina, Executive
          Director of the … Foundation", tagged as a place);
        - the end of an organisation that holds a title's field or post ("Kenya Kamal Jubarra" in
          "its ambassador to Kenya Kamal Jubarra"): the last two or three words, when they start with
          a known given name, or follow a country word right after a title ("ambassador to")."""
        found = []
        tagged = {i for e in ents for i in range(e.start, e.end)}
        styles = honorifics()
        for token in doc:
            if token.i in tagged or token.i + 2 > len(doc) or doc[token.i + 1].i in tagged:
                continue
            # "H.E. Prosper Bazombanza, Vice President of …": a name after a style of address; "Moses
            # Vilakati (Eswatini) – Commissioner for …": a run the model left untagged that starts
            # with a known given name.
            styled = token.is_title and normalize(token.text) in styles
            start = token.i + 1 if styled else token.i
            joined = token.i > 0 and token.i - 1 not in tagged and _proper_capital(doc[token.i - 1])
            if not styled and (token.pos_ != "PROPN" or joined):
                continue
            stop = start
            while stop < len(doc) and stop - start < 4 and stop not in tagged and doc[stop].pos_ == "PROPN" \
                    and doc[stop].is_title:
                stop += 1
            if stop - start >= 2 and self._name_run(doc[start:stop]) and (
                    styled or normalize(token.text) in self.given_names or _before_who(doc, stop)):
                found.append(Span(doc, start, stop, label="PERSON"))
        for ent in ents:
            if ent.label_ not in _NOT_PERSON_LABELS:
                continue
            first = ent.start
            while first < ent.end - 2 and normalize(doc[first].text) in styles:
                first += 1  # "H.E. Prosper Bazombanza" tagged as an organisation, style and all
            core = doc[first:ent.end]
            if self._name_run(core) and (first > ent.start or normalize(core[0].text) in self.given_names
                                         or self._before_apposed_office(doc, ent.end)
                                         or ent.label_ not in ("GPE", "LOC") and _before_who(doc, ent.end)):
                found.append(Span(doc, core.start, core.end, label="PERSON"))
                continue
            for size in (3, 2):
                tail = doc[ent.end - size:ent.end]
                after_post = ent.start >= 2 and self.kb.countries_for(doc[tail.start - 1].text) \
                    and doc[ent.start - 1].lower_ in ("to", "in") \
                    and normalize(doc[ent.start - 2].text) in self.title_heads
                if len(ent) > size and self._name_run(tail) and (
                        normalize(tail[0].text) in self.given_names or after_post):
                    found.append(Span(doc, tail.start, tail.end, label="PERSON"))
                    break
        return found

    def _before_apposed_office(self, doc: Doc, end: int) -> bool:
        """Whether ", [the] [words] <title head> of|for|at|to" follows: an apposed office in a body;
        or ", the [words] <title head>," closing the apposition ("Ateny Wek Ateny, the former
        presidential spokesman, took over")."""
        if end + 2 >= len(doc) or doc[end].text != ",":
            return False
        for i in range(end + 1, min(end + 5, len(doc) - 1)):
            if normalize(doc[i].text) in self.title_heads and (
                    doc[i + 1].lower_ in ("of", "for", "at", "to")
                    or doc[end + 1].lower_ == "the" and doc[i + 1].text in (",", ".", ";")):
                return True
            if doc[i].is_punct:
                return False
        return False

    def _without_country_prefix(self, span: Span) -> Span:
        """A person span without a country possessive before the name ("Chad’s Moussa Faki Mahamat"
        → "Moussa Faki Mahamat") or a country's adjective run onto its end; a person span that is a
        country's name or capital ("Jordan said", "Kyiv answered") is the country."""
        if span.label_ != "PERSON":
            return span
        if self._country_named(span):
            return _relabel(span, "GPE")  # "The Hague said": the seat of a government is no person
        if len(span) >= 3 and span.start > 0 and span.doc[span.start - 1].lower_ in ("for", "the", "of"):
            # "special envoy for the Middle East Stephen Witkoff": the title's field run into the name;
            # the name starts at the first known given name.
            first = next((t.i for t in span[1:] if normalize(t.text) in self.given_names), None)
            if first is not None and span.end - first >= 2 \
                    and not any(normalize(t.text) in self.given_names for t in span.doc[span.start:first]):
                return Span(span.doc, first, span.end, label="PERSON")
        if len(span) > 3 and span[1].lower_ in ("'s", "’s") and self.kb.countries_for(span[0].text):
            return Span(span.doc, span.start + 2, span.end, label="PERSON")
        after = span.doc[span.end] if span.end < len(span.doc) else None
        if len(span) >= 3 and after is not None and after.text[:1].isupper() and after.is_alpha \
                and any(kind == "adjective" for _, kind in self.kb.countries_for(span[-1].text)) \
                and not self.kb.persons_named(span[-1].text):
            # "José Antonio Kastthe Argentine Deputy Minister …" (a comma lost in translation): a
            # country's adjective before the next title or name opens that, it ends no name.
            return Span(span.doc, span.start, span.end - 1, label="PERSON")
        return span

    def _a_place(self, span: Span, stops: set[int], longer: set[str]) -> bool:
        """A person span that is a place: where a sentence opens ("In Lagos, …"), or a country's or
        capital's name not after a title and not a word of a longer name the text writes."""
        if span.label_ != "PERSON":
            return False
        return _opening_place(span) or self._country_named(span) and span.start - 1 not in stops \
            and not (len(span) == 1 and span.text in longer)

    def _country_named(self, span: Span) -> bool:
        """Whether the span is the name of a country or of its seat of government."""
        return any(kind in ("name", "metonym") for _, kind in self.kb.countries_for(span.text))

    def _in_place_name(self, person: Span, ents: list[Span]) -> bool:
        """A name inside a longer place the model found that ends in a generic place noun is part of
        that place ("Harris" in "Harris County", "Cook" in "the Cook Islands"), and so is one inside
        a place that is a country's name ("Hong" and "Kong", family names both, in "Hong Kong")."""
        return any(e.label_ in _PLACE_LABELS and e.start <= person.start and person.end <= e.end
                   and (person.end < e.end and normalize(e[-1].text) in self.place_nouns
                        or (person.start, person.end) != (e.start, e.end) and self.kb.countries_for(e.text))
                   for e in ents)

    def _with_given_name_before(self, span: Span) -> Span:
        """A person span with the given name the model left out before it, inside a sentence: a
        capitalised word that is someone's given name in the knowledge base and no title, rank or
        courtesy word ("General Said Kuol Deng", where the model read "Said" as the verb)."""
        if span.label_ != "PERSON" or span.start == 0:
            return span
        before = span.doc[span.start - 1]
        word = normalize(before.text)
        if before.is_sent_start or before.ent_type_ or not (before.is_alpha and before.is_title) \
                or word not in self.given_names or word in self.not_name_words or word in honorifics() \
                or before.lower_ in military_ranks() or before.lower_ in _TITLE_WORDS:
            return span
        return Span(span.doc, span.start - 1, span.end, label="PERSON")

    def _place_not_person(self, person: Span, ents: list[Span]) -> bool:
        """A one-word place the model found ("Oman's capital, Muscat") that the knowledge base knows
        only as the family name of people out of office within a year of the text's date (Joseph
        Muscat, Malta's prime minister to 2020) stays a place, unless the text writes it in a
        longer name. Without a date the name wins, as before."""
        on = person.doc._.ng_published
        if len(person) != 1 or on is None or not any(
                e.label_ in _PLACE_LABELS and (e.start, e.end) == (person.start, person.end) for e in ents):
            return False
        word = person.text
        if any(e.label_ == "PERSON" and len(e) > 1 and any(t.text == word for t in e) for e in ents):
            return False
        forms = self.kb.persons_named(word)
        year = timedelta(days=365)
        return bool(forms) and all(f.kind == "family" for f in forms) and not any(
            t.start_day - year <= on and (t.end_day is None or on <= t.end_day + year)
            for f in forms for t in self.kb.terms(f.entity))

    def __call__(self, doc: Doc) -> Doc:
        if self.names is None:
            raise RuntimeError("newsgraph.names.v1 needs a knowledge base: initialize it with kb=...")
        ents = [self._with_given_name_before(self._without_country_prefix(_without_reporting_verbs(
                    _without_possessive(_without_opening_adverb(_without_credit(e))), self.given_names)))
                for e in doc.ents]
        ents = _whole_compounds(ents, self.family_words)
        titles = self.titles(doc)
        in_titles = {i for _, s, e in titles for i in range(s, e)}
        heads = self._heads_in(doc)
        stops = in_titles | heads
        matched = [(s, e) for _, s, e in self.names(doc) if (e - s > 1 or doc[s].pos_ == "PROPN")
                   and not _part_of_compound(doc, s, e, self.family_words)]
        # A known full name is certain; a span grown or guessed around another match ("Kadir" grown
        # to "Migrants Migrants Abdul Kadir", "Migrants Abdul Kadir Karding" guessed after a title)
        # that overlaps it and is not it gives way to it.
        # A hyphenated family name alone ("Misail-Nichitin") is no full name: the given name
        # written before it ("Daniela") belongs to the span.
        known_full = [(s, e) for s, e in matched if e - s > 1 and normalize(doc[s:e].text) not in self.family_words]

        # A weekday or month the model read inside a known full name is its given name, not a date
        # ("Sunday Dare", "June Yamada"): dates otherwise win over names (`_merge`).
        ents = [e for e in ents if not (e.label_ == "DATE" and len(e) == 1 and any(
            s <= e.start and e.end <= end for s, end in known_full))]

        def cuts_known(span: Span) -> bool:
            return any(s < span.end and span.start < e and (s, e) != (span.start, span.end) for s, e in known_full)

        people = [grown for s, e in matched
                  if (grown := _whole_name(Span(doc, s, e, label="PERSON"), stops, ents, self.name_words,
                                           self.title_heads, self.family_words, self.not_name_words)) is not None
                  and ((grown.start, grown.end) == (s, e) or not cuts_known(grown))]
        # "the prime minister's advisor, Ingas Dobrovolskas, said": a head in lower case set off by a
        # comma is an appositive's title too.
        lowered = {t.i for t in doc[:-1] if t.lower_ in self.title_heads and doc[t.i + 1].text == ","}
        apposed = [a for i in sorted(heads | lowered) if (a := self._apposed_after(doc, i + 1)) is not None]
        people += [g for g in [*self._after_titles(doc, titles), *self._before_apposed_titles(doc, ents), *apposed,
                               *_after_ranks(doc, ents)]
                   if not cuts_known(g)]
        people = [p for p in people if not _inside_other(p, ents) and not self._in_place_name(p, ents)
                  and not self._place_not_person(p, ents)]
        # Names the model found, and those found here, cover their particles and hyphenated parts.
        people = [_joined_name(p, self.family_words) for p in people]
        people += [joined for e in ents if e.label_ == "PERSON"
                   and (joined := _joined_name(e, self.family_words)) != e]
        people += [grown for e in ents if e.label_ == "PERSON" and (grown := _with_family_names_after(e, stops)) != e]
        people += self._native_script(doc, ents)
        people += self._hidden_names(doc, ents)
        people += self._family_name_he(doc, ents)
        organizations = {e.text for e in ents if _normalize(e.text) in self.org_names} - {p.text for p in people}
        known = ({e.text for e in ents if e.label_ == "PERSON"} - organizations) | {p.text for p in people}
        mislabelled = ("PERSON", "GPE", "WORK_OF_ART", "PRODUCT", "FAC")
        ents = [_relabel(e, "PERSON") if e.text in known and e.label_ in RELABEL else
                _relabel(e, "ORG") if e.text in organizations and e.label_ in mislabelled
                else e for e in ents]
        merged = _merge(ents, filter_spans(people), in_titles, self.name_words, self.given_names,
                        self.two_surnames)
        ents = _with_initials(self._with_stray_parts(merged, in_titles))
        # A single word in lower case is no name in English text ("the nine-dash li…", cut mid-word),
        # nor are titles alone ("AUC Chairperson and Commissioners").
        ents = [e for e in ents if not (e.label_ == "PERSON" and (len(e) == 1 and e.text[:1].islower()
                                                                  or self._titles_alone(e, in_titles)))]
        ents = [e for e in self._without_styles_before(ents)
                if not (e.label_ == "PERSON" and (_inside_organization(e) or self._opens_known_body(e)))]
        # A name found here that is a country's or its capital's ("ADDIS ABABA –" opening a dateline)
        # is the place, as for the model's own names above.
        # Not after a title ("Vice President Victoria"), nor when the text writes it in a longer name
        # ("Joseph Muscat … Muscat said").
        ents = self._repeated_parts(doc, ents, stops)
        ents = _with_nicknames(doc, ents)
        longer = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e}
        doc.ents = [_relabel(e, "GPE") if self._a_place(e, stops, longer) else e for e in ents]
        return doc

    def _opens_known_body(self, span: Span) -> bool:
        """Whether the name and the one to three capitalised words after it are together the name of
        a body the knowledge base knows: "White" in "at White House meeting" is no person."""
        doc = span.doc
        end = span.end
        while end < len(doc) and end - span.end < 3 and doc[end].is_title and doc[end].is_alpha:
            end += 1
            if _normalize(doc[span.start:end].text) in self.org_names:
                return True
        return False

    def _without_styles_before(self, ents: list[Span]) -> list[Span]:
        """A one-word person span right before a longer person span (a full stop between them or
        not) is a style or title written before that name, not a second person, when it is a
        courtesy title or style (honorifics.tsv) or no word of any name the knowledge base holds:
        "Mullah" before "Mohammad Hassan Akhund", the Samoan chiefly title "Vaovasamanaia" before
        "Winston Peters", "Hon." before "Vijitha Herath"."""
        starts = {e.start for e in ents if e.label_ == "PERSON" and len(e) > 1}
        styles = honorifics()

        def style(word: str) -> bool:
            return word in styles or not _in_any(word, self.name_words, self.given_names)

        def before_name(e: Span) -> bool:  # "Hon Vijitha Herath", "Hon. Vijitha Herath"
            return e.end in starts or e.end + 1 in starts and e.doc[e.end].text == "."

        return [e for e in ents if not (e.label_ == "PERSON" and len(e) == 1 and before_name(e)
                                        and style(normalize(e.text)))]

    def _titles_alone(self, span: Span, in_titles: set[int]) -> bool:
        """Whether a span holds an office title or a military rank and nothing else but other titles,
        ranks and the words that join them ("AUC Chairperson and Commissioners", "Air Marshal" before
        a name the model tagged apart, "Intelligence Major" cut from "Chief of Defence Intelligence
        Major-General")."""
        ranks = military_ranks()

        def title(token) -> bool:
            word = normalize(token.text)
            return token.i in in_titles or word in self.title_heads \
                or word.endswith("s") and word[:-1] in self.title_heads  # "Commissioners"

        def rank(token) -> bool:
            return token.lower_.rstrip(".") in ranks

        return any(t.i in in_titles or rank(t) for t in span) and all(
            title(t) or rank(t) or t.is_punct or t.lower_ in ("and", "&", "of", "the") for t in span)

    def _repeated_parts(self, doc: Doc, ents: list[Span], stops: set[int]) -> list[Span]:
        """One part of a full name the text gave, written alone later where the model tagged nothing
        or a one-word organisation or place ("Shigeru Ishiba … Shigeru said", "Abdul Kadir Karding …
        Karding"): a person mention, which the linker joins to the full name. Only a capitalised
        proper noun standing alone (a proper noun beside it would make another name; "Although
        Shigeru" is alone), and not a country word or an organisation the knowledge base knows."""
        parts = {t.text for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e
                 if _letters(t) and _capitalised(t) and len(t) >= 3 and t.i not in stops}
        if not parts:
            return ents

        def alone(token) -> bool:
            if token.text not in parts:
                return False
            before = doc[token.i - 1] if token.i > 0 else None
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return token.i not in stops and token.pos_ == "PROPN" \
                and not (self.kb is not None and self.kb.countries_for(token.text)) \
                and _normalize(token.text) not in self.org_names \
                and not (before is not None and _proper_capital(before) and not token.is_sent_start) \
                and not (after is not None and _proper_capital(after) and not after.is_sent_start)

        # A hyphenated family name ("Okonkwo-Bello" of "Amara Okonkwo-Bello") is one part.
        compounds = {e.doc[s:t].text for e in ents if e.label_ == "PERSON" and len(e) > 3
                     for s, t in _compounds_in(e) if t < e.end or s > e.start}
        taken = {i for e in ents for i in range(e.start, e.end)}
        kept = [_relabel(e, "PERSON") if e.label_ in RELABEL and (len(e) == 1 and alone(e[0]) or e.text in compounds)
                else e for e in ents]
        added = [Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.i not in taken and alone(t)]
        return sorted([*kept, *added], key=lambda e: e.start)

    def _with_stray_parts(self, ents: list[Span], in_titles: set[int]) -> list[Span]:
        """A name the model cut in two, one half a person and the other a place or organisation it
        does not know ("Ryomasa" + "Akasawa" tagged as a place), is one name."""
        joined: list[Span] = []
        for ent in ents:
            last = joined[-1] if joined else None
            if last is not None and last.end == ent.start and {last.label_, ent.label_} & {"PERSON"} \
                    and self._stray(ent if last.label_ == "PERSON" else last, in_titles):
                joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
                continue
            joined.append(ent)
        return joined

    def _stray(self, span: Span, in_titles: set[int]) -> bool:
        """A one-word place or organisation the knowledge base does not know, written like a name
        and not part of an office title ("Secretary of State")."""
        word = span[0]
        return span.label_ in ("GPE", "ORG", "NORP", "LOC") and len(span) == 1 and word.is_alpha and word.is_title \
            and word.i not in in_titles and word.lower_ not in self.title_heads \
            and not self.kb.countries_for(span.text) and _normalize(span.text) not in self.org_names

    def _heads_in(self, doc: Doc) -> set[int]:
        """Tokens that are the head noun of an office title ("Senator", "Envoy")."""
        return {t.i for t in doc if t.is_title and t.lower_ in self.title_heads}

    def _native_script(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Known names written in Chinese characters, kana or hangul inside an English text
        ("Shigeru Ishiba (石破茂)", "特朗普"): the longest known name at each place in a CJK run."""
        found: list[Span] = []
        if not _CJK.search(text_of(doc)):
            return found  # most English texts hold no CJK character: skip the walk over every token
        for token in doc:
            if not _CJK.search(token.text) or any(e.start <= token.i < e.end for e in ents if e.label_ == "PERSON"):
                continue
            text, i = token.text, 0
            while i < len(text):
                size = next((n for n in range(min(self.native_longest, len(text) - i), 1, -1)
                             if text[i:i + n] in self.native), 0)
                if size:
                    span = doc.char_span(token.idx + i, token.idx + i + size, label="PERSON", alignment_mode="expand")
                    if span is not None:
                        found.append(span)
                    i += size
                else:
                    i += 1
        return found

    def _before_apposed_titles(self, doc: Doc, ents: list[Span]) -> list[Span]:
        """Two or three capitalised words the model left untagged, followed by a comma, "as" or a
        dash and an office title ("Rustam Kasimov, secretary of the security council", "Đỗ Thanh
        Bình as Minister of Home Affairs", "Seidu Issifu – Minister of State" in lists of
        appointments): a name in apposition."""
        found = []
        tagged = {i for e in ents for i in range(e.start, e.end)}
        # Only the few words after a comma, "as" or a dash are looked at, not every token.
        spans = (doc.char_span(m.start(), m.end())
                 for m in re.finditer(r",|\bas\b|(?<= )[–—-](?= )", text_of(doc)))
        commas = [span.start for span in spans if span is not None]
        heads = [doc[j] for i in commas for j in range(i + 1, min(i + 4, len(doc)))
                 if doc[j].lower_ in self.title_heads]
        for token in heads:
            if token.i < 3:
                continue
            comma = token.i - 1
            while comma > max(0, token.i - 4) and (doc[comma].lower_ in ("the", "a", "an")
                                                   or doc[comma].ent_type_ in ("NORP", "GPE")
                                                   or doc[comma].lower_ in self.title_words):
                comma -= 1  # ", the Ukrainian secretary", ", a minister", "– Regional Minister"
            if doc[comma].text not in _APPOSING:
                continue
            start = comma
            while start > 0 and comma - start < 3 and doc[start - 1].pos_ == "PROPN" and _name_like(doc[start - 1]) \
                    and start - 1 not in tagged:
                start -= 1
            if comma - start >= 2 and (start == 0 or not doc[start - 1].is_title or doc[start - 1].is_sent_start
                                       or doc[start - 1].is_punct):
                found.append(Span(doc, start, comma, label="PERSON"))
        return found

    def _after_titles(self, doc: Doc, titles) -> list[Span]:
        """Capitalised words right after an office title are a name: "Commerce Secretary Lutenik"."""
        found = []
        for _, _start, end in titles:
            stop = _name_words_end(doc, end, 3)
            if stop > end:
                found.append(Span(doc, end, stop, label="PERSON"))
        return found

    def _apposed_after(self, doc: Doc, end: int) -> Span | None:
        """A name set off by commas after a title and its of/for phrase: "The US Special Envoy for
        Middle East Affairs, Wittkopf, also announced …". The words between the commas must be
        written like a name and be no country or place the knowledge base knows."""
        i = end
        if i < len(doc) and doc[i].lower_ in ("for", "of", "to"):
            i += 1
            while i < len(doc) and i - end < 7 and (doc[i].is_title or doc[i].lower_ in ("of", "and", "the", "&")):
                i += 1
        if i + 2 >= len(doc) or doc[i].text != ",":
            return None
        # Translations from Arabic and Persian often quote the name: ', “Mouloud Gawish Oglu”,'.
        quoted = doc[i + 1].text in OPENING_QUOTES
        first = i + 1 + quoted
        stop = _name_words_end(doc, first, 4)
        closing = stop < len(doc) and quoted and doc[stop].text in CLOSING_QUOTES
        if stop == first or stop + closing >= len(doc) or quoted and not closing \
                or doc[stop + closing].text not in (",", ".") \
                or self.kb is not None and self.kb.countries_for(doc[first:stop].text):
            return None
        return Span(doc, first, stop, label="PERSON")


def _after_ranks(doc: Doc, ents: list[Span]) -> list[Span]:
    """Two or three name-like proper nouns after a military rank ("… of the Ministry of Defense
    Lieutenant General Vadym Skibitsky", which the model swallows into the ministry's span). Not
    when the model's entity begins at the rank: "General Motors", "Major League Baseball" are
    names of bodies, not ranks; nor a single rank word inside a capitalised run, where it is an adjective."""
    ranks = military_ranks()
    found = []
    for token in doc[:-2]:
        if not token.is_title or token.lower_.rstrip(".") not in ranks or doc[token.i + 1].lower_.rstrip(".") in ranks:
            continue
        first = token.i
        while first > 0 and doc[first - 1].is_title and doc[first - 1].lower_.rstrip(".") in ranks:
            first -= 1
        stop = token.i + 1
        while stop < len(doc) and stop - token.i <= 3 and doc[stop].pos_ == "PROPN" and _name_like(doc[stop]):
            stop += 1
        if stop - token.i - 1 < 2 or stop < len(doc) and doc[stop].pos_ == "PROPN" and _name_like(doc[stop]):
            continue
        # One rank word inside a run of capitalised words is an adjective ("the Extraordinary General
        # Border Committee"); a rank of two words ("Lieutenant General") or one that starts the run is a rank.
        if first == token.i and first > 0 and doc[first - 1].is_title and not doc[first].is_sent_start:
            continue
        if any(e.start >= first and e.start <= token.i + 1 and e.label_ != "PERSON" and e.end > token.i + 1
               for e in ents):
            continue
        # "Egypt's General Intelligence Service": a body's name after a rank word, not a name.
        if any(t.lower_ in organization_nouns() or t.lower_ in body_nouns() for t in doc[token.i + 1:stop]):
            continue
        found.append(Span(doc, token.i + 1, stop, label="PERSON"))
    return found


def _before_who(doc: Doc, end: int) -> bool:
    """Whether "who" or "whom" follows, after a comma or not: the relative pronoun of a person
    ("Kiswell Dakamau, who served in several senior posts"), which a body or a place does not take."""
    at = end + 1 if end < len(doc) and doc[end].text == "," else end
    return at < len(doc) and doc[at].lower_ in ("who", "whom")


def _proper_capital(token) -> bool:
    """A capitalised proper noun: beside a name part, it makes another name of it."""
    return token.is_title and token.pos_ == "PROPN"


@cache
def _place_nouns() -> frozenset[str]:
    """Generic nouns that end a place's name ("County", "Islands", "Bank"), from the data file."""
    return frozenset(normalize(word) for (word,) in read_rows("newsgraph.resolve", "place_nouns.tsv", 1))


def _office_styles() -> frozenset[str]:
    """Office and rank words written before a name that are not part of it, from the data file."""
    return frozenset(normalize(word) for (word,) in read_rows("newsgraph.resolve", "office_styles.tsv", 1))


# What sets a name off from the office apposed to it.
_APPOSING = (",", "as", "–", "—", "-")


def _inside_organization(span: Span) -> bool:
    """A single word that opens or continues the capitalised name of an organisation is part of
    that name, not a person: "Lai" in "the Gia Lai Provincial Party Committee" (a province named
    Gia Lai), "Christian" in "the Christian Democratic Party" (a family name too)."""
    doc = span.doc
    if len(span) != 1 or span.start == 0:
        return False
    before = doc[span.start - 1]
    if not (before.lower_ == "the" or _proper_capital(before) and not before.is_sent_start):
        return False
    nouns = organization_nouns()
    end = span.end
    while end < len(doc) and end - span.end < 5 and doc[end].is_title and doc[end].is_alpha:
        if doc[end].lower_ in nouns:
            return True
        end += 1
    return False


def _in_any(word: str, *sets: frozenset[str]) -> bool:
    """Whether `word` is in one of `sets`, without building their union."""
    return any(word in words for words in sets)


def _relabel(span: Span, label: str) -> Span:
    return span if span.label_ == label else Span(span.doc, span.start, span.end, label=label)


def _whole_name(span: Span, in_titles: set[int], ents: list[Span], known: frozenset[str] = frozenset(),
                heads: frozenset[str] = frozenset(), families: frozenset[str] = frozenset(),
                not_names: frozenset[str] = frozenset()) -> Span:
    """A known family name inside a longer name is the longer name ("Cheng" in "Cheng Lingyu");
    title words are not part of it ("Secretary of State Rubio"), nor is the rest of a place or
    organisation the model found around it ("Trump" in "Trump International Golf Links").
    In the capitalised run after "<title head> of" the name takes only the known name words
    (`known`) before the match: the rest of the run is the title's field ("the Director of
    Egyptian Intelligence" + "Hassan Reshat"; "the Minister of Finance" + "Ali Hassan").
    A one-word known name the model found at the end of a longer person name is that name's family
    name, whatever part of speech the parser gave the words before it ("Victor Cha", "Victor" read
    as a noun), unless a word before it is a title, a courtesy title or a known family name of its
    own ("Trump Xi" is two people). Nor does a name grow over a word that names a place, a body or
    an office (`not_names`: "the Senate" + "John Thun")."""
    doc, start, end = span.doc, span.start, span.end
    if end - start == 1:
        whole = next((e for e in ents if e.label_ == "PERSON" and e.start < start and e.end == end), None)
        styles = honorifics()
        if whole is not None and all(
                t.is_alpha and t.text[:1].isupper() and t.i not in in_titles and not _headline_verb(t)
                and not _in_any(normalize(t.text), families, styles, heads) for t in doc[whole.start:start]):
            return Span(doc, whole.start, end, label="PERSON")
    around = [e for e in ents if e.label_ != "PERSON" and e.start <= start and end <= e.end
              and e.end - e.start > end - start]
    if around:
        # "Mr Rudd" tagged as an organisation is the person with a courtesy title; "Trump" in
        # "Trump International Golf Links" is not.
        styles = honorifics()
        if all(normalize(t.text) in styles for e in around for t in (*e.doc[e.start:start], *e.doc[end:e.end])):
            return Span(doc, min(e.start for e in around), max(e.end for e in around), label="PERSON")
        return span

    # Another name the model found beside this one is another person: "Vladimir Putin" + "Yuriy Ushakov".
    # Nor does a name grow into a place or body the model found beside it ("the Middle East" +
    # "Stephen Witkoff").
    others = {i for e in ents if not (e.start <= start and end <= e.end)
              and (e.label_ == "PERSON" or e.label_ in _PLACE_LABELS) for i in range(e.start, e.end)}

    def extends(i: int) -> bool:
        return doc[i].pos_ == "PROPN" and _name_like(doc[i]) and i not in in_titles and i not in others \
            and normalize(doc[i].text) not in not_names

    if end - start > 1:
        return span  # a known full name ends where it ends: "Vladimir Putin" + "Yuriy Ushakov" are two people
    run = start
    while run > 0 and extends(run - 1):
        run -= 1
    field = run >= 2 and doc[run - 1].lower_ in ("of", "for") and normalize(doc[run - 2].text) in heads
    while start > 0 and end - start < 4 and extends(start - 1) and not _headline_verb(doc[start - 1]) \
            and not (field and normalize(doc[start - 1].text) not in known):
        start -= 1
    while end < len(doc) and end - start < 4 and extends(end):
        end += 1
    return Span(doc, start, end, label="PERSON") if (start, end) != (span.start, span.end) else span


def _with_initials(ents: list[Span]) -> list[Span]:
    """Initials the model tagged as a person of their own, right before the name they begin ("W." +
    "Shaibu", "I." + "Abbas"), are one name with it ("W. Shaibu")."""
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start \
                and all(INITIALS.match(t.text) for t in last):
            joined[-1] = Span(ent.doc, last.start, ent.end, label="PERSON")
            continue
        joined.append(ent)
    return joined


def _joined_name(span: Span, families: frozenset[str] = frozenset()) -> Span:
    """A person span grown over what joins a name's parts: particles between capitalised parts
    ("Ursula von der" + "Leyen", "Badr" + "bin Hamad al-Busaidi") and hyphens written without
    spaces ("Kim Moon" + "-soo", "Woo Won" + "-Shik", "Takht" + "-Ravanchi", "Tunde Bakare" +
    "-Smith"); but two known family names joined so pair two people ("Putin" + "-Trump")."""
    doc, start, end = span.doc, span.start, span.end
    particles = name_particles()

    def capital(i: int) -> bool:
        return i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper() and doc[i].lower_ not in _TITLE_WORDS

    styles = honorifics()
    while end < len(doc) and all(normalize(t.text) in styles for t in doc[start:end]) and capital(end):
        end += 1  # the model took "Mr" alone for the name: "Mr" + "Rudd"
    while end < len(doc):
        token = doc[end - 1]
        # "Moon-soo", "al-Busaidi", and in a name of two words or more "Won-Shik"; but
        # "Vladimir Putin-Trump" pairs two names, so a known family name after it stays apart.
        if doc[end].text in HYPHENS and not token.whitespace_ and not doc[end].whitespace_ \
                and end + 1 < len(doc) and doc[end + 1].is_alpha \
                and (doc[end + 1].is_lower or token.lower_ in particles
                     or _name_parts([doc[end + 1]]) and not _pairs_people(doc, end, families)):
            end += 2
            continue
        if doc[end].text in ("'", "’") and not token.whitespace_ and doc[end].whitespace_ \
                and end + 1 < len(doc) and doc[end + 1].lower_ in particles:
            end += 1  # an ayn written as an apostrophe before the next part: "Shia'" + "al-Sudani"
            continue
        run = end
        while run < len(doc) and doc[run].lower_ in particles and run - end < 3:
            run += 1
        if run > end and (capital(run) or run < len(doc) and doc[run].lower_ in particles):
            end = run + 1
            continue
        if run > end and run + 1 < len(doc) and doc[run].text in HYPHENS and not doc[run - 1].whitespace_ \
                and not doc[run].whitespace_ and capital(run + 1):
            end = run + 2  # "Hamad" + "al-Busaidi"
            continue
        if token.lower_ in particles and capital(end):
            end += 1  # the model stopped after the particle: "Ursula von der" | "Leyen"
            continue
        break
    while start > 0 and doc[start].lower_ in particles and capital(start - 1):
        start -= 1
    while end - start > 1 and doc[end - 1].lower_ in particles:
        end -= 1
    return Span(doc, start, end, label="PERSON") if (start, end) != (span.start, span.end) else span


def _with_nicknames(doc: Doc, ents: list[Span]) -> list[Span]:
    """A nickname in quotes written before a person's family name is part of the name, with the
    given name before it if there is one: "Ana “Nena” Cruz", "“Lito” Reyes" (Philippine and
    Latin American papers write leaders so). The model reads the quoted word and the names around
    it as separate people or none; one name span takes them all, and the resolver sets the nickname
    aside. One or two capitalised proper nouns inside the quotes (not "'Yes' Trump said"), and the
    family name right after."""
    persons = [e for e in ents if e.label_ == "PERSON"]
    joined = []
    for person in persons:
        close = person.start - 1
        opening = next((i for i in (close - 2, close - 3) if i >= 0 and doc[i].text in OPENING_QUOTES), None)
        if close < 2 or doc[close].text not in CLOSING_QUOTES or opening is None \
                or not all(t.is_title and t.is_alpha and t.pos_ == "PROPN" for t in doc[opening + 1:close]) \
                or doc[opening].whitespace_ or doc[close - 1].whitespace_:
            continue
        given = next((e for e in persons if e.end == opening and e.end - e.start <= 3), None)
        start = given.start if given is not None else opening
        joined.append(Span(doc, start, person.end, label="PERSON"))
    if not joined:
        return ents
    covered = {i for span in joined for i in range(span.start, span.end)}
    kept = [e for e in ents if not any(i in covered for i in range(e.start, e.end))]
    return sorted(kept + joined, key=lambda e: e.start)


def _with_family_names_after(span: Span, stops: set[int]) -> Span:
    """A person span the model ended before the family names written after it, which no entity
    takes ("Cossette Alejandra" + "López Osorio", as Spanish names add the mother's family name):
    one or two capitalised proper nouns, and then no third."""
    doc, end = span.doc, span.end
    if not _letters(span[-1]):
        return span  # "Gilberto “" + "Gibo": a nickname in quotes, not a family name
    while end < len(doc) and end - span.end < 3 and doc[end - 1].whitespace_ and doc[end].pos_ == "PROPN" \
            and not doc[end].ent_type_ and end not in stops and not doc[end].is_sent_start and _name_like(doc[end]):
        end += 1
    return span if end - span.end not in (1, 2) else Span(doc, span.start, end, label="PERSON")


def _opening_place(span: Span) -> bool:
    """A name between a sentence's opening "In" and a comma is where something happens, not who
    does it ("In Lagos, the governor said …"; the model tags some cities as people)."""
    doc = span.doc
    return span.start > 0 and doc[span.start - 1].lower_ == "in" and doc[span.start - 1].is_sent_start \
        and span.end < len(doc) and doc[span.end].text == ","


def _joins(doc: Doc, i: int) -> bool:
    """Whether token i is a hyphen written without spaces between two words ("Kowalski-Nunez")."""
    return 0 < i < len(doc) - 1 and doc[i].text in HYPHENS and not doc[i - 1].whitespace_ \
        and not doc[i].whitespace_ and doc[i - 1].is_alpha and doc[i + 1].is_alpha


def _pairs_people(doc: Doc, i: int, families: frozenset[str]) -> bool:
    """Whether token i is a hyphen between two known family names, which pairs two people
    ("the Putin-Trump summit") rather than joining one name's parts."""
    return _joins(doc, i) and normalize(doc[i - 1].text) in families and normalize(doc[i + 1].text) in families


def _compound(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The bounds of the hyphenated words a span starts or ends inside, grown to whole words
    ("Bakare-" → "Bakare-Smith", "Smith" after "Bakare-" → "Bakare-Smith")."""
    if _joins(doc, start):
        start -= 1
    while start >= 2 and _joins(doc, start - 1):
        start -= 2
    if end - start > 1 and _joins(doc, end - 1):
        end += 1
    while end < len(doc) - 1 and _joins(doc, end):
        end += 2
    return start, end


def _part_of_compound(doc: Doc, start: int, end: int, families: frozenset[str]) -> bool:
    """A known name that is only part of a hyphenated name of capitalised words ("Smith" in
    "Bakare-Smith"), unless every part is a known family name ("Putin-Trump")."""
    first, last = _compound(doc, start, end)
    if (first, last) == (start, end):
        return False
    return _name_parts(doc[first:last]) and not any(_pairs_people(doc, i, families) for i in range(first, last))


def _name_words_end(doc: Doc, start: int, most: int) -> int:
    """Where a run of up to `most` words written like a name ends, from `start`; a hyphenated word
    of such parts ("Anne-Marie", "Kowalski-Nunez") is one word."""
    end, words = start, 0
    while end < len(doc) and words < most and _name_like(doc[end]):
        end += 1
        while _joins(doc, end) and _name_like(doc[end + 1]):
            end += 2
        words += 1
    return end


def _name_parts(tokens) -> bool:
    """Whether the words of a hyphenated word are all written like a name: capitalised, and no
    title, rank or word the model tagged a place or people ("Major-General", "Russia-Ukraine")."""
    ranks = military_ranks()
    return all(t.text[:1].isupper() and _name_like(t) and normalize(t.text) not in ranks
               and t.ent_type_ not in ("GPE", "NORP", "LOC") for t in tokens if t.is_alpha)


def _compounds_in(span: Span) -> list[tuple[int, int]]:
    """The hyphenated words written like a name inside a span, as token bounds."""
    doc, found, i = span.doc, [], span.start
    while i < span.end:
        start, end = _compound(doc, i, i + 1)
        if end - start > 1 and _name_parts(doc[start:end]):
            found.append((start, end))
        i = max(end, i + 1)
    return found


def _whole_compounds(ents: list[Span], families: frozenset[str]) -> list[Span]:
    """Entity spans the model cut inside a hyphenated name, grown to the whole name: "Tunde Bakare-"
    (organisation) + "Smith" (person) → the person "Tunde Bakare-Smith"; "García" + "-Page" → one
    name. A part written capitalised after the hyphen belongs to the name unless both sides are
    known family names ("the Putin-Trump summit" pairs two people). Only a cut a person span takes
    part in is mended, and only over parts written like a name ("US-Iran", "Major-General" stay);
    lower-case parts ("Moon-soo") are joined later, with the particles."""
    if not ents:
        return ents
    doc = ents[0].doc
    grown: list[Span] = []
    for ent in ents:
        start, end = _compound(doc, ent.start, ent.end)
        taken = [e for e in ents if e.start < end and start < e.end]
        if (start, end) == (ent.start, ent.end) or ent.label_ not in RELABEL \
                or not any(e.label_ == "PERSON" for e in taken) or not _name_parts(doc[start:end]) \
                or any(_pairs_people(doc, i, families) for i in range(start, end)):
            grown.append(ent)
            continue
        grown.append(Span(doc, min(start, *(e.start for e in taken)), max(end, *(e.end for e in taken)),
                          label="PERSON"))
    return sorted(filter_spans(grown), key=lambda s: s.start)


def _only_titles(span: Span, in_titles: set[int] | frozenset[int]) -> bool:
    """Whether every word of a span is part of an office title, a title word or a courtesy title."""
    styles = honorifics()
    return all(t.i in in_titles or t.lower_ in _TITLE_WORDS or normalize(t.text) in styles or t.is_punct
               for t in span)


def _letters(token) -> bool:
    """Letters only, or letters joined by an apostrophe as many names are ("N’Tam", "O'Brien")."""
    text = token.text
    return token.is_alpha or len(text) > 2 and text[0].isalpha() and text[-1].isalpha() \
        and text.replace("’", "").replace("'", "").isalpha()


def _capitalised(token) -> bool:
    """Written as a name part is: "Ishiba", and "Na’im" or "N’Tam", where str.istitle would
    expect a capital after the apostrophe."""
    return token.is_title or token.text[:1].isupper() and not token.is_alpha and _letters(token) \
        or _PREFIXED.fullmatch(token.text) is not None


# A family name whose short prefix keeps its own capital: "MacAskill", "McCarthy", "DiMaio", "LaHood".
_PREFIXED = re.compile(r"[A-Z][a-z]{1,3}[A-Z][a-z]+")


def _name_like(token) -> bool:
    # A plural opening the sentence is a greeting or a common noun, not a name ("Congratulations X").
    if token.tag_ == "NNPS" and token.is_sent_start:
        return False
    return (_capitalised(token) or token.is_upper and len(token) > 1) and _letters(token) \
        and token.lower_ not in _TITLE_WORDS and not token.is_stop and token.ent_type_ not in ("DATE", "TIME") \
        and not _reports(token) and token.lower_ not in follower_nouns()


def _reports(token) -> bool:
    """An inflected verb of saying ("Says", "Warns", "Told"): capitalised in a headline, the model
    takes it for part of the name beside it ("… Minister Says Trump's Criticism …")."""
    lemma = saying_lemma(token.text)
    return lemma is not None and token.lower_ != lemma


def _names_with_two_surnames(kb: KnowledgeBase) -> frozenset[str]:
    """The known names (normalised) of people who held an office of a country whose official
    language is Spanish or Portuguese, in law or in fact (CLDR's territory data, through Babel): there a person has
    two family names, and the press often writes a name with both where the knowledge base
    has one ("José Raúl Mulino Quintero")."""
    countries = {position.polity for position in kb.positions.values() if position.polity}
    iberian = {c for c in countries if len(c) == 2 and {"es", "pt"} & set(get_official_languages(c, de_facto=True))}
    people = {t.person for position in kb.positions.values() if position.polity in iberian
              for t in kb.terms_by_position.get(position.id, [])}
    return frozenset(normalize(f.form) for f in kb.person_forms
                     if f.entity in people and f.kind in ("name", "alias") and len(f.form.split()) > 1)


def _given_name_not_verb(token, given_names: frozenset[str]) -> bool:
    """A capitalised verb of saying that is someone's given name ("Said", the Arabic name), outside
    a line of headline capitals, where it would be the verb ("Minister Said To Resign")."""
    return token.is_title and normalize(token.text) in given_names and not _headline_cased(token.sent)


def _headline_cased(sentence: Span) -> bool:
    """Whether a line is written in headline capitals: most of its longer words outside names
    capitalised ("Trump Said To Weigh New Tariffs"), as running prose never is."""
    words = [t for t in sentence if t.is_alpha and len(t) > 3 and not t.ent_type_]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


def _headline_verb(token) -> bool:
    """An inflected verb of the event lexicon ("Captures", "Sanctions", "Urged") written
    capitalised before a name, as headlines do; a name of the lexicon's bare form stays ("Strike")."""
    word = token.lower_
    lemma = verb_lemma(word, VERB_SENSES) if token.is_title and word.endswith(("s", "d")) else None
    return lemma is not None and lemma != word


@cache
def follower_nouns() -> frozenset[str]:
    """Nouns after a name that make a body or period of the person ("Cabinet", "administration")."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "name_followers.tsv", 1))


def _without_reporting_verbs(span: Span, given_names: frozenset[str] = frozenset()) -> Span:
    """A person span without the verbs of saying at its edges ("Says Trump" → "Trump") and without
    a noun after the name that makes it a body of the person ("Ishiba Cabinet" → "Ishiba"). A word
    of saying that is also a given name ("Said", the Arabic name) opens the name, except in a line
    written in headline capitals: "General Said Kuol Deng" is one person."""
    if span.label_ != "PERSON":
        return span
    start, end = span.start, span.end
    while end - start > 1 and _reports(span.doc[start]) and not _given_name_not_verb(span.doc[start], given_names):
        start += 1
    if end - start > 1 and _headline_verb(span.doc[start]):
        start += 1  # "U.S. Captures Maduro, Sends Him to New York"
    while end - start > 1 and (_reports(span.doc[end - 1]) or span.doc[end - 1].lower_ in follower_nouns()):
        end -= 1
    return Span(span.doc, start, end, label=span.label_) if (start, end) != (span.start, span.end) else span


_NOT_NAME_POS = frozenset({"ADV", "SCONJ", "CCONJ", "INTJ"})


def _without_credit(span: Span) -> Span:
    """A person's name ends before a slash and before a line break: "Saul Loeb/AFP" under a photograph
    is the photographer and the agency, and a name does not run on into the next paragraph."""
    if span.label_ != "PERSON":
        return span
    end = next((t.i for t in span if t.text == "/" or t.is_space and "\n" in t.text), span.end)
    return Span(span.doc, span.start, end, label=span.label_) if end > span.start else span


def _without_opening_adverb(span: Span) -> Span:
    """A name span that opens its sentence with a word the tagger reads as no noun: "Later
    Burnham met union leaders" → "Burnham" (which the model had taken for an organisation).
    Particles of names ("al", "van") stay."""
    start = span.start
    while span.label_ in RELABEL and span.end - start > 1 and span.doc[start].is_sent_start \
            and span.doc[start].pos_ in _NOT_NAME_POS and span.doc[start].lower_ not in name_particles():
        start += 1
    return Span(span.doc, start, span.end, label=span.label_) if start != span.start else span


def _without_possessive(span: Span) -> Span:
    """"Gaoshi Zaomiao's" → "Gaoshi Zaomiao"."""
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].lower_ in ("'s", "’s", "'", "’"):
        end -= 1
    return Span(span.doc, span.start, end, label=span.label_) if end != span.end else span


def _initialled_name(span: Span, in_titles: set[int] | frozenset[int] = frozenset()) -> bool:
    """Given name, initial(s), family name and perhaps a generational suffix: "John F. Smith",
    "Robert F. Kennedy Jr.". Every word is a name word, an initial or the suffix, and the span
    opens with a written-out name word that does not continue a capitalised run ("Air Vice
    Marshall S.K. Aneke": "Marshall" ends a rank, not a given name)."""
    words = list(span)
    if len(words) < 3 or not _name_like(words[0]):
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_title and before.i not in in_titles and not before.is_sent_start:
        return False
    initials = [t for t in words[1:-1] if INITIALS.match(t.text)]
    suffix = [words[-1]] if words[-1].lower_.rstrip(".") in GENERATIONS else []
    return bool(initials) and all(_name_like(t) or t in initials or t in suffix for t in words)


def _inside_other(person: Span, ents: list[Span]) -> bool:
    """A name match inside a longer non-person entity of a kind we do not relabel ("May 2025")."""
    return any(e.start <= person.start and person.end <= e.end and e.label_ not in RELABEL
               for e in ents)


def _merge(ents: list[Span], people: list[Span], in_titles: set[int] | frozenset[int] = frozenset(),
           name_words: frozenset[str] = frozenset(), given_names: frozenset[str] = frozenset(),
           two_surnames: frozenset[str] = frozenset()) -> list[Span]:
    """Put person spans in; an overlapping entity keeps only its part before the person, unless that
    part is only an office title or a courtesy title ("Crown Prince" of "Crown Prince Mohammed"), or
    a given name the model read with a known family name ("Joao" of "Joao Cotrim Figueiredo", where
    the knowledge base knows "Cotrim Figueiredo"), which the known name then takes in. A known name
    of someone named in the Spanish or Portuguese way (`two_surnames`) takes in a family name right
    after it (`_with_second_surnames`)."""
    kept = []
    for ent in ents:
        overlapping = [p for p in people if p.start < ent.end and ent.start < p.end]
        if not overlapping:
            kept.append(ent)
            continue
        if ent.label_ not in RELABEL or ent.label_ == "PERSON" \
                and all(len(p) == 1 for p in overlapping) and _initialled_name(ent, in_titles):
            # Dates and numbers win; so does a name the model read whole with an initial in it
            # ("Robert F. Kennedy Jr."): one person, not the one-word names it holds ("Robert",
            # a Micronesian minister's family name, and "Kennedy").
            people = [p for p in people if p not in overlapping]
            kept.append(ent)
            continue
        first = min(p.start for p in overlapping)
        head = ent.doc[ent.start:first]
        known = next((p for p in overlapping if p.start == first and p.label_ == "PERSON" and len(p) > 1), None)
        if ent.label_ == "PERSON" and known is not None and 0 < len(head) <= 2 and all(
                (_name_like(t) or _given_name_not_verb(t, given_names)) and t.i not in in_titles
                and normalize(t.text) in given_names
                and normalize(t.text) not in honorifics() and t.lower_.rstrip(".") not in military_ranks()
                for t in head):
            people = [Span(ent.doc, ent.start, known.end, label="PERSON") if p == known else p for p in people]
        elif first > ent.start and not _only_titles(head, in_titles):
            kept.append(Span(ent.doc, ent.start, first, label=ent.label_))
        last = max(p.end for p in overlapping)
        # "Vladimir Putin Yuriy Ushakov" as one name: the known name and the name after it. One more
        # word the model took into the name, and no word of any known name, is the rest of the same
        # name ("Guillaume Ngefa-Atondoko" + "Andali").
        if ent.label_ == "PERSON" and last < ent.end and all(_name_like(t) for t in ent.doc[last:ent.end]):
            tail = ent.doc[last:ent.end]
            known = next((p for p in overlapping if p.end == last and p.label_ == "PERSON"), None)
            if known is not None and len(tail) == 1 and normalize(tail.text) not in name_words:
                people = [Span(ent.doc, known.start, ent.end, label="PERSON") if p == known else p for p in people]
            else:
                kept.append(Span(ent.doc, last, ent.end, label="PERSON"))
    return _with_second_surnames(sorted(filter_spans(kept + people), key=lambda s: s.start), two_surnames,
                                 given_names)


def _with_second_surnames(spans: list[Span], two_surnames: frozenset[str], given_names: frozenset[str]) -> list[Span]:
    """A known name of someone named in the Spanish or Portuguese way followed at once by a family
    name the knowledge base knows of others ("José Raúl Mulino" + "Quintero") is one name."""
    out: list[Span] = []
    for span in spans:
        before = out[-1] if out else None
        if before is not None and before.label_ == span.label_ == "PERSON" and before.end == span.start \
                and len(span) == 1 and normalize(before.text) in two_surnames \
                and normalize(span.text) not in given_names and _name_like(span[0]):
            out[-1] = Span(span.doc, before.start, span.end, label="PERSON")
        else:
            out.append(span)
    return out
