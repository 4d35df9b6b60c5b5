"""Ingest on a Dask cluster: the client reads and deduplicates, workers analyse (and may store).

Each worker loads the pipeline once (`newsgraph.clusterwork.AnalyzerPlugin`). With a PostgreSQL
database the workers store what they analyse themselves — many writers, each document in its own
transaction, a concurrent duplicate detected by the store. With any other database the workers
send records back and the client is the one writer. Either way the client runs the one ingest loop
(`newsgraph.batch.ingest_loaded`); the executors here only supply `analyze_many`.
At most two batches per worker thread are in flight, so memory stays flat however many sources.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import ExitStack, contextmanager
from dataclasses import replace
from itertools import islice

from distributed import Client, Future, KilledWorker, LocalCluster

from newsgraph.analysis import Failure
from newsgraph.batch import Outcome, Progress, Status, Summary, ingest_sources
from newsgraph.clusterwork import PLUGIN_NAME, AnalyzerPlugin, analyze_batch, check_store, loaded_key, store_batch
from newsgraph.errors import ClusterError, NewsgraphError, WorkerError
from newsgraph.ingest.readers import ReadOptions
from newsgraph.kb.learned import LearnedFact
from newsgraph.model import AnalysisRecord, Document
from newsgraph.settings import Settings
from newsgraph.store import Store

LOCAL = "local"


@contextmanager
def connect(address: str, *, local_workers: int = 2, timeout: float = 20) -> Iterator[Client]:
    """A Dask client for a scheduler address, or for a new local cluster when `address` is "local".

    The local cluster runs `local_workers` processes of one thread each and stops on exit;
    `timeout` is how many seconds to wait for a remote scheduler.

    Raises:
        ClusterError: the scheduler did not answer.
    """
    with ExitStack() as stack:
        try:
            if address == LOCAL:
                cluster = stack.enter_context(LocalCluster(n_workers=local_workers, threads_per_worker=1,
                                                           processes=True, dashboard_address=":0"))
                client = stack.enter_context(Client(cluster))
            else:
                client = stack.enter_context(Client(address, timeout=timeout))
        except OSError as exc:
            raise ClusterError(f"cannot reach the Dask scheduler at {address}: {exc}",
                               hint="check the address (tcp://HOST:8786) and that 'dask scheduler' runs there, "
                                    "or use --cluster local") from exc
        yield client


def load_on_workers(client: Client, settings: Settings, learned: Sequence[LearnedFact] = ()) -> None:
    """Make every worker (and any that joins later) hold one pipeline for this configuration.

    Workers already holding it keep it; otherwise each loads it once, in parallel.

    Raises:
        ClusterError: no worker is connected, or one could not load the pipeline.
    """
    settings = replace(settings, database_url="", api_token=None)  # workers analysing need neither
    key = hashlib.sha256(repr((settings, tuple(learned))).encode()).hexdigest()[:16]
    try:
        held = client.run(loaded_key)
        if held and set(held.values()) != {key}:
            client.register_plugin(AnalyzerPlugin(settings, learned, key), name=PLUGIN_NAME)
    except Exception as exc:  # re-raised from a worker: a missing package or model, most often
        raise _worker_error("could not load the pipeline", exc,
                            "install newsgraph and its model on every worker") from exc
    if not held:
        raise ClusterError(f"the Dask scheduler at {client.scheduler.address} has no workers",
                           hint="start some with 'dask worker ADDRESS' where newsgraph and its model are installed")


def open_on_workers(client: Client, database_url: str) -> None:
    """Open the database from every worker now, so a URL they cannot reach fails once, at the start.

    Raises:
        ClusterError: a worker could not open or migrate the database.
    """
    try:
        client.run(check_store, database_url)
    except Exception as exc:
        raise _worker_error("could not open the database", exc,
                            "give a URL every worker can reach (a host name, not localhost)") from exc


def _worker_error(what: str, error: Exception, hint: str) -> ClusterError:
    detail = error.args[0] if isinstance(error, NewsgraphError) and error.args else error  # its hint is for one machine
    return ClusterError(f"a Dask worker {what}: {type(error).__name__}: {detail}",
                        hint=f"{hint} (README: 'Ingesting on a Dask cluster')")


class ClusterAnalyzer:
    """Analyses documents on Dask workers, `chunk` at a time; the `Analyzer.analyze_many` contract.

    Args:
        client: a connected Dask client (see `connect`).
        learned: role facts harvested from earlier reports, as `Analyzer` takes them.
    """

    kb = None  # the knowledge base lives on the workers

    def __init__(self, client: Client, settings: Settings, *, learned: Sequence[LearnedFact] = (), chunk: int = 16):
        self.client = client
        self.chunk = chunk
        load_on_workers(client, settings, learned)

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[AnalysisRecord | Failure]:
        """Analyse documents across the workers, yielding one result per document, in order."""
        for chunk, result in run_batches(self.client, analyze_batch, documents, self.chunk):
            if isinstance(result, BaseException):
                yield from (Failure(d, WorkerError(_describe(result))) for d in chunk)
            else:
                yield from result

    def close(self) -> None:
        """Nothing to release: the client belongs to the caller (the same interface as ParallelAnalyzer)."""


class ClusterWriter:
    """Analyses and stores documents on Dask workers (many writers: PostgreSQL), `chunk` at a time.

    Its `analyze_many` yields the `Outcome` each worker settled with `newsgraph.batch.settle`, which
    the ingest loop counts as it counts its own.
    """

    def __init__(self, client: Client, database_url: str, *, chunk: int = 16):
        self.client, self.database_url, self.chunk = client, database_url, chunk

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[Outcome]:
        """Analyse and store documents across the workers, yielding one Outcome per document, in order."""
        for chunk, result in run_batches(self.client, store_batch, documents, self.chunk, self.database_url):
            if isinstance(result, BaseException):
                error = WorkerError(_describe(result))
                yield from (Outcome(d.origin or d.id, Status.ANALYSIS_FAILED, error=error) for d in chunk)
            else:
                yield from result

    def close(self) -> None:
        """Nothing to release: the client belongs to the caller."""


def run_batches(client: Client, task: Callable, documents: Iterable[Document], size: int,
                *args) -> Iterator[tuple[list[Document], list | BaseException]]:
    """Run `task(batch, *args)` on the workers for each batch of `size`, yielding results in order.

    At most two batches per worker thread are in flight. A batch whose worker died (a document
    that crashes the process) is run again one document after another, so only that one fails.
    """
    batches = _batches(documents, size)
    pending: list[tuple[list[Document], Future]] = []
    while True:
        limit = 2 * max(1, sum(client.nthreads().values()))
        while len(pending) < limit and (batch := next(batches, None)) is not None:
            pending.append((batch, client.submit(task, batch, *args, pure=False)))
        if not pending:
            return
        batch, future = pending.pop(0)
        try:
            yield batch, future.result()
        except KilledWorker as exc:
            if len(batch) == 1:
                yield batch, exc
            else:  # one at a time, so a crash takes down no innocent neighbour on the same worker
                for document in batch:
                    yield from run_batches(client, task, [document], 1, *args)
        except Exception as exc:  # noqa: BLE001 - the task itself failed: each document is one failure
            yield batch, exc


def _batches(documents: Iterable[Document], size: int) -> Iterator[list[Document]]:
    """Consecutive lists of `size` documents (the last may be shorter), read lazily."""
    remaining = iter(documents)
    while batch := list(islice(remaining, size)):
        yield batch


def ingest_on_cluster(sources: Iterable[str], options: ReadOptions, settings: Settings, address: str | Client, *,
                      batch: int = 16, progress: Progress | None = None, local_workers: int = 2) -> Summary:
    """Read sources here, analyse them on a Dask cluster, store them in `settings.database_url`.

    Documents already stored are skipped before they leave this process. With PostgreSQL the
    workers write; otherwise this process does. The counts are those of `ingest_sources`.

    Args:
        address: a scheduler address (`tcp://host:8786`), "local", or a connected `Client`.
        batch: documents per task.
        local_workers: worker processes when `address` is "local".

    Raises:
        ClusterError: the cluster cannot be reached, or its workers cannot load the pipeline or open the database.
        StoreError: the database cannot be opened here.
    """
    with ExitStack() as stack:
        store = stack.enter_context(Store(settings.database_url))
        client = address if isinstance(address, Client) else \
            stack.enter_context(connect(address, local_workers=local_workers))
        return ingest_sources(sources, options, cluster_executor(client, settings, store, chunk=batch), store,
                              progress=progress)


def cluster_executor(client: Client, settings: Settings, store: Store, *,
                     chunk: int = 16) -> ClusterAnalyzer | ClusterWriter:
    """The Dask executor for a store: workers that write (PostgreSQL), or that send records back.

    Raises:
        ClusterError: the workers cannot load the pipeline or open the database.
    """
    learned = store.learned_facts()
    if store.engine.dialect.name != "postgresql":
        return ClusterAnalyzer(client, settings, learned=learned, chunk=chunk)
    load_on_workers(client, settings, learned)
    open_on_workers(client, store.url)
    return ClusterWriter(client, store.url, chunk=chunk)


def _describe(error: BaseException) -> str:
    if isinstance(error, KilledWorker):
        return "KilledWorker: the Dask worker analysing this document died (out of memory?)"
    return f"{type(error).__name__}: {error}"


__all__ = [
    "ClusterAnalyzer",
    "ClusterError",
    "ClusterWriter",
    "cluster_executor",
    "connect",
    "ingest_on_cluster",
    "load_on_workers",
    "open_on_workers",
    "run_batches",
]
