"""How well the reading tables reproduce the knowledge base's own names (transcriptions, kanji).

Usage: python bench/readings_check.py

The knowledge base pairs Western family names with their Chinese transcriptions (卢特尼克 for
Lutnick). Reading each transcription back (text.readings) should give a spelling close to the
real name: this prints the mean `text.names.compare` score of the family name against the plain
pinyin reading and against the best respelling (data/pinyin_latin.tsv), and in how many cases the
respelling is closer. It checks the respelling table on the knowledge base's own pairs, not on
garbled names from reports.

For Japanese names it checks the same way that the dictionary readings hold the real ones: the
family name among the first JAPANESE_FAMILY readings of its kanji, and the rank of the given
name's real reading among the readings of its kanji (0 = the first offered). Last line JSON.
"""

from __future__ import annotations

import json
import statistics
from collections import Counter

from newsgraph.kb.loader import load_kb
from newsgraph.settings import Settings
from newsgraph.text import readings
from newsgraph.text.names import compare, sound_key
from newsgraph.text.readings import ReadingTables, name_origin, readings_of


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
    result["japanese"] = japanese(kb, tables)
    print(f"{result['japanese']['names']} Japanese names: family reading among the first "
          f"{readings.JAPANESE_FAMILY} for {result['japanese']['family_found']}; rank of the real given "
          f"reading (-1 = not offered): {result['japanese']['given_rank']}")
    print(json.dumps(result))


def japanese(kb, tables: ReadingTables) -> dict:
    """How the dictionary readings of Japanese names hold their real (Latin) readings."""
    names = family_found = 0
    ranks: Counter = Counter()
    for person in kb.persons.values():
        split = readings._japanese_split(person, tables)
        if not split or not person.given or name_origin(person, tables) != "ja":
            continue
        word, length = split
        names += 1
        key = lambda text: sound_key(text).replace(" ", "").replace("-", "")  # noqa: E731
        family = [key(r) for r in readings._word_readings(word[:length], tables, "family")]
        given = [key(r) for r in readings._word_readings(word[length:], tables, "given")]
        family_found += key(person.family) in family[:readings.JAPANESE_FAMILY]
        ranks[given.index(key(person.given)) if key(person.given) in given else -1] += 1
    return {"names": names, "family_found": family_found, "given_rank": dict(sorted(ranks.items()))}


if __name__ == "__main__":
    main()
