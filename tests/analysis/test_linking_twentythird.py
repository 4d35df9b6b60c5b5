"""Twenty-third round of person resolution on unseen reports (issue #11): a run of capitalised
words that "who" follows is a person's name even when the model took it for an organisation or
left it untagged. The sentences are this project's own."""

from __future__ import annotations

from tests.analysis.linked_people import record_of


def _labels(analyzer, text: str, day: str) -> dict[str, str]:
    return {m.text: m.type for m in record_of(analyzer, text, day).mentions}


def test_a_name_that_who_follows_is_a_person(analyzer):
    """The model tags "Kiswell Dakamau" as an organisation here; "who" is said of people."""
    text = ("The president named Alfred Gangata as minister of state. Kiswell Dakamau, who served in a "
            "number of senior posts, becomes chief secretary.")
    labels = _labels(analyzer, text, "2025-10-20")
    assert labels.get("Kiswell Dakamau", "").upper() in ("PERSON", "PER")


def test_a_body_or_a_place_that_who_follows_stays_what_it_is(analyzer):
    """A party ends in a body word and a region is tagged as a place: neither becomes a person."""
    text = ("The Liberal Party, who won the vote, said so. Western Equatoria, who voted for him, "
            "is calm.")
    labels = _labels(analyzer, text, "2025-10-20")
    assert all(label.upper() not in ("PERSON", "PER") for text_, label in labels.items()
               if "Party" in text_ or "Equatoria" in text_)


def _people(analyzer, text: str, day: str) -> dict[str, str | None]:
    return {m.text: (m.entity.name if m.entity else None) for m in record_of(analyzer, text, day).mentions
            if m.type.upper() in ("PERSON", "PER")}


def test_a_word_that_opens_a_known_bodys_name_is_no_person(analyzer):
    """A headline's "White House" leaves "White" tagged as a person, which a loose spelling would then
    take for Gretchen Whitmer; with "House" it is the name of a body the knowledge base knows."""
    text = ("Trump and Albanese sign minerals deal at White House meeting. The leaders struck a deal "
            "between the US and Australia on Monday.")
    people = _people(analyzer, text, "2025-10-21")
    assert "White" not in people
    assert "Gretchen Whitmer" not in people.values()


def test_our_ambassador_is_the_one_posted_to_the_country_the_text_names(analyzer):
    """"our ambassador" in an Australian report on a meeting in Washington is Australia's ambassador to
    the United States, not its ambassador at the United Nations."""
    text = ("Trump and Anthony Albanese met at the White House. The meeting saw a minerals deal struck "
            "between the US and Australia. So why did our ambassador leave with a red face?")
    assert _people(analyzer, text, "2025-10-21")["our ambassador"] == "Kevin Rudd"


def test_a_photo_credit_ends_the_name_before_the_agency_and_the_line_break(analyzer):
    """"Picture: Saul Loeb/AFP" under a photograph: the person is "Saul Loeb", not the agency nor the
    next paragraph."""
    text = ("US President Donald Trump greets Prime Minister Anthony Albanese in Washington. "
            "Picture: Saul Loeb/AFP\n\nThe deal was signed on Monday.")
    people = _people(analyzer, text, "2025-10-21")
    assert not any("/" in name or "\n" in name for name in people)
