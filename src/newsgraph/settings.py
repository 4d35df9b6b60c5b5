"""One Settings object, built at the edge (CLI, server) and passed down."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from newsgraph.errors import UsageError

ENV_PREFIX = "NEWSGRAPH_"


@dataclass(frozen=True)
class Settings:
    """Everything configurable, with defaults that work on a laptop.

    Each field can be set from the environment as NEWSGRAPH_<FIELD> (upper case).
    """

    database_url: str = "sqlite:///newsgraph.db"
    max_bytes: int = 5_000_000
    model: str | None = None  # a spaCy package name or path; None picks the English model
    # Documents per nlp.pipe batch. The model's activations for a whole batch are alive at once:
    # 32 reports of ~450 words raised peak RSS by ~220 MB over 8, for no CPU saved (bench/throughput.py).
    batch_size: int = 8
    fetch_timeout: float = 20.0
    fetch_max_redirects: int = 5
    allow_private_addresses: bool = False
    user_agent: str = "newsgraph/0.1 (+https://example.org/newsgraph)"
    kb_dir: str = "newsgraph-kb"  # user knowledge-base files added with `newsgraph kb add`
    cache_dir: str | None = None  # compiled knowledge base; None means ~/.cache/newsgraph
    learned_min_sources: int = 2  # independent outlets needed before a harvested fact is used
    thresholds_file: str | None = None  # extra threshold bands (format: src/newsgraph/config/thresholds.yaml)
    api_token: str | None = None  # bearer token for the HTTP API's write endpoints; None disables writes

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **overrides) -> Settings:
        """Build settings from NEWSGRAPH_* variables, then apply explicit overrides."""
        environ = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for field in fields(cls):
            raw = environ.get(ENV_PREFIX + field.name.upper())
            if raw is not None and raw != "":
                kind = str(field.type)  # the annotation as written ("int"): this module postpones annotations
                values[field.name] = _convert(field.name, kind, raw)
        settings = cls(**values)
        overrides = {k: v for k, v in overrides.items() if v is not None}
        return replace(settings, **overrides) if overrides else settings


def _convert(name: str, kind: str, raw: str) -> str | int | float | bool:
    """The value of an environment variable as the field's type (`kind`, as annotated) wants it."""
    try:
        if kind == "int":
            return int(raw)
        if kind == "float":
            return float(raw)
        if kind == "bool":
            if raw.lower() in ("1", "true", "yes", "on"):
                return True
            if raw.lower() in ("0", "false", "no", "off"):
                return False
            raise ValueError(raw)
    except ValueError:
        raise UsageError(f"{ENV_PREFIX}{name.upper()}={raw!r} is not a valid {kind}") from None
    return raw
