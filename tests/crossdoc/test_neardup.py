"""Near-duplicates: copies and light rewrites of one story are linked; another story is not."""

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import insert, select

from newsgraph.crossdoc.neardup import (RESEMBLANCE, make_signature, near_duplicate_groups, near_duplicate_score,
                                        shingles, similarity, update_near_duplicates)
from newsgraph.store.tables import document_signatures, documents, near_duplicates, signature_bands

WIRE = (
    "Japan and the United States agreed on Tuesday to cut the tariff on Japanese cars to 15 percent from 25 "
    "percent, ending months of talks that had strained ties between the two allies. Under the deal, Japan will "
    "put $550 billion into projects in the United States chosen by Washington, and will buy more American rice "
    "and soybeans. Chief negotiator Ryosei Akazawa, who met Commerce Secretary Howard Lutnick in Washington "
    "nine times since April, said the agreement protected Japanese farmers and kept the car industry "
    "competitive. Carmakers welcomed the lower rate, and shares of Toyota and Honda rose sharply in Tokyo on "
    "Wednesday morning. Opposition lawmakers in Tokyo asked how the investment would be financed and who would "
    "decide which projects receive the money. The government said details would follow in a joint document "
    "to be published within weeks, and that the new rate would take effect on the first day of next month."
)
COPY = ("TOKYO (Harbor Wire) - " + WIRE.replace("  ", " ")
        + " This article was first published by Harbor Wire and is republished with permission.")
REWRITE = (WIRE.replace("agreed on Tuesday", "reached agreement on Tuesday")
           .replace("ending months of talks", "closing months of negotiations")
           .replace("welcomed the lower rate", "praised the lower rate")
           .replace("rose sharply", "climbed"))
OTHER = (
    "Japan's chief tariff negotiator Ryosei Akazawa flew to Washington on Thursday for a tenth round of talks "
    "with Commerce Secretary Howard Lutnick, as Tokyo pressed for written confirmation that the 15 percent "
    "tariff on cars would apply from next month. Officials in Tokyo said the two sides still disagreed over "
    "how the $550 billion investment package would be managed and how profits would be shared. Prime "
    "Minister Shigeru Ishiba told reporters he would not accept terms that hurt Japanese farmers, and said "
    "rice imports would stay within the existing quota. Economists warned that a delay would hit exporters, "
    "and the yen weakened against the dollar in afternoon trading in Tokyo."
)


@pytest.mark.parametrize("text,linked", [(COPY, True), (REWRITE, True), (OTHER, False)])
def test_copies_and_rewrites_are_linked_and_another_story_is_not(text, linked):
    score = near_duplicate_score(make_signature(WIRE), make_signature(text))
    assert (score is not None) == linked
    if linked:
        assert score >= 0.5
    else:
        assert similarity(make_signature(WIRE), make_signature(text)) < 0.2


def test_estimate_is_close_to_the_true_jaccard():
    a, b = shingles(WIRE), shingles(REWRITE)
    true = len(a & b) / len(a | b)
    assert true >= RESEMBLANCE
    assert abs(similarity(make_signature(WIRE), make_signature(REWRITE)) - true) < 0.1


def test_case_punctuation_and_spacing_do_not_matter():
    shouted = WIRE.upper().replace(",", "").replace(" ", "  \n")
    assert similarity(make_signature(WIRE), make_signature(shouted)) == 1.0


def test_short_texts_are_never_linked():
    text = "Japan and the United States agreed on a tariff deal."
    assert near_duplicate_score(make_signature(text), make_signature(text)) is None


def add_document(conn, doc_id, text, published=None, minutes=0):
    conn.execute(insert(documents), {
        "id": doc_id, "content_hash": doc_id * 4, "title": None, "url": None, "outlet": None, "author": None,
        "published": published, "published_precision": "day" if published else None,
        "published_source": "given" if published else "unknown", "language": "en", "genre": "news",
        "mt_suspected": False, "mt_reasons": "[]", "word_count": len(text.split()), "origin": doc_id,
        "pipeline": "[]", "warnings": "[]", "text": text,
        "ingested_at": datetime(2026, 11, 22, tzinfo=timezone.utc) + timedelta(minutes=minutes)})


def test_stored_documents_are_grouped_under_the_earliest_report(any_store):
    with any_store.engine.begin() as conn:
        add_document(conn, "a" * 16, COPY, "2025-07-23", minutes=0)
        add_document(conn, "b" * 16, WIRE, "2025-07-22", minutes=1)
        add_document(conn, "c" * 16, OTHER, "2025-07-24", minutes=2)
    assert update_near_duplicates(any_store.engine) == 1
    with any_store.engine.begin() as conn:
        add_document(conn, "d" * 16, REWRITE, None, minutes=3)
    assert update_near_duplicates(any_store.engine) == 2  # linked to both earlier copies
    assert update_near_duplicates(any_store.engine) == 0  # nothing left to sign
    with any_store.engine.connect() as conn:
        groups = near_duplicate_groups(conn)
        assert conn.execute(select(signature_bands)).all()
        assert len(conn.execute(select(document_signatures)).all()) == 4
        links = conn.execute(select(near_duplicates)).all()
    assert groups == {"a" * 16: "b" * 16, "b" * 16: "b" * 16, "d" * 16: "b" * 16}
    assert all(0.5 <= link.similarity <= 1.0 for link in links)
    assert groups.get("c" * 16, "c" * 16) == "c" * 16


def test_links_go_when_a_document_is_deleted(store):
    with store.engine.begin() as conn:
        add_document(conn, "a" * 16, WIRE)
        add_document(conn, "b" * 16, COPY, minutes=1)
    update_near_duplicates(store.engine)
    with store.engine.begin() as conn:
        conn.execute(documents.delete().where(documents.c.id == "a" * 16))
    with store.engine.connect() as conn:
        assert near_duplicate_groups(conn) == {}
