"""Score the time normaliser on TempEval-3 TimeML files: DATE value accuracy.

Each `.tml` file holds a creation time (`<DCT><TIMEX3 value=…>`) and a `<TEXT>` with gold
`<TIMEX3>` tags. We strip the tags, run `find_times` on the plain text with the creation time as
anchor, and count a gold DATE as correct when a predicted expression overlaps it and carries the
same value. Spans need not agree exactly: the measure is about normalisation, not boundaries.
TimeML tags the two ends of a range ("from 2010 to 2012") as two expressions, where we give one
interval value ("2010/2012"); a gold end counts as found when it is one of the interval's ends.
"""

from __future__ import annotations

import datetime as dt
import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from newsgraph.analysis.times import TimeMatch, find_times, interval_ends
from newsgraph.errors import InputError

__all__ = ["GoldTimex", "TmlDocument", "Te3Failure", "Te3Report", "document_folds", "read_tml",
           "score_files", "score_te3"]


class GoldTimex(NamedTuple):
    """One gold TIMEX3 in a document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


class TmlDocument(NamedTuple):
    """A TimeML document: its name, creation date, plain text and gold time expressions."""

    name: str
    creation: dt.date
    text: str
    timexes: list[GoldTimex]


class Te3Failure(NamedTuple):
    """A gold DATE the normaliser missed: what was written, what was meant, what we said."""

    file: str
    text: str
    gold: str
    predicted: str | None


@dataclass(frozen=True)
class Te3Report:
    """DATE value accuracy over a directory of TimeML files."""

    total: int
    correct: int
    accuracy: float
    failures: list[Te3Failure]

    def to_json(self) -> str:
        """The report as a JSON object (failures as objects with named fields)."""
        return json.dumps({"total": self.total, "correct": self.correct,
                           "accuracy": round(self.accuracy, 4),
                           "failures": [f._asdict() for f in self.failures]},
                          indent=2, ensure_ascii=False)


def read_tml(path: Path) -> TmlDocument:
    """Read one TimeML file.

    Raises:
        InputError: when the file is not TimeML with a DCT value and a TEXT element.
    """
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        raise InputError(f"{path} is not well-formed XML: {error}",
                         "check that it is a TimeML .tml file") from error
    dct = root.find("DCT/TIMEX3")
    body = root.find("TEXT")
    if dct is None or not dct.get("value") or body is None:
        raise InputError(f"{path} has no <DCT><TIMEX3 value=…> or no <TEXT>",
                         "TimeML files need both to be scored")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _flatten(body, parts, timexes, include_tail=False)
    creation = dt.date.fromisoformat(dct.get("value")[:10])
    return TmlDocument(path.name, creation, "".join(parts), timexes)


def _flatten(element: ET.Element, parts: list[str], timexes: list[GoldTimex],
             include_tail: bool = True) -> None:
    """Append the element's text to `parts`, recording TIMEX3 spans as they pass."""
    start = sum(len(p) for p in parts)
    parts.append(element.text or "")
    for child in element:
        _flatten(child, parts, timexes)
    if element.tag == "TIMEX3":
        text = "".join(parts)[start:]
        timexes.append(GoldTimex(start, start + len(text), text, element.get("type", ""),
                                 element.get("value", "")))
    if include_tail:
        parts.append(element.tail or "")


def score_document(document: TmlDocument) -> tuple[int, int, list[Te3Failure]]:
    """(gold DATEs, correct, failures) for one document."""
    matches = find_times(document.text, document.creation)
    gold_dates = [t for t in document.timexes if t.type == "DATE"]
    failures = []
    for gold in gold_dates:
        overlapping = [m for m in matches if m.start < gold.end and gold.start < m.end]
        if not any(gold.value in interval_ends(m.value) for m in overlapping):
            failures.append(Te3Failure(document.name, gold.text, gold.value,
                                       _first_value(overlapping)))
    return len(gold_dates), len(gold_dates) - len(failures), failures


def _first_value(matches: list[TimeMatch]) -> str | None:
    """The value of the first overlapping prediction, or None when there was none."""
    return matches[0].value if matches else None


def score_te3(directory: Path) -> Te3Report:
    """DATE value accuracy of `find_times` on every `.tml` file in `directory`.

    Raises:
        InputError: when the directory holds no .tml files, or one of them is not TimeML.
    """
    paths = sorted(Path(directory).glob("*.tml"))
    if not paths:
        raise InputError(f"no .tml files in {directory}", "point it at a TimeML directory")
    return score_files(paths)


def document_folds(paths: list[Path], folds: int) -> list[list[Path]]:
    """Split documents into `folds` interleaved folds by sorted name (fold i: i, i+k, i+2k, ...),
    so that no document is ever split between tuning and held-out data."""
    ordered = sorted(paths, key=lambda p: p.name)
    return [ordered[i::folds] for i in range(folds)]


def score_files(paths: list[Path]) -> Te3Report:
    """DATE value accuracy of `find_times` on the given `.tml` files.

    Raises:
        InputError: when one of them is not TimeML.
    """
    total = correct = 0
    failures: list[Te3Failure] = []
    for path in paths:
        gold, right, missed = score_document(read_tml(path))
        total, correct = total + gold, correct + right
        failures.extend(missed)
    return Te3Report(total, correct, correct / total if total else 0.0, failures)
