"""Dead figures still named in current reports (issue #11): their closed terms, and a bare family name
shared with a living relative that is not taken for them alone."""

import pytest
from tests.kb.conftest import holders


@pytest.mark.parametrize("position, day, holder", [
    ("ir.quds_force_commander", "2019-06-01", "qasem-soleimani"),
    ("ir.supreme_leader", "1985-01-01", "ruhollah-khomeini"),
    ("ly.revolution_leader", "2000-01-01", "muammar-gaddafi"),
    ("nonstate.al_qaeda_leader", "2005-01-01", "osama-bin-laden"),
    ("nonstate.al_qaeda_leader", "2020-01-01", "ayman-al-zawahiri"),
])
def test_holders_on_known_days(kb, position, day, holder):
    assert holder in holders(kb, position, day)


@pytest.mark.parametrize("position, day, gone", [
    ("ir.quds_force_commander", "2020-02-01", "qasem-soleimani"),
    ("ir.supreme_leader", "1990-01-01", "ruhollah-khomeini"),
    ("nonstate.al_qaeda_leader", "2023-01-01", "ayman-al-zawahiri"),
    ("nonstate.al_qaeda_leader", "2011-06-01", "osama-bin-laden"),
])
def test_former_holders_are_not_holders_later(kb, position, day, gone):
    assert gone not in holders(kb, position, day)


def test_a_bare_gaddafi_in_2025_is_not_the_dead_leader(analyzer):
    from newsgraph.model import Document, Precision, PublishedDate
    record = analyzer.analyze(Document(
        text="Libya's election commission said on Monday that Gaddafi had registered again as a candidate in Sebha.",
        published=PublishedDate(value="2025-12-29", precision=Precision.day)))
    linked = [m.entity.name for m in record.mentions if m.text == "Gaddafi" and m.entity and m.status.is_resolved]
    assert "Muammar Gaddafi" not in linked
