"""How close the Western respelling of a Chinese transcription comes to the real name, over the KB.

Usage: python bench/respelling_check.py

The knowledge base pairs Western family names with their Chinese transcriptions (卢特尼克 for
Lutnick). Reading each transcription back (resolve.readings) should give a spelling close to the
real name: this prints the mean `resolve.names.compare` score of the family name against the plain
pinyin reading and against the best respelling (data/pinyin_latin.tsv), and in how many cases the
respelling is closer. It checks the respelling table on the knowledge base's own pairs, not on
garbled names from reports. Last line JSON.
"""

from __future__ import annotations

import json
import statistics

from newsgraph.kb.loader import load_kb
from newsgraph.resolve.names import compare
from newsgraph.resolve.readings import ReadingTables, name_origin, readings_of
from newsgraph.settings import Settings


def main() -> None:
    kb = load_kb(Settings())
    tables = ReadingTables()
    rows = []
    for person in kb.persons.values():
        if not person.family or name_origin(person, tables) != "other":
            continue
        found = readings_of(person, tables)
        plain = [r.form for r in found if r.system == "pinyin"]
        respelled = [r.form for r in found if r.system == "pinyin-respelled"]
        if plain:
            rows.append((max(compare(person.family, f).score for f in plain),
                         max((compare(person.family, f).score for f in respelled), default=0.0)))
    result = {
        "names": len(rows),
        "pinyin_mean": round(statistics.mean(p for p, _ in rows), 3),
        "respelled_mean": round(statistics.mean(r for _, r in rows), 3),
        "best_of_mean": round(statistics.mean(max(p, r) for p, r in rows), 3),
        "respelled_closer": sum(r > p for p, r in rows),
    }
    print(f"{result['names']} Western family names with a Chinese transcription: compare() with the "
          f"pinyin reading {result['pinyin_mean']}, with the best respelling {result['respelled_mean']}, "
          f"best of both {result['best_of_mean']}; respelling closer for {result['respelled_closer']}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
