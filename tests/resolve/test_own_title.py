"""The part of a title that is its holder's own office (issue #11)."""

import pytest

from newsgraph.resolve.titles import own_title

HEADS = frozenset({"president", "minister", "adviser", "chief", "secretary", "envoy", "spokesperson"})


@pytest.mark.parametrize("title, own", [
    ("Diplomatic Adviser to the President of the UAE", "Diplomatic Adviser"),
    ("Chief of Staff to the Prime Minister", "Chief of Staff"),
    ("spokesperson for the president's office", "spokesperson"),
    ("Minister of Foreign Affairs", "Minister of Foreign Affairs"),  # no office after "of"
    ("Secretary of the Navy", "Secretary of the Navy"),  # "the Navy" is no title head
    ("Prime Minister of Japan", "Prime Minister of Japan"),
])
def test_words_after_to_the_that_name_another_office_are_not_the_holders_title(title, own):
    assert own_title(title, HEADS) == own
