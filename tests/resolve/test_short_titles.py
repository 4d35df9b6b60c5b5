"""A title written shorter than the office's phrasings ("Director of Egyptian Intelligence" for the
Director of the General Intelligence Service) still names the office, when every word written is
one of the office's and the office is no lesser one the words leave out (issue #11)."""

from __future__ import annotations

import pytest
from tests.kb.conftest import title_index


@pytest.fixture(scope="module")
def index(kb):
    return title_index(kb)


def test_a_title_whose_words_are_all_the_offices_fits_it(index):
    [(office, score, _), *_] = index.score("Director of Egyptian Intelligence", "EG")
    assert office == "eg.gis_director"
    assert score >= 0.7  # a remit read after a title needs 0.6


def test_a_title_missing_a_rank_word_is_not_the_lesser_office(index):
    """"Foreign Minister" is in every word of "deputy foreign minister" too: that office lacks no
    word written, but has one ("deputy") that makes it another office."""
    scored = dict((p, s) for p, s, _ in index.score("Foreign Minister", "JP"))
    assert scored["jp.foreign_minister"] == 1.0
    assert scored.get("jp.mofa_deputy_minister", 0.0) < 0.6


def test_among_offices_that_contain_the_words_the_tighter_fit_ranks_first(index):
    ranked = [p for p, _, _ in index.score("Director of Intelligence", "US")]
    assert ranked[0] == "us.director_of_national_intelligence"
