"""Export the database for analysts' own tools: JSON Lines, CSV or Parquet, one file per table.

The columns of every exported table are described in docs/export-columns.md (a test keeps the
two in step). Event actors are flattened into `source_ids`/`source_names`/`target_ids`/
`target_names`, joined with "; ".
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator, Sequence
from enum import Enum
from pathlib import Path

from sqlalchemy import select

from newsgraph.errors import UsageError
from newsgraph.store import Store
from newsgraph.store.tables import (
    claims,
    documents,
    event_actors,
    events,
    finding_evidence,
    findings,
    mentions,
    observations,
    time_values,
)

TABLES = {
    "documents": documents, "mentions": mentions, "time_values": time_values, "observations": observations,
    "events": events, "claims": claims, "findings": findings, "finding_evidence": finding_evidence,
}


class ExportTable(str, Enum):
    """The tables `export` writes (the keys of TABLES)."""

    documents = "documents"
    mentions = "mentions"
    time_values = "time_values"
    observations = "observations"
    events = "events"
    claims = "claims"
    findings = "findings"
    finding_evidence = "finding_evidence"


class ExportFormat(str, Enum):
    """File formats `export` writes."""

    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


def export_columns(name: str) -> list[str]:
    """The columns an exported table has, in order."""
    columns = [c.name for c in TABLES[name].columns]
    if name == "events":
        columns += ["source_ids", "source_names", "target_ids", "target_names"]
    return columns


def iter_rows(store: Store, name: str) -> Iterator[dict]:
    """The rows of one exported table, as plain dicts (dates as ISO text)."""
    table = TABLES[name]
    with store.engine.connect() as conn:
        actors: defaultdict[str, defaultdict[str, list[tuple[str, str]]]] = defaultdict(lambda: defaultdict(list))
        if name == "events":
            for a in conn.execute(select(event_actors).order_by(event_actors.c.event_id, event_actors.c.role,
                                                               event_actors.c.position)):
                actors[a.event_id][a.role].append((a.entity_id, a.entity_name))
        for row in conn.execute(select(table).order_by(*table.primary_key.columns or list(table.columns)[:2])):
            data = {k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in row._mapping.items()}
            if name == "events":
                for role in ("source", "target"):
                    pairs = actors[row.id][role]
                    data[f"{role}_ids"] = "; ".join(i for i, _ in pairs)
                    data[f"{role}_names"] = "; ".join(n for _, n in pairs)
            yield data


def export_tables(store: Store, folder: Path, fmt: ExportFormat,
                  tables: Sequence[str | ExportTable] | None = None) -> dict[str, int]:
    """Write each table to `folder/<table>.<fmt>`; returns rows written per table.

    Raises:
        UsageError: an unknown table name.
    """
    names = [ExportTable(t).value if isinstance(t, ExportTable) else t for t in tables] if tables else list(TABLES)
    unknown = [n for n in names if n not in TABLES]
    if unknown:
        raise UsageError(f"unknown table(s) {', '.join(unknown)}; choose from {', '.join(TABLES)}")
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in names:
        rows = list(iter_rows(store, name))
        path = folder / f"{name}.{fmt.value}"
        columns = export_columns(name)
        if fmt is ExportFormat.jsonl:
            with path.open("w", encoding="utf-8") as handle:
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        elif fmt is ExportFormat.csv:
            with path.open("w", encoding="utf-8", newline="") as handle:
                writer = csv.DictWriter(handle, fieldnames=columns)
                writer.writeheader()
                writer.writerows(rows)
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            table = pa.Table.from_pylist(rows, schema=_arrow_schema(name)) if rows else \
                pa.Table.from_pylist([], schema=_arrow_schema(name))
            pq.write_table(table, path)
        counts[name] = len(rows)
    return counts


def _arrow_schema(name: str):
    import pyarrow as pa

    kinds = {"INTEGER": pa.int64(), "FLOAT": pa.float64(), "BOOLEAN": pa.bool_()}
    fields = [pa.field(c.name, kinds.get(str(c.type).split("(")[0], pa.string())) for c in TABLES[name].columns]
    if name == "events":
        fields += [pa.field(n, pa.string()) for n in ("source_ids", "source_names", "target_ids", "target_names")]
    return pa.schema(fields)
