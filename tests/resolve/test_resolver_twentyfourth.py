"""Twenty-fourth round of person resolution (issue #11): initials that spell a word titles ignore
are no abbreviation of an office, and a nickname in quotes inside a name is set aside before the
name is matched. The names are real office holders; the phrasings are this project's own."""

from __future__ import annotations

from datetime import date

import pytest
from tests.kb.conftest import title_index

from newsgraph.model import ResolutionStatus
from newsgraph.resolve.titles import acronymed


@pytest.fixture(scope="module")
def index(kb):
    return title_index(kb)


def test_initials_that_spell_the_are_not_an_abbreviation():
    """"Timorese Higher Education Minister" must not become "THE Minister": "the" is dropped from
    titles, which left the bare head and made every "the Minister" read as that one office."""
    heads = frozenset({"minister", "chairperson"})
    assert acronymed("Timorese Higher Education Minister", heads) == "Timorese Higher Education Minister"
    assert acronymed("African Union Commission Chairperson", heads) == "AUC Chairperson"


def test_words_already_in_capitals_are_not_abbreviated_again():
    assert acronymed("NNPC Group Holding Chairperson", frozenset({"chairperson"})) == "NNPC Group Holding Chairperson"


def test_a_bare_minister_names_no_single_ministry(index):
    """A title of one word fits every minister alike, so it names none of them in particular."""
    found = index.score("the Minister")
    assert not found or len({office for office, _, _ in found}) > 2


def test_a_quoted_nickname_is_set_aside(resolver):
    link = resolver.resolve('Luiz Inácio "Lula" da Silva', date(2025, 9, 1))
    assert link.status.is_resolved and link.entity == "lula-da-silva"
    assert "nickname 'Lula'" in link.explanation


def test_a_quoted_nickname_does_not_make_an_unknown_name_known(resolver):
    link = resolver.resolve("Maria “Tita” Quenborough", date(2025, 9, 1))
    assert link.status is ResolutionStatus.unresolved
