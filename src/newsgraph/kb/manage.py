"""Adding user facts to the knowledge base: validated, checked against the rest, then kept."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from newsgraph.errors import KbError
from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.integrity import check_integrity
from newsgraph.kb.loader import kb_paths, read_kb_file
from newsgraph.kb.schema import KbFile
from newsgraph.kb.wikidata import WikidataImport
from newsgraph.settings import Settings


def add_kb_file(path: Path, settings: Settings) -> Path:
    """Validate a file of facts, check it against the whole knowledge base, and copy it in.

    Returns:
        Where the file now lives (in `settings.kb_dir`).

    Raises:
        KbError: the file is invalid, or together with the others breaks an integrity rule
            (an unknown person or position, overlapping terms of a single-holder office, a
            repeated id); nothing is copied then.
    """
    new = read_kb_file(path)
    target = Path(settings.kb_dir) / path.name
    existing = [(p.name, read_kb_file(p)) for p in kb_paths(settings) if p.resolve() != target.resolve()]
    problems = check_integrity(KnowledgeBase.build([*existing, (path.name, new)]))
    if problems:
        raise KbError(f"{path}: not added, {len(problems)} problem(s): " + "; ".join(problems[:5]))
    target.parent.mkdir(parents=True, exist_ok=True)
    if path.resolve() != target.resolve():
        shutil.copyfile(path, target)
    return target


def merge_import(found: WikidataImport, kb: KnowledgeBase) -> KbFile:
    """An imported dump as a knowledge-base file that reuses people and offices already known.

    People and positions whose Wikidata id the knowledge base has are not repeated: their terms
    point at the existing ids, and a term the knowledge base already records (same person,
    office and start) is dropped.
    """
    by_qid_person = {p.wikidata: p.id for p in kb.persons.values() if p.wikidata}
    by_qid_position = {p.wikidata: p.id for p in kb.positions.values() if p.wikidata}
    data = found.to_data()
    person_ids = {p["id"]: by_qid_person.get(p.get("wikidata"), p["id"]) for p in data.get("persons", [])}
    position_ids = {p["id"]: by_qid_position.get(p.get("wikidata"), p["id"]) for p in data.get("positions", [])}
    known_terms = {(t.person, t.position, t.start) for t in kb.occupancies}
    occupancies = []
    for term in data.get("occupancies", []):
        term = {**term, "person": person_ids.get(term["person"], term["person"]),
                "position": position_ids.get(term["position"], term["position"])}
        if (term["person"], term["position"], str(term["start"])) not in known_terms:
            occupancies.append(term)
    return KbFile.model_validate({
        "sources": data.get("sources", []),
        "persons": [p for p in data.get("persons", []) if person_ids[p["id"]] == p["id"]],
        "positions": [p for p in data.get("positions", []) if position_ids[p["id"]] == p["id"]],
        "occupancies": occupancies,
    })


def dump_kb_file(content: KbFile) -> str:
    """A knowledge-base file as YAML, without empty sections."""
    data = content.model_dump(mode="json", exclude_none=True, exclude_defaults=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)
