"""learned facts: role facts harvested from clean reports, with provenance

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "learned_facts",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=True),
        sa.Column("position_id", sa.String(length=64), nullable=False),
        sa.Column("on_date", sa.String(length=10), nullable=False),
        sa.Column("outlet", sa.Text(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], name=op.f("fk_learned_facts_document_id_documents"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learned_facts")),
    )
    with op.batch_alter_table("learned_facts") as batch:
        batch.create_index(batch.f("ix_learned_facts_document_id"), ["document_id"], unique=False)
        batch.create_index(batch.f("ix_learned_facts_position_id"), ["position_id"], unique=False)


def downgrade() -> None:
    op.drop_table("learned_facts")
