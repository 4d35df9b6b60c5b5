"""Ninth round of person resolution on unseen reports (issue #11): which of a country's two heads
"the leader" is (`leading_office.tsv`), "the island's leader" read against the country the text
speaks of, and a remit written after a title ("the special envoy for the Middle East"). The
sentences are this project's own."""

from __future__ import annotations

import pytest

from newsgraph.datafiles import read_rows
from newsgraph.kb.schema import PositionKind
from newsgraph.model import Document, Precision, PublishedDate


def _people(analyzer, text: str, day: str) -> dict[str, str | None]:
    record = analyzer.analyze(Document(text=text, published=PublishedDate(value=day, precision=Precision.day)))
    return {m.text: (m.entity.name if m.entity and m.status.value != "unresolved" else None)
            for m in record.mentions if m.type == "PERSON"}


@pytest.mark.parametrize("text, mention, holder", [
    # A ceremonial head of state: the head of government leads.
    ("The German leader said Europe must pay more for its own defence.", "The German leader", "Friedrich Merz"),
    ("The Japanese leader said the tariffs were unacceptable.", "The Japanese leader", "Shigeru Ishiba"),
    # An executive president beside a prime minister: the president leads.
    ("The French leader announced a visit to London.", "The French leader", "Emmanuel Macron"),
    ("The Chinese leader urged Washington to correct its course.", "The Chinese leader", "Xi Jinping"),
])
def test_the_leader_of_a_country_with_two_heads_is_the_one_whose_office_leads(analyzer, text, mention, holder):
    assert _people(analyzer, text, "2025-07-10")[mention] == holder


def test_the_leader_is_the_one_the_text_names_most_before_the_leading_office(analyzer):
    # Ishiba is Japan's leader by office, but the text is about the Emperor, named twice.
    text = ("Emperor Naruhito opened the Diet session on Friday. Emperor Naruhito spoke of peace. "
            "The Japanese leader then met the crown prince.")
    assert _people(analyzer, text, "2025-07-10")["The Japanese leader"] == "Naruhito"


def test_a_country_whose_leading_office_is_unclear_is_not_guessed(analyzer):
    # Saudi Arabia has a king and a crown prince who is prime minister: left out of the table.
    assert _people(analyzer, "The Saudi leader received the envoys in Jeddah.", "2025-07-10").get(
        "The Saudi leader") is None


def test_the_islands_leader_is_the_leader_of_the_island_the_text_speaks_of(analyzer):
    text = "Taiwan held drills on Monday. The island's leader said it would not bow to pressure."
    assert _people(analyzer, text, "2025-07-10")["The island's leader"] == "Lai Ching-te"


@pytest.mark.parametrize("text, mention, holder", [
    ("The US special envoy for the Middle East arrived in Doha on Friday.",
     "The US special envoy for the Middle East", "Steve Witkoff"),
    ("The US special envoy for Ukraine arrived in Kyiv on Friday.", "The US special envoy for Ukraine", "Keith Kellogg"),
])
def test_a_remit_written_after_the_title_is_part_of_it(analyzer, text, mention, holder):
    assert _people(analyzer, text, "2025-07-10")[mention] == holder


def test_every_leading_office_is_a_head_and_its_country_has_both_heads(analyzer):
    kb = analyzer.kb
    for code, kind in read_rows("newsgraph.resolve", "leading_office.tsv", 2):
        assert kind in (PositionKind.head_of_state.value, PositionKind.head_of_government.value), code
        kinds = {p.kind.value for p in kb.positions.values() if p.polity == code}
        assert {PositionKind.head_of_state.value, PositionKind.head_of_government.value} <= kinds, code
