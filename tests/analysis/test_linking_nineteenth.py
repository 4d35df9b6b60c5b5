"""Nineteenth round of person resolution on unseen reports (issue #11): nouns for an official that
say what kind of office the person holds ("the senior diplomat", "the veteran diplomat") continue
the latest person named before them whose office is of that kind. The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people
from tests.analysis.linked_people import record_of


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


def test_a_pronoun_does_not_make_a_title_name_a_worse_fitting_office(analyzer):
    """"German Chancellor Merkel … she" in late 2025 is a wrong name for Friedrich Merz, flagged. The
    chancellor's wife is female and holds an office whose name holds "Chancellor", but the pronoun
    sets aside only holders of the office the title fits best."""
    text = ("The Financial Times reported that German Chancellor Merkel publicly stated that "
            "she plans to raise import tariffs on Chinese steel.")
    merkel = next(m for m in record_of(analyzer, text, "2025-11-06").mentions if m.text == "Merkel")
    assert merkel.status.value == "conflict"
    assert merkel.entity is not None and merkel.entity.name == "Friedrich Merz"
