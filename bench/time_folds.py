"""Cross-validation of the time normaliser inside the TempEval-3 dev half, by document.

Usage: python bench/time_folds.py [--dir ../shared/bench/te3/dev] [--folds 5] [--show-failures K]

The normaliser has no trained parameters: a change is decided by its figures on the tuning
folds, and the held-out fold's figure says how it does on documents it was not decided on.
Prints, for each fold, the DATE value accuracy of the held-out fold and of the other (tuning)
folds, then the mean held-out figure and the full dev-half figure, and a final JSON line.
Figures are of the dev half only; the TE3 test half is never read here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from newsgraph.evaluate.te3 import document_folds, score_files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", type=Path, default=Path("../shared/bench/te3/dev"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show-failures", type=int, default=0,
                        help="print up to K failures of each held-out fold")
    args = parser.parse_args()
    paths = sorted(args.dir.glob("*.tml"))
    folds = document_folds(paths, args.folds)
    rows = []
    for index, held_out in enumerate(folds):
        tuning = [p for p in paths if p not in held_out]
        held, tuned = score_files(held_out), score_files(tuning)
        rows.append({"fold": index + 1, "documents": [p.name for p in held_out],
                     "held_out": [held.correct, held.total, round(held.accuracy, 4)],
                     "tuning": [tuned.correct, tuned.total, round(tuned.accuracy, 4)]})
        print(f"fold {index + 1}: held-out {held.correct}/{held.total} = {held.accuracy:.3f}"
              f"   tuning {tuned.correct}/{tuned.total} = {tuned.accuracy:.3f}"
              f"   ({', '.join(p.name for p in held_out)})")
        for failure in held.failures[:args.show_failures]:
            print(f"    {failure.file}: {failure.text!r} gold {failure.gold}, "
                  f"got {failure.predicted}")
    full = score_files(paths)
    mean = sum(r["held_out"][2] for r in rows) / len(rows)
    pooled = sum(r["held_out"][0] for r in rows) / max(1, sum(r["held_out"][1] for r in rows))
    lowest = min(r["held_out"][2] for r in rows)
    print(f"held-out folds (dev half): mean {mean:.3f}, lowest {lowest:.3f}; "
          f"full dev half {full.correct}/{full.total} = {full.accuracy:.3f}")
    print(json.dumps({"folds": rows, "held_out_mean": round(mean, 4),
                      "held_out_pooled": round(pooled, 4), "held_out_lowest": round(lowest, 4),
                      "dev_half": [full.correct, full.total, round(full.accuracy, 4)]}))


if __name__ == "__main__":
    main()
