"""Shared fixtures: the real pipeline (loaded once), the seed reports, a fresh store."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.analysis import Analyzer
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings
from newsgraph.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
EXAMPLES = ROOT / "examples"


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer(Settings())


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(database_url=f"sqlite:///{tmp_path / 'test.db'}")


@pytest.fixture
def options(settings) -> ReadOptions:
    return ReadOptions(settings)


@pytest.fixture
def store(settings):
    with Store(settings.database_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def postgres_server():
    """A real PostgreSQL server for this test session (see tests/postgres.py)."""
    from tests.postgres import running_server

    with running_server() as url:
        yield url


@pytest.fixture(params=["sqlite", "postgresql"])
def backend_url(request, tmp_path) -> str:
    """An empty database on each backend the store supports: the store contract runs on both."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'contract.db'}"
    from tests.postgres import fresh_database

    return fresh_database(request.getfixturevalue("postgres_server"))


@pytest.fixture
def any_store(backend_url):
    with Store(backend_url) as opened:
        yield opened


@pytest.fixture(scope="session")
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed reports are missing: expected {SEEDS} (../shared beside the clone)")
    return SEEDS
