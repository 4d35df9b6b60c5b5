"""Which nouns head a title phrasing: the words that make "the minister" stand for a person."""

from newsgraph.model import Document
from newsgraph.resolve.titles import title_heads


def test_the_head_is_the_word_before_a_post_modifier_or_the_last_word():
    heads = title_heads(["Minister of Foreign Affairs", "Union party vice president", "Chief negotiator",
                          "Governor of the Central Bank"])
    assert heads == {"minister", "president", "negotiator", "governor"}


def test_an_organisation_name_with_a_preposition_does_not_make_its_noun_a_head():
    heads = title_heads(["Alliance for Renewal leader", "Opposition leader", "Harbour Party chair",
                          "Speaker of the Assembly"])
    assert "alliance" not in heads and "party" not in heads
    assert {"leader", "chair", "speaker"} <= heads


def test_a_party_named_alone_is_an_organisation_not_a_title(analyzer):
    record = analyzer.analyze(Document(text="The Liberal Democratic Party lost its majority."))
    [mention] = record.mentions
    assert mention.entity is not None and mention.entity.name == "Liberal Democratic Party (Japan)"


def test_a_bank_or_a_legislature_before_the_preposition_is_no_head():
    """"Bank of England Deputy Governor for Markets" ends in a remit, and the word before its first
    preposition is the bank; "Chairman Senate" is a clipped phrasing. Neither makes a title head."""
    heads = title_heads(["Bank of England Deputy Governor for Markets", "Chairman Senate", "Senate Chairman"])
    assert "bank" not in heads and "senate" not in heads
    assert "chairman" in heads


def test_a_bank_named_alone_is_nobody(analyzer):
    record = analyzer.analyze(Document(text="The Bank of England held rates on Thursday. The Bank said "
                                            "inflation would fall. The World Bank cut its forecast."))
    assert all(m.entity is None or m.type.upper() not in ("PERSON", "PER") for m in record.mentions)
