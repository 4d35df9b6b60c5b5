"""Bad input never loses good input: a table of hostile files ingested next to good ones."""

import json

from sqlalchemy import select

from newsgraph.batch import Outcome, Status, StoreSink, ingest_sources
from newsgraph.errors import NewsgraphError, StoreError, WorkerError
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings
from newsgraph.store.tables import documents

GOOD = [
    ("good-1.txt", "---\ntitle: Tariff talks resume\npublished: 2025-07-23\n---\n"
                   "Japan and the United States resumed tariff talks in Washington, officials said on Wednesday."),
    ("good-2.txt", "Ishiba said on Thursday that Japan would not compromise on agriculture in the tariff talks."),
]
HOSTILE_HTML = ("<html><head><script>fetch('http://169.254.169.254/')</script></head><body>"
                "<article><p onmouseover=\"alert('HANDLER')\">The Diet passed the supplementary budget on "
                "Tuesday, raising defence spending.</p><script>alert('SCRIPT')</script>"
                "<img src=x onerror=\"alert('IMG')\"><iframe src=\"javascript:alert('FRAME')\"></iframe>"
                "</article></body></html>")
BAD = {
    "empty.txt": b"",
    "blank.txt": b"\n\n   \n",
    "binary.txt": b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 4,
    "nul.txt": b"Some text\x00with\x00NUL bytes\x00" * 20,
    "broken-utf8.txt": "Tokyo’s reply was firm".encode("utf-8") + b" \xff\xfe\xfd and more",
    "scripts-only.html": b"<html><body><script>alert(1)</script><script>alert(2)</script></body></html>",
}


def test_bad_inputs_fail_clearly_and_good_ones_are_stored(tmp_path, analyzer, store):
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in GOOD:
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "hostile.html").write_text(HOSTILE_HTML, encoding="utf-8")
    for name, data in BAD.items():
        (folder / name).write_bytes(data)
    with (folder / "huge.txt").open("wb") as handle:
        handle.truncate(50_000_000)

    summary = ingest_sources([str(folder)], ReadOptions(Settings()), analyzer, store)

    failed = {origin.rsplit("/", 1)[1]: message for origin, message in summary.failures}
    assert set(failed) == set(BAD) | {"huge.txt"}
    assert "empty" in failed["empty.txt"] and "executable" in failed["binary.txt"]
    assert "NUL" in failed["nul.txt"] and "invalid bytes" in failed["broken-utf8.txt"]
    assert "over the limit" in failed["huge.txt"] and "no article text" in failed["scripts-only.html"]
    assert summary.ingested == 3 and summary.duplicates == 0
    with store.engine.connect() as conn:
        texts = [row.text for row in conn.execute(select(documents.c.text))]
    assert len(texts) == 3
    hostile = next(t for t in texts if "supplementary budget" in t)
    for marker in ("HANDLER", "SCRIPT", "IMG", "FRAME", "169.254", "<"):
        assert marker not in hostile
    assert {e.origin.rsplit("/", 1)[1] for e in store.errors()} == set(failed)


def test_reingesting_changes_nothing(tmp_path, analyzer, store):
    for name, text in GOOD:
        (tmp_path / name).write_text(text, encoding="utf-8")
    first = ingest_sources([str(tmp_path)], ReadOptions(Settings()), analyzer, store)
    (tmp_path / "copy.txt").write_text(GOOD[1][1] + "\n\n", encoding="utf-8")  # same content, new file
    second = ingest_sources([str(tmp_path)], ReadOptions(Settings()), analyzer, store)
    assert (first.ingested, second.ingested, second.duplicates) == (2, 0, 3)
    assert store.count_documents() == 2


def test_jsonl_with_a_bad_line_stores_the_rest(tmp_path, analyzer, store):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": GOOD[0][1].split("---\n")[-1], "outlet": "Harbor Wire"}),
        '{"text": ',
        json.dumps({"text": GOOD[1][1], "published": "yesterday"}),
        json.dumps({"text": "Kishida said in Tokyo the cabinet would consider the defence plan again."}),
    ]), encoding="utf-8")
    summary = ingest_sources([str(path)], ReadOptions(Settings()), analyzer, store)
    assert summary.ingested == 2
    assert sorted(o.rsplit(":", 1)[1] for o, _ in summary.failures) == ["2", "3"]
    assert any("not YYYY-MM-DD" in m for _, m in summary.failures)


class WorkersThatWrite:
    """An executor like `cluster.ClusterWriter`: its workers settled each document (here: all failed)."""

    def analyze_many(self, documents):
        for document in documents:
            yield Outcome(document.origin, Status.ANALYSIS_FAILED, error=WorkerError("ValueError: boom"))


def test_outcomes_settled_by_workers_are_counted_like_local_ones(tmp_path, store):
    for name, text in GOOD:
        (tmp_path / name).write_text(text, encoding="utf-8")
    summary = ingest_sources([str(tmp_path)], ReadOptions(Settings()), WorkersThatWrite(), store)
    assert (summary.ingested, summary.failed) == (0, 2)
    assert {m for _, m in summary.failures} == {"analysis failed: WorkerError: ValueError: boom"}
    assert isinstance(summary.errors[0], NewsgraphError)
    assert {e.error for e in store.errors()} == {"WorkerError"}


def test_a_store_failure_is_one_outcome_and_the_batch_goes_on(tmp_path, analyzer, store):
    class FailingOnce(StoreSink):
        failed = False

        def write(self, record):
            if not self.failed:
                self.failed = True
                raise_into = self.store.add
                self.store.add = lambda *a, **k: (_ for _ in ()).throw(StoreError("disk full"))
                try:
                    return super().write(record)
                finally:
                    self.store.add = raise_into
            return super().write(record)

    for name, text in GOOD:
        (tmp_path / name).write_text(text, encoding="utf-8")
    summary = ingest_sources([str(tmp_path)], ReadOptions(Settings()), analyzer, store, sink=FailingOnce(store))
    assert (summary.ingested, summary.failed) == (1, 1) and "disk full" in summary.failures[0][1]
    assert store.count_documents() == 1
