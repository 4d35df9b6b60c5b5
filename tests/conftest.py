"""Shared fixtures: the real pipeline (loaded once), the seed reports, a fresh store."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsgraph.analyze import Analyzer
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
def seeds() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"the seed reports are missing: expected {SEEDS} (../shared beside the clone)")
    return SEEDS
