"""Nineteenth round of person resolution on unseen reports (issue #11): nouns for an official that
say what kind of office the person holds ("the senior diplomat", "the veteran diplomat") continue
the latest person named before them whose office is of that kind. The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people


def test_a_described_diplomat_is_the_latest_diplomat_named_before(analyzer):
    """"the senior diplomat added" after a deputy foreign minister and then the president were named:
    the diplomat, not the president named last; with a country word the same."""
    text = ("Russian Deputy Foreign Minister Sergei Ryabkov spoke to reporters in Moscow on Wednesday. "
            "He said President Vladimir Putin had made his position clear. "
            "\"We extended our hand,\" the senior diplomat added. "
            "\"There is no discussion of it now,\" the senior Russian diplomat said.")
    people = _people(analyzer, text, "2025-10-08")
    assert people["the senior diplomat"] == "Sergei Ryabkov"
    assert people["the senior Russian diplomat"] == "Sergei Ryabkov"


def test_a_described_diplomat_with_no_diplomat_named_before_is_nobody(analyzer):
    """Only a president was named: "the veteran diplomat" is someone the report has not named."""
    text = ("President Vladimir Putin spoke to reporters in Moscow on Wednesday. "
            "\"We extended our hand,\" the veteran diplomat added.")
    assert _people(analyzer, text, "2025-10-08").get("the veteran diplomat") is None
