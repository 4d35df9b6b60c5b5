"""Two people of the knowledge base with the same name, written without a title (issue #11): the
one in office on the date; when the date does not tell them apart, the one whose office around it
ranks clearly higher, said in the explanation with the other as an alternative; when their offices
rank alike, nobody. The names are real office holders the knowledge base holds."""

from __future__ import annotations

from datetime import date

from newsgraph.model import ResolutionStatus as S


def test_neither_in_office_the_one_with_the_higher_office_within_a_year(resolver):
    # A prime minister from July 2025, and a vice minister who was acting labour minister that spring.
    link = resolver.resolve("Kim Min-seok", date(2025, 3, 10))
    assert (link.status, link.entity) == (S.exact, "kim-min-seok"), link.explanation
    assert "most prominent office" in link.explanation and "Prime Minister" in link.explanation
    assert "kim-min-seok-labor" in [person for person, _ in link.alternatives]


def test_the_one_in_office_on_the_date_comes_first(resolver):
    link = resolver.resolve("Kim Min-seok", date(2025, 5, 15))
    assert (link.status, link.entity) == (S.exact, "kim-min-seok-labor"), link.explanation
    assert "most prominent" not in link.explanation


def test_namesakes_in_offices_that_rank_alike_stay_unresolved(resolver):
    # Indonesia's coordinating minister for food and Malaysia's religious affairs minister.
    link = resolver.resolve("Zulkifli Hasan", date(2026, 3, 1))
    assert link.status is S.unresolved, link.explanation
    assert "fits 2 people" in link.explanation
