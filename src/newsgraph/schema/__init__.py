"""The JSON Schema of the analysis record, shipped as a file and checked against the models."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import jsonschema

from newsgraph.model import SCHEMA_NAME, AnalysisRecord

SCHEMA_FILE = Path(__file__).parent / "analysis-1.json"


def generate_schema() -> dict:
    """Build the JSON Schema from the record models (used to write the shipped file)."""
    schema = AnalysisRecord.model_json_schema(by_alias=True, mode="serialization")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://example.org/newsgraph/schema/analysis-1.json",
        "title": SCHEMA_NAME,
        **{k: v for k, v in schema.items() if k != "title"},
    }


@cache
def load_schema() -> dict:
    """The shipped schema file."""
    return json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))


def validate_record(data: dict) -> None:
    """Check a record (as JSON data) against the shipped schema.

    Raises:
        jsonschema.ValidationError: the record breaks the contract.
    """
    jsonschema.Draft202012Validator(load_schema()).validate(data)



def write_schema() -> Path:
    """Regenerate the shipped schema file from the models; returns its path."""
    SCHEMA_FILE.write_text(json.dumps(generate_schema(), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return SCHEMA_FILE
