"""Linking in context: pronouns, repeats, cues, countries and organisations."""

import pytest

import newsgraph
from newsgraph.model import ResolutionStatus


def mentions_of(text, published):
    return newsgraph.analyze(text, published=published).mentions


def test_pronouns_follow_the_subject_of_the_nearest_sentence():
    text = ("Japan's Minister of Economy, Trade and Industry met U.S. Commerce Secretary Howard Lutnick on "
            "Thursday. According to him, the two sides remained far apart. Prime Minister Sanae Takaichi said "
            "she would visit Washington in March.")
    found = {(m.text, m.start): m for m in mentions_of(text, "2026-02-13")}
    him = next(m for (t, _), m in found.items() if t == "him")
    she = next(m for (t, _), m in found.items() if t == "she")
    assert him.entity.name == "Ryosei Akazawa"
    assert she.entity.name == "Sanae Takaichi" and "refers to" in she.explanation


def test_repeats_share_the_first_link():
    text = ("U.S. Treasury Secretary Scott Bessent met Japanese officials on Tuesday. "
            "Bessent said a deal was close. Later Scott said nothing more.")
    people = [m for m in mentions_of(text, "2025-07-22") if m.type == "PERSON"]
    assert {m.entity.name for m in people if m.text in ("Scott Bessent", "Bessent")} == {"Scott Bessent"}
    repeat = next(m for m in people if m.text == "Bessent")
    assert repeat.explanation.startswith("same person as 'Scott Bessent'")


@pytest.mark.parametrize("text, published, written, person, status", [
    ("U.S. President-elect Trump said on Sunday he would impose tariffs.", "2024-11-25", "Trump", "Donald Trump",
     ResolutionStatus.exact),
    ("Former Japanese Prime Minister Yukio Hatoyama said on Monday that Japan should be independent.",
     "2025-07-11", "Yukio Hatoyama", "Yukio Hatoyama", ResolutionStatus.exact),
    ("Then-Defense Secretary Chuck Hagel visited Tokyo in 2014.", "2025-01-10", "Chuck Hagel", "Chuck Hagel",
     ResolutionStatus.exact),
])
def test_cues_choose_the_term(text, published, written, person, status):
    [mention] = [m for m in mentions_of(text, published) if m.text == written]
    assert (mention.entity.name, mention.status) == (person, status), mention.explanation


@pytest.mark.parametrize("text, written, entity", [
    ("Tokyo said on Monday that it would respond calmly.", "Tokyo", "Japan"),
    ("Washington and Beijing resumed talks.", "Beijing", "China"),
    ("Seoul declined to comment.", "Seoul", "South Korea"),
    ("Japanese officials were unhappy.", "Japanese", "Japan"),
    ("According to Xinhua News Agency, the talks resumed.", "Xinhua News Agency", "Xinhua News Agency"),
    ("The Liberal Democratic Party lost its majority.", "The Liberal Democratic Party", "Liberal Democratic Party (Japan)"),
])
def test_countries_and_organisations_are_linked(text, written, entity):
    found = [m for m in mentions_of(text, "2025-07-11") if written in m.text or m.text in written]
    assert found and found[0].entity is not None and found[0].entity.name == entity, [(m.text, m.entity) for m in found]
