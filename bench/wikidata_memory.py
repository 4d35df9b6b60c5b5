"""Speed and memory of the Wikidata dump import on a synthetic dump.

Usage: python bench/wikidata_memory.py [--mb 300] [--holders 3000] [--compress none|gz|bz2]

Writes a dump of about --mb megabytes to a temporary folder (deleted afterwards): mostly
unrelated entities (articles, people, people holding other offices) plus --holders holders of
50 wanted positions, whose items come last. Then, in a fresh process so nothing from the
generation counts, imports it with the position filter and prints entities/s, MB/s, peak RSS
(getrusage) and the tracemalloc peak (a second, traced run), then a final JSON line. Memory
should stay flat as --mb grows: compare --mb 30 with --mb 300.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

WANTED = [f"Q{8_000_000 + i}" for i in range(50)]
COUNTRIES = {"Q30": "US", "Q17": "JP", "Q148": "CN", "Q38": "IT"}
LANGUAGES = ["en", "de", "fr", "es", "ja", "zh", "ko", "ru", "it", "nl"]


def label_block(text: str, codes: list[str]) -> dict:
    return {code: {"language": code, "value": text} for code in codes}


def item_claim(prop: str, qid: str, qualifiers: dict | None = None, rank: str = "normal") -> dict:
    claim = {"mainsnak": {"snaktype": "value", "property": prop, "datavalue": {
        "value": {"entity-type": "item", "numeric-id": int(qid[1:]), "id": qid}, "type": "wikibase-entityid"},
        "datatype": "wikibase-item"}, "type": "statement", "id": f"S-{prop}-{qid}", "rank": rank}
    if qualifiers:
        claim["qualifiers"] = qualifiers
    return claim


def time_snak(prop: str, year: int, month: int, day: int, precision: int = 11) -> dict:
    return {"snaktype": "value", "property": prop, "datatype": "time", "datavalue": {"type": "time", "value": {
        "time": f"+{year:04d}-{month:02d}-{day:02d}T00:00:00Z", "timezone": 0, "before": 0, "after": 0,
        "precision": precision, "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}}}


def string_claim(prop: str, text: str) -> dict:
    return {"mainsnak": {"snaktype": "value", "property": prop, "datavalue": {"value": text, "type": "string"},
                         "datatype": "string"}, "type": "statement", "rank": "normal"}


def entity(qid: str, labels: dict, claims: dict, descriptions: dict | None = None) -> dict:
    return {"type": "item", "id": qid, "labels": labels, "descriptions": descriptions or {}, "aliases": {},
            "claims": claims, "sitelinks": {}}


def article(qid: str, rng: random.Random) -> dict:
    title = " ".join(rng.choice(["trade", "tariff", "policy", "growth", "model", "study", "effect"]) for _ in range(8))
    authors = [string_claim("P2093", f"Author {rng.randrange(10**6)}") for _ in range(rng.randrange(3, 13))]
    claims = {"P31": [item_claim("P31", "Q13442814")], "P2093": authors,
              "P356": [string_claim("P356", f"10.{rng.randrange(1000, 9999)}/{rng.getrandbits(48):x}")],
              "P577": [{"mainsnak": time_snak("P577", rng.randrange(1950, 2025), 1, 1, 9), "type": "statement",
                        "rank": "normal"}],
              "P1433": [item_claim("P1433", f"Q{rng.randrange(1, 10**7)}")]}
    return entity(qid, label_block(title, LANGUAGES[:3]), claims, label_block("scholarly article", LANGUAGES))


def person(qid: str, rng: random.Random, positions: list[str], wanted: bool) -> dict:
    name = f"Person{rng.randrange(10**6)} Surname{rng.randrange(10**6)}"
    claims = {"P31": [item_claim("P31", "Q5")], "P21": [item_claim("P21", rng.choice(["Q6581097", "Q6581072"]))],
              "P27": [item_claim("P27", rng.choice(list(COUNTRIES)))],
              "P106": [item_claim("P106", f"Q{rng.randrange(1, 10**6)}") for _ in range(2)]}
    if positions:
        terms = []
        for position in positions:
            start = rng.randrange(1950, 2024)
            qualifiers = {"P580": [time_snak("P580", start, rng.randrange(1, 13), rng.randrange(1, 29))]}
            if rng.random() < 0.7:
                qualifiers["P582"] = [time_snak("P582", start + rng.randrange(1, 6), 1, 1, 10)]
            terms.append(item_claim("P39", position, qualifiers))
        claims["P39"] = terms
    return entity(qid, label_block(name, LANGUAGES if wanted else LANGUAGES[:6]), claims,
                  label_block("politician" if positions else "person", LANGUAGES[:4]))


def write_dump(path: Path, megabytes: float, holders: int, seed: int = 7) -> tuple[int, int]:
    """Write the synthetic dump in the official layout; returns (entities, uncompressed bytes)."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix, open)
    lines = [entity(qid, label_block(f"Country {code}", ["en"]), {"P297": [string_claim("P297", code)]})
             for qid, code in COUNTRIES.items()]
    written, count, next_qid, placed = 0, 0, 1_000_000, 0
    with opener(path, "wt", encoding="utf-8") as out:
        out.write("[\n")
        while written < target or placed < holders:
            if not lines:
                next_qid += 1
                qid = f"Q{next_qid}"
                if placed < holders and written >= target * placed / holders:
                    placed += 1
                    lines = [person(qid, rng, rng.sample(WANTED, rng.randrange(1, 3)), True)]
                elif rng.random() < 0.02:
                    lines = [person(qid, rng, [f"Q{7_000_000 + rng.randrange(500)}"], False)]
                elif rng.random() < 0.25:
                    lines = [person(qid, rng, [], False)]
                else:
                    lines = [article(qid, rng)]
            text = json.dumps(lines.pop(), ensure_ascii=False, separators=(",", ":"))
            out.write(text + ",\n")
            written += len(text) + 2
            count += 1
        positions = [entity(qid, label_block(f"Minister number {qid}", LANGUAGES[:4]),
                            {"P1001": [item_claim("P1001", rng.choice(list(COUNTRIES)))]}) for qid in WANTED]
        tail = ",\n".join(json.dumps(p, ensure_ascii=False) for p in positions) + "\n]\n"
        out.write(tail)
    return count + len(positions), written + len(tail)


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB


def measure(path: Path) -> dict:
    """Run in a fresh process: the import (timed), then a traced import, then a parse of every line."""
    from newsgraph.kb.wikidata import import_wikidata, iter_entities

    size = path.stat().st_size / 1024 / 1024
    baseline = rss_mb()
    start = time.perf_counter()
    result = import_wikidata(path, position_qids=set(WANTED))
    seconds = time.perf_counter() - start
    peak = rss_mb()
    tracemalloc.start()
    import_wikidata(path, position_qids=set(WANTED))
    traced = tracemalloc.get_traced_memory()[1] / 1024 / 1024
    tracemalloc.stop()
    start = time.perf_counter()
    stream = iter_entities(path)
    for _ in stream:
        pass
    parse_all = time.perf_counter() - start
    return {"file_mb": round(size, 1), "entities": result.entities, "persons": len(result.persons),
            "occupancies": len(result.occupancies), "positions": len(result.positions),
            "skipped_lines": result.skipped_lines, "skipped_statements": result.skipped_statements,
            "seconds": round(seconds, 2), "entities_per_s": round(result.entities / seconds),
            "rss_baseline_mb": round(baseline, 1),
            "rss_peak_mb": round(peak, 1), "tracemalloc_peak_mb": round(traced, 2),
            "parse_all_entities_per_s": round(stream.entities / parse_all)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=300, help="dump size in MB before compression")
    parser.add_argument("--holders", type=int, default=3000, help="holders of the wanted positions")
    parser.add_argument("--compress", choices=["none", "gz", "bz2"], default="none")
    parser.add_argument("--measure", type=Path, help=argparse.SUPPRESS)  # the child process
    args = parser.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure)))
        return
    with tempfile.TemporaryDirectory(prefix="wikidata-bench-") as folder:
        path = Path(folder) / ("dump.json" + {"none": "", "gz": ".gz", "bz2": ".bz2"}[args.compress])
        start = time.perf_counter()
        count, written = write_dump(path, args.mb, args.holders)
        on_disk = path.stat().st_size / 1024 / 1024
        print(f"wrote {count} entities, {written / 1024 / 1024:.1f} MB ({on_disk:.1f} MB on disk) "
              f"in {time.perf_counter() - start:.1f} s")
        child = subprocess.run([sys.executable, __file__, "--measure", str(path)], capture_output=True, text=True)
        if child.returncode:
            raise SystemExit(child.stderr)
        result = json.loads(child.stdout.strip().splitlines()[-1])
    result.update(dump_mb=round(written / 1024 / 1024, 1), compress=args.compress)
    result["mb_per_s"] = round(result["dump_mb"] / result["seconds"], 1)  # uncompressed MB
    print(f"import    {result['entities_per_s']:>9} entities/s {result['mb_per_s']:>7} MB/s "
          f"({result['entities']} entities, {result['seconds']} s)")
    print(f"kept      {result['persons']} persons, {result['positions']} positions, {result['occupancies']} terms")
    print(f"memory    peak RSS {result['rss_peak_mb']} MB (after imports {result['rss_baseline_mb']} MB), "
          f"tracemalloc peak {result['tracemalloc_peak_mb']} MB")
    print(f"parse-all {result['parse_all_entities_per_s']:>9} entities/s (every line parsed, no filter)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
