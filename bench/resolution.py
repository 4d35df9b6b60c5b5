"""What knowledge-base resolution adds to analysis time.

Usage: python bench/resolution.py [--docs N] [--seeds ../shared/seeds] [--examples examples]

Runs the same texts through the full pipeline and through the pipeline with the resolution
components (newsgraph.names.v1, newsgraph.roles.v1, newsgraph.link.v1) switched off, in one
process, and prints the time each takes and the overhead; last line JSON. Target: ≤ 15 %.
The resolver's name and title caches are emptied before each run, so repeated texts do not
make it look cheaper than it is on new reports.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from newsgraph.analysis import Analyzer
from newsgraph.settings import Settings

sys_path = Path(__file__).resolve().parent
RESOLUTION = ["newsgraph.names.v1", "newsgraph.roles.v1", "newsgraph.link.v1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--seeds", default=str(sys_path.parents[1] / "shared" / "seeds"))
    parser.add_argument("--examples", default=str(sys_path.parent / "examples"))
    args = parser.parse_args()

    from throughput import load_documents  # the same corpus as bench/throughput.py

    documents = load_documents([args.seeds, args.examples], args.docs)
    analyzer = Analyzer(Settings())

    def run(disabled: list[str]) -> float:
        docs = [analyzer._make_doc(d) for d in documents]
        # Cold caches: every name and title is looked up afresh, as for a corpus of new reports.
        analyzer.nlp.get_pipe("newsgraph.link.v1").resolver._fuzzy_memo.clear()
        analyzer.nlp.get_pipe("newsgraph.roles.v1").index._memo.clear()
        start = time.perf_counter()
        with analyzer.nlp.select_pipes(disable=disabled):
            for _ in analyzer.nlp.pipe(docs, batch_size=32):
                pass
        return time.perf_counter() - start

    run([]), run(RESOLUTION)  # warm up
    timings = {"without": [], "with": []}
    for _ in range(3):  # interleaved, best of three: the machine's noise is larger than the effect
        timings["without"].append(run(RESOLUTION))
        timings["with"].append(run([]))
    without, full = min(timings["without"]), min(timings["with"])
    overhead = full / without - 1
    words = sum(len(d.text.split()) for d in documents)
    print(f"without resolution {without:.2f} s, with {full:.2f} s for {len(documents)} docs ({words} words): "
          f"overhead {overhead:.1%}")
    print(json.dumps({"docs": len(documents), "words": words, "seconds_without": round(without, 2),
                      "seconds_with": round(full, 2), "overhead": round(overhead, 3)}))


if __name__ == "__main__":
    main()
