"""Fit and check the resolver's confidence on real reports with gold persons.

    .venv/bin/python bench/calibrate_resolution.py \
        --tune ../shared/seeds/gold.yaml:../shared/seeds \
        --tune ../shared/bench/realnews/gold-b.yaml:/tmp/realnews/b \
        --tune bench/realnews/gold-c.yaml:/tmp/realnews/c \
        --check bench/realnews/gold-d.yaml:/tmp/realnews/d [--explore] [--write] [--fixture PATH]

Every gold person occurrence the resolver links to a knowledge-base person is one example: its
evidence (the named features of `newsgraph.resolve.calibration`) and whether the link is the gold
person. A logistic regression (scikit-learn) is fitted on the tuning examples only; the threshold
below which a `corrected` (similar-name) link is dropped is chosen on the tuning examples too, to
make the most person decisions right. Both halves are then scored: accuracy of the decisions and a
reliability table (confidence bins against the share of links that are right). `--write` stores
the model in src/newsgraph/resolve/data/calibration.yaml; `--fixture` stores the tuning examples
(features and labels only, no text) for the calibration test.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

import yaml
from sklearn.linear_model import LogisticRegression

from newsgraph.analysis import Analyzer
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.model import ResolutionStatus
from newsgraph.resolve.calibration import CALIBRATION_FILE, FEATURES, Calibration

BINS = (0.0, 0.5, 0.7, 0.8, 0.9, 1.01)


@dataclass
class Example:
    """One linked gold occurrence: features, whether it is right, the status, and whether a link is wanted."""

    features: dict[str, float]
    right: bool
    status: str
    where: str


@dataclass
class Miss:
    """A gold occurrence the resolver left unlinked: right when the gold has no person."""

    right: bool


def collect(pairs: list[str], analyzer: Analyzer) -> tuple[list[Example], list[Miss]]:
    """Examples from every gold document of the given GOLD:TEXTS pairs (missing texts skipped)."""
    examples, misses = [], []
    kb = analyzer.kb
    for pair in pairs:
        gold_file, text_dir = pair.split(":", 1)
        for entry in yaml.safe_load(Path(gold_file).read_text(encoding="utf-8")):
            path = Path(text_dir) / (entry.get("file") or f"{entry['id']}.txt")
            if not path.is_file():
                continue
            options = ReadOptions(analyzer.settings, given=DocumentMeta(published=entry.get("published")))
            [loaded] = list(read_sources([str(path)], options))
            doc = analyzer.annotate(loaded.document)
            people = [(m, link) for m, link in zip(doc._.ng_mentions, doc._.ng_links) if m.label == "PERSON"]
            for person in entry.get("persons") or []:
                wanted = person.get("person")
                for mention, link in _at(doc.text, person["mention"], people):
                    linked = link is not None and link.entity in kb.persons and link.status is not ResolutionStatus.unresolved
                    if not linked:
                        misses.append(Miss(wanted is None))
                        continue
                    name = kb.entity_name(link.entity)
                    right = wanted is not None and (name == wanted or any(
                        kb.entity_name(f.entity) == name for f in kb.persons_named(wanted)))
                    features = dict.fromkeys(FEATURES, 0.0) | dict(link.evidence)
                    examples.append(Example(features, right, link.status.value, f"{entry['id']}: {person['mention']}"))
    return examples, misses


def _at(text: str, written: str, people: list) -> list:
    found, start = [], text.find(written)
    while start >= 0:
        end = start + len(written)
        exact = [(m, l) for m, l in people if (m.start, m.end) == (start, end)]
        found += exact or [(m, l) for m, l in people if start <= m.start and m.end <= end]
        start = text.find(written, end)
    return found


def fit(examples: list[Example], misses: list[Miss]) -> Calibration:
    """Logistic regression on the tuning examples, then the threshold that makes most decisions right."""
    x = [[e.features[f] for f in FEATURES] for e in examples]
    y = [int(e.right) for e in examples]
    model = LogisticRegression(C=1.0, max_iter=2000).fit(x, y)
    base = Calibration(float(model.intercept_[0]), dict(zip(FEATURES, map(float, model.coef_[0]))), 0.0)
    scores = {t: decisions_right(base, examples, misses, t / 100) for t in range(0, 96, 5)}
    tied = [t for t, right in scores.items() if right == max(scores.values())]
    threshold = tied[len(tied) // 2] / 100  # the middle of the best range, away from both its edges
    return Calibration(base.bias, base.weights, threshold, "tuning half: " + ", ".join(sorted(
        {e.where.split(":")[0].split("-")[0] for e in examples})))


def decisions_right(calibration: Calibration, examples: list[Example], misses: list[Miss], threshold: float) -> int:
    """How many gold occurrences end right when corrected links under `threshold` are dropped."""
    right = sum(m.right for m in misses)
    for e in examples:
        dropped = e.status == "corrected" and calibration.confidence(e.features.items()) < threshold
        right += (not e.right) if dropped else e.right
    return right


def report(label: str, calibration: Calibration, examples: list[Example], misses: list[Miss]) -> dict:
    """Accuracy of the decisions and the reliability table, printed and returned."""
    total = len(examples) + len(misses)
    right = decisions_right(calibration, examples, misses, calibration.link_threshold)
    kept = [e for e in examples if not (e.status == "corrected" and
                                        calibration.confidence(e.features.items()) < calibration.link_threshold)]
    rows, gap = [], 0.0
    for low, high in zip(BINS, BINS[1:]):
        inside = [e for e in kept if low <= calibration.confidence(e.features.items()) < high]
        if inside:
            mean = sum(calibration.confidence(e.features.items()) for e in inside) / len(inside)
            share = sum(e.right for e in inside) / len(inside)
            gap += len(inside) * abs(mean - share)
            rows.append({"bin": f"{low:.1f}-{min(high, 1.0):.1f}", "links": len(inside),
                         "mean_confidence": round(mean, 3), "right": round(share, 3)})
    result = {"person_occurrences": total, "decisions_right": right,
              "accuracy": round(right / total, 3) if total else 0.0,
              "expected_calibration_error": round(gap / len(kept), 3) if kept else 0.0, "bins": rows}
    print(f"{label}: {right}/{total} person occurrences right ({result['accuracy']}), "
          f"ECE {result['expected_calibration_error']}")
    for row in rows:
        print(f"  confidence {row['bin']}: {row['links']:4d} links, mean {row['mean_confidence']:.2f}, right {row['right']:.2f}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tune", action="append", default=[], help="GOLD.yaml:TEXTDIR of the tuning half")
    parser.add_argument("--check", action="append", default=[], help="GOLD.yaml:TEXTDIR of the checking half")
    parser.add_argument("--explore", action="store_true", help="lower the resolver's floors while collecting")
    parser.add_argument("--write", action="store_true", help="store the fitted model in the package")
    parser.add_argument("--fixture", type=Path, help="store the tuning examples (features, labels) as JSON")
    args = parser.parse_args()
    analyzer = Analyzer()
    linker = analyzer.nlp.get_pipe("newsgraph.link.v1")
    shipped = linker.resolver.calibration
    linker.resolver.calibration = Calibration(0.0, {}, 0.0)  # collect every link, none dropped
    if args.explore:
        # Propose similar names well below the shipped floors, so that the model also learns from
        # near misses (the tuning reports hold few wrong links at the shipped floors).
        linker.resolver.correct_with_role = linker.resolver.correct_single_holder = 0.45
        linker.resolver.correct_without_role = 0.8
        linker.resolver.part_similarity = 0.45
    tune = collect(args.tune, analyzer)
    check = collect(args.check, analyzer) if args.check else ([], [])
    fitted = fit(*tune)
    print("weights:", json.dumps({k: round(v, 2) for k, v in fitted.weights.items()}), "bias", round(fitted.bias, 2),
          "threshold", fitted.link_threshold)
    report("shipped model, tuning half", shipped, *tune)
    measured = {"tuning": report("fitted model, tuning half", fitted, *tune)}
    if args.check:
        report("shipped model, checking half", shipped, *check)
        measured["checking"] = report("fitted model, checking half", fitted, *check)
    if args.write:
        CALIBRATION_FILE.write_text("# Written by bench/calibrate_resolution.py; do not edit by hand.\n"
                                    + fitted.to_yaml({"measured": measured}), encoding="utf-8")
        print(f"wrote {CALIBRATION_FILE}")
    if args.fixture:
        examples, _ = tune
        args.fixture.write_text(json.dumps([{"features": e.features, "right": e.right, "status": e.status}
                                            for e in examples], indent=0), encoding="utf-8")
        print(f"wrote {len(examples)} examples to {args.fixture}")


if __name__ == "__main__":
    main()
