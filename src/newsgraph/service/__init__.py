"""The use cases, one function each, shared by the CLI, the HTTP API and the Python API.

Each takes what it works on — `Settings`, an open `Store` (or a connection), the knowledge base and
the threshold bands — explicitly; none reads the environment or falls back to bundled data.
"""

from newsgraph.service.findings import all_findings, contradictions, refresh
from newsgraph.service.ingest import ingest, ingest_document, ingest_with, open_executor
from newsgraph.service.reads import briefing, export, indicator_series, series, timeline
from newsgraph.service.setup import knowledge_base, thresholds
from newsgraph.service.watch import watch

__all__ = [
    "all_findings", "briefing", "contradictions", "export", "indicator_series", "ingest", "ingest_document",
    "ingest_with", "knowledge_base", "open_executor", "refresh", "series", "thresholds", "timeline", "watch",
]
