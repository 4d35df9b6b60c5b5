"""The `newsgraph kb` and `newsgraph eval` commands, through the real entry point."""

import gzip
import json

import pytest

from tests.conftest import SEEDS
from tests.test_cli import run  # noqa: F401  (the fixture)

NEW_FACTS = """polity: XX
positions:
  - {id: xx.minister_of_examples, name: Minister of Examples, kind: other}
persons:
  - {id: ada-example, name: Ada Example, family: Example, given: Ada}
occupancies:
  - {person: ada-example, position: xx.minister_of_examples, start: 2024-05-01}
"""
CLASHING = """persons:
  - {id: someone-else, name: Someone Else}
occupancies:
  - {person: someone-else, position: us.secretary_of_commerce, start: 2025-06-01}
"""


@pytest.fixture(scope="module")
def shared_cache(tmp_path_factory):
    """One cache folder for the module: a compiled knowledge base is cached under a digest of its
    files, so a test that adds a file gets its own entry, and the others need not compile the
    bundled one again."""
    return tmp_path_factory.mktemp("cache")


@pytest.fixture(autouse=True)
def kb_dirs(tmp_path, monkeypatch, shared_cache):
    monkeypatch.setenv("NEWSGRAPH_KB_DIR", str(tmp_path / "kb"))
    monkeypatch.setenv("NEWSGRAPH_CACHE_DIR", str(shared_cache))


def test_kb_stats(run):
    code, out, _ = run("kb", "stats")
    assert code == 0 and "persons" in out and "terms by polity" in out


def test_kb_lookup_explains_a_garbled_name(run):
    code, out, _ = run("kb", "lookup", "Lutenik", "--date", "2025-07-08", "--role", "Commerce Secretary", "--country", "US")
    assert code == 0
    assert "corrected: Howard Lutnick" in out and "resembles" in out


def test_kb_lookup_flags_a_former_holder(run):
    code, out, _ = run("kb", "lookup", "Hagel", "--date", "2025-05-31", "--role", "Defense Secretary", "--country", "US")
    assert code == 0 and "conflict: Pete Hegseth" in out and "alternative: Chuck Hagel" in out


def test_kb_lookup_rejects_a_bad_date(run):
    code, _, err = run("kb", "lookup", "Trump", "--date", "July 2025")
    assert code == 2 and "not a date" in err


def test_kb_add_accepts_sound_facts_and_uses_them(run, tmp_path):
    path = tmp_path / "examples-office.yaml"
    path.write_text(NEW_FACTS, encoding="utf-8")
    code, _, err = run("kb", "add", str(path))
    assert code == 0 and "added" in err
    assert (tmp_path / "kb" / "examples-office.yaml").exists()
    code, out, _ = run("kb", "lookup", "Ada Exampel", "--date", "2025-01-01", "--role", "Minister of Examples")
    assert "corrected: Ada Example" in out


def test_kb_add_refuses_facts_that_clash(run, tmp_path):
    path = tmp_path / "clash.yaml"
    path.write_text(CLASHING, encoding="utf-8")
    code, _, err = run("kb", "add", str(path))
    assert code == 1 and "overlaps" in err
    assert not (tmp_path / "kb" / "clash.yaml").exists()


def test_kb_import_wikidata_reads_a_dump(run, tmp_path):
    person = {"type": "item", "id": "Q999000111", "labels": {"en": {"language": "en", "value": "Ada Dumpling"}},
              "claims": {"P31": [{"mainsnak": {"snaktype": "value", "datavalue": {"value": {"id": "Q5"}}}, "rank": "normal"}],
                         "P39": [{"id": "Q999000111$1", "rank": "normal",
                                  "mainsnak": {"snaktype": "value", "datavalue": {"value": {"id": "Q999000222"}}},
                                  "qualifiers": {"P580": [{"snaktype": "value", "datavalue": {"value": {
                                      "time": "+2024-05-01T00:00:00Z", "precision": 11}}}]}}]}}
    dump = tmp_path / "extract.json.gz"
    with gzip.open(dump, "wt", encoding="utf-8") as handle:
        handle.write("[\n" + json.dumps(person) + "\n]\n")
    code, _, err = run("kb", "import-wikidata", str(dump), "--position", "Q999000222")
    assert code == 0, err
    assert "1 new people" in err and "1 new terms" in err
    assert (tmp_path / "kb" / "wikidata-extract.yaml").exists()


def test_kb_learned_with_nothing_learned(run, tmp_path):
    code, _, err = run("kb", "learned", "--db", str(tmp_path / "x.db"))
    assert code == 0 and "no facts learned yet" in err


def test_eval_gold_on_the_seeds_meets_its_floors(run):
    code, out, _ = run("eval", "gold", str(SEEDS / "gold.yaml"), str(SEEDS))
    assert code == 0
    figures = json.loads(out.strip().splitlines()[-1])["gold"]
    # Floors that may only rise.
    for kind in ("persons.correct", "persons.garbled", "persons.wrong_person", "persons.role_only",
                 "persons.occurrences", "conflict_flags", "dates", "genre", "machine_translation", "artifacts"):
        assert figures[kind]["accuracy"] == 1.0, (kind, figures[kind])


def test_contradictions_after_ingest(run, tmp_path):
    db = str(tmp_path / "c.db")
    code, _, _ = run("ingest", str(SEEDS), "--db", db, "--quiet")
    assert code == 0
    code, out, _ = run("contradictions", "--db", db)
    assert code == 0 and "[name_conflict] 'Hagel'" in out and "toutiao.com" in out
    code, out, _ = run("contradictions", "--db", db, "--all")
    assert "[name_correction] 'Caroline Levet'" in out


def test_export_command_writes_files(run, tmp_path):
    db = str(tmp_path / "c.db")
    run("ingest", str(SEEDS), "--db", db, "--quiet")
    code, _, err = run("export", "--db", db, "-o", str(tmp_path / "out"), "-f", "csv", "--table", "mentions")
    assert code == 0 and (tmp_path / "out" / "mentions.csv").exists() and "rows" in err
    code, _, err = run("export", "--db", db, "-f", "xlsx")
    assert code == 2 and "'xlsx' is not one of 'jsonl', 'csv', 'parquet'" in err


def test_kb_lookup_reads_the_country_a_title_names(run):
    # without --country, "Japanese" in the title selects Japan's office, not every foreign minister
    code, out, _ = run("kb", "lookup", "", "--date", "2025-03-01", "--role", "Japanese Foreign Minister")
    assert code == 0 and "Takeshi Iwaya" in out.splitlines()[1], out


def test_kb_gaps_lists_offices_without_a_holder(run):
    code, out, _ = run("kb", "gaps", "--from", "2025-01-01", "--to", "2025-12-31", "--min-days", "90")
    assert code == 0 and "no holder 2025-" in out and "uncovered runs of 90+ days, 2025-01-01..2025-12-31" in out
    code, _, err = run("kb", "gaps", "--from", "2025-12-31", "--to", "2025-01-01")
    assert code != 0 and "before" in err
