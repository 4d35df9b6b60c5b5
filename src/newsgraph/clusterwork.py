"""What runs on a Dask worker: one Analyzer per worker, and the batch tasks that borrow it.

The client (`newsgraph.cluster`) registers an `AnalyzerPlugin`; each worker — including one that
joins later — loads the pipeline once when the plugin arrives, and every task on that worker uses
it. Task results travel back by pickle, so they hold only records, documents and plain exceptions.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Sequence

from distributed import WorkerPlugin, get_worker

from newsgraph.analysis import Analyzer, Failure
from newsgraph.batch import Outcome, StoreSink, settle
from newsgraph.errors import WorkerError
from newsgraph.kb.learned import LearnedFact
from newsgraph.model import AnalysisRecord, Document
from newsgraph.settings import Settings
from newsgraph.store import Store

PLUGIN_NAME = "newsgraph.analyzer"


class AnalyzerPlugin(WorkerPlugin):
    """Holds one worker's Analyzer (loaded once) and its open Stores.

    Args:
        settings: what the Analyzer needs (no database URL or API token travel with it).
        learned: role facts harvested from earlier reports, as `Analyzer` takes them.
        key: names this configuration, so a client can tell whether workers already hold it.
    """

    def __init__(self, settings: Settings, learned: Sequence[LearnedFact], key: str):
        self.settings, self.learned, self.key = settings, tuple(learned), key
        self._start_empty()

    def _start_empty(self) -> None:
        """No pipeline, no store, fresh locks: the state a plugin arrives in on a worker."""
        self._analyzer: Analyzer | None = None
        self.stores: dict[str, Store] = {}  # by database URL; only workers that write open one
        self._lock = threading.Lock()  # first use and setup may race on a multi-threaded worker
        self._analysing = threading.Lock()  # spaCy pipelines are not promised to be thread-safe

    def __getstate__(self) -> dict:
        return {"settings": self.settings, "learned": self.learned, "key": self.key}

    def __setstate__(self, state: dict) -> None:
        self.settings, self.learned, self.key = state["settings"], tuple(state["learned"]), state["key"]
        self._start_empty()

    async def setup(self, worker) -> None:
        """Load the pipeline now, off the event loop, so the worker keeps answering heartbeats."""
        await asyncio.to_thread(self.analyzer)

    def teardown(self, worker) -> None:
        """Free the pipeline and close database connections when the plugin is replaced."""
        with self._lock:
            for store in self.stores.values():
                store.close()
            self.stores.clear()
            self._analyzer = None

    def analyzer(self) -> Analyzer:
        """This worker's Analyzer, loaded on first use."""
        with self._lock:
            if self._analyzer is None:
                self._analyzer = Analyzer(self.settings, learned=self.learned)
            return self._analyzer

    def store(self, database_url: str) -> Store:
        """This worker's Store for a database, opened on first use."""
        with self._lock:
            if database_url not in self.stores:
                self.stores[database_url] = Store(database_url)
            return self.stores[database_url]

    def analyze(self, documents: list[Document]) -> list[AnalysisRecord | Failure]:
        """Analyse a batch; failures carry a picklable `WorkerError` naming the original error."""
        analyzer = self.analyzer()
        with self._analysing:
            results = list(analyzer.analyze_many(documents))
        return [Failure(r.document, WorkerError(f"{type(r.error).__name__}: {r.error}"))
                if isinstance(r, Failure) else r for r in results]


def current_plugin() -> AnalyzerPlugin:
    """The plugin on the worker running this task.

    Raises:
        WorkerError: the worker holds no newsgraph pipeline (`newsgraph.cluster.load_on_workers` was not run).
    """
    plugin = get_worker().plugins.get(PLUGIN_NAME)
    if not isinstance(plugin, AnalyzerPlugin):
        raise WorkerError("this Dask worker holds no newsgraph pipeline",
                          hint="register one with newsgraph.cluster.load_on_workers before submitting tasks")
    return plugin


def analyze_batch(documents: list[Document]) -> list[AnalysisRecord | Failure]:
    """Task: analyse documents on this worker, one result per document, in order."""
    return current_plugin().analyze(documents)


def store_batch(documents: list[Document], database_url: str) -> list[Outcome]:
    """Task: analyse documents and store each in its own transaction from this worker (the batch sink)."""
    plugin = current_plugin()
    sink = StoreSink(plugin.store(database_url))
    return [settle(result, sink) for result in plugin.analyze(documents)]


def check_store(database_url: str) -> None:
    """Run on each worker: open the database once and close it, raising `StoreError` when it cannot."""
    Store(database_url).close()


def loaded_key(dask_worker) -> str | None:
    """Run on each worker: the configuration key of the pipeline it holds, if any."""
    plugin = dask_worker.plugins.get(PLUGIN_NAME)
    return plugin.key if isinstance(plugin, AnalyzerPlugin) else None
