"""The command line, run in-process through its real entry point."""

import json
import sys

import pytest

from newsgraph.cli import main
from newsgraph.schema import validate_record
from tests.conftest import EXAMPLES


@pytest.fixture
def run(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("NEWSGRAPH_DATABASE_URL", raising=False)

    def invoke(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["newsgraph", *args])
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", type("In", (), {"buffer": __import__("io").BytesIO(stdin)})())
        try:
            main()
            code = 0
        except SystemExit as exc:
            code = exc.code or 0
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_analyze_seed_001_dates_it_from_the_url(run, seeds):
    code, out, _ = run("analyze", str(seeds / "001_9ae90b344e27ba69.txt"), "--format", "json")
    assert code == 0
    [line] = out.splitlines()
    record = json.loads(line)
    validate_record(record)
    assert record["schema"] == "newsgraph.analysis/1"
    assert record["document"]["published"] == {"value": "2025-07-11", "precision": "day", "source": "url"}
    assert record["document"]["genre"] == "opinion"


def test_analyze_seed_000_reports_the_untranslated_word(run, seeds):
    code, out, _ = run("analyze", str(seeds / "000_988e0aadf903abd9.txt"), "--published", "2026-02-13")
    assert code == 0
    record = json.loads(out)
    validate_record(record)
    assert record["document"]["published"] == {"value": "2026-02-13", "precision": "day", "source": "given"}
    mt = record["document"]["machine_translation"]
    assert mt["suspected"]
    [artifact] = mt["artifacts"]
    assert artifact["text"] == "不利" and record["text"][artifact["start"]:artifact["end"]] == "不利"


def test_analyze_several_paths_and_stdin_gives_json_lines(run, seeds):
    text = b"Prime Minister Sanae Takaichi met Donald Trump in Tokyo on October 28."
    code, out, _ = run("analyze", str(seeds / "000_988e0aadf903abd9.txt"), "-", str(seeds / "001_9ae90b344e27ba69.txt"),
                       stdin=text)
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == 3 and records[1]["document"]["origin"] == "<stdin>"


def test_analyze_text_format_highlights(run, seeds):
    code, out, _ = run("analyze", str(seeds / "000_988e0aadf903abd9.txt"), "--format", "text")
    assert code == 0
    assert "Machine translation suspected" in out and "Rutenberg" in out and "PERSON" in out


def test_analyze_reports_failures_and_exits_1(run, tmp_path, seeds):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    code, out, err = run("analyze", str(tmp_path / "empty.txt"), str(seeds / "000_988e0aadf903abd9.txt"))
    assert code == 1
    assert len(out.splitlines()) == 1  # the good one is still printed
    assert "empty.txt" in err and "is empty" in err


@pytest.mark.parametrize("args, message", [
    (["analyze", "x.txt", "--published", "last week"], "not a date"),
    (["analyze", "x.txt", "--format", "xml"], "'xml' is not one of 'text', 'json'"),
    (["documents", "--format", "xml"], "'xml' is not one of 'text', 'json'"),
    (["brief", "--format", "html"], "'html' is not one of 'text', 'markdown'"),
    (["export", "--format", "xlsx"], "'xlsx' is not one of 'jsonl', 'csv', 'parquet'"),
    (["export", "--table", "secrets"], "'secrets' is not one of 'documents'"),
])
def test_usage_errors_exit_2(run, args, message):
    code, _, err = run(*args)
    assert code == 2 and message in err


def test_ingest_then_list_show_and_brief(run, tmp_path):
    db = str(tmp_path / "demo.db")
    code, _, err = run("ingest", str(EXAMPLES), "--db", db, "--quiet")
    assert code == 0, err
    assert "failed 0" in err
    stored = int(err.split("ingested ")[1].split(",")[0])
    assert stored >= 10

    code, _, err = run("ingest", str(EXAMPLES), "--db", db, "--quiet")
    assert code == 0 and f"ingested 0, duplicates skipped {stored}" in err

    code, out, _ = run("documents", "--db", db)
    assert code == 0 and len(out.splitlines()) == stored
    first_id = out.split()[0]

    code, out, _ = run("show", first_id[:8], "--db", db)
    assert code == 0 and first_id in out

    code, out, _ = run("show", first_id, "--db", db, "--format", "json")
    validate_record(json.loads(out))

    code, out, _ = run("brief", "--db", db)
    assert code == 0
    for heading in ("Key events", "Indicators and thresholds", "Contradictions", "Names corrected",
                    "People named", "Organisations named", "Machine-translation warnings", "Sources"):
        assert heading in out


def test_database_url_from_the_environment(run, tmp_path, monkeypatch, seeds):
    monkeypatch.setenv("NEWSGRAPH_DATABASE_URL", f"sqlite:///{tmp_path / 'env.db'}")
    code, _, _ = run("ingest", str(seeds), "--quiet")
    assert code == 0 and (tmp_path / "env.db").exists()


def test_show_unknown_id_is_one_clear_line(run, tmp_path):
    code, _, err = run("show", "nope", "--db", str(tmp_path / "x.db"))
    assert code == 1 and err.strip().count("\n") == 0 and "no document with id 'nope'" in err


def test_ingest_failures_are_listed_and_remembered(run, tmp_path, seeds):
    bad = tmp_path / "bad.html"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n")
    db = str(tmp_path / "x.db")
    code, _, err = run("ingest", str(bad), str(seeds), "--db", db, "--quiet")
    assert code == 1 and "ingested 2, duplicates skipped 0, failed 1" in err and "PNG image" in err
    code, out, _ = run("errors", "--db", db)
    assert "bad.html" in out and "BinaryInput" in out


def test_schema_command_prints_the_shipped_schema(run):
    code, out, _ = run("schema")
    assert code == 0 and json.loads(out)["title"] == "newsgraph.analysis/1"
