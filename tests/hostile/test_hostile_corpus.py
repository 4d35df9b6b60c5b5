"""Issue 7: more than a thousand hostile inputs through the real batch ingest and the real pipeline.

One ingest of the generated corpus (hostile_corpus.py) into a fresh SQLite store, then one test
per promise: nothing escapes, every input is stored or refused with a known reason naming it, the
good reports come out exactly as when ingested alone, no markup or control character is stored,
every finding points into its text, and time and memory stay bounded.
"""

from __future__ import annotations

import hashlib
import io
import math
import os
import re
import resource
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select

from dbcheck import orphans
from hostile_corpus import GOOD_FOLDER, MARK, REASONS, SEED, Case, write_corpus
from newsgraph.batch import Summary, ingest_sources
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings
from newsgraph.store import Store
from newsgraph.store.tables import documents

STDIN = "Kenya and Egypt signed\x07 a water-sharing accord in Cairo on Monday,\x1b[0m officials said.".encode()
# Sources given beside the corpus folder: standard input and devices behind innocent names.
SPECIALS = {"<stdin>": ("store", ()), "special/zero.txt": ("reject", ("too_large",)),
            "special/urandom.html": ("reject", ("too_large",))}


@dataclass
class Run:
    root: Path
    cases: dict[str, Case]
    summary: Summary
    seen: list[str]
    stamps: list[float]
    seconds: float
    rss_growth_mb: float
    store: Store

    def relative(self, origin: str) -> str:
        prefix = str(self.root) + os.sep
        return origin[len(prefix):] if origin.startswith(prefix) else origin


def reason_of(message: str) -> str:
    """The class of a failure message, or "unknown"."""
    return next((name for name, pattern in REASONS.items() if re.search(pattern, message)), "unknown")


@pytest.fixture(scope="module")
def run(tmp_path_factory, analyzer):
    root = tmp_path_factory.mktemp("hostile") / "corpus"
    cases = {case.origin: case for case in write_corpus(root)}
    (root / "special").mkdir()
    os.symlink("/dev/zero", root / "special" / "zero.txt")  # not a regular file: the folder walk skips it
    os.symlink("/dev/urandom", root / "special" / "urandom.html")
    os.symlink(root / "special", root / "special" / "loop")
    store = Store(f"sqlite:///{root.parent / 'hostile.db'}")
    seen, stamps = [], []

    def progress(origin: str) -> None:
        seen.append(origin)
        stamps.append(time.monotonic())

    options = ReadOptions(Settings(), stdin=io.BytesIO(STDIN))
    sources = [str(root), "-", str(root / "special" / "zero.txt"), str(root / "special" / "urandom.html")]
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    stamps.append(start)
    summary = ingest_sources(sources, options, analyzer, store, progress=progress)  # must not raise
    seconds = time.monotonic() - start
    growth = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak) / 1024
    yield Run(root, cases, summary, seen, stamps, seconds, growth, store)
    store.close()


def outcomes(run: Run) -> dict[str, tuple[str, str | None]]:
    """Each input's fate: ("stored", None), ("duplicate", None) or ("failed", reason class)."""
    with run.store.engine.connect() as conn:
        stored = {run.relative(row.origin) for row in conn.execute(select(documents.c.origin))}
    failed = {run.relative(origin): reason_of(message) for origin, message in run.summary.failures}
    fates = {}
    for origin in map(run.relative, run.seen):
        if origin in failed:
            fates[origin] = ("failed", failed[origin])
        elif origin in stored:
            fates[origin] = ("stored", None)
        else:
            fates[origin] = ("duplicate", None)
    return fates


def test_the_corpus_is_large_varied_and_deterministic(tmp_path):
    cases = write_corpus(tmp_path / "a")
    files = [p for p in (tmp_path / "a").rglob("*") if p.is_file()]
    assert len(cases) >= 1000 and len(files) >= 1000
    kinds = Counter(case.kind for case in cases)
    for kind in ("html_truncated", "html_malformed", "html_deep", "html_script", "invalid_utf8", "mixed_encodings",
                 "control_chars", "nul_bytes", "long_lines", "big_numbers", "dates", "jsonl", "front_matter", "warc",
                 "rtl_zero_width", "emoji_astral", "empty_whitespace", "binary_renamed", "file_names", "good"):
        assert kinds[kind] >= 8, kind
    again = write_corpus(tmp_path / "b", SEED)

    def digest(folder: Path) -> str:
        sha = hashlib.sha256()
        for path in sorted(p for p in folder.rglob("*") if p.is_file()):
            sha.update(str(path.relative_to(folder)).encode("utf-8", "surrogateescape"))
            sha.update(path.read_bytes())
        return sha.hexdigest()

    assert again == cases and digest(tmp_path / "a") == digest(tmp_path / "b")


def test_every_input_is_stored_or_refused_as_expected(run):
    fates = outcomes(run)
    expected = {origin: (case.expect, case.reasons) for origin, case in run.cases.items()}
    expected.update(SPECIALS)
    assert set(fates) == set(expected), "inputs read that the corpus did not write, or written and never read"
    wrong = []
    for origin, (expect, reasons) in expected.items():
        fate, reason = fates[origin]
        if expect == "store" and fate == "failed":
            wrong.append(f"{origin}: should be stored, failed ({reason})")
        elif expect == "reject" and fate != "failed":
            wrong.append(f"{origin}: should be refused, was {fate}")
        elif fate == "failed" and reasons and reason not in reasons:
            wrong.append(f"{origin}: refused for {reason}, expected one of {sorted(reasons)}")
    messages = dict((run.relative(o), m) for o, m in run.summary.failures)
    assert not wrong, "\n".join(f"{line}\n    {messages.get(line.split(':')[0], '')[:200]}" for line in wrong)
    assert run.summary.ingested + run.summary.duplicates + run.summary.failed == len(run.seen)


def test_every_failure_has_a_known_reason_that_names_the_input(run):
    assert run.summary.failures
    unclear = [(o, m) for o, m in run.summary.failures
               if reason_of(m) == "unknown" or m.startswith("analysis failed")]
    assert not unclear, "\n".join(f"{o}: {m[:300]}" for o, m in unclear)
    for origin, message in run.summary.failures:
        name = re.split(r"[:#]\d+$", origin)[0].rsplit(os.sep, 1)[-1]
        assert name in message, (origin, message[:200])
        assert len(message) < 1000, origin  # a bomb is never expanded into its message
    recorded = Counter(e.origin for e in run.store.errors(limit=100_000))
    assert recorded == Counter(origin for origin, _ in run.summary.failures)
    by_class = Counter(reason_of(m) for _, m in run.summary.failures)
    for reason in ("empty", "binary", "undecodable", "too_large", "not_prose", "no_article", "bad_front_matter",
                   "bad_field", "bad_json", "damaged_archive"):
        assert by_class[reason] >= 1, (reason, by_class)


def test_good_reports_come_out_as_when_ingested_alone(run, analyzer, tmp_path):
    good = [origin for origin, case in run.cases.items() if case.kind == "good"]
    assert len(good) >= 9
    with Store(f"sqlite:///{tmp_path / 'alone.db'}") as alone:
        summary = ingest_sources([str(run.root / GOOD_FOLDER)], ReadOptions(Settings()), analyzer, alone)
        assert (summary.ingested, summary.failed) == (len(good), 0)
        for record in alone.iter_records():
            assert run.store.get_record(record.document.id) == record


def test_no_markup_or_control_character_is_stored(run):
    control = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f\ud800-\udfff]")
    tag = re.compile(r"<\s*/?\s*(?:script|img|iframe|svg|a|p|div|body|html|style|meta|object|embed|form|link|base)\b",
                     re.IGNORECASE)
    with run.store.engine.connect() as conn:
        rows = conn.execute(select(documents)).all()
    assert len(rows) > 400
    for row in rows:
        html = row.origin.endswith((".html", ".htm", ".xhtml")) or "#" in row.origin or "feed-" in row.origin
        for field in ("text", "title", "author", "outlet", "url", "origin"):
            value = getattr(row, field) or ""
            assert MARK not in value and "javascript:" not in value.lower(), (row.origin, field, value[:200])
            assert not control.search(value), (row.origin, field, repr(value[:200]))
            if html or field != "text":
                assert not tag.search(value), (row.origin, field, value[:200])
        assert row.url is None or row.url.startswith(("http://", "https://")), (row.origin, row.url)


def test_every_stored_finding_points_into_its_text(run):
    checked = 0
    for record in run.store.iter_records():
        text = record.text
        for item in [*record.mentions, *record.times, *record.claims]:
            assert 0 <= item.start <= item.end <= len(text) and text[item.start:item.end] == item.text, (
                record.document.origin, item)
        for start, end in record.sentences:
            assert 0 <= start <= end <= len(text)
        for observation in record.observations:
            assert 0 <= observation.start <= observation.end <= len(text), record.document.origin
            values = [observation.value, observation.previous, observation.change and observation.change.value]
            assert all(v is None or math.isfinite(v) for v in values), (record.document.origin, observation)
        for event in record.events:
            assert 0 <= event.start <= event.end <= len(text), record.document.origin
        checked += 1
    assert checked == run.summary.ingested
    assert orphans(run.store.engine) == {}


def test_time_and_memory_stay_bounded(run):
    gaps = [b - a for a, b in zip(run.stamps, run.stamps[1:])]
    slowest = max(range(len(gaps)), key=gaps.__getitem__)
    assert gaps[slowest] < 20, f"{gaps[slowest]:.1f} s before {run.seen[slowest]}"
    # A guard against a hang on hostile input, not a speed figure (bench/ measures speed): it failed
    # at 119 s against a bound of 100 s while the machine ran five other jobs; a hang takes far longer.
    assert run.seconds < 300, f"the corpus took {run.seconds:.0f} s"
    assert run.rss_growth_mb < 1500, f"peak memory grew by {run.rss_growth_mb:.0f} MB"
