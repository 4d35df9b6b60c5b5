"""Dates of a real-report gold file, scored two ways: as `newsgraph eval gold` does (the gold
value must equal a found value) and with a qualified value read as the part of the period it
names ("late 2024" -> 2024-10/2024-12, the interval the gold files write).

Usage: python bench/time_gold_dates.py GOLD TEXTDIR [--show-failures]

The second figure shows what the gold files' interval convention costs the strict score; the
analysis record keeps TimeML values with a qualifier either way.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

from newsgraph.analysis import Analyzer
from newsgraph.analysis.times import part_interval
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.settings import Settings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("texts", type=Path)
    parser.add_argument("--show-failures", action="store_true")
    args = parser.parse_args()
    analyzer = Analyzer(Settings())
    total = strict = with_parts = 0
    for entry in yaml.safe_load(args.gold.read_text(encoding="utf-8")):
        path = args.texts / (entry.get("file") or f"{entry['id']}.txt")
        if not path.is_file() or not entry.get("dates"):
            continue
        given = DocumentMeta(published=entry.get("published"))
        options = ReadOptions(analyzer.settings, given=given)
        [loaded] = list(read_sources([str(path)], options))
        record = analyzer.analyze(loaded.document)
        for gold in entry["dates"]:
            start = record.text.find(gold["quote"])
            end = start + len(gold["quote"])
            inside = [t for t in record.times if start >= 0 and t.start < end and start < t.end
                      and t.kind == "date"]
            values = {t.value for t in inside}
            parts = {part_interval(t.value, t.qualifier) for t in inside} - {None}
            total += 1
            strict += gold["value"] in values
            with_parts += gold["value"] in values | parts
            if args.show_failures and gold["value"] not in values | parts:
                found = sorted(values - {None})
                print(f"FAIL {entry['id']}: {gold['quote']!r} gold {gold['value']}, got {found}")
    print(f"dates {total}: strict {strict}/{total} = {strict / max(total, 1):.3f}; "
          f"qualified parts as intervals {with_parts}/{total} = {with_parts / max(total, 1):.3f}")
    print(json.dumps({"total": total, "strict": strict, "with_parts": with_parts}))


if __name__ == "__main__":
    main()
