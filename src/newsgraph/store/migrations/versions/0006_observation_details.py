"""observations keep the measured phrase, approximation and the earlier value

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("observations") as batch:
        batch.add_column(sa.Column("measured", sa.Text(), nullable=True))
        batch.add_column(sa.Column("approximate", sa.Boolean(), nullable=True))
        batch.add_column(sa.Column("previous_value", sa.Float(), nullable=True))
        batch.create_index("ix_observations_subject_indicator_date", ["subject_id", "indicator", "date"], unique=False)
    with op.batch_alter_table("events") as batch:
        batch.create_index("ix_events_date_type", ["date", "type"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_date_type")
    with op.batch_alter_table("observations") as batch:
        batch.drop_index("ix_observations_subject_indicator_date")
        batch.drop_column("previous_value")
        batch.drop_column("approximate")
        batch.drop_column("measured")
