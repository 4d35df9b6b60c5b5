"""The store contract: every backend must pass these (PostgreSQL joins in a later issue)."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select

from newsgraph.errors import NotFound, StoreError
from newsgraph.model import Mention
from newsgraph.store import Store
from newsgraph.store.tables import documents, mentions, metadata
from tests.factories import full_record


def test_migrations_build_exactly_the_declared_schema(store):
    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    assert diff == []
    assert "alembic_version" in inspect(store.engine).get_table_names()


def test_round_trip_keeps_every_finding(store):
    record = full_record()
    assert store.add(record) is True
    assert store.get_record(record.document.id) == record


def test_same_content_is_stored_once(store):
    record = full_record()
    assert store.add(record) is True
    assert store.add(record) is False
    assert store.count_documents() == 1


def test_lookup_by_unique_prefix_and_missing_id(store):
    record = full_record()
    store.add(record)
    assert store.get_record(record.document.id[:5]).document.id == record.document.id
    with pytest.raises(NotFound, match="newsgraph documents"):
        store.get_record("ffffffff")


def test_a_failed_write_leaves_nothing_behind(store):
    record = full_record()
    twin = Mention(text="Akazawa", start=37, end=44, sentence=1, type="PERSON")
    broken = record.model_copy(update={"mentions": [twin, twin]})  # same id twice: the insert fails
    with pytest.raises(StoreError, match="not stored"):
        store.add(broken)
    with store.engine.connect() as conn:
        assert conn.execute(select(documents)).all() == []
        assert conn.execute(select(mentions)).all() == []
    assert store.add(record) is True


def test_reopening_a_database_keeps_its_data(settings):
    record = full_record()
    with Store(settings.database_url) as first:
        first.add(record)
    with Store(settings.database_url) as second:
        assert second.count_documents() == 1


def test_unsupported_url_is_a_clear_error():
    with pytest.raises(StoreError, match="unsupported database URL"):
        Store("mysql://localhost/news")


def test_errors_are_remembered(store):
    store.record_error("bad.bin", ValueError("binary"))
    [error] = store.errors()
    assert (error.origin, error.error, error.message) == ("bad.bin", "ValueError", "binary")
