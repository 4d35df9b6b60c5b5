"""Near-duplicate speed: signing one 600-word text, and linking each new document in a growing SQLite store.

    .venv/bin/python bench/neardup.py [--docs 2000]

Texts are generated from a fixed vocabulary (every fifth one a light rewrite of an earlier one),
so the run needs no data set and the linking step sees real candidates.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, insert, select

from newsgraph.crossdoc.neardup import make_signature, update_near_duplicates
from newsgraph.store import Store
from newsgraph.store.tables import documents, near_duplicates

WORDS = ("tariff talks minister said the on in of and to a Japan United States Tokyo Washington rice cars "
         "percent billion agreed officials deal week Thursday government trade investment farmers yen dollar "
         "exporters shares rose fell Diet budget defence spending security alliance summit envoy").split()


def texts(count: int, words: int, rng: random.Random) -> list[str]:
    made: list[str] = []
    for n in range(count):
        if n % 5 == 4:
            base = made[rng.randrange(len(made))].split()
            for _ in range(words // 40):
                base[rng.randrange(len(base))] = rng.choice(WORDS)
            made.append(" ".join(base))
        else:
            made.append(" ".join(rng.choice(WORDS) for _ in range(words)))
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600)
    args = parser.parse_args()
    corpus = texts(args.docs, args.words, random.Random(7))

    start = time.perf_counter()
    for text in corpus:
        make_signature(text)
    sign = (time.perf_counter() - start) / len(corpus)

    with tempfile.TemporaryDirectory() as folder, Store(str(Path(folder) / "bench.db")) as store:
        now = datetime.now(UTC)
        with store.engine.begin() as conn:
            conn.execute(insert(documents), [{
                "id": f"{n:016x}", "content_hash": f"{n:064x}", "published_source": "unknown", "genre": "news",
                "mt_suspected": False, "mt_reasons": "[]", "word_count": args.words, "pipeline": "[]",
                "warnings": "[]", "text": text, "ingested_at": now} for n, text in enumerate(corpus)])
        start = time.perf_counter()
        update_near_duplicates(store.engine)
        link = (time.perf_counter() - start) / len(corpus)
        with store.engine.connect() as conn:
            links = conn.execute(select(func.count()).select_from(near_duplicates)).scalar_one()

    print(f"{args.docs} documents of {args.words} words")
    print(f"signature:             {sign * 1000:.2f} ms per document")
    print(f"sign + store + link:   {link * 1000:.2f} ms per document (SQLite, one transaction each)")
    print(f"near-duplicate links:  {links} (about {args.docs // 5} rewrites planted)")


if __name__ == "__main__":
    main()
