"""Heads of religious bodies (issue #11): the Holy See's Pope and Secretariat of State, the Moscow
Patriarch, the Grand Imam of al-Azhar and the Archbishop of Canterbury resolve on known days,
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


@pytest.mark.parametrize("position, day, holder", [
    ("ru.patriarch_moscow", "2025-03-03", "patriarch-kirill"),
    ("eg.grand_imam_al_azhar", "2024-07-12", "ahmed-el-tayeb"),
    ("gb.archbishop_canterbury", "2024-06-01", "justin-welby"),
    ("gb.archbishop_canterbury", "2026-03-01", "sarah-mullally"),
])
def test_heads_of_other_religious_bodies(kb, position, day, holder):
    assert holder in holders(kb, position, day)


def test_no_archbishop_of_canterbury_between_welby_and_mullally(kb):
    assert not holders(kb, "gb.archbishop_canterbury", "2025-06-01")
