"""event and observation dates and finding periods may be ISO intervals ("2025-03-03/2025-03-05")

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

COLUMNS = (("events", "date"), ("observations", "date"), ("findings", "period"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # SQLite does not enforce a VARCHAR length, and rebuilding `events` there would cascade
        # its foreign keys into `event_actors`: nothing to change, nothing to lose.
        return
    for table, column in COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, type_=sa.String(32), existing_type=sa.String(10), existing_nullable=True)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in COLUMNS:
        with op.batch_alter_table(table) as batch:
            batch.alter_column(column, type_=sa.String(10), existing_type=sa.String(32), existing_nullable=True)
