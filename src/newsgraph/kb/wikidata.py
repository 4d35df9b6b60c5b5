"""Read a Wikidata JSON dump, streaming, into a knowledge-base file (docs/kb-format.md).

A full dump holds about a hundred million entities, so nothing here keeps more than the output
needs: the holders of the wanted positions, those positions' names, and the country codes
(a few hundred). Lines of entities the import cannot use are not even parsed: a cheap byte test
on each line decides, which is also why damage inside an unused line goes unnoticed (and
harmlessly so, since nothing from it would be output).
"""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import re
import zlib
from collections.abc import Callable, Generator, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType

import yaml

from newsgraph.errors import InputError, UsageError
from newsgraph.kb.schema import PositionKind, earliest, latest

__all__ = ["EntityStream", "WikidataImport", "format_time", "import_wikidata", "iter_entities", "split_name"]

SNIFF_LINES = 100  # a file whose first lines hold no entity is not a dump
MAX_LINE = 64 * 1024 * 1024  # the largest Wikidata entities are a few MB; longer lines are skipped
HUMAN = "Q5"
NO_POLITY = "XX"
GENDERS = MappingProxyType({
    "Q6581097": "male", "Q6581072": "female",
    "Q2449503": "male", "Q1052281": "female",  # trans man / trans woman: the gender is for pronouns
})
KNOWN_COUNTRIES = MappingProxyType({
    "Q30": "US", "Q17": "JP", "Q148": "CN", "Q884": "KR", "Q865": "TW", "Q145": "GB", "Q142": "FR",
    "Q183": "DE", "Q16": "CA", "Q408": "AU", "Q668": "IN", "Q159": "RU", "Q458": "EU",
})
# Citizens of these write the family name first, but English labels mix both orders ("Xi Jinping",
# "Audrey Tang"), so their labels are never split by guesswork; only the name items decide.
FAMILY_FIRST = frozenset({"Q148", "Q865", "Q884", "Q423", "Q8646", "Q14773", "Q13426199", "Q881"})
DUMP_HINT = ("pass a Wikidata JSON dump (.json, .json.gz or .json.bz2 from "
             "https://dumps.wikimedia.org/wikidatawiki/entities/), or JSON Lines with one entity a line")

_PREFIX = re.compile(rb'\s*\{\s*(?:"type"\s*:\s*"[a-z]+"\s*,\s*)?"id"\s*:\s*"([A-Z]\d+)"')
_TIME = re.compile(r"\+(\d+)-(\d\d)-(\d\d)T")
_NAME_PART = re.compile(r"[^\W\d_][\w'’-]*")  # a word of letters, hyphens, apostrophes


class EntityStream(Iterator[dict]):
    """The entities of one dump, read lazily line by line; counts what it read and skipped.

    `entities` counts every entity line seen, `skipped_lines` the lines that could not be read as
    an entity. `wanted(entity_id, line)` may decline a line of the official layout before it is
    parsed: it is counted, not yielded.
    """

    def __init__(self, path: Path, wanted: Callable[[str, bytes], bool] | None = None):
        self.path = Path(path)
        self.entities = 0
        self.skipped_lines = 0
        self._wanted = wanted
        self._items = self._read()

    def __iter__(self) -> EntityStream:
        return self

    def __next__(self) -> dict:
        return next(self._items)

    def close(self) -> None:
        """Stop early and close the file."""
        self._items.close()

    def _read(self) -> Generator[dict, None, None]:
        number, seen = 0, False
        with _open_dump(self.path) as handle:
            try:
                for number, text in _dump_lines(handle):
                    if not seen and number > SNIFF_LINES:
                        raise InputError(f"{self.path} is not a Wikidata dump: its first {SNIFF_LINES} "
                                         "lines hold no entity", hint=DUMP_HINT)
                    entity_id = _prefix_id(text)
                    declined = bool(entity_id and self._wanted and not self._wanted(entity_id, text))
                    entity = None if declined else _parse_entity(text)
                    if entity is None and not declined:
                        self.skipped_lines += 1
                        continue
                    self.entities += 1
                    seen = True
                    if entity is not None:
                        yield entity
            except (OSError, EOFError, zlib.error) as error:
                raise InputError(f"{self.path} cannot be read past line {number} ({error})",
                                 hint="the download is incomplete or damaged: download it again") from error
        if not seen:
            raise InputError(f"{self.path} holds no Wikidata entity", hint=DUMP_HINT)


def iter_entities(path: Path) -> EntityStream:
    """Stream the entities (dicts) of a Wikidata JSON dump in constant memory.

    Reads the official layout (a JSON array, one entity a line) and JSON Lines, plain, gzip or
    bzip2 (told by the file's first bytes). Unreadable lines are skipped and counted in the
    stream's `skipped_lines`, so one bad line never ends a long run.

    Raises (while iterating):
        InputError: the file cannot be opened or breaks off, or is not a dump at all (its
            first 100 lines hold no entity).
    """
    return EntityStream(path)


def format_time(value: object) -> str | None:
    """A Wikidata time value as a KB date at its precision: 'YYYY-MM-DD' (11), 'YYYY-MM' (10), 'YYYY' (9).

    Returns None for precisions coarser than a year, for negative (BCE) years and years past
    9999, and for impossible dates. A month or day of 00 lowers the precision accordingly.
    """
    if not isinstance(value, dict) or not isinstance(value.get("precision"), int):
        return None
    match = _TIME.match(str(value.get("time", "")))
    precision = min(value["precision"], 11)
    if not match or precision < 9:
        return None
    year, month, day = (int(part) for part in match.groups())
    if month == 0:
        precision = 9
    elif day == 0:
        precision = min(precision, 10)
    try:
        date(year, max(month, 1), max(day, 1))
    except ValueError:
        return None
    return [f"{year:04d}", f"{year:04d}-{month:02d}", f"{year:04d}-{month:02d}-{day:02d}"][precision - 9]


@dataclass(frozen=True)
class WikidataImport:
    """What an import produced, in the KB file format, and what it read and skipped."""

    sources: list[str]
    positions: list[dict]
    persons: list[dict]
    occupancies: list[dict]
    entities: int = 0
    skipped_lines: int = 0
    skipped_statements: int = 0

    def to_data(self) -> dict:
        """The KB file as plain data (each position carries its own polity)."""
        return {"sources": self.sources, "positions": self.positions, "persons": self.persons,
                "occupancies": self.occupancies}

    def to_yaml(self) -> str:
        """The KB file as YAML, ready for `newsgraph kb add`."""
        return yaml.safe_dump(self.to_data(), allow_unicode=True, sort_keys=False)


def import_wikidata(path: Path, *, position_qids: set[str] | None = None,
                    languages: Sequence[str] = ("en", "ja", "zh", "ko"),
                    kinds: Mapping[str, str] | None = None) -> WikidataImport:
    """Read who held which position when (P39 with P580/P582) from a Wikidata dump, in one pass.

    Args:
        path: the dump (.json, .json.gz, .json.bz2 or JSON Lines).
        position_qids: keep only these positions (usually the QIDs the KB already knows, which
            keeps the output and the memory bounded on a full dump). None keeps every position;
            then every item with P1001 is remembered, so use it on extracts, not a full dump.
        languages: ISO 639-1 codes of the labels and aliases to keep (zh-hans etc. fold into zh).
        kinds: position kind by QID (docs/kb-format.md); the others are `other`.

    Family and given names come from the P734/P735 items when these follow the person in the
    dump (one pass cannot remember every name item), else from a simple English label.

    Returns:
        The positions, persons and terms, and the counts of entities, unreadable lines and
        skipped P39 statements (deprecated, no usable start or end, or ending before they start).

    Raises:
        InputError: the file cannot be read or is not a dump.
        UsageError: a kind is not one of the format's kinds.
    """
    known = {kind.value for kind in PositionKind}
    bad = sorted(set((kinds or {}).values()) - known)
    if bad:
        raise UsageError(f"unknown position kind(s): {', '.join(bad)}", hint=f"use one of {', '.join(sorted(known))}")
    wanted = None if position_qids is None else frozenset(q.strip().upper() for q in position_qids)
    collector = _Collector(wanted, tuple(languages))
    stream = EntityStream(path, collector.wants)
    for entity in stream:
        collector.add(entity)
    return collector.result(Path(path), stream, {k.upper(): v for k, v in (kinds or {}).items()})


# -- reading lines --------------------------------------------------------------------------------

def _open_dump(path: Path) -> io.BufferedIOBase:
    """Open for binary reading, decompressing gzip or bzip2 whatever the file name says."""
    try:
        with open(path, "rb") as raw:
            magic = raw.read(3)
        if magic[:2] == b"\x1f\x8b":
            return gzip.open(path, "rb")
        if magic == b"BZh":
            return bz2.open(path, "rb")
        return open(path, "rb")
    except OSError as error:
        raise InputError(f"cannot open {path} ({error.strerror or error})", hint="check the path") from error


def _dump_lines(handle: io.BufferedIOBase) -> Iterator[tuple[int, bytes | None]]:
    """(line number, entity text) without the array's brackets and commas; None for an over-long line."""
    number = 0
    while line := handle.readline(MAX_LINE):
        number += 1
        if number == 1:
            line = line.removeprefix(codecs.BOM_UTF8)
        if len(line) == MAX_LINE and not line.endswith(b"\n"):
            while (rest := handle.readline(MAX_LINE)) and len(rest) == MAX_LINE and not rest.endswith(b"\n"):
                pass
            yield number, None
            continue
        text = line.strip().removeprefix(b"[").removesuffix(b"]").strip().removesuffix(b",").rstrip()
        if text:
            yield number, text


def _prefix_id(text: bytes | None) -> str | None:
    """The entity id when the line starts like the official dump's ({"type":…,"id":…), else None."""
    match = _PREFIX.match(text) if text else None
    return match.group(1).decode("ascii") if match else None


def _parse_entity(text: bytes | None) -> dict | None:
    """The entity on a line, or None when the line is not a JSON object with an id."""
    if not text:
        return None
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        return None
    return value if isinstance(value, dict) and isinstance(value.get("id"), str) else None


# -- reading entities -----------------------------------------------------------------------------

def _statements(entity: dict, prop: str) -> list[dict]:
    """The statements of a property, deprecated ones left out."""
    claims = entity.get("claims")
    found = claims.get(prop) if isinstance(claims, dict) else None  # empty claims are dumped as []
    return [s for s in found or [] if isinstance(s, dict) and s.get("rank") != "deprecated"]


def _best(statements: list[dict]) -> list[dict]:
    """The preferred statements when there are any, else all (Wikidata's 'truthy' values)."""
    return [s for s in statements if s.get("rank") == "preferred"] or statements


def _snak_value(snak: object) -> object:
    if isinstance(snak, dict) and snak.get("snaktype") == "value" and isinstance(snak.get("datavalue"), dict):
        return snak["datavalue"].get("value")
    return None


def _item(snak: object) -> str | None:
    value = _snak_value(snak)
    if isinstance(value, dict) and isinstance(value.get("id"), str):
        return value["id"]
    return f"Q{value['numeric-id']}" if isinstance(value, dict) and "numeric-id" in value else None


def _items(statements: list[dict]) -> list[str]:
    return [qid for s in statements if (qid := _item(s.get("mainsnak")))]


def _best_date(entity: dict, prop: str) -> str | None:
    dates = [d for s in _best(_statements(entity, prop)) if (d := format_time(_snak_value(s.get("mainsnak"))))]
    return dates[0] if dates else None


def _label(entity: dict, *codes: str) -> str | None:
    """The first label found in these languages, exactly as coded."""
    labels = entity.get("labels")
    for code in codes:
        entry = labels.get(code) if isinstance(labels, dict) else None
        if isinstance(entry, dict) and isinstance(entry.get("value"), str) and entry["value"].strip():
            return entry["value"].strip()
    return None


def _names(entity: dict, languages: tuple[str, ...]) -> dict[str, list[str]]:
    """Labels, then aliases, by language; variants (zh-hans, en-gb) fold into their base language."""
    names: dict[str, list[str]] = {language: [] for language in languages}
    for key in ("labels", "aliases"):
        block = entity.get(key)
        entries = block.items() if isinstance(block, dict) else ()
        for code, values in sorted(entries, key=lambda pair: "-" in pair[0]):  # exact code first
            forms = names.get(code.split("-")[0])
            for value in values if isinstance(values, list) else [values]:
                text = value.get("value") if isinstance(value, dict) else None
                if forms is not None and isinstance(text, str) and text.strip() and text.strip() not in forms:
                    forms.append(text.strip())
    return names


def _name_of(entity: dict, names: dict[str, list[str]]) -> str:
    """The English label, else the multilingual one, else the first label in the languages asked."""
    return _label(entity, "en", "mul") or next((forms[0] for forms in names.values() if forms), entity["id"])


def split_name(label: str | None, family: str | None, given: str | None,
               family_first: bool) -> tuple[str | None, str | None]:
    """Family and given name: the name items' labels when known, else a two-word English label
    in Western order. Labels of longer names, or of citizens of family-first countries, are not
    split: leaving the parts out is better than guessing them wrong."""
    parts = label.split() if label else []
    if len(parts) != 2 or not all(_NAME_PART.fullmatch(part) for part in parts):
        return family, given
    if family in parts:
        return family, given or parts[1 - parts.index(family)]
    if given in parts:
        return family or parts[1 - parts.index(given)], given
    if family or given or family_first:
        return family, given
    return parts[1], parts[0]


def _qualifier_date(snaks: object) -> tuple[bool, str | None]:
    """(whether the qualifier says anything, its date): 'no value' says nothing; 'unknown value'
    and an unusable time say something without a date."""
    for snak in snaks if isinstance(snaks, list) else []:
        kind = snak.get("snaktype") if isinstance(snak, dict) else None
        if kind == "value":
            return True, format_time(_snak_value(snak))
        if kind == "somevalue":
            return True, None
    return False, None


def _term(statement: dict, died: str | None) -> tuple[str, str | None, str] | None:
    """(start, end, note) of a P39 statement, or None when it has no usable start or end."""
    qualifiers = statement.get("qualifiers") if isinstance(statement.get("qualifiers"), dict) else {}
    start = _qualifier_date(qualifiers.get("P580"))[1]
    said_end, end = _qualifier_date(qualifiers.get("P582"))
    note = f"Wikidata {statement.get('id', '')}".strip()
    if start is None or (said_end and end is None):
        return None
    if not said_end and died:  # nobody holds an office past death, though Wikidata often omits the end
        end, note = died, f"{note}; end is the date of death"
    if end and latest(end) < earliest(start):
        return None
    return start, end, note


def _qid_number(qid: str) -> int:
    return int(qid[1:]) if qid[1:].isdigit() else 0


@dataclass
class _Holder:
    """What the output keeps of a person holding a wanted position."""

    qid: str
    name: str
    label_en: str | None
    names: dict[str, list[str]]
    gender: str | None
    born: str | None
    family_item: str | None
    given_item: str | None
    family_first: bool


@dataclass
class _Collector:
    """The state of one import pass: only what will be output, filled in as entities come."""

    wanted: frozenset[str] | None
    languages: tuple[str, ...]
    holders: dict[str, _Holder] = field(default_factory=dict)
    terms: list[tuple[str, str, str, str | None, str]] = field(default_factory=list)
    positions: dict[str, tuple[str, dict[str, list[str]], str | None]] = field(default_factory=dict)
    referenced: set[str] = field(default_factory=set)
    countries: dict[str, str] = field(default_factory=dict)
    name_items: dict[str, str | None] = field(default_factory=dict)  # QID -> label, once seen
    skipped_statements: int = 0

    def wants(self, entity_id: str, line: bytes) -> bool:
        """Whether a line may matter; a cheap test that never declines an entity `add` would use."""
        return (b'"P39"' in line or b'"P297"' in line or entity_id in self.name_items
                or (entity_id in self.wanted if self.wanted is not None
                    else entity_id in self.referenced or b'"P1001"' in line))

    def add(self, entity: dict) -> None:
        """Take from an entity whatever the output needs."""
        qid = entity["id"]
        if qid in self.name_items:
            self.name_items[qid] = _label(entity, "en", "mul")
        codes = [v for s in _best(_statements(entity, "P297")) if isinstance(v := _snak_value(s.get("mainsnak")), str)]
        if codes:
            self.countries[qid] = codes[0].strip().upper()
        if self._is_position(qid, entity):
            names = _names(entity, self.languages)
            jurisdiction = next(iter(_items(_best(_statements(entity, "P1001")))), None)
            self.positions[qid] = (_name_of(entity, names), names, jurisdiction)
        if "P39" in (entity.get("claims") or {}) and HUMAN in _items(_statements(entity, "P31")):
            self._add_holder(qid, entity)

    def _is_position(self, qid: str, entity: dict) -> bool:
        if self.wanted is not None:
            return qid in self.wanted
        return qid in self.referenced or bool(_statements(entity, "P1001"))

    def _add_holder(self, qid: str, entity: dict) -> None:
        if qid in self.holders:
            return
        died = _best_date(entity, "P570")
        terms = []
        for statement in entity["claims"]["P39"] if isinstance(entity["claims"]["P39"], list) else []:
            position = _item(statement.get("mainsnak")) if isinstance(statement, dict) else None
            if position is None or (self.wanted is not None and position not in self.wanted):
                continue
            term = None if statement.get("rank") == "deprecated" else _term(statement, died)
            if term is None:
                self.skipped_statements += 1
                continue
            terms.append((qid, position, *term))
        if not terms:
            return
        names = _names(entity, self.languages)
        family = next(iter(_items(_best(_statements(entity, "P734")))), None)
        given = next(iter(_items(_best(_statements(entity, "P735")))), None)
        for item in (family, given):
            if item and item not in self.name_items:
                self.name_items[item] = None
        gender = next((GENDERS[q] for q in _items(_best(_statements(entity, "P21"))) if q in GENDERS), None)
        self.holders[qid] = _Holder(
            qid=qid, name=_name_of(entity, names), label_en=_label(entity, "en", "mul"), names=names,
            gender=gender, born=_best_date(entity, "P569"), family_item=family, given_item=given,
            family_first=bool(FAMILY_FIRST & set(_items(_statements(entity, "P27")))))
        self.terms += terms
        self.referenced.update(position for _, position, *_ in terms)

    def result(self, path: Path, stream: EntityStream, kinds: Mapping[str, str]) -> WikidataImport:
        """The import's output, sorted by QID so the same dump always gives the same file."""
        positions = [self._position(qid, kinds) for qid in sorted(self.referenced, key=_qid_number)]
        persons = [self._person(h) for h in sorted(self.holders.values(), key=lambda h: _qid_number(h.qid))]
        terms = sorted(self.terms, key=lambda t: (_qid_number(t[0]), t[2], _qid_number(t[1])))
        occupancies = [{"person": _person_id(person), "position": _position_id(position), "start": start,
                        "end": end, "note": note} for person, position, start, end, note in terms]
        return WikidataImport(sources=[f"Wikidata JSON dump {path.name}"], positions=positions,
                              persons=persons, occupancies=occupancies, entities=stream.entities,
                              skipped_lines=stream.skipped_lines, skipped_statements=self.skipped_statements)

    def _position(self, qid: str, kinds: Mapping[str, str]) -> dict:
        name, names, jurisdiction = self.positions.get(qid, (qid, {}, None))
        polity = self.countries.get(jurisdiction) or KNOWN_COUNTRIES.get(jurisdiction) or NO_POLITY
        titles = {language: forms for language, forms in names.items() if forms}
        return {"id": _position_id(qid), "name": name, "kind": kinds.get(qid, "other"), "single_holder": False,
                "wikidata": qid, "polity": polity, "titles": titles}

    def _person(self, holder: _Holder) -> dict:
        family, given = split_name(holder.label_en, self.name_items.get(holder.family_item or ""),
                                   self.name_items.get(holder.given_item or ""), holder.family_first)
        aliases = {language: [form for form in forms if form != holder.name]
                   for language, forms in holder.names.items()}
        person = {"id": _person_id(holder.qid), "name": holder.name, "family": family, "given": given,
                  "gender": holder.gender, "wikidata": holder.qid, "born": holder.born,
                  "aliases": {language: forms for language, forms in aliases.items() if forms}}
        return {key: value for key, value in person.items() if value}


def _person_id(qid: str) -> str:
    return f"wd-{qid.lower()}"


def _position_id(qid: str) -> str:
    return f"wd.{qid.lower()}"
