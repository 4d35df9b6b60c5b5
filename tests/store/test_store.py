"""The store contract: every test here runs on SQLite and on a real PostgreSQL server."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import String, inspect, select

from newsgraph.errors import NotFound, StoreError
from newsgraph.model import Mention
from newsgraph.store import Store
from newsgraph.store.tables import documents, mentions, metadata
from tests.factories import full_record


def test_migrations_build_exactly_the_declared_schema(any_store):
    from newsgraph.store.handmade import include_name

    def lengths_only_matter_where_enforced(context, inspected, declared, inspected_type, declared_type):
        # SQLite ignores a VARCHAR's length, so migrations leave it as first created there (0008).
        sqlite = context.dialect.name == "sqlite"
        return False if sqlite and isinstance(inspected_type, String) and isinstance(declared_type, String) else None

    with any_store.engine.connect() as conn:
        opts = {"include_name": include_name, "compare_type": lengths_only_matter_where_enforced}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    assert diff == []
    assert "alembic_version" in inspect(any_store.engine).get_table_names()


def test_round_trip_keeps_every_finding(any_store):
    record = full_record()
    assert any_store.add(record) is True
    assert any_store.get_record(record.document.id) == record


def test_same_content_is_stored_once(any_store):
    record = full_record()
    assert any_store.add(record) is True
    assert any_store.add(record) is False
    assert any_store.count_documents() == 1


def test_lookup_by_unique_prefix_and_missing_id(any_store):
    record = full_record()
    any_store.add(record)
    assert any_store.get_record(record.document.id[:5]).document.id == record.document.id
    with pytest.raises(NotFound, match="newsgraph documents"):
        any_store.get_record("ffffffff")


def test_a_failed_write_leaves_nothing_behind(any_store):
    record = full_record()
    twin = Mention(text="Akazawa", start=37, end=44, sentence=1, type="PERSON")
    broken = record.model_copy(update={"mentions": [twin, twin]})  # same id twice: the insert fails
    with pytest.raises(StoreError, match="not stored"):
        any_store.add(broken)
    with any_store.engine.connect() as conn:
        assert conn.execute(select(documents)).all() == []
        assert conn.execute(select(mentions)).all() == []
    assert any_store.add(record) is True


def test_reopening_a_database_keeps_its_data(backend_url):
    record = full_record()
    with Store(backend_url) as first:
        first.add(record)
    with Store(backend_url) as second:
        assert second.count_documents() == 1


def test_unsupported_url_is_a_clear_error():
    with pytest.raises(StoreError, match="unsupported database URL"):
        Store("mysql://localhost/news")


def test_errors_are_remembered(any_store):
    any_store.record_error("bad.bin", ValueError("binary"))
    [error] = any_store.errors()
    assert (error.origin, error.error, error.message) == ("bad.bin", "ValueError", "binary")


def test_learned_facts_and_entities_are_stored(any_store):
    from newsgraph.kb.learned import LearnedFact
    from newsgraph.model import EntityRef
    from newsgraph.store.tables import entities

    record = full_record()
    linked = record.mentions[0].model_copy(update={"entity": EntityRef(id="Q42", name="Someone")})
    record = record.model_copy(update={"mentions": [linked]})
    fact = LearnedFact("Ada Example", None, "us.secretary_of_commerce", "2027-03-02", record.document.id,
                       "Harbor Wire", "Commerce Secretary Ada Example said", 0, 10)
    assert any_store.add(record, facts=[fact])
    assert any_store.learned_facts() == [fact]
    with any_store.engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(select(entities.c.id, entities.c.wikidata))] == [("Q42", "Q42")]


def test_documents_are_listed_newest_first(any_store):
    from newsgraph.model import PublishedDate

    older = full_record()
    newer_info = older.document.model_copy(update={"id": "b" * 16, "content_hash": "b" * 64,
                                                    "published": PublishedDate(value="2026-03-01", precision="day", source="given")})
    newer = older.model_copy(update={"document": newer_info})
    any_store.add(older)
    any_store.add(newer)
    assert [d.id for d in any_store.documents()] == ["b" * 16, older.document.id]
    assert any_store.documents(outlet="nowhere") == []


def test_widening_the_date_columns_keeps_every_row(backend_url):
    """Migration 0008 may not rebuild tables on SQLite: rebuilding `events` there cascaded into
    `event_actors` and emptied it. Down to 0007 and up again keeps every row on both backends."""
    from alembic import command
    from sqlalchemy import func

    from newsgraph.store.migrate import alembic_config, upgrade_connection
    from newsgraph.store.tables import event_actors, events

    with Store(backend_url) as store:
        store.add(full_record())

        def counts():
            with store.engine.connect() as conn:
                return [conn.execute(select(func.count()).select_from(t)).scalar() for t in (events, event_actors)]

        before = counts()
        assert before[0] and before[1]
        with store.engine.begin() as conn:
            config = alembic_config()
            config.attributes["connection"] = conn
            command.downgrade(config, "0007")
            upgrade_connection(conn)
        assert counts() == before
