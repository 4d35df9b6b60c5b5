"""Days on which nobody the knowledge base knows held an office (`kb.integrity.uncovered`), the
audit behind `newsgraph kb gaps`."""

from __future__ import annotations

from datetime import date

import yaml

from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.integrity import uncovered
from newsgraph.kb.schema import KbFile

FACTS = """polity: XX
positions:
  - {id: xx.treasurer, name: Treasurer of Exampleland, kind: finance}
  - {id: xx.new_post, name: Minister of New Things, note: "created 2025-06-01"}
  - {id: xx.deputy, name: Deputy Minister of Examples, single_holder: false}
persons:
  - {id: ann-one, name: Ann One}
  - {id: bo-two, name: Bo Two}
  - {id: cy-three, name: Cy Three}
occupancies:
  - {person: ann-one, position: xx.treasurer, start: 2023-01-01, end: 2025-02-28}
  - {person: bo-two, position: xx.treasurer, start: 2025-04, status: acting, end: 2025-05-31}
  - {person: cy-three, position: xx.treasurer, start: 2025-09-15}
  - {person: cy-three, position: xx.new_post, start: 2025-06-01}
"""


def _kb() -> KnowledgeBase:
    return KnowledgeBase.build([("facts.yaml", KbFile.model_validate(yaml.safe_load(FACTS)))])


def test_each_run_of_days_without_a_holder_is_found():
    gaps = uncovered(_kb(), date(2025, 1, 1), date(2025, 12, 31))
    treasurer = [(g.first, g.last) for g in gaps if g.position == "xx.treasurer"]
    # An acting holder covers their days; a month-only start ("2025-04") covers the whole month.
    assert treasurer == [(date(2025, 3, 1), date(2025, 3, 31)), (date(2025, 6, 1), date(2025, 9, 14))]


def test_the_offices_note_comes_with_its_gap_and_short_runs_can_be_left_out():
    gaps = uncovered(_kb(), date(2025, 1, 1), date(2025, 12, 31), shortest=60)
    assert [(g.position, g.days) for g in gaps] == [("xx.new_post", 151), ("xx.treasurer", 106)]
    assert gaps[0].note == "created 2025-06-01"


def test_seats_held_by_several_are_not_audited():
    assert not [g for g in uncovered(_kb(), date(2025, 1, 1), date(2025, 12, 31)) if g.position == "xx.deputy"]
