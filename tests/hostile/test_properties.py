"""Property tests the parser and round-trip tests elsewhere leave out (issue 7).

tests/analyze holds properties over short texts and anchors in 1900-2100; these add any Unicode
text, enormous and tiny numbers, anchors at the ends of the calendar (years 1 and 9999), and
whole records — every kind of finding — through JSON and through a Store.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsgraph.analysis.quantities import find_quantities
from newsgraph.analysis.record import make_document_info
from newsgraph.analysis.times import find_times
from newsgraph.model import (Alternative, AnalysisRecord, Artifact, Change, Claim, ClaimKind, ComponentInfo,
                             DateValue, Document, EntityRef, Event, EventType, Genre, MachineTranslation, Mention,
                             Modality, Observation, ObservationStatus, Precision, PublishedDate, DateSource,
                             ResolutionStatus, TimeValue)
from newsgraph.schema import validate_record
from newsgraph.store import Store

# Pieces that make numbers: huge, tiny, scaled, ranged, moving, in several scripts.
NUMBER_PIECES = ["9" * 500, "1" * 330, "1e308", "10^400", "10**-400", "5 x 10^400", "2 × 10^99", "$", "€", "¥",
                 "trillion", "billion", "bn", "亿", "万", "%", "percent", "percentage points", "from", "to", "rose",
                 "fell", "by", "between", "and", "-", "–", "of GDP", "1/2 of", "one in three", "dozens of", ",000",
                 ".5", "0.", "-7", "+3", "about", "nearly", "tens of millions of", "an hour and a half", "7月8日",
                 "2025年", "1,234,567.89", "3 or 4", "16-18", "x", "(", ")", ",", ".", "\n", "people", "tons"]
TIME_PIECES = ["December 31, 9999", "January 1, 1", "the next day", "the day before", "the following year",
               "tomorrow", "yesterday", "next year", "last year", "next week", "next month", "this quarter",
               "2025-02-30", "February 30", "0025", "9999-12-31", "0000-00-00", "10000", "Q4", "FY9999", "FY00",
               "the 9990s", "the 1st century", "in 5000 years", "99999999999 years ago", "that day", "on Friday",
               "early", "mid-", "late", "summer", "since", "ago", "every", "week", "15:00", "p.m.", "on", "in",
               "the", ",", "\n", "9999", "0001", "year", "decade", "century", "said", "will"]


def joined(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=25).map(" ".join)


ANY_TEXT = st.text(max_size=300)


@settings(max_examples=250, deadline=None)
@given(text=st.one_of(ANY_TEXT, joined(NUMBER_PIECES),
                      st.tuples(ANY_TEXT, joined(NUMBER_PIECES)).map("".join)))
def test_quantities_hold_any_text_with_exact_offsets_and_finite_values(text):
    previous_end = 0
    for quantity in find_quantities(text):
        assert 0 <= quantity.start < quantity.end <= len(text)
        assert text[quantity.start:quantity.end] == quantity.text
        assert quantity.start >= previous_end
        previous_end = quantity.end
        numbers = [quantity.value, quantity.range_to, quantity.previous,
                   quantity.change.value if quantity.change else None]
        assert all(v is None or math.isfinite(v) for v in numbers), quantity


@pytest.mark.parametrize("number", ["9" * 500, "1" * 4000, "5 x 10^400", "1.8e308", "$" + "9" * 320 + " trillion"])
def test_an_enormous_number_is_no_amount_and_breaks_nothing_around_it(number):
    text = f"Japan pledged {number} yen, and Canada pledged $55 billion."
    found = find_quantities(text)
    assert [q.text for q in found][-1:] == ["$55 billion"]
    assert all(math.isfinite(q.value) for q in found)


_DAY = re.compile(r"^(\d{4})-(\d\d)-(\d\d)")
_MONTH = re.compile(r"^(\d{4})-(\d\d)$")


@settings(max_examples=250, deadline=None)
@given(text=st.one_of(joined(TIME_PIECES), st.tuples(ANY_TEXT, joined(TIME_PIECES)).map("".join)),
       anchor=st.one_of(st.none(), st.dates(), st.sampled_from([dt.date.min, dt.date.max, dt.date(9999, 12, 25),
                                                                 dt.date(1, 1, 7), dt.date(25, 1, 1)])))
def test_times_hold_any_anchor_with_exact_offsets_and_real_dates(text, anchor):
    previous_end = 0
    for match in find_times(text, anchor):
        assert 0 <= match.start < match.end <= len(text)
        assert text[match.start:match.end] == match.text
        assert match.start >= previous_end
        previous_end = match.end
        assert match.kind in {"date", "duration", "set", "time"}
        assert match.precision is None or match.precision in {p.value for p in Precision}
        assert match.value is None or (isinstance(match.value, str) and match.value.strip() == match.value != "")
        day, month = _DAY.match(match.value or ""), _MONTH.match(match.value or "")
        if day:  # a day value is a day of the calendar: never 2025-02-30
            dt.date(*map(int, day.groups()))
        if month:
            assert 1 <= int(month[2]) <= 12, match


# -- records ---------------------------------------------------------------------------------

TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from("\n\t"), min_size=1, max_size=120)
SHORT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30)
REF = st.builds(EntityRef, id=st.from_regex(r"(Q[1-9]\d{0,8}|ng:[a-z-]{1,20})", fullmatch=True), name=SHORT)
FLOAT = st.floats(allow_nan=False, allow_infinity=False, width=64)
DATE = st.builds(DateValue, value=st.sampled_from(["0025", "2025-07", "9999-12-31", "2025-W28", "2025-Q3"]),
                 precision=st.sampled_from(Precision))


@st.composite
def records(draw) -> AnalysisRecord:
    """A record with every kind of finding, its spans inside its text, in the order the store reads them."""
    text = draw(TEXT)

    def spans() -> list[tuple[int, int]]:
        starts = sorted(draw(st.sets(st.integers(0, len(text) - 1), max_size=4)))
        return [(s, draw(st.integers(s + 1, len(text)))) for s in starts]

    maybe = lambda strategy: draw(st.none() | strategy)  # noqa: E731
    mentions = [Mention(text=text[s:e], start=s, end=e, sentence=draw(st.integers(0, 3)),
                        type=draw(st.sampled_from(["PERSON", "ORG", "GPE", "NORP"])), entity=maybe(REF),
                        role=maybe(REF), status=draw(st.sampled_from(ResolutionStatus)),
                        confidence=draw(st.floats(0, 1)), explanation=draw(st.text(max_size=40)),
                        alternatives=draw(st.lists(st.builds(Alternative, id=SHORT, name=SHORT, score=FLOAT),
                                                   max_size=2)))
                for s, e in spans()]
    times = [TimeValue(text=text[s:e], start=s, end=e, sentence=0,
                       value=maybe(st.sampled_from(["2025-07-08", "0025", "9999-12-31", "P3D", "PAST_REF",
                                                    "-99999990000", "2025-07-08T15:00"])),
                       precision=maybe(st.sampled_from(Precision)),
                       qualifier=maybe(st.sampled_from(["early", "mid", "late"])),
                       kind=draw(st.sampled_from(["date", "duration", "set", "time"])))
             for s, e in spans()]
    observations = [Observation(indicator=draw(st.sampled_from(["tariff_rate", "approval_rating", "gdp"])),
                                subject=maybe(REF), object=maybe(REF), value=draw(FLOAT),
                                unit=draw(st.sampled_from(["percent", "usd", "jpy", ""])),
                                change=maybe(st.builds(Change, value=FLOAT, unit=st.just("percentage_point"))),
                                date=maybe(DATE), status=draw(st.sampled_from(ObservationStatus)),
                                quote=text[s:e], start=s, end=e, sentence=1, measured=maybe(SHORT),
                                approximate=draw(st.booleans()), previous=maybe(FLOAT))
                    for s, e in spans()]
    events = [Event(type=draw(st.sampled_from(EventType)), mode=maybe(SHORT),
                    source=draw(st.lists(REF, max_size=2)), target=draw(st.lists(REF, max_size=2)),
                    date=maybe(DATE), location=maybe(REF),
                    modality=Modality(**{k: draw(st.booleans()) for k in ("negated", "future", "hypothetical",
                                                                          "failed")}),
                    quote=text[s:e], start=s, end=e, sentence=2)
              for s, e in spans()]
    claims = [Claim(speaker=maybe(REF), kind=draw(st.sampled_from(ClaimKind)), text=text[s:e], start=s, end=e,
                    sentence=0, attribution=maybe(SHORT), verb=maybe(st.sampled_from(["say", "according to"])))
              for s, e in spans()]
    artifacts = [Artifact(text=text[s:e], start=s, end=e, kind="foreign_script") for s, e in spans()]
    published = draw(st.one_of(st.just(PublishedDate()), st.builds(
        PublishedDate, value=st.sampled_from(["0025-01-01", "9999-12-31", "2025-07"]),
        precision=st.sampled_from([Precision.day, Precision.month]), source=st.sampled_from(DateSource))))
    document = Document(text=text, title=maybe(SHORT), url=maybe(st.just("https://news.example.com/a?b=c&d")),
                        outlet=maybe(SHORT), author=maybe(SHORT), published=published,
                        language=maybe(st.sampled_from(["en", "zh", "ja"])), genre=draw(st.sampled_from(Genre)),
                        machine_translation=MachineTranslation(suspected=bool(artifacts), artifacts=artifacts,
                                                               reasons=draw(st.lists(SHORT, max_size=2))),
                        origin=draw(st.sampled_from(["", "a.txt", "feed.jsonl:3", "crawl.warc.gz#2", "<stdin>"])))
    return AnalysisRecord(
        document=make_document_info(document, draw(st.integers(0, 10_000))), text=text,
        sentences=draw(st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, len(text))), max_size=3)),
        mentions=mentions, times=times, observations=observations, events=events, claims=claims,
        pipeline=[ComponentInfo(name=n) for n in draw(st.lists(st.sampled_from(["spacy/en", "newsgraph.times.v1"]),
                                                               max_size=2, unique=True))],
        warnings=draw(st.lists(st.text(max_size=30), max_size=2)),
    )


@settings(max_examples=150, deadline=None)
@given(record=records())
def test_any_record_survives_json(record):
    data = record.to_json()
    validate_record(json.loads(data))
    assert AnalysisRecord.from_json(data) == record


@pytest.fixture(scope="module")
def sqlite_store(tmp_path_factory):
    with Store(f"sqlite:///{tmp_path_factory.mktemp('properties') / 'round-trip.db'}") as store:
        yield store


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(record=records())
def test_any_record_survives_the_store(sqlite_store, record):
    assume(not sqlite_store.has_document(record.document.id))  # the same content twice: stored once
    assert sqlite_store.add(record) is True
    assert sqlite_store.get_record(record.document.id) == record
