"""findings across documents (contradictions, name conflicts and corrections, alerts, thresholds)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "findings",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("subject_id", sa.String(length=64), nullable=True),
        sa.Column("subject_name", sa.Text(), nullable=True),
        sa.Column("indicator", sa.String(length=40), nullable=True),
        sa.Column("period", sa.String(length=10), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_findings")),
    )
    with op.batch_alter_table("findings") as batch:
        batch.create_index(batch.f("ix_findings_kind"), ["kind"], unique=False)
        batch.create_index(batch.f("ix_findings_subject_id"), ["subject_id"], unique=False)
    op.create_table(
        "finding_evidence",
        sa.Column("finding_id", sa.String(length=64), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("outlet", sa.Text(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("value", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["finding_id"], ["findings.id"], name=op.f("fk_finding_evidence_finding_id_findings"),
                                ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_finding_evidence_document_id_documents"), ondelete="CASCADE"),
    )
    with op.batch_alter_table("finding_evidence") as batch:
        batch.create_index(batch.f("ix_finding_evidence_finding_id"), ["finding_id"], unique=False)
        batch.create_index(batch.f("ix_finding_evidence_document_id"), ["document_id"], unique=False)


def downgrade() -> None:
    op.drop_table("finding_evidence")
    op.drop_table("findings")
