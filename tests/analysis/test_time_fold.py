"""Case-blind time rules run on the lower-case text: the same matches, found faster."""

import datetime as dt
import re
from pathlib import Path

import pytest

from newsgraph.analysis.times.normalize import RULES, find_times
from newsgraph.analysis.times.rules import Context, _folded, fold
from newsgraph.analysis.times.tense import read_tense_cues

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
TEXTS = [
    "Two Days Later, the talks resumed; THREE WEEKS AGO nobody expected it. Later This Year, maybe.",
    "The deal was signed the day before yesterday, for the past 90 days, at the end of the year.",
    "İstanbul hosted the meeting 3 days ago; the next week brings more, in the coming months.",
    *(p.read_text(encoding="utf-8", errors="replace") for p in sorted(EXAMPLES.glob("*.txt"))),
]


def test_only_wholly_case_blind_patterns_are_folded():
    assert _folded(re.compile(r"(?i)\bnext\s+week\b")) is not None
    assert _folded(re.compile(r"(?i)\b[A-Z]\w+\s+ago\b")) is None  # a capital in a class
    assert _folded(re.compile(r"(?i)\bQ[1-4]\b")) is None  # a capital letter
    assert _folded(re.compile(r"(?i)\bnoon(?-i:GMT)\b")) is None  # case turned back on
    assert _folded(re.compile(r"\b(?i:next)\s+May\b")) is None  # not case-blind as a whole
    assert _folded(re.compile(r"(?i)\S+\s(?P<Unit>days)\b")) is not None  # escapes and names aside


def test_the_costly_case_blind_rules_are_folded():
    folded = {rule.name for rule in RULES if _folded(rule.pattern) is not None}
    assert {"duration", "ago", "offset", "reference", "relative_unit"} <= folded


def test_fold_refuses_text_whose_length_changes():
    assert fold("Next Week") == "next week"
    assert fold("İstanbul next week") is None  # "İ" lowers to two characters


@pytest.mark.parametrize("text", TEXTS)
def test_folded_rules_find_what_the_plain_rules_find(text):
    anchor = dt.date(2025, 7, 10)
    plain = Context(text, anchor, read_tense_cues(text))
    folded = Context(text, anchor, read_tense_cues(text), folded=fold(text))
    for rule in RULES:
        assert [(c.start, c.end, c.value) for c in rule.find(plain)] == \
            [(c.start, c.end, c.value) for c in rule.find(folded)], rule.name


def test_folded_matches_keep_the_text_as_written():
    [match] = [m for m in find_times("Three Weeks Ago the line moved.", dt.date(2025, 7, 10))]
    assert match.text == "Three Weeks Ago"
    assert match.value == "2025-W25"
