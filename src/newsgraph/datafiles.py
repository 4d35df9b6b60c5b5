"""Word lists and tables shipped as data files: one entry a line, its source last.

Every `*.tsv` under a package's `data/` folder holds one entry a line, tab-separated, its last
field the entry's source (a codebook section, a standard, a library table, or "own words"); lines
starting with "#" are comments. This module reads them and checks them; it imports nothing else
from newsgraph, so every layer may use it.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources

__all__ = ["DataFolder", "check_rows", "lines", "read_rows"]


@cache
def lines(package: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The entries of data file `name` of `package`, each split into its fields (the source last)."""
    text = resources.files(package).joinpath("data", name).read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def read_rows(package: str, name: str, fields: int) -> list[tuple[str, ...]]:
    """The rows of a data file without their source: `fields` fields each.

    Raises:
        ValueError: when a line has another number of fields or no source.
    """
    rows = []
    for row in lines(package, name):
        if len(row) != fields + 1 or not row[-1].strip():
            raise ValueError(f"{name}: {row!r} needs {fields} fields and a source")
        rows.append(row[:-1])
    return rows


def check_rows(name: str, rows: Iterable[tuple[str, ...]], fields: int, key: int) -> list[str]:
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


class DataFolder:
    """The `data/` folder of one package: `read_rows(name, fields)` and `check(name, fields, key)`."""

    def __init__(self, package: str):
        self.package = package

    def read_rows(self, name: str, fields: int) -> list[tuple[str, ...]]:
        """The rows of data file `name` without their source (see the module's `read_rows`)."""
        return read_rows(self.package, name, fields)

    def check(self, name: str, fields: int, key: int) -> list[str]:
        """Problems in data file `name`: rows without a source, entries listed twice."""
        return check_rows(name, lines(self.package, name), fields, key)
