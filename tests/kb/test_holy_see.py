"""The Holy See's offices (issue #11): the Pope and the Secretariat of State resolve on known days,
and the offices of the Curia lapse while the see is vacant."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("va.pope", "2024-06-01", "pope-francis"),
    ("va.pope", "2025-04-20", "pope-francis"),
    ("va.pope", "2025-10-01", "pope-leo-xiv"),
    ("va.secretary_of_state", "2024-06-01", "pietro-parolin"),
    ("va.secretary_of_state", "2025-06-01", "pietro-parolin"),
    ("va.secretary_relations_states", "2024-06-01", "paul-richard-gallagher"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("va.pope", "2025-05-01", "pope-francis"),   # the see was vacant from 2025-04-21 to 2025-05-08
    ("va.pope", "2025-05-01", "pope-leo-xiv"),
    ("va.secretary_of_state", "2025-05-01", "pietro-parolin"),
])
def test_no_holder_while_the_see_is_vacant(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_the_bare_secretary_of_state_in_a_us_report_stays_american(analyzer):
    from newsgraph.model import Document, Precision, PublishedDate
    record = analyzer.analyze(Document(
        text="Secretary of State Marco Rubio flew to Rome on Monday for talks with European allies. "
             "The Secretary of State later met Pope Leo at the Vatican.",
        published=PublishedDate(value="2025-10-01", precision=Precision.day)))
    people = {m.text: m.entity.name for m in record.mentions if m.type == "PERSON" and m.entity}
    assert people["The Secretary of State"] == "Marco Rubio"
    assert people["Pope Leo"] == "Leo XIV"
