"""Reading the time normaliser's word tables from `analyze/data/time_*.tsv`.

Each file holds one entry a line, tab-separated, its last field the entry's source (a standard,
a guideline section, a reference work, or "own words"); lines starting with "#" are comments.
`words` and `table` read one named table of `time_words.tsv`; `check_file` is what the tests run
to keep every file clean (no entry listed twice, no entry without a source).
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from types import MappingProxyType

__all__ = ["check_file", "check_rows", "read_rows", "table", "words"]

WORDS_FILE = "time_words.tsv"


@cache
def _lines(name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of one data file, each split into its fields (the source last)."""
    text = resources.files("newsgraph.analyze").joinpath("data", name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines()
                 if line.strip() and not line.startswith("#"))


def read_rows(name: str, fields: int) -> list[tuple[str, ...]]:
    """The rows of data file `name` without their source: `fields` fields each.

    Raises:
        ValueError: when a line has another number of fields or no source.
    """
    rows = []
    for row in _lines(name):
        if len(row) != fields + 1 or not row[-1].strip():
            raise ValueError(f"{name}: {row!r} needs {fields} fields and a source")
        rows.append(row[:-1])
    return rows


@cache
def table(name: str) -> MappingProxyType:
    """One table of `time_words.tsv` as word -> value (the value "-" reads as None).

    Raises:
        KeyError: when the file has no table of that name.
    """
    entries = {word: (None if value == "-" else value)
               for kind, word, value in read_rows(WORDS_FILE, 3) if kind == name}
    if not entries:
        raise KeyError(f"{WORDS_FILE} has no table {name!r}")
    return MappingProxyType(entries)


def words(name: str) -> frozenset[str]:
    """The words of one table of `time_words.tsv`."""
    return frozenset(table(name))


def check_file(name: str, fields: int, key: int) -> list[str]:
    """Problems in data file `name` under `analyze/data` (see `check_rows`)."""
    return check_rows(name, _lines(name), fields, key)


def check_rows(name: str, rows, fields: int, key: int) -> list[str]:
    """Problems in the rows of a data file: rows without a source and entries listed twice.

    Args:
        name: the file's name, for the messages.
        rows: its entries, each split into fields (the source last).
        fields: the number of fields before the source.
        key: how many leading fields name an entry (the rest is its value).
    """
    problems, seen = [], set()
    for row in rows:
        if len(row) != fields + 1 or not row[-1].strip() or row[-1].strip() == "-":
            problems.append(f"{name}: no source or wrong field count: {row!r}")
            continue
        entry = row[:key]
        if entry in seen:
            problems.append(f"{name}: listed twice: {entry!r}")
        seen.add(entry)
    return problems
