"""Analysis on several processes: each worker loads the pipeline once; results come back in order.

`ParallelAnalyzer.analyze_many` has the same contract as `Analyzer.analyze_many` (one result per
document, in order; a document the pipeline fails on yields a `Failure` carrying a `WorkerError`),
so the one ingest loop (`newsgraph.batch.ingest_loaded`) does not care which one it is given.
Writing stays in the calling process: one writer per database.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeAlias

from newsgraph.analysis.analyzer import Analyzer, Failure
from newsgraph.errors import WorkerError
from newsgraph.kb.learned import LearnedFact
from newsgraph.model import AnalysisRecord, Document
from newsgraph.settings import Settings

_WORKER: Analyzer | None = None  # one per worker process, set by the pool initializer
# What a worker sends back for one document: its record, or the document and why it failed (an
# exception of the worker's may not unpickle here).
_Result: TypeAlias = AnalysisRecord | tuple[Document, str]


def _start_worker(settings: Settings, learned: Sequence[LearnedFact]) -> None:
    global _WORKER
    _WORKER = Analyzer(settings, learned=learned)


def _analyze_chunk(documents: list[Document]) -> list[_Result]:
    results: list[_Result] = []
    for result in _WORKER.analyze_many(documents):
        if isinstance(result, Failure):
            results.append((result.document, f"{type(result.error).__name__}: {result.error}"))
        else:
            results.append(result)
    return results


class ParallelAnalyzer:
    """Analyses documents on `workers` processes, `chunk` documents at a time."""

    def __init__(self, settings: Settings, workers: int, *, learned: Sequence[LearnedFact] = (), chunk: int = 16):
        self.settings = settings
        self.workers = workers
        self.chunk = chunk
        context = multiprocessing.get_context("spawn")  # no forked copies of locks or open databases
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_start_worker,
                                         initargs=(settings, tuple(learned)))

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[AnalysisRecord | Failure]:
        """Analyse documents across the workers, yielding one result per document, in order."""
        iterator = iter(documents)
        pending: list[Future[list[_Result]]] = []
        while True:
            while len(pending) < self.workers * 2:  # keep every worker busy, bound what is in flight
                chunk = list(islice(iterator, self.chunk))
                if not chunk:
                    break
                pending.append(self._pool.submit(_analyze_chunk, chunk))
            if not pending:
                return
            for result in pending.pop(0).result():
                if isinstance(result, tuple):
                    document, message = result
                    yield Failure(document, WorkerError(message))
                else:
                    yield result

    def close(self) -> None:
        """Stop the worker processes."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> ParallelAnalyzer:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
