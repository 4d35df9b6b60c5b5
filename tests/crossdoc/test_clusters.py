"""Event mentions from several reports become one event with its number of sources."""

import pytest

from newsgraph.crossdoc.clusters import EventMention, cluster_events, compatible_dates


@pytest.mark.parametrize("a, b, same", [
    ("2026-02-12", "2026-02-12", True), ("2026-02", "2026-02-12", True), ("2026", "2026-03-19", True),
    ("2026-02-12", "2026-02-13", False), ("2026-03", "2026-04", False), (None, "2026-02-12", False),
])
def test_compatible_dates(a, b, same):
    assert compatible_dates(a, b) is same


def mention(id, doc, type, date, actors, precision="day", failed=False):
    return EventMention(id, doc, type, None, date, precision, "quote", 0, 5, False, False, False, failed, "X", None,
                        sources=[(a, a) for a in actors[:1]], targets=[(a, a) for a in actors[1:]])


def test_reports_of_one_meeting_cluster_and_count_sources_once_per_copy():
    mentions = [
        mention("a", "d1", "CONSULT", "2026-02-12", ["akazawa", "lutnick"]),
        mention("b", "d2", "CONSULT", "2026-02-12", ["akazawa", "lutnick"], failed=True),
        mention("c", "d3", "CONSULT", "2026-02", ["lutnick"], precision="month"),
        mention("d", "d4", "CONSULT", "2026-02-12", ["trump", "xi"]),          # other actors
        mention("e", "d5", "ACCUSE", "2026-02-12", ["akazawa", "lutnick"]),   # other type
        mention("f", "d6", "CONSULT", None, ["akazawa", "lutnick"]),          # undated: alone
    ]
    clusters = cluster_events(mentions, canonical={"d2": "d1"})
    meeting = next(c for c in clusters if "a" in {m.id for m in c.mentions})
    assert {m.id for m in meeting.mentions} == {"a", "b", "c"}
    assert meeting.sources == 2  # d2 is a copy of d1
    assert meeting.first.date == "2026-02-12"
    assert len(clusters) == 4
