"""Who said what: quotes, reported speech, attributions and the author's own claims."""

import pytest

import newsgraph
from newsgraph.analysis.components.claims import saying_lemma
from newsgraph.model import ClaimKind


def claims_of(text, published="2025-07-11", genre_line=""):
    return newsgraph.analyze(text + genre_line, published=published).claims


@pytest.mark.parametrize("word, lemma", [
    ("said", "say"), ("stated", "state"), ("emphasized", "emphasize"), ("believes", "believe"),
    ("told", "tell"), ("pointing", "point"), ("proposed", "propose"), ("table", None), ("Ishiba", None),
])
def test_saying_lemmas_without_a_lemmatizer(word, lemma):
    assert saying_lemma(word) == lemma


def test_a_quote_has_its_speaker():
    text = 'On July 9, Ishiba said the tariff talks "were a battle for national interests" and left.'
    [claim] = [c for c in claims_of(text) if c.kind is ClaimKind.quote]
    assert claim.text == "were a battle for national interests"
    assert claim.speaker.name == "Shigeru Ishiba" and claim.verb == "say"


def test_reported_speech_takes_the_clause():
    text = "On July 6, Japanese Prime Minister Shigeru Ishiba stated that he would not easily compromise in the talks."
    [claim] = claims_of(text)
    assert claim.kind is ClaimKind.reported
    assert claim.text == "he would not easily compromise in the talks"
    assert claim.speaker.name == "Shigeru Ishiba" and claim.verb == "state"


@pytest.mark.parametrize("text, attribution, speaker", [
    ("According to a report by Nikkei Asia, the tariff letters shattered Japan's expectations of a special bond.",
     "a report by Nikkei Asia", "Nikkei Asia"),
    ("A survey by Asahi Shimbun in April showed that 68% of respondents want a more independent foreign policy.",
     "A survey by Asahi Shimbun in April", "The Asahi Shimbun"),
])
def test_attributions_to_outlets_and_surveys(text, attribution, speaker):
    [claim] = claims_of(text)
    assert claim.kind is ClaimKind.reported and claim.attribution == attribution
    assert claim.speaker is not None and claim.speaker.name == speaker


def test_hedged_analysis_keeps_its_words_without_a_speaker():
    [claim] = claims_of("Analysts point out that Japan's economy depends on exports to the United States.")
    assert (claim.kind, claim.speaker, claim.attribution) == (ClaimKind.reported, None, "Analysts")


def test_author_opinion_only_in_opinion_pieces():
    text = "It is certain that the alliance will struggle to recover its former warmth."
    statement = "\n\nStatement: This article represents the views of the author."
    assert [c.kind for c in claims_of(text, genre_line=statement)] == [ClaimKind.author_opinion]
    assert claims_of(text) == []


def test_a_scare_quoted_word_is_not_a_quote():
    text = 'The cabinet has been in the "danger zone" for four months.'
    assert [c for c in claims_of(text) if c.kind is ClaimKind.quote] == []


def test_survey_verbs_need_a_survey():
    text = "It is certain that the alliance will find it difficult to restore its former relations."
    assert [c for c in claims_of(text) if c.verb == "find"] == []
