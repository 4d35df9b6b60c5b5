"""Score the PLOVER event coder on PLOVER gold-standard records (type, source and target countries).

The gold file is a JSON list of records with `id`, `event`, `text`, and `source`/`target` lists of
actors carrying an ISO 3166 alpha-3 `code` (PLOVER GSR format). Each record's text is parsed and
coded with `code_events`; the **main event** is the first event of the first sentence that has
one (the trigger nearest the root of the dependency tree; see `eventcode`).

- **Type accuracy**: the main event's type, restated in PLOVER's convention by `plover_type`
  (a cooperative act in the future is AGREE, a hostile one THREATEN, a refused or failed
  cooperative act REJECT), equals the gold type. The records use PLOVER 0.5 labels, mapped to
  the sixteen current types: DEMAND→REQUEST, DISAPPROVE→ACCUSE, FIGHT→ASSAULT and
  **INVESTIGATE→ACCUSE**, because the current PLOVER manual merged the older DISAPPROVE and
  INVESTIGATE categories into ACCUSE ("all investigations … are coded here"), so INVESTIGATE
  records stay in the score under the type PLOVER gives them today.
- **Country accuracy**: for each gold source (target) actor whose code is an ISO 3166 alpha-3
  code, whether that code is among the countries of the main event's source (target) actors.
  Non-state codes (IGO, NGO, IMG …) and misspelt codes (not ISO alpha-3) are not scored.

**Folds.** `fold_of` puts each record in one of k folds by a hash of its id (stable across runs
and machines), so that changes can be decided on some folds and checked on one never looked at:
`python -m newsgraph.evaluate.plover --folds 5 PATH` prints the figures of every fold and of the
whole file.
"""

from __future__ import annotations

import argparse
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pycountry
from spacy.language import Language

from newsgraph.analysis.events import CodedEvent, code_events, plover_type
from newsgraph.errors import InputError
from newsgraph.model import EventType
from newsgraph.resolve.countries import country_lookup

__all__ = ["LEGACY_TYPES", "PloverFailure", "PloverReport", "country_lookup", "cross_validate", "fold_of",
           "gold_type", "score_plover", "score_records"]

# PLOVER 0.5 labels that the current sixteen types renamed or merged.
LEGACY_TYPES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
_ARTICLES = ("the ", "a ", "an ")


class PloverFailure(NamedTuple):
    """A record the coder got wrong: what was written, what the gold says, what we said."""

    id: str
    text: str
    gold: dict[str, Any]
    predicted: dict[str, Any]


@dataclass(frozen=True)
class PloverReport:
    """Type accuracy and source/target country accuracy over a PLOVER gold file."""

    total: int
    type_correct: int
    raw_type_correct: int
    source_total: int
    source_correct: int
    target_total: int
    target_correct: int
    failures: list[PloverFailure] = field(default_factory=list)

    @property
    def type_accuracy(self) -> float:
        """Share of records whose main event has the gold type (PLOVER convention)."""
        return self.type_correct / self.total if self.total else 0.0

    @property
    def source_accuracy(self) -> float:
        """Share of scored gold source actors whose country the coder found."""
        return self.source_correct / self.source_total if self.source_total else 0.0

    @property
    def target_accuracy(self) -> float:
        """Share of scored gold target actors whose country the coder found."""
        return self.target_correct / self.target_total if self.target_total else 0.0

    def to_json(self) -> str:
        """The figures as one compact JSON line (failures counted, not listed)."""
        return json.dumps({
            "records": self.total, "type_accuracy": round(self.type_accuracy, 4),
            "raw_type_accuracy": round(self.raw_type_correct / self.total, 4) if self.total else 0.0,
            "source_country_accuracy": round(self.source_accuracy, 4), "source_actors": self.source_total,
            "target_country_accuracy": round(self.target_accuracy, 4), "target_actors": self.target_total,
            "failures": len(self.failures)}, separators=(",", ":"))


def gold_type(label: str) -> EventType:
    """The current PLOVER type for a gold label, old or new.

    Raises:
        InputError: when the label is no PLOVER type.
    """
    name = LEGACY_TYPES.get(label.upper(), label.upper())
    try:
        return EventType(name)
    except ValueError:
        raise InputError(f"unknown PLOVER event type {label!r}", "use one of PLOVER's sixteen types") from None


def alpha3(code: str | None) -> str | None:
    """ISO alpha-3 for an alpha-2 code (None when there is none, e.g. for Kosovo)."""
    if not code:
        return None
    country = pycountry.countries.get(alpha_2=code.upper())
    return country.alpha_3 if country is not None else None


def fold_of(record_id: str, folds: int) -> int:
    """The fold (0 … folds-1) a record belongs to: a CRC-32 of its id, so the split never drifts."""
    return zlib.crc32(record_id.encode("utf-8")) % folds


def score_plover(path: Path, nlp: Language, countries: Callable[[str], str | None]) -> PloverReport:
    """Type and country accuracy of `code_events` on a PLOVER gold file.

    Args:
        path: a JSON list of PLOVER gold records.
        nlp: a spaCy pipeline with a parser.
        countries: actor phrase → ISO alpha-2 code (see `country_lookup`).

    Raises:
        InputError: when the file is missing, not JSON, not a list, or has an unknown event type.
    """
    return score_records(_read(path), nlp, countries)


def cross_validate(path: Path, nlp: Language, countries: Callable[[str], str | None],
                   folds: int = 5) -> list[PloverReport]:
    """One report per fold (see `fold_of`), in fold order.

    Raises:
        InputError: as `score_plover`, or when `folds` is below 2.
    """
    if folds < 2:
        raise InputError(f"cannot split into {folds} folds", "use 2 folds or more")
    records = _read(path)
    return [score_records([r for r in records if fold_of(str(r.get("id", "")), folds) == k], nlp, countries)
            for k in range(folds)]


def score_records(records: list[dict[str, Any]], nlp: Language,
                  countries: Callable[[str], str | None]) -> PloverReport:
    """Type and country accuracy of `code_events` on PLOVER gold records already read."""
    texts = [str(r.get("text", "")) for r in records]
    total = type_ok = raw_ok = 0
    counts = {"source": [0, 0], "target": [0, 0]}
    failures: list[PloverFailure] = []
    for record, doc in zip(records, nlp.pipe(texts), strict=False):
        expected = gold_type(str(record.get("event", "")))
        event = _main(doc, countries)
        predicted = plover_type(event) if event is not None else None
        total += 1
        type_ok += predicted is expected
        raw_ok += event is not None and event.type is expected
        gold_codes, our_codes, wrong = {}, {}, predicted is not expected
        for role in ("source", "target"):
            gold_codes[role] = _gold_codes(record.get(role))
            our_codes[role] = sorted({c for c in (alpha3(countries(a[2])) for a in getattr(event, role, ())) if c})
            hits = sum(code in our_codes[role] for code in gold_codes[role])
            counts[role][0] += len(gold_codes[role])
            counts[role][1] += hits
            wrong = wrong or hits < len(gold_codes[role])
        if wrong:
            failures.append(PloverFailure(
                str(record.get("id", "")), doc.text,
                {"type": expected.value, **gold_codes},
                {"type": predicted.value if predicted else None, "coded": event.type.value if event else None,
                 "modality": _flags(event), **our_codes,
                 "actors": {r: [a[2] for a in getattr(event, r, ())] for r in ("source", "target")}}))
    return PloverReport(total, type_ok, raw_ok, counts["source"][0], counts["source"][1],
                        counts["target"][0], counts["target"][1], failures)


def _main(doc, countries: Callable[[str], str | None]) -> CodedEvent | None:
    """The main event of the first sentence that has one."""
    for sent in doc.sents:
        events = code_events(sent, countries)
        if events:
            return events[0]
    return None


def _gold_codes(actors: Any) -> list[str]:
    """ISO alpha-3 codes of a gold actor list (other codes are not scored)."""
    if not isinstance(actors, list):
        return []
    codes = []
    for actor in actors:
        code = actor.get("code", "") if isinstance(actor, dict) else ""
        if isinstance(code, str) and pycountry.countries.get(alpha_3=code.upper()) is not None:
            codes.append(code.upper())
    return codes


def _flags(event: CodedEvent | None) -> list[str]:
    if event is None:
        return []
    return [name for name in ("negated", "future", "hypothetical", "failed") if getattr(event, name)]


def _read(path: Path) -> list[dict[str, Any]]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as error:
        raise InputError(f"cannot read PLOVER gold file {path}: {error}",
                         "point it at a JSON list of PLOVER records") from None
    if not isinstance(data, list):
        raise InputError(f"{path} is not a JSON list of records", "PLOVER gold files are JSON lists")
    return [r for r in data if isinstance(r, dict)]


def main(argv: list[str] | None = None) -> None:
    """Print each fold's figures and the whole file's, one JSON line each (`--folds K PATH`)."""
    import spacy

    from newsgraph.analysis.pipeline import find_model
    from newsgraph.kb.loader import load_kb
    from newsgraph.settings import Settings

    parser = argparse.ArgumentParser(prog="python -m newsgraph.evaluate.plover")
    parser.add_argument("path", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    settings = Settings()
    nlp, countries = spacy.load(find_model(settings.model)), country_lookup(load_kb(settings))
    for k, report in enumerate(cross_validate(args.path, nlp, countries, args.folds)):
        print(f"fold {k}: {report.to_json()}")
    print(f"all: {score_plover(args.path, nlp, countries).to_json()}")


if __name__ == "__main__":
    main()
