"""Alembic environment: runs on the connection newsgraph hands over, or on sqlalchemy.url."""

from alembic import context
from sqlalchemy import create_engine

from newsgraph.store.handmade import include_name
from newsgraph.store.tables import metadata

config = context.config


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=metadata, include_name=include_name,
                      render_as_batch=connection.dialect.name == "sqlite", compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


connection = config.attributes.get("connection")
if connection is not None:
    run(connection)
else:
    with create_engine(config.get_main_option("sqlalchemy.url")).begin() as conn:
        run(conn)
