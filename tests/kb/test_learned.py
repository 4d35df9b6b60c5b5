"""Role facts stated plainly in clean reports are harvested, and used once outlets agree."""

from newsgraph.analysis import Analyzer
from newsgraph.batch import ingest_sources
from newsgraph.ingest.readers import ReadOptions
from newsgraph.model import Document, ResolutionStatus
from newsgraph.settings import Settings

REPORT = """---
title: {title}
outlet: {outlet}
published: {published}
---
U.S. Commerce Secretary Marguerite Vandenholt said on Monday that talks with Japan on the investment
package would resume next month in Washington. She spoke to {outlet} after a cabinet meeting.
"""


def write(folder, name, outlet, published):
    path = folder / name
    path.write_text(REPORT.format(title=name, outlet=outlet, published=published), encoding="utf-8")
    return path


def test_a_new_office_holder_is_learned_once_two_outlets_agree(tmp_path, analyzer, store):
    settings = Settings()
    first = write(tmp_path, "a.txt", "Harbor Wire", "2027-03-02")
    ingest_sources([str(first)], ReadOptions(settings), analyzer, store)
    [fact] = store.learned_facts()
    assert (fact.name, fact.position, fact.outlet) == ("Marguerite Vandenholt", "us.secretary_of_commerce", "Harbor Wire")
    assert "Commerce Secretary Marguerite Vandenholt" in fact.quote

    one_source = Analyzer(settings, kb=analyzer.kb, learned=store.learned_facts())
    assert one_source.kb is analyzer.kb  # one outlet is not enough

    second = write(tmp_path, "b.txt", "Pacific Ledger", "2027-03-03")
    ingest_sources([str(second)], ReadOptions(settings), analyzer, store)
    learned = Analyzer(settings, learned=store.learned_facts())
    record = learned.analyze(Document(
        text="Commerce Secretary Marguerite Vandenholt met Japan's trade negotiator on Friday.",
        published={"value": "2027-04-09", "precision": "day", "source": "given"}))
    [mention] = [m for m in record.mentions if m.text == "Marguerite Vandenholt"]
    assert mention.status is ResolutionStatus.exact
    assert mention.role.id == "us.secretary_of_commerce"


def test_machine_translated_or_garbled_text_teaches_nothing(tmp_path, analyzer, store):
    path = tmp_path / "mt.txt"
    path.write_text("---\npublished: 2027-03-02\n---\nU.S. Commerce Secretary Marguerite Vandenholt said 不利 "
                    "things about the talks on Monday.\n", encoding="utf-8")
    garbled = tmp_path / "garbled.txt"
    garbled.write_text("---\npublished: 2025-07-09\noutlet: X\n---\nU.S. Commerce Secretary Howard Lutenik said on "
                       "Monday the talks went well.\n", encoding="utf-8")
    ingest_sources([str(path), str(garbled)], ReadOptions(Settings()), analyzer, store)
    assert store.learned_facts() == []
