"""Batch work: read sources, analyse them, store them; failures are counted, never fatal.

There is one ingest loop (`ingest_loaded`): skip what is stored already, hand the rest to an
executor's `analyze_many`, settle each result against one sink, count it. The executors — the
in-process `Analyzer`, the process pool (`analysis.parallel`) and Dask (`cluster`) — only supply
`analyze_many`; a Dask executor whose workers write yields `Outcome`s it settled there with the same
`settle` function.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from enum import Enum
from typing import Protocol

from newsgraph.analysis import Failure
from newsgraph.errors import StoreError
from newsgraph.ingest.readers import Loaded, ReadOptions, read_sources
from newsgraph.kb.learned import harvest_facts
from newsgraph.model import AnalysisRecord, Document
from newsgraph.store import Store


@dataclass
class Summary:
    """What a batch did: counts plus the reason for every failure."""

    ingested: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (origin, message)
    words: int = 0
    errors: list[Exception | None] = field(default_factory=list, repr=False)  # the error behind each failure

    @property
    def failed(self) -> int:
        """How many sources failed."""
        return len(self.failures)


Progress = Callable[[str], None]


class Status(Enum):
    """What happened to one analysed document."""

    STORED = "stored"
    DUPLICATE = "duplicate"  # another writer stored the same content first
    ANALYSIS_FAILED = "analysis_failed"
    STORE_FAILED = "store_failed"


@dataclass(frozen=True)
class Outcome:
    """One document's result once written (or not); small and picklable, so workers can return it."""

    origin: str
    status: Status
    words: int = 0
    error: Exception | None = None

    @property
    def message(self) -> str:
        """The failure as the summary lists it."""
        if self.status is Status.STORE_FAILED:
            return str(self.error)
        return f"analysis failed: {type(self.error).__name__}: {self.error}"


class Executor(Protocol):
    """Anything that analyses documents: one result per document, in order."""

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[AnalysisRecord | Failure | Outcome]: ...


class RecordExecutor(Protocol):
    """An executor that hands every record back (none whose workers store what they analyse)."""

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[AnalysisRecord | Failure]: ...


class StoreSink:
    """Writes each record with the facts harvested from it, in its own transaction."""

    def __init__(self, store: Store):
        self.store = store

    def write(self, record: AnalysisRecord) -> Outcome:
        """Store one record; a store failure becomes an Outcome (rebuilt without a cause that may not pickle)."""
        origin = record.document.origin or record.document.id
        try:
            stored = self.store.add(record, facts=harvest_facts(record))
        except StoreError as exc:
            return Outcome(origin, Status.STORE_FAILED, error=StoreError(str(exc), hint=""))
        return Outcome(origin, Status.STORED if stored else Status.DUPLICATE,
                       words=record.document.word_count if stored else 0)


def settle(result: AnalysisRecord | Failure, sink: StoreSink) -> Outcome:
    """The Outcome of one analysis result: a failure as it is, a record written to the sink."""
    if isinstance(result, Failure):
        return Outcome(result.document.origin or result.document.id, Status.ANALYSIS_FAILED, error=result.error)
    return sink.write(result)


def analyze_sources(sources: Iterable[str], options: ReadOptions, analyzer: RecordExecutor,
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


def ingest_sources(sources: Iterable[str], options: ReadOptions, analyzer: Executor, store: Store,
                   *, progress: Progress | None = None, sink: StoreSink | None = None) -> Summary:
    """Read, analyse and store every source; each document in its own transaction.

    Duplicates (same normalised content) are skipped before analysis, so re-ingesting is cheap.
    """
    return ingest_loaded(read_sources(sources, options), analyzer, store, progress=progress, sink=sink)


def ingest_loaded(loaded: Iterable[Loaded], executor: Executor, store: Store, *, progress: Progress | None = None,
                  sink: StoreSink | None = None) -> Summary:
    """The ingest loop: skip duplicates, analyse on `executor`, write each record to `sink` (the store's by default)."""
    summary = Summary()
    sink = sink or StoreSink(store)

    def tick(origin: str) -> None:
        if progress:
            progress(origin)

    def fresh() -> Iterator[Document]:
        seen: set[str] = set()
        for item in loaded:
            if item.error is not None:
                summary.failures.append((item.origin, str(item.error)))
                summary.errors.append(item.error)
                store.record_error(item.origin, item.error)
                tick(item.origin)
            elif item.document.id in seen or store.has_document(item.document.id):
                summary.duplicates += 1
                tick(item.origin)
            else:
                seen.add(item.document.id)
                yield item.document

    for result in executor.analyze_many(fresh()):
        outcome = result if isinstance(result, Outcome) else settle(result, sink)
        if outcome.status is Status.STORED:
            summary.ingested += 1
            summary.words += outcome.words
        elif outcome.status is Status.DUPLICATE:
            summary.duplicates += 1
        else:
            summary.failures.append((outcome.origin, outcome.message))
            summary.errors.append(outcome.error)
            store.record_error(outcome.origin, outcome.error)
        tick(outcome.origin)
    return summary
