"""Fixtures for the serving layer: the demo corpus really analysed, on SQLite and PostgreSQL, and apps over it."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

from newsgraph.batch import ingest_sources
from newsgraph.crossdoc.bands import load_bands
from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.ingest.readers import ReadOptions, read_text
from newsgraph.model import AnalysisRecord
from newsgraph.settings import Settings
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
TOKEN = "test-token-0123456789"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]

# An article written to attack the dashboard: markup and event handlers in every field it can reach.
XSS_TEXT = (
    "<script>alert('text')</script> U.S. Commerce Secretary Lutenik said on Monday that "
    "<img src=x onerror=alert('img')> tariffs would rise. \"<svg onload=alert('svg')>\" he added. "
    "Japan's negotiator Ryosei Akazawa replied: \"<a href=\"javascript:alert('link')\">click</a> is "
    "not acceptable\" </textarea><iframe src=javascript:alert('frame')></iframe> "
    "<body onload=alert('body')> \" onmouseover=\"alert('attr')\" x=\"."
)
XSS_META = {"title": "<script>alert('title')</script>Tariff talks", "outlet": "\"><img src=x onerror=alert('outlet')>",
            "author": "<b onmouseover=alert('author')>Mallory</b>", "url": "javascript:alert('url')",
            "published": "2025-07-10"}

def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def xss_record(analyzer, settings: Settings) -> AnalysisRecord:
    """The attack article, read and analysed like any other."""
    from newsgraph.ingest.build import DocumentMeta

    options = ReadOptions(settings, given=DocumentMeta(**XSS_META))
    return analyzer.analyze(read_text(XSS_TEXT, origin="xss.txt", options=options, html=False).document)


def fill(store: Store, records, kb) -> None:
    for record in records:
        store.add(record)
    refresh_findings(store, kb, load_bands())


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, analyzer, seeds) -> str:
    """An SQLite database of examples/ and the seed reports, really analysed, plus the attack article (built once)."""
    path = tmp_path_factory.mktemp("serve") / "demo.db"
    settings = Settings(database_url=f"sqlite:///{path}")
    with Store(settings.database_url) as store:
        summary = ingest_sources([str(ROOT / "examples"), str(seeds)], ReadOptions(settings), analyzer, store)
        assert summary.failed == 0, summary.failures
        assert _has_series(store), "the examples and seeds should give an approval-rating series"
        fill(store, [xss_record(analyzer, settings)], analyzer.kb)
    return settings.database_url


def _has_series(store: Store) -> bool:
    from sqlalchemy import func, select

    from newsgraph.store.tables import observations

    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(observations)
                            .where(observations.c.indicator == "approval_rating")).scalar_one() >= 3


@pytest.fixture(scope="session")
def postgres_demo_db(demo_db, postgres_server, analyzer) -> str:
    """The same corpus copied record by record into a fresh PostgreSQL database."""
    from tests.postgres import fresh_database

    url = fresh_database(postgres_server)
    with Store(demo_db) as source, Store(url) as target:
        fill(target, source.iter_records(), analyzer.kb)
    return url


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend_db(request) -> str:
    """The demo corpus on each backend: the API suite runs against both."""
    return request.getfixturevalue("demo_db" if request.param == "sqlite" else "postgres_demo_db")


@pytest.fixture(scope="session")
def demo_store(backend_db):
    with Store(backend_db) as store:
        yield store


@pytest.fixture(scope="session")
def client(demo_store, analyzer):
    """A test client over the demo corpus, with writes enabled by TOKEN."""
    from fastapi.testclient import TestClient

    from newsgraph.serve import make_app

    app = make_app(Settings(database_url=demo_store.url), demo_store, api_token=TOKEN, analyzer=analyzer)
    with TestClient(app) as test_client:
        yield test_client


@pytest.fixture
def fresh_client(tmp_path, analyzer):
    """A test client over an empty SQLite database, with writes enabled by TOKEN."""
    from fastapi.testclient import TestClient

    from newsgraph.serve import make_app

    settings = Settings(database_url=f"sqlite:///{tmp_path / 'fresh.db'}", max_bytes=20_000)
    with Store(settings.database_url) as store, TestClient(make_app(settings, store, api_token=TOKEN,
                                                                    analyzer=analyzer)) as test_client:
        yield test_client


# -- browser -----------------------------------------------------------------------------------

def browser_unavailable(reason: str):
    """Skip a browser test, except in CI, where a missing browser is a failure."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"the browser tests must run in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Launch Debian's Chromium (Playwright cannot download its own browser here)."""
    if not (Path(CHROMIUM).exists() and shutil.which(CHROMIUM)):
        browser_unavailable(f"{CHROMIUM} is missing: install Debian's chromium (apt-get install -y chromium)")
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def live_server(demo_db):
    """The dashboard over the SQLite demo corpus, served by uvicorn on 127.0.0.1 in a thread."""
    import uvicorn

    from newsgraph.serve import make_app

    port = _free_port()
    with Store(demo_db) as store:
        app = make_app(Settings(database_url=demo_db), store)
        server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 30
        while not server.started:
            if time.monotonic() > deadline or not thread.is_alive():
                pytest.fail("the test server did not start")
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
