"""claims keep the words that name their source and the saying verb

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("attribution", sa.Text(), nullable=True))
        batch.add_column(sa.Column("verb", sa.String(length=32), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("verb")
        batch.drop_column("attribution")
