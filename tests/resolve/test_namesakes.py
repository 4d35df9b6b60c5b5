"""Two people of the knowledge base with the same name, written without a title (issue #11). The
resolver links the one in office on the date; when the date does not tell them apart it links
nobody and names them, so that the text (the country it names) or, failing that, the standing of
their offices decides (`Resolver.most_prominent`, used by the linker). The names are real office
holders the knowledge base holds."""

from __future__ import annotations

from datetime import date

from newsgraph.model import ResolutionStatus as S


def test_the_one_in_office_on_the_date_comes_first(resolver):
    # A vice minister, acting labour minister in the spring of 2025, and a prime minister from July.
    link = resolver.resolve("Kim Min-seok", date(2025, 5, 15))
    assert (link.status, link.entity) == (S.exact, "kim-min-seok-labor"), link.explanation


def test_namesakes_the_date_does_not_tell_apart_are_named(resolver):
    link = resolver.resolve("Kim Min-seok", date(2025, 3, 10))
    assert link.status is S.unresolved and "fits 2 people" in link.explanation
    assert set(link.namesakes) == {"kim-min-seok", "kim-min-seok-labor"}


def test_the_higher_office_within_a_year_stands_out(resolver):
    assert resolver.most_prominent(["kim-min-seok-labor", "kim-min-seok"], date(2025, 3, 10)) == \
        ("kim-min-seok", "Prime Minister of the Republic of Korea")


def test_offices_that_rank_alike_tell_nobody_apart(resolver):
    # Indonesia's coordinating minister for food and Malaysia's religious affairs minister.
    assert resolver.most_prominent(["zulkifli-hasan", "zulkifli-hasan-my"], date(2026, 3, 1)) is None


def test_one_person_or_none_is_told_apart_from_nobody(resolver):
    assert resolver.most_prominent(["kim-min-seok"], date(2025, 9, 1)) == \
        ("kim-min-seok", "Prime Minister of the Republic of Korea")
    assert resolver.most_prominent([], date(2025, 9, 1)) is None
