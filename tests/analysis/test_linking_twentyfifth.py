"""Twenty-fifth round of person resolution on unseen reports (issue #11): a party's or an office's
initials in a title ("MR president", Belgium's Mouvement Réformateur) are read only where the text
writes them in capitals, so a courtesy "Mr" before a bare title stays a courtesy. The sentences are
this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _people(analyzer, text: str, day: str) -> dict[str, str | None]:
    return {m.text: (m.entity.name if m.entity else None) for m in record_of(analyzer, text, day).mentions
            if m.type.upper() in ("PERSON", "PER")}


def test_mr_president_addressed_is_not_the_mr_party_president(analyzer):
    """Said to Trump, "Mr President" is Trump; in lower case it is exactly the title "MR president"."""
    text = "The ambassador told Trump at the White House: I said that before I took this job, Mr President."
    people = _people(analyzer, text, "2025-10-21")
    assert "Georges-Louis Bouchez" not in people.values()
    assert people.get("President") == "Donald Trump"


def test_mr_prime_minister_is_the_prime_minister_named_before(analyzer):
    """"Mr" must not grow the title leftwards into the initials of a Belgian party."""
    text = "Nawrocki wrote to Tusk on Monday. Mr Prime Minister, you have failed, the letter said."
    people = _people(analyzer, text, "2025-08-11")
    assert "Georges-Louis Bouchez" not in people.values()
    assert people.get("Prime Minister") == "Donald Tusk"


def test_the_initials_in_capitals_still_name_the_party_president(analyzer):
    text = "The MR president said on Sunday that the budget talks had failed."
    assert _people(analyzer, text, "2025-10-21") == {"The MR president": "Georges-Louis Bouchez"}


def test_a_phrase_table_reads_capitals_only_in_capitals():
    import spacy

    from newsgraph.analysis.matching import PhraseTable
    from newsgraph.resolve.titles import written_in_capitals

    nlp = spacy.blank("en")
    titles = ["MR president", "president", "NATO chief", "Nato chief", "EAM"]
    assert written_in_capitals(titles) == {"mr", "eam"}
    table = PhraseTable(nlp, "LOWER", "T", titles, capitals=written_in_capitals(titles))
    doc = nlp.make_doc("Mr President met the MR president, the Nato chief and the eam")
    assert [doc[s:e].text for _, s, e in table(doc)] == ["President", "MR president", "president", "Nato chief"]
