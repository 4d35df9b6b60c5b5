"""The Python entry points: `newsgraph.analyze(text, ...)` and `newsgraph.ingest(sources, ...)`.

The other use cases (timeline, indicator series, contradictions, brief, export, watch) are the
functions of `newsgraph.service`, the same the CLI and the HTTP API call.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache

from newsgraph.analysis import Analyzer
from newsgraph.batch import Summary
from newsgraph.errors import InputError, TooLarge
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.readers import ReadOptions, read_text
from newsgraph.model import AnalysisRecord
from newsgraph.settings import Settings


@cache
def _default_analyzer(settings: Settings) -> Analyzer:
    return Analyzer(settings)


def analyze(text: str, *, published: str | date | None = None, title: str | None = None,
            url: str | None = None, outlet: str | None = None, author: str | None = None,
            html: bool | None = None, settings: Settings | None = None) -> AnalysisRecord:
    """Analyse one report given as text (or HTML) and return its record.

    The pipeline is loaded on the first call and reused.

    Raises:
        InputError: the text is empty, binary, too large, or its metadata is invalid.
    """
    settings = settings or Settings()
    if len(text.encode("utf-8", "surrogatepass")) > settings.max_bytes:
        raise TooLarge(f"text is over the limit of {settings.max_bytes:,} bytes")
    given = DocumentMeta(title=title, url=url, outlet=outlet, author=author,
                         published=published.isoformat() if isinstance(published, date) else published)
    loaded = read_text(text, origin="<text>", options=ReadOptions(settings, given=given, today=date.today()),
                       html=html)
    if loaded.document is None:  # pragma: no cover - read_text raises rather than returning errors
        raise InputError("text could not be read")
    return _default_analyzer(settings).analyze(loaded.document)


def ingest(sources: Iterable[str] | str, *, settings: Settings | None = None, workers: int = 1,
           cluster: str | None = None) -> Summary:
    """Read, analyse and store reports (files, folders, globs, URLs) into `settings.database_url`.

    Uses the knowledge-base folder (`settings.kb_dir`) and thresholds file (`settings.thresholds_file`)
    of `settings`, exactly as `newsgraph ingest` does, and refreshes the cross-document findings.

    Args:
        workers: analysis processes; cluster: a Dask scheduler address or "local".

    Returns:
        The counts, and the reason for every source that failed (the others are stored).

    Raises:
        StoreError, KbError, UsageError, ClusterError: the database, a KB file, the thresholds file or
            the cluster cannot be used.
    """
    from newsgraph.service import ingest_with

    return ingest_with([sources] if isinstance(sources, str) else sources, settings or Settings(),
                       workers=workers, cluster=cluster)
