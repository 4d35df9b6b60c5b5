"""The lean phrase table finds exactly what spaCy's PhraseMatcher finds, in the same order."""

from __future__ import annotations

import pickle

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.matcher import PhraseMatcher

from newsgraph.analysis.matching import PhraseTable

NLP = spacy.blank("en")
WORDS = ["Foreign", "foreign", "Minister", "minister", "of", "Japan", "Deputy", "Kim", "Moon-soo", "U.N.", "chief",
         "'s"]
TITLES = ["foreign minister", "minister", "deputy foreign minister", "foreign minister of japan",
          "U.N. chief", "Secretary-General", "Japan's foreign minister"]


def spacy_matches(phrases: list[str], attr: str, text: str) -> list[tuple[int, int]]:
    matcher = PhraseMatcher(NLP.vocab, attr=attr)
    matcher.add("X", [NLP.make_doc(p) for p in phrases if p.strip()])
    return [(s, e) for _, s, e in matcher(NLP.make_doc(text))]


def table_matches(phrases: list[str], attr: str, text: str) -> list[tuple[int, int]]:
    return [(s, e) for _, s, e in PhraseTable(NLP, attr, "X", phrases)(NLP.make_doc(text))]


def test_overlapping_and_nested_titles_all_come_out_by_start_then_end():
    text = "The Deputy Foreign Minister of Japan met the U.N. chief and Japan's foreign minister."
    found = table_matches(TITLES, "LOWER", text)
    assert found == spacy_matches(TITLES, "LOWER", text)
    doc = NLP.make_doc(text)
    assert [doc[s:e].text for s, e in found][:4] == [
        "Deputy Foreign Minister", "Foreign Minister", "Foreign Minister of Japan", "Minister"]


def test_orth_keeps_case_and_lower_ignores_it():
    names = ["Kim Moon-soo", "Moon"]
    text = "kim moon-soo and Kim Moon-soo and moon"
    doc = NLP.make_doc(text)
    assert [doc[s:e].text for s, e in table_matches(names, "ORTH", text)] == ["Kim Moon-soo", "Moon"]
    assert [doc[s:e].text for s, e in table_matches(names, "LOWER", text)] == [
        "kim moon-soo", "moon", "Kim Moon-soo", "Moon", "moon"]


def test_phrases_split_where_the_text_splits_and_empty_phrases_are_ignored():
    phrases = ["Secretary-General", "", "   ", "U.N. chief"]
    text = "the U.N. chief, the UN Secretary-General"
    assert table_matches(phrases, "LOWER", text) == spacy_matches(phrases, "LOWER", text)
    assert len(PhraseTable(NLP, "LOWER", "X", phrases)) == 3  # the blank phrase is one whitespace token


def test_the_label_key_is_the_vocabulary_hash_of_the_label():
    table = PhraseTable(NLP, "ORTH", "PERSON", ["Kim"])
    assert table(NLP.make_doc("Kim"))[0][0] == NLP.vocab.strings["PERSON"]


def test_a_table_survives_pickling_for_worker_processes():
    table = pickle.loads(pickle.dumps(PhraseTable(NLP, "LOWER", "X", TITLES)))
    assert table_matches(TITLES, "LOWER", "Japan's foreign minister") == [
        (s, e) for _, s, e in table(NLP.make_doc("Japan's foreign minister"))]


@pytest.mark.parametrize("attr", ["ORTH", "LOWER"])
@settings(max_examples=150, deadline=None)
@given(phrases=st.lists(st.lists(st.sampled_from(WORDS), min_size=1, max_size=4).map(" ".join), max_size=8),
       text=st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join))
def test_same_matches_as_spacy_on_any_phrases_and_text(attr, phrases, text):
    assert table_matches(phrases, attr, text) == spacy_matches(phrases, attr, text)


@pytest.mark.parametrize("phrase", ["Ryosei Akazawa", "foreign minister", "cannot", "Gonna Win", "Moon-soo",
                                    "U.N. chief", "O'Brien", "Dr. No", "João Lourenço", "石破茂", "Mr  Double",
                                    " Leading", "Kim Jong Un's"])
def test_words_read_without_the_tokenizer_are_the_tokenizer_s(phrase):
    """Plain phrases skip the tokenizer; every phrase still splits exactly where a Doc's text does."""
    for attr, field in (("ORTH", "orth_"), ("LOWER", "lower_")):
        table = PhraseTable(NLP, attr, "X", [phrase])
        assert table.phrases == {"\x1f".join(getattr(t, field) for t in NLP.make_doc(phrase))}


def test_the_knowledge_base_s_names_and_titles_split_as_the_tokenizer_splits_them(analyzer):
    """Over a sample of the bundled names and titles, with the pipeline's own tokenizer."""
    kb, nlp = analyzer.kb, analyzer.nlp
    phrases = sorted({f.form for f in kb.person_forms} | {t for p in kb.positions.values()
                                                         for ts in p.titles.values() for t in ts})[::9]
    assert len(phrases) > 5000
    for attr, field in (("ORTH", "orth_"), ("LOWER", "lower_")):
        table = PhraseTable(nlp, attr, "X", phrases)
        assert table.phrases == {"\x1f".join(getattr(t, field) for t in nlp.make_doc(p)) for p in phrases} - {""}
