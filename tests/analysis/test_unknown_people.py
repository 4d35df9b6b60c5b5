"""A person the knowledge base does not hold keeps the whole name the report wrote (issue #11):
every mention of them, and every event they act in, carries one id and the fullest name the text
gives them, so a timeline or a briefing shows one actor, not one per spelling. The names and
sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of

TEXT = ("The opposition leader Tomasz Wrzeszczyk visited Warsaw on Monday. Wrzeszczyk criticised Prime "
        "Minister Donald Tusk. Tusk met Wrzeszczyk on Tuesday, and the senator Ewa Brzezinska-Kowal joined "
        "them. Brzezinska-Kowal said little.")


def test_every_mention_of_an_unknown_person_carries_one_id_and_the_whole_name(analyzer):
    record = record_of(analyzer, TEXT, "2025-10-01")
    his = [m for m in record.mentions if "Wrzeszczyk" in m.text]
    assert len(his) == 3
    assert {m.entity.id for m in his} == {his[0].entity.id} and his[0].entity.id.startswith("ng:unresolved-")
    assert {m.entity.name for m in his} == {"Tomasz Wrzeszczyk"}
    hers = [m for m in record.mentions if "Brzezinska-Kowal" in m.text]
    assert {m.entity.name for m in hers} == {"Ewa Brzezinska-Kowal"}
    assert hers[0].entity.id != his[0].entity.id


def test_an_unknown_person_acts_in_events_under_that_id(analyzer):
    record = record_of(analyzer, TEXT, "2025-10-01")
    [his] = {m.entity.id for m in record.mentions if m.text == "Wrzeszczyk"}
    actors = [(a.id, a.name) for e in record.events for a in (*e.source, *e.target) if a.id == his]
    assert actors and {name for _, name in actors} == {"Tomasz Wrzeszczyk"}
