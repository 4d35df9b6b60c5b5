"""Batch work: read sources, analyse them, store them; failures are counted, never fatal."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsgraph.analyze import Analyzer, Failure
from newsgraph.errors import StoreError
from newsgraph.kb.learned import harvest_facts
from newsgraph.ingest.readers import Loaded, ReadOptions, read_sources
from newsgraph.model import AnalysisRecord
from newsgraph.store import Store


@dataclass
class Summary:
    """What a batch did: counts plus the reason for every failure."""

    ingested: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, message)
    words: int = 0

    @property
    def failed(self) -> int:
        """How many sources failed."""
        return len(self.failures)


Progress = Callable[[str], None]


def analyze_sources(sources: Iterable[str], options: ReadOptions, analyzer: Analyzer,
                    summary: Summary) -> Iterator[AnalysisRecord]:
    """Read and analyse sources without storing them; failures go into `summary`."""
    def readable(loaded: Iterable[Loaded]):
        for item in loaded:
            if item.error is not None:
                summary.failures.append((item.origin, str(item.error)))
            else:
                yield item.document

    for result in analyzer.analyze_many(readable(read_sources(sources, options))):
        if isinstance(result, Failure):
            summary.failures.append((result.document.origin, f"analysis failed: {result.error}"))
        else:
            summary.ingested += 1
            summary.words += result.document.word_count
            yield result


def ingest_sources(sources: Iterable[str], options: ReadOptions, analyzer: Analyzer, store: Store,
                   *, progress: Progress | None = None) -> Summary:
    """Read, analyse and store every source; each document in its own transaction.

    Duplicates (same normalised content) are skipped before analysis, so re-ingesting is cheap.
    """
    summary = Summary()

    def fresh(loaded: Iterable[Loaded]):
        seen: set[str] = set()
        for item in loaded:
            if item.error is not None:
                summary.failures.append((item.origin, str(item.error)))
                store.record_error(item.origin, item.error)
                if progress:
                    progress(item.origin)
                continue
            doc = item.document
            if doc.id in seen or store.has_document(doc.id):
                summary.duplicates += 1
                if progress:
                    progress(item.origin)
                continue
            seen.add(doc.id)
            yield doc

    for result in analyzer.analyze_many(fresh(read_sources(sources, options))):
        if isinstance(result, Failure):
            origin = result.document.origin
            summary.failures.append((origin, f"analysis failed: {type(result.error).__name__}: {result.error}"))
            store.record_error(origin, result.error)
        else:
            origin = result.document.origin or result.document.id
            try:
                stored = store.add(result, facts=harvest_facts(result))
            except StoreError as exc:
                summary.failures.append((origin, str(exc)))
                store.record_error(origin, exc)
            else:
                if stored:
                    summary.ingested += 1
                    summary.words += result.document.word_count
                else:
                    summary.duplicates += 1
        if progress:
            progress(origin)
    return summary
