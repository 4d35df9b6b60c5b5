"""Inserts both backends share: plain bulk inserts, and inserts that leave existing rows alone."""

from __future__ import annotations

from sqlalchemy import Table, insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.sql.dml import Insert

__all__ = ["insert_ignoring_duplicates", "insert_rows"]


def insert_rows(conn: Connection, table: Table, values: list[dict]) -> None:
    """Insert every row in one statement; nothing at all when there are none."""
    if values:
        conn.execute(insert(table), values)


def insert_ignoring_duplicates(conn: Connection, table: Table) -> Insert:
    """An INSERT that skips rows whose key is already there (another writer, or a repeat).

    PostgreSQL and SQLite spell it the same way (ON CONFLICT DO NOTHING) but SQLAlchemy builds it
    only through each dialect's own `insert`.
    """
    if conn.dialect.name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return sqlite.insert(table).on_conflict_do_nothing()
