"""How hostile text scales: floods of numbers, symbols and dates through the parsers and the tokenizer.

    .venv/bin/python bench/hostile.py [--size 20000]

Each flood (a run of one short piece: "9 ", "<", "a.", "from 9 ", …) is timed at SIZE and at four
times SIZE characters. A ratio near 4 is linear; near 16 is quadratic, which turns a 1 MB hostile
page into hours. Found by tests/hostile (issue 7): the quantity extractor, its digit-date and
domain patterns, and spaCy's suffix search were quadratic on such floods. Floods without spaces
("<", "9:", "😀") still cost spaCy's tokenizer quadratic time in the length of one run; ingest
refuses a run over `ingest.build.MAX_RUN_CHARS` (5,000), which bounds it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import time

from newsgraph.analysis.pipeline import make_pipeline
from newsgraph.analysis.quantities import find_quantities
from newsgraph.analysis.times import find_times
from newsgraph.kb.loader import load_kb
from newsgraph.settings import Settings

FLOODS = ["9", "9 ", "a.", "9.", "9-", "$9", "9%", "9:", "x9", "9年", "9亿", "9\u200b", "from 9 ", "9 to ", "1 in ",
          "9 x 10^", "9 May ", "Q3 ", "<", "!", ")", "😀"]


def timed(work, text: str) -> float:
    start = time.perf_counter()
    work(text)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=20_000, help="characters of the smaller flood")
    args = parser.parse_args()
    tokenizer = make_pipeline(load_kb(Settings())).tokenizer
    stages = {"quantities": find_quantities, "times": lambda t: find_times(t, dt.date(2025, 7, 11)),
              "tokenizer": tokenizer}
    print(f"{'flood':12} {'stage':11} {args.size:>9,} ch {4 * args.size:>9,} ch  ratio")
    for piece in FLOODS:
        small, large = ((piece * (n // len(piece) + 1))[:n] for n in (args.size, 4 * args.size))
        for name, work in stages.items():
            a, b = timed(work, small), timed(work, large)
            print(f"{piece!r:12} {name:11} {a:10.3f} s {b:10.3f} s  {b / max(a, 1e-4):5.1f}")


if __name__ == "__main__":
    main()
