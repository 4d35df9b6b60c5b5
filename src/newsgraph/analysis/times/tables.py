"""Reading the time normaliser's word tables from `analysis/*/data/time_*.tsv`.

Each file holds one entry a line, tab-separated, its last field the entry's source (a standard,
a guideline section, a reference work, or "own words"); lines starting with "#" are comments.
`words` and `table` read one named table of `time_words.tsv`; `check_file` is what the tests run
to keep every file clean (no entry listed twice, no entry without a source).
"""

from __future__ import annotations

from functools import cache
from types import MappingProxyType

from newsgraph.datafiles import DataFolder, check_rows

__all__ = ["check_file", "check_rows", "read_rows", "table", "words"]

WORDS_FILE = "time_words.tsv"


_FOLDER = DataFolder("newsgraph.analysis.times")
read_rows = _FOLDER.read_rows  # the rows of a file under analyze/data, without their source
check_file = _FOLDER.check  # problems in a file under analyze/data: no source, listed twice


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
