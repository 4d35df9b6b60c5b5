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
