"""How often a garbled name's real person is among the closest name forms, with and without readings.

Usage: python bench/readings_recall.py GOLD TEXTDIR [--top 1,3,10]

For every gold person mention of kind `garbled` or `wrong_person` (a name broken in translation, or
another real person's name) whose text is in TEXTDIR/<id>.txt and contains the mention, ranks the
knowledge base's people by the best `text.names.compare` score of the written name against
their name forms, and counts the mentions whose real person ranks in the top k:

- before: the forms the index had before issue 11 (names, aliases, orders, family names, and one
  pinyin reading of Japanese and Korean names), rebuilt here from the same knowledge base;
- after: every form the index has now, readings included;
- readings only: the people ranked by their reading forms alone.

No role or date is used: this measures the name evidence the resolver gets, not its decisions.
`score>=0.6` counts the mentions whose real person's best form scores at least the resolver's
threshold for correcting a garbled name when the office and date name that person.
Last line JSON.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import yaml

from newsgraph.kb.index import KnowledgeBase, NameForm
from newsgraph.kb.loader import load_kb
from newsgraph.settings import Settings
from newsgraph.text.names import compare, han_reading, is_latin

KINDS = ("garbled", "wrong_person")
ROLE_THRESHOLD = 0.6  # resolver.CORRECT_WITH_ROLE: the name score a holder of the named office needs


def old_forms(kb: KnowledgeBase) -> list[NameForm]:
    """The forms the index built before readings: no reading but one pinyin reading per Japanese or
    Korean Chinese-character alias (the former `person_forms`)."""
    forms = [f for f in kb.person_forms if f.kind != "reading"]
    for person in kb.persons.values():
        east_asian = any(han_reading(a) for lang in ("ja", "ko") for a in person.aliases.get(lang, []))
        if not east_asian:
            continue
        for language in ("zh", "ja", "ko"):
            for alias in person.aliases.get(language, []):
                reading = han_reading(alias) if not is_latin(alias) else None
                if reading:
                    forms.append(NameForm(person.id, reading, "reading"))
    return forms


def rank_of(name: str, person: str, forms: list[NameForm]) -> tuple[int | None, str, float]:
    """The rank (1 = best) of a person among all people by best form score, that form and score."""
    best: dict[str, tuple[float, str]] = {}
    for form in forms:
        score = compare(name, form.form).score
        if score > best.get(form.entity, (-1.0, ""))[0]:
            best[form.entity] = (score, form.form)
    if person not in best:
        return None, "", 0.0
    mine = best[person][0]
    rank = 1 + sum(1 for other, (score, _) in best.items() if other != person and score > mine)
    return rank, best[person][1], mine


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold")
    parser.add_argument("texts")
    parser.add_argument("--top", default="1,3,10")
    args = parser.parse_args()
    tops = [int(k) for k in args.top.split(",")]

    kb = load_kb(Settings())
    variants = {
        "before": old_forms(kb),
        "after": list(kb.person_forms),
        "readings only": [f for f in kb.person_forms if f.kind == "reading"],
    }
    cases = []
    for entry in yaml.safe_load(Path(args.gold).read_text(encoding="utf-8")):
        path = Path(args.texts) / f"{entry['id']}.txt"
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        for item in entry.get("persons") or []:
            if item.get("kind") not in KINDS or item["mention"] not in text:
                continue
            people = {f.entity for f in kb.persons_named(item["person"])}
            if len(people) == 1:
                cases.append((item["mention"], people.pop(), item["person"]))
    columns = [*(f"top{k}" for k in tops), f"score>={ROLE_THRESHOLD}"]
    report: dict[str, dict[str, float]] = {v: dict.fromkeys([*columns, "mean score"], 0) for v in variants}
    for mention, person, name in cases:
        line = f"{mention!r:26} → {name:22}"
        for variant, forms in variants.items():
            rank, form, score = rank_of(mention, person, forms)
            for k in tops:
                report[variant][f"top{k}"] += int(rank is not None and rank <= k)
            report[variant][f"score>={ROLE_THRESHOLD}"] += int(score >= ROLE_THRESHOLD)
            report[variant]["mean score"] += score / len(cases)
            line += f" | {variant}: #{rank} {score:.2f} ({form})"
        print(line)
    print(f"{len(cases)} garbled or wrong-person mentions of a known person, in {args.gold}")
    for variant, hits in report.items():
        print(f"  {variant:14} " + "  ".join(f"{k}: {v:.3f}" if k == "mean score" else f"{k}: {v}/{len(cases)}"
                                               for k, v in hits.items()))
    report = {v: {k: round(x, 3) for k, x in hits.items()} for v, hits in report.items()}
    print(json.dumps({"gold": args.gold, "mentions": len(cases), "recall": report,
                      "forms": {v: len(f) for v, f in variants.items()}}))


if __name__ == "__main__":
    main()
