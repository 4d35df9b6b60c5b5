"""Records built by hand for tests."""

from newsgraph.analysis.record import make_document_info
from newsgraph.model import (AnalysisRecord, Claim, ClaimKind, DateValue, Document, EntityRef, Event,
                             EventType, Mention, Modality, Observation, ObservationStatus, Precision)


def full_record() -> AnalysisRecord:
    text = "Japan agreed to invest $550 billion. Akazawa met Lutnick in Washington on Thursday."
    doc = Document(text=text, published={"value": "2026-02-13", "precision": "day", "source": "given"})
    japan = EntityRef(id="Q17", name="Japan")
    return AnalysisRecord(
        document=make_document_info(doc, 14), text=text, sentences=[(0, 36), (37, len(text))],
        mentions=[Mention(text="Akazawa", start=37, end=44, sentence=1, type="PERSON")],
        observations=[Observation(indicator="investment_pledge", subject=japan, value=550e9, unit="usd",
                                  date=DateValue(value="2026-02-13", precision=Precision.day),
                                  status=ObservationStatus.reported, quote=text[:36], start=0, end=36, sentence=0)],
        events=[Event(type=EventType.CONSULT, mode="meeting", source=[EntityRef(id="ng:a", name="Akazawa")],
                      target=[EntityRef(id="ng:l", name="Lutnick")], modality=Modality(failed=True),
                      quote=text[37:], start=37, end=len(text), sentence=1)],
        claims=[Claim(kind=ClaimKind.author_opinion, text=text[:36], start=0, end=36, sentence=0)],
    )
