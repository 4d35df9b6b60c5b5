"""Ingest on a Dask cluster: the same documents as `ingest_sources`, each worker loading once.

One `LocalCluster` (two worker processes, one thread each) serves the module. With SQLite the
client writes; with PostgreSQL the workers do.
"""

import json
import os
from dataclasses import replace

import pytest

try:
    import dask
    from distributed import Client, LocalCluster
except ImportError:  # dask is a dependency: in CI its absence is a failure, elsewhere a skip
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("dask[distributed] is required in CI: pip install 'dask[distributed]'", pytrace=False)
    pytest.skip("dask[distributed] is not installed", allow_module_level=True)

from newsgraph.batch import ingest_sources
from newsgraph.cluster import (ClusterError, connect, ingest_on_cluster, load_on_workers, open_on_workers,
                               run_batches)
from newsgraph.clusterwork import PLUGIN_NAME
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings
from newsgraph.store import Store
from tests.conftest import EXAMPLES
from tests.postgres import fresh_database

PNG = b"\x89PNG\r\n\x1a\n" + bytes(200)


def count_analyzer_loads() -> None:
    """Run on each worker: count every Analyzer built in this process from now on."""
    import newsgraph.clusterwork as work

    class Counted(work.Analyzer):
        built = 0

        def __init__(self, *args, **kwargs):
            type(self).built += 1
            super().__init__(*args, **kwargs)

    work.Analyzer = Counted


def analyzer_loads() -> int:
    import newsgraph.clusterwork as work

    return work.Analyzer.built


def _mentions(record_json: str) -> int:
    return len(json.loads(record_json)["mentions"])


def open_databases(dask_worker) -> list[str]:
    return list(dask_worker.plugins[PLUGIN_NAME].stores)


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as connected:
        connected.run(count_analyzer_loads)
        yield connected


@pytest.fixture(scope="module")
def sources(tmp_path_factory) -> list[str]:
    bad = tmp_path_factory.mktemp("bad") / "bad.html"
    bad.write_bytes(PNG)
    return [str(EXAMPLES), str(bad)]


@pytest.fixture(scope="module")
def expected(sources, analyzer, tmp_path_factory) -> dict[str, str]:
    """Every record a plain `ingest_sources` run stores, as JSON by document id."""
    url = f"sqlite:///{tmp_path_factory.mktemp('plain') / 'plain.db'}"
    with Store(url) as store:
        summary = ingest_sources(sources, ReadOptions(Settings(database_url=url)), analyzer, store)
        assert (summary.ingested, summary.failed) == (13, 1)
        return {record.document.id: record.to_json() for record in store.iter_records()}


@pytest.mark.parametrize("backend", ["sqlite", "postgresql"])
def test_cluster_stores_what_ingest_sources_stores_once(backend, client, sources, expected, tmp_path, request):
    url = f"sqlite:///{tmp_path / 'cluster.db'}" if backend == "sqlite" else \
        fresh_database(request.getfixturevalue("postgres_server"))
    settings = Settings(database_url=url)
    seen = []

    first = ingest_on_cluster(sources, ReadOptions(settings), settings, client, batch=4, progress=seen.append)
    again = ingest_on_cluster(sources, ReadOptions(settings), settings, client, batch=4)

    assert (first.ingested, first.duplicates, again.ingested, again.duplicates) == (13, 0, 0, 13)
    assert [origin.rsplit("/", 1)[1] for origin, _ in first.failures] == ["bad.html"]
    assert "PNG image" in first.failures[0][1] and again.failures == first.failures
    assert len(seen) == 14 and first.words > 0
    with Store(url) as store:
        assert store.count_documents() == 13
        assert {r.id: r.mentions for r in store.documents()} == {i: _mentions(j) for i, j in expected.items()}
        assert {r.document.id: r.to_json() for r in store.iter_records()} == expected
        assert len(store.errors()) == 2
    writers = client.run(open_databases)
    assert any(url in opened for opened in writers.values()) == (backend == "postgresql")
    assert client.run(analyzer_loads) == {worker: 1 for worker in client.nthreads()}


@pytest.fixture(scope="module")
def bare_client():
    """A cluster of its own for faults: restarted workers would not count loads; one death is enough."""
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # read when the scheduler starts
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0")
    with cluster, Client(cluster) as connected:
        yield connected


def test_a_document_that_kills_its_worker_fails_alone(bare_client):
    def echo_unless_poison(batch):
        if "poison" in batch:
            os._exit(1)
        return batch

    results = list(run_batches(bare_client, echo_unless_poison, ["a", "b", "poison", "c"], 4))
    assert [(batch, type(result).__name__ if isinstance(result, BaseException) else result)
            for batch, result in results] == [(["a"], ["a"]), (["b"], ["b"]), (["poison"], "KilledWorker"),
                                              (["c"], ["c"])]


def test_a_worker_without_the_model_is_one_clear_error(bare_client, settings):
    expected = (r"a Dask worker could not load the pipeline: ModelNotInstalled: no English spaCy model found "
                r"\(looked for no_such_model\); install newsgraph and its model on every worker")
    with pytest.raises(ClusterError, match=expected):
        load_on_workers(bare_client, replace(settings, model="no_such_model"))


def test_a_database_the_workers_cannot_reach_fails_at_the_start(bare_client, tmp_path):
    unreachable = "postgresql+psycopg://newsgraph:secret@127.0.0.1:9/news"
    with pytest.raises(ClusterError, match="a Dask worker could not open the database: StoreError: .*not localhost") \
            as info:
        open_on_workers(bare_client, unreachable)
    assert "secret" not in str(info.value)


def test_an_unreachable_scheduler_is_one_clear_error():
    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        with connect("tcp://127.0.0.1:9", timeout=2):
            pass
