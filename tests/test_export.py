"""Exports load back in the tools analysts use, and every column is documented."""

import csv
import json
import re

import pyarrow.parquet as pq
import pytest

from newsgraph.batch import ingest_sources
from newsgraph.crossdoc.bands import load_bands
from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.export import TABLES, ExportFormat, ExportTable, export_columns, export_tables
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings
from tests.conftest import EXAMPLES, ROOT

DICTIONARY = (ROOT / "docs" / "export-columns.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def filled(tmp_path_factory, analyzer):
    from newsgraph.store import Store

    path = tmp_path_factory.mktemp("export") / "e.db"
    store = Store(f"sqlite:///{path}")
    ingest_sources([str(EXAMPLES)], ReadOptions(Settings()), analyzer, store)
    refresh_findings(store, analyzer.kb, load_bands())
    yield store
    store.close()


@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_every_table_exports_and_loads_back(filled, tmp_path, fmt):
    counts = export_tables(filled, tmp_path, fmt)
    assert counts["documents"] >= 10 and counts["mentions"] > 100
    for name in TABLES:
        path = tmp_path / f"{name}.{fmt.value}"
        if fmt is ExportFormat.parquet:
            table = pq.read_table(path)
            assert table.num_rows == counts[name] and table.column_names == export_columns(name)
        elif fmt is ExportFormat.csv:
            with path.open(encoding="utf-8", newline="") as handle:
                reader = csv.DictReader(handle)
                rows = list(reader)
            assert reader.fieldnames == export_columns(name) and len(rows) == counts[name]
        else:
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
            assert len(rows) == counts[name]
            assert all(list(r) == export_columns(name) for r in rows)


def test_parquet_keeps_types(filled, tmp_path):
    export_tables(filled, tmp_path, ExportFormat.parquet, ["mentions"])
    mentions = pq.read_table(tmp_path / "mentions.parquet").to_pylist()
    assert isinstance(mentions[0]["start"], int) and isinstance(mentions[0]["confidence"], float)


@pytest.mark.parametrize("name", list(TABLES))
def test_every_exported_column_is_documented(name):
    section = DICTIONARY.split(f"## {name}\n", 1)[1].split("\n## ", 1)[0]
    documented = set(re.findall(r"`([a-z_]+)`", section))
    missing = [c for c in export_columns(name) if c not in documented]
    assert not missing, f"{name}: document {missing} in docs/export-columns.md"


def test_unknown_table_is_a_usage_error(filled, tmp_path):
    from newsgraph.errors import UsageError

    with pytest.raises(UsageError, match="unknown table"):
        export_tables(filled, tmp_path, ExportFormat.csv, ["nope"])


def test_the_table_choices_are_the_exported_tables():
    assert [t.value for t in ExportTable] == list(TABLES)
