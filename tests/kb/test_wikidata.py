"""The Wikidata dump reader, on small dumps written here by hand.

Q1400434 (US Secretary of Commerce) and Q5919327 (Howard Lutnick) are the QIDs the KB format
documents; every Q9000… item is made up for these tests.
"""

from __future__ import annotations

import bz2
import gzip
import json

import pytest
import yaml

from newsgraph.errors import InputError, UsageError
from newsgraph.kb.schema import KbFile
from newsgraph.kb.wikidata import format_time, import_wikidata, iter_entities, split_name


# -- building entities ----------------------------------------------------------------------------

def labels(**by_language: str) -> dict:
    return {code.replace("_", "-"): {"language": code.replace("_", "-"), "value": v} for code, v in by_language.items()}


def aliases(**by_language: list[str]) -> dict:
    return {code: [{"language": code, "value": v} for v in values] for code, values in by_language.items()}


def time(text: str, precision: int) -> dict:
    return {"time": text, "timezone": 0, "before": 0, "after": 0, "precision": precision,
            "calendarmodel": "http://www.wikidata.org/entity/Q1985727"}


def snak(prop: str, value=None, kind: str = "value") -> dict:
    if kind != "value":
        return {"snaktype": kind, "property": prop}
    if isinstance(value, str) and value.startswith("Q"):
        datavalue = {"type": "wikibase-entityid",
                     "value": {"entity-type": "item", "numeric-id": int(value[1:]), "id": value}}
    elif isinstance(value, str):
        datavalue = {"type": "string", "value": value}
    else:
        datavalue = {"type": "time", "value": value}
    return {"snaktype": "value", "property": prop, "datavalue": datavalue}


def statement(prop: str, value, sid: str = "", rank: str = "normal", **qualifiers: list[dict]) -> dict:
    found = {"mainsnak": snak(prop, value), "type": "statement", "id": sid or f"S-{prop}-{value}", "rank": rank}
    if qualifiers:
        found["qualifiers"] = qualifiers
        found["qualifiers-order"] = list(qualifiers)
    return found


def held(position: str, sid: str, start: dict | None = None, end: dict | str | None = None,
         rank: str = "normal") -> dict:
    """A P39 statement; `end` may be 'somevalue' for an unknown end."""
    qualifiers = {}
    if start:
        qualifiers["P580"] = [snak("P580", start)]
    if end == "somevalue":
        qualifiers["P582"] = [snak("P582", kind="somevalue")]
    elif end:
        qualifiers["P582"] = [snak("P582", end)]
    return statement("P39", position, sid, rank, **qualifiers)


def entity(qid: str, names: dict, *claims: dict, more_aliases: dict | None = None) -> dict:
    grouped: dict[str, list] = {}
    for claim in claims:
        grouped.setdefault(claim["mainsnak"]["property"], []).append(claim)
    return {"type": "item", "id": qid, "labels": names, "descriptions": {}, "aliases": more_aliases or {},
            "claims": grouped, "sitelinks": {}}


def human(*claims: dict) -> tuple[dict, ...]:
    return (statement("P31", "Q5"), *claims)


LUTNICK = entity(
    "Q5919327",
    labels(en="Howard Lutnick", ja="ハワード・ラトニック", zh="霍华德·卢特尼克", zh_hans="霍华德·卢特尼克"),
    *human(statement("P21", "Q6581097"), statement("P27", "Q30"),
           statement("P569", time("+1961-07-15T00:00:00Z", 11)),  # the preferred value below wins
           statement("P569", time("+1961-07-14T00:00:00Z", 11), rank="preferred"),
           held("Q1400434", "Q5919327$A1", time("+2025-02-21T00:00:00Z", 11), rank="preferred"),
           held("Q1400434", "Q5919327$A2", time("+2024-01-01T00:00:00Z", 11), rank="deprecated"),
           held("Q9000050", "Q5919327$A3", time("+1991-01-01T00:00:00Z", 9))),
    more_aliases=aliases(en=["Howard W. Lutnick"], zh=["卢特尼克"]))
ISHIBA = entity(
    "Q9000002", labels(en="Shigeru Ishiba", ja="石破茂", zh="石破茂", de="Shigeru Ishiba"),
    *human(statement("P21", "Q6581097"), statement("P27", "Q17"), statement("P734", "Q9000005"),
           held("Q9000001", "Q9000002$B1", time("+2024-10-01T00:00:00Z", 11), time("+2025-10-21T00:00:00Z", 11)),
           held("Q9000003", "Q9000002$B2", time("+2007-09-01T00:00:00Z", 10), time("+2008-08-00T00:00:00Z", 10)),
           held("Q9000001", "Q9000002$B3", None, time("+2020-01-01T00:00:00Z", 11))),
    more_aliases=aliases(ja=["いしば しげる"]))
WANG = entity(
    "Q9000010", labels(en="Wang Yi", zh="王毅", ja="王毅"),
    *human(statement("P21", "Q6581097"), statement("P27", "Q148"), statement("P734", "Q9000006"),
           held("Q9000011", "Q9000010$C1", time("+2013-00-00T00:00:00Z", 9)),
           held("Q9000011", "Q9000010$C2", time("+2000-00-00T00:00:00Z", 7))))
SAMPLE = entity(
    "Q9000020", labels(en="Hanako Sample"),
    *human(statement("P21", "Q6581072"), statement("P570", time("+2001-05-14T00:00:00Z", 11)),
           held("Q9000003", "Q9000020$D1", time("+1998-07-30T00:00:00Z", 11)),
           held("Q9000001", "Q9000020$D2", time("+1990-01-01T00:00:00Z", 9), "somevalue")))
UNWANTED_HOLDER = entity("Q9000030", labels(en="Mary Other"),
                         *human(held("Q9000050", "Q9000030$E1", time("+2010-03-01T00:00:00Z", 10))))
ARTICLE = entity("Q9000031", labels(en="A study of trade policy"), statement("P31", "Q13442814"))
POSITIONS = [
    entity("Q1400434", labels(en="United States Secretary of Commerce", zh="美国商务部长"),
           statement("P1001", "Q30"), more_aliases=aliases(en=["Secretary of Commerce", "Commerce Secretary"])),
    entity("Q9000001", labels(en="Prime Minister of Japan", ja="内閣総理大臣", zh="日本首相"), statement("P1001", "Q17")),
    entity("Q9000003", labels(en="Minister of Defense of Japan", ja="防衛大臣"), statement("P1001", "Q17")),
    entity("Q9000011", labels(en="Minister of Foreign Affairs of China", zh="外交部长"), statement("P1001", "Q148")),
]
FAMILY_NAMES = [entity("Q9000005", labels(en="Ishiba", ja="石破"), statement("P31", "Q101352")),
                entity("Q9000006", labels(mul="Wang", zh="王"), statement("P31", "Q101352"))]
BROKEN_HOLDER = '{"type":"item","id":"Q9000060","claims":{"P39":[{"mainsnak"'
BROKEN_UNRELATED = '{"type":"item","id":"Q9000061","labels":{"en":'
ENTITIES = [LUTNICK, ISHIBA, ARTICLE, WANG, SAMPLE, UNWANTED_HOLDER, *POSITIONS, *FAMILY_NAMES]
WANTED = {"Q1400434", "Q9000001", "Q9000003", "Q9000011"}


def dump_lines() -> list[str]:
    """Entity lines in dump order, with one broken line that matters and one that does not."""
    lines = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in ENTITIES]
    return [*lines[:3], BROKEN_HOLDER, "this line is not JSON", *lines[3:6], BROKEN_UNRELATED, *lines[6:]]


def write_dump(path, lines: list[str], layout: str = "array") -> None:
    text = "[\n" + ",\n".join(lines) + "\n]\n" if layout == "array" else "\n".join(lines) + "\n"
    opener = {".gz": gzip.open, ".bz2": bz2.open}.get(path.suffix, open)
    with opener(path, "wt", encoding="utf-8") as handle:
        handle.write(text)


EXPECTED = {
    "sources": ["Wikidata JSON dump wd.json"],
    "positions": [
        {"id": "wd.q1400434", "name": "United States Secretary of Commerce", "kind": "trade", "single_holder": False,
         "wikidata": "Q1400434", "polity": "US",
         "titles": {"en": ["United States Secretary of Commerce", "Secretary of Commerce", "Commerce Secretary"],
                    "zh": ["美国商务部长"]}},
        {"id": "wd.q9000001", "name": "Prime Minister of Japan", "kind": "head_of_government", "single_holder": False,
         "wikidata": "Q9000001", "polity": "JP",
         "titles": {"en": ["Prime Minister of Japan"], "ja": ["内閣総理大臣"], "zh": ["日本首相"]}},
        {"id": "wd.q9000003", "name": "Minister of Defense of Japan", "kind": "other", "single_holder": False,
         "wikidata": "Q9000003", "polity": "JP", "titles": {"en": ["Minister of Defense of Japan"], "ja": ["防衛大臣"]}},
        {"id": "wd.q9000011", "name": "Minister of Foreign Affairs of China", "kind": "other", "single_holder": False,
         "wikidata": "Q9000011", "polity": "CN", "titles": {"en": ["Minister of Foreign Affairs of China"],
                                                             "zh": ["外交部长"]}},
    ],
    "persons": [
        {"id": "wd-q5919327", "name": "Howard Lutnick", "family": "Lutnick", "given": "Howard", "gender": "male",
         "wikidata": "Q5919327", "born": "1961-07-14",
         "aliases": {"en": ["Howard W. Lutnick"], "ja": ["ハワード・ラトニック"], "zh": ["霍华德·卢特尼克", "卢特尼克"]}},
        {"id": "wd-q9000002", "name": "Shigeru Ishiba", "family": "Ishiba", "given": "Shigeru", "gender": "male",
         "wikidata": "Q9000002", "aliases": {"ja": ["石破茂", "いしば しげる"], "zh": ["石破茂"]}},
        {"id": "wd-q9000010", "name": "Wang Yi", "family": "Wang", "given": "Yi", "gender": "male",
         "wikidata": "Q9000010",
         "aliases": {"ja": ["王毅"], "zh": ["王毅"]}},
        {"id": "wd-q9000020", "name": "Hanako Sample", "family": "Sample", "given": "Hanako", "gender": "female",
         "wikidata": "Q9000020"},
    ],
    "occupancies": [
        {"person": "wd-q5919327", "position": "wd.q1400434", "start": "2025-02-21", "end": None,
         "note": "Wikidata Q5919327$A1"},
        {"person": "wd-q9000002", "position": "wd.q9000003", "start": "2007-09", "end": "2008-08",
         "note": "Wikidata Q9000002$B2"},
        {"person": "wd-q9000002", "position": "wd.q9000001", "start": "2024-10-01", "end": "2025-10-21",
         "note": "Wikidata Q9000002$B1"},
        {"person": "wd-q9000010", "position": "wd.q9000011", "start": "2013", "end": None,
         "note": "Wikidata Q9000010$C1"},
        {"person": "wd-q9000020", "position": "wd.q9000003", "start": "1998-07-30", "end": "2001-05-14",
         "note": "Wikidata Q9000020$D1; end is the date of death"},
    ],
}
KINDS = {"Q1400434": "trade", "Q9000001": "head_of_government"}
VALID = len(ENTITIES)


# -- reading dumps --------------------------------------------------------------------------------

@pytest.mark.parametrize("name, layout", [
    ("wd.json", "array"), ("wd.json.gz", "array"), ("wd.json.bz2", "array"), ("wd.json", "lines"),
    ("wd.jsonl.gz", "lines"),
])
def test_entities_stream_from_every_dump_layout(tmp_path, name, layout):
    write_dump(tmp_path / name, dump_lines(), layout)
    stream = iter_entities(tmp_path / name)
    ids = [e["id"] for e in stream]
    assert ids == [e["id"] for e in ENTITIES]
    assert (stream.entities, stream.skipped_lines) == (VALID, 3)


def test_a_byte_order_mark_is_not_a_bad_line(tmp_path):
    (tmp_path / "wd.json").write_text("\ufeff[\n" + json.dumps(ARTICLE) + "\n]\n", encoding="utf-8")
    stream = iter_entities(tmp_path / "wd.json")
    assert [e["id"] for e in stream] == ["Q9000031"] and stream.skipped_lines == 0


@pytest.mark.parametrize("name", ["wd.json", "wd.json.gz", "wd.json.bz2"])
def test_import_gives_exactly_the_expected_kb_file(tmp_path, name):
    path = tmp_path / name
    write_dump(path, dump_lines())
    result = import_wikidata(path, position_qids=WANTED, kinds=KINDS)
    assert result.to_data() == {**EXPECTED, "sources": [f"Wikidata JSON dump {name}"]}
    # the unrelated broken line is never parsed, so it counts as an entity, not a skipped line
    assert (result.entities, result.skipped_lines, result.skipped_statements) == (VALID + 1, 2, 4)


def test_entities_in_any_key_order_are_read(tmp_path):
    shuffled = [json.dumps(dict(reversed(list(e.items()))), ensure_ascii=False) for e in ENTITIES]
    write_dump(tmp_path / "wd.json", shuffled, "lines")
    result = import_wikidata(tmp_path / "wd.json", position_qids=WANTED, kinds=KINDS)
    assert result.to_data() == EXPECTED
    assert (result.entities, result.skipped_lines) == (VALID, 0)


def test_without_a_filter_every_position_is_kept(tmp_path):
    write_dump(tmp_path / "wd.json", dump_lines())
    result = import_wikidata(tmp_path / "wd.json")
    assert [p["id"] for p in result.positions] == ["wd.q1400434", "wd.q9000001", "wd.q9000003", "wd.q9000011",
                                                   "wd.q9000050"]
    assert result.positions[-1] == {"id": "wd.q9000050", "name": "Q9000050", "kind": "other", "single_holder": False,
                                    "wikidata": "Q9000050", "polity": "XX", "titles": {}}
    assert [p["id"] for p in result.persons] == ["wd-q5919327", "wd-q9000002", "wd-q9000010", "wd-q9000020",
                                                 "wd-q9000030"]
    assert len(result.occupancies) == len(EXPECTED["occupancies"]) + 2


@pytest.mark.parametrize("wanted, persons, terms", [
    ({"Q1400434"}, ["wd-q5919327"], 1),
    ({"q9000001"}, ["wd-q9000002"], 1),
    ({"Q9000003"}, ["wd-q9000002", "wd-q9000020"], 2),
    ({"Q404"}, [], 0),
])
def test_position_filter_keeps_only_those_positions_and_their_holders(tmp_path, wanted, persons, terms):
    write_dump(tmp_path / "wd.json", dump_lines())
    result = import_wikidata(tmp_path / "wd.json", position_qids=wanted)
    assert [p["id"] for p in result.persons] == persons
    assert len(result.occupancies) == terms
    assert {p["wikidata"] for p in result.positions} == ({q.upper() for q in wanted} if terms else set())


def test_positions_before_or_after_their_holders_get_the_same_names(tmp_path):
    write_dump(tmp_path / "after.json", [json.dumps(e) for e in ENTITIES])
    write_dump(tmp_path / "before.json", [json.dumps(e) for e in [*POSITIONS, *ENTITIES[:6]]])
    after = import_wikidata(tmp_path / "after.json", position_qids=WANTED)
    before = import_wikidata(tmp_path / "before.json", position_qids=WANTED)
    assert after.positions == before.positions


@pytest.mark.parametrize("country_lines, jurisdiction, polity", [
    ([], "Q30", "US"),
    ([entity("Q38", labels(en="Italy"), statement("P297", "IT"))], "Q38", "IT"),
    ([entity("Q30", labels(en="United States"), statement("P297", "ZZ"))], "Q30", "ZZ"),  # the dump wins
    ([], "Q99", "XX"),
    ([], None, "XX"),
])
def test_polity_comes_from_the_jurisdictions_country_code(tmp_path, country_lines, jurisdiction, polity):
    claims = [statement("P1001", jurisdiction)] if jurisdiction else []
    office = entity("Q9000070", labels(en="Some Office"), *claims)
    term = held("Q9000070", "X$1", time("+2020-01-01T00:00:00Z", 9))
    holder = entity("Q9000071", labels(en="Ann Holder"), *human(term))
    write_dump(tmp_path / "wd.json", [json.dumps(e) for e in [*country_lines, holder, office]])
    result = import_wikidata(tmp_path / "wd.json", position_qids={"Q9000070"})
    assert result.positions[0]["polity"] == polity


def test_to_yaml_round_trips_and_is_a_valid_kb_file(tmp_path):
    write_dump(tmp_path / "wd.json", dump_lines())
    result = import_wikidata(tmp_path / "wd.json", position_qids=WANTED, kinds=KINDS)
    text = result.to_yaml()
    assert yaml.safe_load(text) == result.to_data()
    assert "石破茂" in text  # written as itself, not escaped
    KbFile.model_validate(yaml.safe_load(text))


def test_an_unknown_kind_is_refused_with_the_list_of_kinds(tmp_path):
    write_dump(tmp_path / "wd.json", dump_lines())
    with pytest.raises(UsageError, match="unknown position kind.*use one of"):
        import_wikidata(tmp_path / "wd.json", kinds={"Q1400434": "commerce"})


# -- files that are not dumps ---------------------------------------------------------------------

def write_text(path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


def truncated_gzip(path) -> None:
    whole = gzip.compress(("[\n" + ",\n".join(json.dumps(e) for e in ENTITIES * 50) + "\n]\n").encode())
    path.write_bytes(whole[: len(whole) // 2])


@pytest.mark.parametrize("name, make, words", [
    ("words.json", lambda p: write_text(p, "just a line of words\n" * 150), "first 100 lines hold no entity"),
    ("late.json", lambda p: write_text(p, "x\n" * 100 + json.dumps(ARTICLE) + "\n"), "first 100 lines"),
    ("empty.json", lambda p: write_text(p, ""), "holds no Wikidata entity"),
    ("brackets.json", lambda p: write_text(p, "[\n]\n"), "holds no Wikidata entity"),
    ("articles.jsonl", lambda p: write_text(p, '{"text": "Tokyo said"}\n' * 5), "holds no Wikidata entity"),
    ("missing.json", lambda p: None, "cannot open"),
    ("cut.json.gz", truncated_gzip, "cannot be read past line"),
])
def test_a_file_that_is_not_a_dump_is_refused_with_a_hint(tmp_path, name, make, words):
    make(tmp_path / name)
    with pytest.raises(InputError, match=words) as caught:
        list(iter_entities(tmp_path / name))
    assert caught.value.hint


def test_an_entity_within_the_first_100_lines_is_enough(tmp_path):
    write_text(tmp_path / "wd.json", "x\n" * 99 + json.dumps(ARTICLE) + "\n" + "y\n" * 200)
    stream = iter_entities(tmp_path / "wd.json")
    assert [e["id"] for e in stream] == ["Q9000031"]
    assert stream.skipped_lines == 299


# -- small pure parts -----------------------------------------------------------------------------

@pytest.mark.parametrize("value, expected", [
    (time("+2025-02-21T00:00:00Z", 11), "2025-02-21"),
    (time("+2025-02-21T00:00:00Z", 10), "2025-02"),
    (time("+2025-02-21T00:00:00Z", 9), "2025"),
    (time("+2025-02-00T00:00:00Z", 11), "2025-02"),
    (time("+2025-00-00T00:00:00Z", 11), "2025"),
    (time("+2025-02-21T13:45:00Z", 14), "2025-02-21"),
    (time("+0800-12-25T00:00:00Z", 11), "0800-12-25"),
    (time("+2020-00-00T00:00:00Z", 8), None),
    (time("+1900-00-00T00:00:00Z", 7), None),
    (time("-0044-03-15T00:00:00Z", 11), None),
    (time("+2025-02-30T00:00:00Z", 11), None),
    (time("+12025-01-01T00:00:00Z", 9), None),
    ({"time": "2025-02-21"}, None),
    ("+2025-02-21T00:00:00Z", None),
    (None, None),
])
def test_times_are_written_at_their_precision(value, expected):
    assert format_time(value) == expected


@pytest.mark.parametrize("label, family, given, family_first, expected", [
    ("Howard Lutnick", None, None, False, ("Lutnick", "Howard")),
    ("Shigeru Ishiba", None, None, False, ("Ishiba", "Shigeru")),
    ("Lee Jae-myung", None, None, True, (None, None)),
    ("Xi Jinping", "Xi", None, True, ("Xi", "Jinping")),
    ("Audrey Tang", "Tang", None, True, ("Tang", "Audrey")),
    ("Lee Jae-myung", None, "Jae-myung", True, ("Lee", "Jae-myung")),
    ("George W. Bush", "Bush", "George", False, ("Bush", "George")),
    ("George W. Bush", None, None, False, (None, None)),
    ("Ursula von der Leyen", None, None, False, (None, None)),
    ("Suharto", None, None, False, (None, None)),
    ("Emmanuel Macron", "Smith", None, False, ("Smith", None)),
    (None, None, None, False, (None, None)),
])
def test_names_are_split_only_when_the_split_is_certain(label, family, given, family_first, expected):
    assert split_name(label, family, given, family_first) == expected
