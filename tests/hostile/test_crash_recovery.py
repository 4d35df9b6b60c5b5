"""Issue 7: `newsgraph ingest` killed with SIGKILL midway, then run again, stores every report once.

The real CLI runs as a subprocess on forty short reports into SQLite. Once the database holds a
few documents the process is killed (no handler runs, a transaction may be half written), then
the same command runs to the end. Every report must be stored exactly once and whole: its rows
of every kind count the same as in a clean run, and no row points at a missing document.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import time
from pathlib import Path

from dbcheck import newsgraph, orphans, origins, per_document
from hostile_corpus import prose
from newsgraph.batch import ingest_sources
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings
from newsgraph.store import Store

REPORTS = 40


def write_reports(folder: Path, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir()
    paths = []
    for i in range(REPORTS):
        path = folder / f"report-{i:02}.txt"
        path.write_text(prose(rng, i, sentences=3), encoding="utf-8")
        paths.append(path)
    return paths


def stored_count(database: Path) -> int:
    if not database.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=0.2) as conn:
            return conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:  # not migrated yet, or busy
        return 0


def test_a_killed_ingest_run_again_stores_every_report_once_and_whole(tmp_path, analyzer):
    paths = write_reports(tmp_path / "reports")
    database = tmp_path / "killed.db"
    url = f"sqlite:///{database}"

    # Small batches interleave analysis and writes, so the kill lands between and inside them.
    first = newsgraph("ingest", str(tmp_path / "reports"), "--db", url, "--quiet", env={"NEWSGRAPH_BATCH_SIZE": "2"})
    deadline = time.monotonic() + 120
    while stored_count(database) < 3:
        assert first.poll() is None, f"the ingest ended before it could be killed: {first.communicate()}"
        assert time.monotonic() < deadline, "no document was stored within two minutes"
        time.sleep(0.01)
    first.send_signal(signal.SIGKILL)
    first.communicate()
    assert first.returncode == -signal.SIGKILL
    at_kill = stored_count(database)
    assert 3 <= at_kill < REPORTS, f"killed too late to test anything: {at_kill} documents already stored"

    again = newsgraph("ingest", str(tmp_path / "reports"), "--db", url, "--quiet")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"ingested {REPORTS - at_kill}, duplicates skipped {at_kill}, failed 0" in err

    with Store(url) as store:
        assert origins(store.engine) == {str(p): 1 for p in paths}
        assert orphans(store.engine) == {}
        assert store.errors() == []
        recovered = per_document(store.engine)
    with Store(f"sqlite:///{tmp_path / 'clean.db'}") as clean:
        summary = ingest_sources([str(tmp_path / "reports")], ReadOptions(Settings()), analyzer, clean)
        assert (summary.ingested, summary.failed) == (REPORTS, 0)
        assert recovered == per_document(clean.engine)
    assert all(counts.get("sentences") and counts.get("mentions") for counts in recovered.values())
