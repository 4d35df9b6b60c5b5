"""Ingest: read, analyse and store reports through the one ingest loop, then refresh the findings.

The CLI (`newsgraph ingest`, any executor), the HTTP API (`POST /api/documents`) and the Python API
(`newsgraph.ingest`) all end here, with the user's knowledge base and threshold bands, so the
findings they leave behind are the same.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager

from newsgraph.batch import Executor, Progress, StoreSink, Summary, ingest_loaded
from newsgraph.ingest.readers import Loaded, ReadOptions, read_sources
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band, Document
from newsgraph.service.findings import refresh
from newsgraph.service.setup import knowledge_base, thresholds
from newsgraph.settings import Settings
from newsgraph.store import Store


def ingest(sources: Iterable[str], options: ReadOptions, store: Store, kb: KnowledgeBase, bands: Sequence[Band],
           executor: Executor, *, progress: Progress | None = None) -> Summary:
    """Read, analyse (on `executor`) and store every source, then link near-duplicates and refresh findings.

    Args:
        kb, bands: the user's knowledge base and threshold bands (`service.knowledge_base`, `service.thresholds`).
        executor: an `Analyzer`, or one from `open_executor`.
        progress: called with each source's origin once it is done.
    """
    return _ingest(read_sources(sources, options), store, kb, bands, executor, progress=progress)


def ingest_with(sources: Iterable[str], settings: Settings, *, options: ReadOptions | None = None,
                workers: int = 1, cluster: str | None = None, progress: Progress | None = None) -> Summary:
    """Ingest into `settings.database_url` with the user's KB folder and thresholds file, on the executor asked for.

    What `newsgraph ingest` and `newsgraph.ingest` do: open the store, load the knowledge base
    (`settings.kb_dir`, plus agreed learned facts) and the bands (`settings.thresholds_file`) once,
    then `ingest`.

    Raises:
        StoreError, KbError, UsageError, ClusterError: the store, the KB, the thresholds file or the cluster
            cannot be used (nothing was read).
    """
    with Store(settings.database_url) as store:
        kb = knowledge_base(settings, store.learned_facts())
        bands = thresholds(settings)
        with open_executor(settings, store, kb, workers=workers, cluster=cluster) as executor:
            return ingest(sources, options or ReadOptions(settings), store, kb, bands, executor, progress=progress)


def ingest_document(document: Document, store: Store, kb: KnowledgeBase, bands: Sequence[Band], executor: Executor,
                    *, sink: StoreSink | None = None) -> Summary:
    """Ingest one document already read (an HTTP request's), exactly as `ingest` ingests each source."""
    return _ingest([Loaded(document.origin or document.id, document)], store, kb, bands, executor, sink=sink)


def _ingest(loaded: Iterable[Loaded], store: Store, kb: KnowledgeBase, bands: Sequence[Band], executor: Executor,
            *, progress: Progress | None = None, sink: StoreSink | None = None) -> Summary:
    summary = ingest_loaded(loaded, executor, store, progress=progress, sink=sink)
    if summary.ingested:
        refresh(store, kb, bands)
    return summary


@contextmanager
def open_executor(settings: Settings, store: Store, kb: KnowledgeBase, *, workers: int = 1,
                  cluster: str | None = None) -> Iterator[Executor]:
    """The executor an ingest runs on: this process, `workers` processes, or a Dask cluster.

    Every executor analyses with the user's knowledge-base folder (`settings.kb_dir`) and the facts
    learned from `store`; in this process it uses `kb` itself.

    Args:
        cluster: a Dask scheduler address, or "local" for one on this machine with `workers` processes
            (2 when `workers` is 1).

    Raises:
        ClusterError: the cluster cannot be reached, or its workers cannot load the pipeline or open the database.
    """
    if cluster:
        from newsgraph.cluster import cluster_executor, connect

        with connect(cluster, local_workers=workers if workers > 1 else 2) as client:
            yield cluster_executor(client, settings, store)
    elif workers > 1:
        from newsgraph.analysis.parallel import ParallelAnalyzer

        with ParallelAnalyzer(settings, workers, learned=store.learned_facts()) as pool:
            yield pool
    else:
        from newsgraph.analysis import Analyzer

        yield Analyzer(settings, kb=kb)
