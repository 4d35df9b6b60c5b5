"""Seventh round of person resolution on unseen reports (issue #11): a bare title that names the
head of the ministry an official named before it works for. The sentences are this project's own."""

from __future__ import annotations

import pytest

from newsgraph.model import Document, Precision, PublishedDate


def _people(analyzer, text: str, day: str) -> dict[str, str | None]:
    record = analyzer.analyze(Document(text=text, published=PublishedDate(value=day, precision=Precision.day)))
    return {m.text: (m.entity.name if m.entity and m.status.value != "unresolved" else None)
            for m in record.mentions if m.type == "PERSON"}


def test_a_bare_title_is_the_head_of_the_ministry_of_a_spokesperson_named_before(analyzer):
    # The text names the EU and the US as well: "the one country the text names" does not decide;
    # the spokesperson's ministry does.
    people = _people(analyzer, "Foreign ministry spokesperson Lin Jian told a regular press briefing in Beijing on "
                               "Tuesday that the European Union and the United States should respect the rules. He "
                               "added that the Foreign Minister would travel to Brussels next week for talks on "
                               "trade.", "2025-07-01")
    assert people["the Foreign Minister"] == "Wang Yi"


@pytest.mark.parametrize("text, day, title", [
    # "the president" names no field: a prime minister named before does not make it Poland's.
    ("Prime Minister Donald Tusk won a confidence vote in the Polish parliament on Wednesday. Under the "
     "constitution the president holds the power to veto laws, and the United States has backed the "
     "nationalist camp.", "2025-06-11", "the president"),
    # A security council's secretary shares a word ("defense") with military intelligence, not its field.
    ("Rustem Umerov, secretary of Ukraine's National Security and Defense Council, led the delegation in "
     "Abu Dhabi. Russia's team was headed by the head of military intelligence, and the United States sent "
     "its army secretary.", "2026-01-23", "the head of military intelligence"),
])
def test_a_title_outside_the_field_of_the_person_named_before_is_not_read_as_theirs(analyzer, text, day, title):
    assert _people(analyzer, text, day).get(title) is None
