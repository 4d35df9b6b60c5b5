"""Fourteenth round of person resolution on unseen reports (issue #11): a title written with its
country inside ("the Director of Egyptian Intelligence") and the holder's name right after it, in a
list of people, is that name's title, not the title of the name before it. The sentences are this
project's own."""

from __future__ import annotations

from tests.analysis.linked_people import people_by_text as _people
from tests.analysis.linked_people import record_of

LIST = ("Turkish intelligence chief Ibrahim Kalin, the Director of Egyptian Intelligence Hasan Rashed "
        "and the Qatari prime minister met in Doha on Tuesday.")


def test_the_name_right_after_a_title_in_a_list_holds_it(analyzer):
    people = _people(analyzer, LIST, "2025-11-06")
    assert people["Hasan Rashed"] == "Hassan Rashad"
    assert people["Ibrahim Kalin"] == "İbrahim Kalın"


def test_the_short_title_is_read_as_the_office_it_names(analyzer):
    """The slip is read against the holder of the office the title names, not found by likeness
    alone; and the name before the title is not given it."""
    mentions = {m.text: m for m in record_of(analyzer, LIST, "2025-11-06").mentions}
    assert "the Director of the General Intelligence Service of Egypt was Hassan Rashad" in \
        mentions["Hasan Rashed"].explanation
    assert "Director" not in mentions["Ibrahim Kalin"].explanation


def test_a_full_name_two_people_bear_is_the_one_serving_the_country_of_the_text(analyzer):
    """An Indonesian and a Malaysian minister share the name; the report is about Indonesia."""
    people = _people(analyzer, "Zulkifli Hasan opened the food security forum in Jakarta on Monday, saying "
                     "Indonesia would cut rice imports.", "2026-03-02")
    assert people["Zulkifli Hasan"] == "Zulkifli Hasan"
    [mention] = [m for m in record_of(analyzer, "Zulkifli Hasan opened the food security forum in Jakarta on "
                                      "Monday, saying Indonesia would cut rice imports.", "2026-03-02").mentions
                 if m.text == "Zulkifli Hasan"]
    assert mention.entity.id == "ng:zulkifli-hasan" and "Indonesia" in mention.explanation


def test_namesakes_nothing_in_the_text_tells_apart_are_the_one_with_the_higher_office(analyzer):
    """No title, no country: the prime minister-to-be, not the vice minister who shared his name
    for a season; the other stays an alternative."""
    [mention] = [m for m in record_of(analyzer, "Kim Min-seok criticised the budget on Monday, saying the "
                                      "government had ignored small firms.", "2025-03-10").mentions
                 if m.text == "Kim Min-seok"]
    assert mention.entity.id == "ng:kim-min-seok" and "highest-ranking office" in mention.explanation
    assert [a.id for a in mention.alternatives] == ["ng:kim-min-seok-labor"]


def test_the_country_named_comes_before_the_standing_of_the_office(analyzer):
    """Lawrence Wong leads Singapore's government, but a report on Australia means Penny Wong."""
    people = _people(analyzer, "Australia will send aid to the islands, Wong told reporters in Canberra on "
                     "Tuesday.", "2025-10-01")
    assert people["Wong"] == "Penny Wong"
