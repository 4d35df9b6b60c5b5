"""Helpers the linking tests share: the person mentions of a sentence, one of them by its text, and
whom it links to."""

import newsgraph


def people_of(text, published):
    return [m for m in newsgraph.analyze(text, published=published).mentions if m.type == "PERSON"]


def named(mentions, text):
    found = [m for m in mentions if m.text == text]
    assert found, [(m.text, m.entity and m.entity.name) for m in mentions]
    return found[0]


def linked(mention):
    """The name of the person a mention links to, or None when it is unresolved."""
    return mention.entity.name if mention.entity is not None and mention.status.is_resolved else None


def record_of(analyzer, text: str, day: str):
    """The analysis record of a text published on `day`, with `analyzer`."""
    from newsgraph.model import Document, Precision, PublishedDate

    return analyzer.analyze(Document(text=text, published=PublishedDate(value=day, precision=Precision.day)))


def people_by_text(analyzer, text: str, day: str) -> dict[str, str | None]:
    """Each person mention's text and whom it links to (None when unresolved), with `analyzer`."""
    return {m.text: linked(m) for m in record_of(analyzer, text, day).mentions if m.type == "PERSON"}
