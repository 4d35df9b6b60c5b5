"""Events in context: actors linked to entities, dates from the sentence, modality kept."""

import newsgraph
from newsgraph.model import EventType


def test_seed_000_events_have_actors_dates_and_modality(seeds):
    text = (seeds / "000_988e0aadf903abd9.txt").read_text(encoding="utf-8")
    events = newsgraph.analyze(text, published="2026-02-13").events
    meeting = next(e for e in events if e.mode == "meeting")
    assert meeting.type is EventType.CONSULT
    assert [a.name for a in meeting.source] == ["Ryosei Akazawa"]
    assert [a.name for a in meeting.target] == ["Howard Lutnick"]
    assert meeting.date.value == "2026-02-12" and meeting.location.name == "Washington"
    assert any(e.mode == "talks" and e.modality.failed and e.date.value == "2026-02-12" for e in events)
    visits = {(e.date.value, tuple(a.name for a in e.source)): e for e in events if e.mode == "visit" and e.date}
    assert visits[("2026-04", ("Donald Trump",))].modality.future
    assert visits[("2026-03", ("Sanae Takaichi",))].modality.future
    for event in events:
        assert text[event.start:event.end] == event.quote


def test_an_event_without_a_date_in_its_sentence_stays_undated():
    events = newsgraph.analyze("Japan agreed to invest in the United States.", published="2025-07-23").events
    assert events and all(e.date is None for e in events)


def test_an_event_noun_without_a_sense_under_a_complement_is_no_trigger():
    """"discussed how to bring an end to …": the complement's object ("end") is an event word with
    no sense of its own there; the sentence is still read (it once failed the whole document)."""
    record = newsgraph.analyze("The two leaders discussed how to bring an end to the rule of the militia in the north.",
                               published="2025-12-07")
    assert [e.type for e in record.events] == [EventType.CONSULT]
