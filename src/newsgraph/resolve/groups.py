"""The people a document names: its person mentions grouped by the name they repeat.

A report introduces a person once ("Tengku Zafrul Aziz", "Mr Hegseth") and then repeats a part of
the name ("Zafrul", "Hegseth"); a name may also first appear short and later in full. Mentions whose
name words (courtesy titles and styles set aside) are a run of another mention's name words belong
to one group, so the evidence of every mention — the titles around each, the roles stated later —
reaches one decision for all of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

from newsgraph.datafiles import read_rows
from newsgraph.text.names import normalize


@cache
def honorifics() -> frozenset[str]:
    """Words written before a name that are not part of it ("Mr", "PM", "Tengku"), from the data file."""
    return frozenset(normalize(word) for (word,) in read_rows("newsgraph.resolve", "honorifics.tsv", 1))


@cache
def name_particles() -> frozenset[str]:
    """Lower-case words inside a name that join its parts ("von der", "al", "bin"), from the data file."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "name_particles.tsv", 1))


@cache
def military_ranks() -> frozenset[str]:
    """Military rank words written before a name ("General", "Lieutenant", "Admiral"), from the data file."""
    return frozenset(word for (word,) in read_rows("newsgraph.resolve", "military_ranks.tsv", 1))



def name_words(name: str) -> list[str]:
    """A written name's words, normalised, without leading courtesy titles or styles."""
    words = normalize(name).split()
    styles = honorifics()
    while len(words) > 1 and (words[0] in styles or " ".join(words[:2]) in styles):
        words = words[2:] if " ".join(words[:2]) in styles else words[1:]
    return words


def bare_name(name: str) -> str:
    """The written name without leading courtesy titles ("Mr Hegseth" → "Hegseth"), as written."""
    words = name.split()
    keep = len(name_words(name))
    return " ".join(words[len(words) - keep:]) if keep and keep < len(words) else name


@dataclass
class PersonGroup:
    """The mentions (indexes into the document's mentions) that repeat one name."""

    members: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # distinct written names, first seen first
    words: list[str] = field(default_factory=list)  # the fullest name's words

    @property
    def fullest(self) -> str:
        """The longest name written for the group."""
        return fullest(self.names)


def fullest(names: Iterable[str]) -> str:
    """The longest of several written names of one person: most words, then most letters."""
    return max(names, key=lambda n: (len(name_words(n)), len(n)))


def group_names(names: list[tuple[int, str]]) -> list[PersonGroup]:
    """Group (index, written name) pairs in text order: a name joins the latest group whose fullest
    name contains it as a run of words, or whose fullest name it contains."""
    groups: list[PersonGroup] = []
    for index, name in names:
        words = name_words(name)
        if not words:
            continue
        home = next((g for g in reversed(groups) if _is_run(words, g.words) or _is_run(g.words, words)), None)
        if home is None:
            home = PersonGroup()
            groups.append(home)
        home.members.append(index)
        if name not in home.names:
            home.names.append(name)
        if len(words) > len(home.words):
            home.words = words
    return groups


def _is_run(part: list[str], whole: list[str]) -> bool:
    n = len(part)
    return 0 < n <= len(whole) and any(whole[i:i + n] == part for i in range(len(whole) - n + 1))
