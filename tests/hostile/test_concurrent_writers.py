"""Issue 7: two `newsgraph ingest` processes writing one PostgreSQL database at the same time.

Both start together on a new, empty database (so both migrate it) with folders that share forty
reports, which each process reaches first, in small batches: they analyse the same reports at the
same moment and race to store them. Neither may fail, and every report is stored exactly once and
whole (its rows count as in a clean run), with nothing pointing at a missing document. The three
races the subprocesses hit by chance (storing one report, refreshing findings, migrating) are
then each forced in-process.
"""

from __future__ import annotations

import random
import re
import shutil
import threading
from pathlib import Path

from dbcheck import newsgraph, orphans, per_document
from hostile_corpus import prose
from newsgraph.batch import ingest_sources
from newsgraph.crossdoc.bands import load_bands
from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings
from newsgraph.store import Store
from tests.factories import full_record
from tests.postgres import fresh_database

SHARED, OWN = 40, 10
# Named people (entities both processes insert), and two polls that contradict (a finding both
# processes recompute after their ingest).
EXTRAS = ["Prime Minister Shigeru Ishiba met President Donald Trump at the White House on Tuesday.",
          "A Jiji Press poll put the approval rating of the Ishiba cabinet at 22% in July 2025.",
          "A Jiji Press poll put the approval rating of the Ishiba cabinet at 35% in July 2025.",
          "Trade minister Ryosei Akazawa said Japan would not accept a 25% tariff on cars."]


def write_folders(root: Path) -> tuple[Path, Path, int]:
    rng = random.Random(11)
    first, second = root / "first", root / "second"
    first.mkdir()
    second.mkdir()
    serial = 0
    for i in range(SHARED):  # "a-" sorts first: both processes start on the shared reports
        serial += 1
        text = f"{prose(rng, serial)} {EXTRAS[i % len(EXTRAS)]}"
        (first / f"a-{i:02}.txt").write_text(text, encoding="utf-8")
        shutil.copy(first / f"a-{i:02}.txt", second / f"a-{i:02}.txt")
    for folder in (first, second):
        for i in range(OWN):
            serial += 1
            (folder / f"b-{i:02}.txt").write_text(prose(rng, serial), encoding="utf-8")
    return first, second, SHARED + 2 * OWN


def run_together(work, n: int, timeout: float = 60) -> bool:
    """Run `work` on n threads; False when one is still waiting after `timeout` (a lock-up)."""
    threads = [threading.Thread(target=work, daemon=True) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout)
    return not any(thread.is_alive() for thread in threads)


def counts(summary_line: str) -> tuple[int, int, int]:
    found = re.search(r"ingested (\d+), duplicates skipped (\d+), failed (\d+)", summary_line)
    assert found, summary_line
    return tuple(map(int, found.groups()))


def test_two_ingesters_on_one_postgresql_database_store_each_report_once(postgres_server, tmp_path, analyzer):
    first, second, unique = write_folders(tmp_path)
    url = fresh_database(postgres_server)
    small_batches = {"NEWSGRAPH_BATCH_SIZE": "2"}
    processes = [newsgraph("ingest", str(folder), "--db", url, "--quiet", env=small_batches)
                 for folder in (first, second)]
    results = [process.communicate(timeout=300) for process in processes]
    for process, (_, err) in zip(processes, results):
        assert process.returncode == 0, err
    (ingested_1, duplicates_1, failed_1), (ingested_2, duplicates_2, failed_2) = (counts(err) for _, err in results)
    assert failed_1 == failed_2 == 0
    assert ingested_1 + ingested_2 == unique
    assert duplicates_1 + duplicates_2 == SHARED

    with Store(url) as store:
        assert store.count_documents() == unique
        assert store.errors() == []
        assert orphans(store.engine) == {}
        stored = per_document(store.engine)
    with Store(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        summary = ingest_sources([str(first), str(second)], ReadOptions(Settings()), analyzer, clean)
        assert (summary.ingested, summary.duplicates, summary.failed) == (unique, SHARED, 0)
        assert stored == per_document(clean.engine)


def test_a_report_another_writer_stores_meanwhile_counts_as_a_duplicate(postgres_server, monkeypatch):
    record = full_record()
    with Store(fresh_database(postgres_server)) as mine:
        with Store(mine.url) as theirs:
            looked = []

            def racing_check(document_id: str) -> bool:
                looked.append(document_id)
                if len(looked) == 1:  # not there when this writer looks; the other stores it right then
                    assert theirs.add(record) is True
                    return False
                return Store.has_document(mine, document_id)

            monkeypatch.setattr(mine, "has_document", racing_check)
            assert mine.add(record) is False
        assert mine.count_documents() == 1 and orphans(mine.engine) == {}


def test_findings_refreshed_by_several_ingests_at_once_are_one_set(postgres_server, tmp_path, analyzer):
    for i, extra in enumerate(EXTRAS):
        (tmp_path / f"poll-{i}.txt").write_text(extra, encoding="utf-8")
    with Store(fresh_database(postgres_server)) as store:
        ingest_sources([str(tmp_path)], ReadOptions(Settings()), analyzer, store)
        bands = load_bands()
        expected = refresh_findings(store, analyzer.kb, bands)
        assert expected, "the reports should give at least one finding"
        for _ in range(5):
            start, failures = threading.Barrier(4), []

            def refresh() -> None:
                start.wait()
                try:
                    refresh_findings(store, analyzer.kb, bands)
                except Exception as exc:  # noqa: BLE001 - collected for the assertion below
                    failures.append(exc)

            assert run_together(refresh, 4) and failures == []
            assert len(store.findings()) == sum(expected.values())


def test_several_writers_opening_a_new_database_at_once_all_succeed(postgres_server):
    url = fresh_database(postgres_server)
    start, failures = threading.Barrier(4), []

    def open_store() -> None:
        start.wait()
        try:
            Store(url).close()  # migrates the new database
        except Exception as exc:  # noqa: BLE001 - collected for the assertion below
            failures.append(exc)

    assert run_together(open_store, 4) and failures == []
