"""The resolver's word lists are data files: every entry has a source and is listed once."""

import pytest

from newsgraph.datafiles import check_rows, lines

# (file, fields before the source, leading fields that name an entry)
FILES = [("honorifics.tsv", 1, 1), ("name_particles.tsv", 1, 1), ("role_predicates.tsv", 1, 1),
         ("title_cues.tsv", 2, 1), ("role_nouns.tsv", 2, 1),
         ("office_styles.tsv", 1, 1), ("place_nouns.tsv", 1, 1), ("name_followers.tsv", 1, 1),
         ("country_anaphors.tsv", 1, 1), ("leading_office.tsv", 2, 1), ("generic_heads.tsv", 1, 1),
         ("leaving_words.tsv", 2, 1), ("post_nouns.tsv", 1, 1)]


@pytest.mark.parametrize("name, fields, key", FILES)
def test_every_entry_has_a_source_and_is_listed_once(name, fields, key):
    rows = lines("newsgraph.resolve", name)
    assert rows and check_rows(name, rows, fields, key) == []


def test_the_check_finds_a_duplicate_and_a_missing_source():
    rows = (("mr", "own words"), ("mr", "own words"), ("dr", ""))
    problems = check_rows("x.tsv", rows, 1, 1)
    assert any("listed twice" in p for p in problems) and any("no source" in p for p in problems)
