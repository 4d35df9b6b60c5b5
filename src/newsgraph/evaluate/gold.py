"""Score analysis against a gold file shaped like `../shared/seeds/gold.yaml`.

Each gold document lists persons (the mention as written, the person meant, and the kind:
correct, garbled, wrong_person, role_only), dates (a quote and its ISO value), numbers, the
genre, whether it is machine-translated, and untranslated artifacts. Every occurrence of a gold
mention in the text must link to the gold person; a `wrong_person` mention must also be flagged
`conflict`; a person of `null` must stay unresolved.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from newsgraph.analysis import Analyzer
from newsgraph.analysis.times import part_interval, period_interval
from newsgraph.errors import InputError
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.model import AnalysisRecord, ResolutionStatus
from newsgraph.text.names import compare, normalize


@dataclass
class GoldReport:
    """Counts per kind of check, and every failure in words."""

    totals: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    correct: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    failures: list[str] = field(default_factory=list)

    def add(self, kind: str, ok: bool, failure: str) -> None:
        """Count one check; remember why it failed."""
        self.totals[kind] += 1
        self.correct[kind] += int(ok)
        if not ok:
            self.failures.append(f"[{kind}] {failure}")

    def figures(self) -> dict[str, dict[str, float]]:
        """{kind: {correct, total, accuracy}}."""
        return {k: {"correct": self.correct[k], "total": n, "accuracy": round(self.correct[k] / n, 3) if n else 0.0}
                for k, n in sorted(self.totals.items())}

    def to_json(self) -> str:
        """The figures as one JSON line."""
        return json.dumps({"gold": self.figures(), "failures": len(self.failures)})


def score_gold(gold_file: Path, text_dir: Path, analyzer: Analyzer) -> GoldReport:
    """Analyse each gold document (with its `published` date) and check it against the gold.

    Raises:
        InputError: the gold file is not a list of documents, or a text cannot be read.
    """
    try:
        entries = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise InputError(f"{gold_file}: cannot read the gold file ({exc})") from None
    if not isinstance(entries, list):
        raise InputError(f"{gold_file}: expected a list of documents")
    report = GoldReport()
    for entry in entries:
        path = text_dir / (entry.get("file") or f"{entry['id']}.txt")
        name = entry.get("id") or entry["file"]
        report.add("texts", path.is_file(), f"{name}: no text at {path} (retrieve it first)")
        if not path.is_file():
            continue
        options = ReadOptions(analyzer.settings, given=DocumentMeta(published=entry.get("published")))
        [loaded] = list(read_sources([str(path)], options))
        if loaded.error:
            raise loaded.error
        record = analyzer.analyze(loaded.document)
        _check_document(entry, record, report, analyzer.kb)
    return report


def _check_document(entry: dict, record: AnalysisRecord, report: GoldReport, kb) -> None:
    name = entry.get("id") or entry["file"]
    info = record.document
    if "genre" in entry:
        report.add("genre", info.genre.value == entry["genre"],
                   f"{name}: genre {info.genre.value}, gold {entry['genre']}")
    if "machine_translated" in entry:
        report.add("machine_translation", info.machine_translation.suspected == entry["machine_translated"],
                   f"{name}: MT suspected {info.machine_translation.suspected}")
    if entry.get("published_precision") == "day" and info.published.source.value != "given":
        report.add("published", info.published.value == entry["published"],
                   f"{name}: published {info.published.value}, gold {entry['published']}")
    found = {a.text for a in info.machine_translation.artifacts}
    for artifact in entry.get("artifacts") or []:
        report.add("artifacts", artifact["text"] in found, f"{name}: artifact {artifact['text']!r} not reported")
    for person in entry.get("persons") or []:
        _check_person(name, person, record, report, kb)
    for gold_date in entry.get("dates") or []:
        _check_date(name, gold_date, record, report)
    for number in entry.get("numbers") or []:
        _check_number(name, number, record, report)


def _check_person(name: str, gold: dict, record: AnalysisRecord, report: GoldReport, kb) -> None:
    kind = gold.get("kind", "correct")
    places = _person_mentions_at(gold["mention"], record)
    mentions = [m for _, found in places for m in found]
    label = f"persons.{kind}"
    # An occurrence where no person mention was found is a miss of its own: a text whose names the
    # model cannot see must not score better than one whose names it links wrong.
    wanted = gold.get("person")
    # A person the knowledge base does not hold cannot be linked; keeping the whole written name
    # unresolved is then the best answer. Counted apart (`persons.occurrences_or_kept`), so the
    # share of misses that are knowledge-base gaps shows; `persons.occurrences` stays strict.
    unknown = wanted is not None and gold.get("kind", "correct") == "correct" and not any(
        f.kind in ("name", "alias", "reversed") for f in kb.persons_named(wanted))
    for at, found in places:
        if not found:
            report.add("persons.occurrences", False, f"{name}: {gold['mention']!r} at {at} is not a mention")
            report.add("persons.occurrences_or_kept", False, f"{name}: {gold['mention']!r} at {at} is not a mention")
    if not mentions:
        report.add(label, False, f"{name}: mention {gold['mention']!r} not found")
        return
    wrong = [f"{at}: not a mention" for at, found in places if not found]
    for mention in mentions:
        linked = mention.entity.name if mention.entity and mention.status.is_resolved else None
        ok = linked == wanted or (linked is not None and wanted is not None and _same_person(linked, wanted, kb))
        report.add("persons.occurrences", ok, f"{name}: {gold['mention']!r} at {mention.start} is {linked}")
        written, found_text = normalize(gold["mention"]), normalize(mention.text)
        kept = unknown and linked is None and (written in found_text or len(found_text.split()) >= 2
                                               and written.endswith(" " + found_text))  # a title before it
        report.add("persons.occurrences_or_kept", ok or kept,
                   f"{name}: {gold['mention']!r} at {mention.start} is {linked}, the name not kept whole")
        if not ok:
            wrong.append(f"{mention.start}: {linked or 'unresolved'} ({mention.status.value}: {mention.explanation})")
    report.add(label, not wrong, f"{name}: {gold['mention']!r} should be {wanted or 'unresolved'}, got "
               + "; ".join(wrong[:2]))
    if kind == "wrong_person":
        flagged = all(m.status is ResolutionStatus.conflict for m in mentions)
        report.add("conflict_flags", flagged, f"{name}: {gold['mention']!r} not flagged as a conflict")


# How alike the gold's name and the linked person's must be to be one name in two romanisations.
SAME_NAME = 0.95


def _same_person(linked: str, wanted: str, kb) -> bool:
    """Whether the gold's name for a person is one of the knowledge base's names for the linked
    person ("Badr bin Hamad Al Busaidi" for the person the KB calls "Badr Albusaidi"), or the same
    name in another romanisation ("David Arakhamia" for "Davyd Arakhamia") that names nobody else:
    gold spellings may not become aliases, so the scorer cannot ask the KB for them."""
    forms = kb.persons_named(wanted)
    if any(kb.entity_name(f.entity) == linked and f.kind in ("name", "alias", "reversed") for f in forms):
        return True
    others = [f for f in forms if f.kind in ("name", "alias", "reversed") and kb.entity_name(f.entity) != linked]
    return not others and compare(wanted, linked).score >= SAME_NAME


def _person_mentions_at(written: str, record: AnalysisRecord) -> list[tuple[int, list]]:
    """Each place the gold mention is written as whole words, with the person mentions there: the
    exact span, else every person mention inside it ("Hegseth" in "Mr Hegseth", "Anwar" in "PM
    Anwar"), else the one person mention around it ("Modi" in "PM Modi"), else the name a title
    is written right before, else a person mention sharing part of it ("Prince Mohammed" and
    "Mohammed bin Salman"), so a title or honorific on either side of the name span does not count
    as a missed mention. A place inside a longer
    word ("Chang" in "Changhua") is no place of the mention."""
    places = []
    persons = [m for m in record.mentions if m.type == "PERSON"]
    text = record.text
    start = text.find(written)
    while start >= 0:
        end = start + len(written)
        whole = (start == 0 or not text[start - 1].isalnum() or not written[0].isalnum()) and \
            (end >= len(text) or not text[end].isalnum() or not written[-1].isalnum())
        if whole:
            exact = [m for m in persons if (m.start, m.end) == (start, end)]
            inside = [m for m in persons if start <= m.start and m.end <= end]
            around = [m for m in persons if m.start <= start and end <= m.end]
            # A title written right before a name describes that name: "Japan's Minister of … Akasawa".
            named = [m for m in persons if 0 < m.start - end <= 2 and not text[end:m.start].strip(" ,")]
            # "Prince Mohammed" inside "Crown Prince Mohammed bin Salman": the name span shares its name part.
            overlapping = [m for m in persons if m.start < end and start < m.end]
            places.append((start, exact or inside or around[:1] or named[:1] or overlapping[:1]))
        start = text.find(written, end)
    return places


def _check_date(name: str, gold: dict, record: AnalysisRecord, report: GoldReport) -> None:
    start = record.text.find(gold["quote"])
    if start < 0:
        report.add("dates", False, f"{name}: quote {gold['quote']!r} not in the text")
        return
    end = start + len(gold["quote"])
    inside = [t for t in record.times if t.start < end and start < t.end and t.kind == "date"]
    # A qualified value ("2024" + late) is the interval it names ("2024-10/2024-12"), and so is a
    # half or quarter ("2025-H1" is "2025-01/2025-06"); a time of day ("this evening",
    # 2025-06-24TEV) is on the day its value names.
    values = [t.value for t in inside] + [v for t in inside if (v := part_interval(t.value, t.qualifier))]
    values += [v for t in inside if (v := period_interval(t.value))]
    values += [t.value.split("T")[0] for t in record.times if t.start < end and start < t.end
               and t.kind == "time" and t.value and "T" in t.value]
    report.add("dates", gold["value"] in values,
               f"{name}: {gold['quote']!r} gold {gold['value']}, got {values or 'nothing'}")


def _check_number(name: str, gold: dict, record: AnalysisRecord, report: GoldReport) -> None:
    start = record.text.find(gold["quote"])
    end = start + len(gold["quote"])
    overlapping = [o for o in record.observations if start >= 0 and o.start < end and start < o.end]
    found = [o for o in overlapping
             if abs(o.value - float(gold["value"])) < 1e-6 * max(1.0, abs(float(gold["value"])))]
    report.add("numbers", bool(found), f"{name}: {gold['quote']!r} gold {gold['value']} {gold.get('unit', '')}, "
               f"got {[(o.value, o.unit) for o in overlapping] or 'nothing'}")
    typed = [o for o in found if _typed_ok(o, gold)]
    report.add("numbers.typed", bool(typed),
               f"{name}: {gold['quote']!r} gold {gold.get('indicator')}/{gold.get('unit')}/{gold.get('status')}"
               f"/change {gold.get('change')}, got "
               + "; ".join(f"{o.indicator}/{o.unit}/{o.status.value}/change {o.change.value if o.change else None}"
                           for o in found))


def _typed_ok(observation, gold: dict) -> bool:
    """Indicator, unit, status and change as the gold gives them (those it gives)."""
    if gold.get("indicator") and observation.indicator != gold["indicator"]:
        return False
    if gold.get("unit") and observation.unit != gold["unit"]:
        return False
    if gold.get("status") and observation.status.value != gold["status"]:
        return False
    if gold.get("change") is not None:
        if observation.change is None or abs(observation.change.value - float(gold["change"])) > 1e-6:
            return False
    return True
