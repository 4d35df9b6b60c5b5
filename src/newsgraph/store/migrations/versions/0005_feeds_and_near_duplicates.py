"""feeds and their items (fetched once); near-duplicate signatures, LSH bands and links

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_feeds")),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.Text(), nullable=False),
        sa.Column("item_key", sa.Text(), nullable=False),
        sa.Column("link", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["feed_url"], ["feeds.url"], name=op.f("fk_feed_items_feed_url_feeds"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("feed_url", "item_key", name=op.f("pk_feed_items")),
    )
    with op.batch_alter_table("feed_items") as batch:
        batch.create_index(batch.f("ix_feed_items_link"), ["link"], unique=False)
    op.create_table(
        "document_signatures",
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("shingle_count", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_document_signatures_document_id_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", name=op.f("pk_document_signatures")),
    )
    op.create_table(
        "signature_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_signature_bands_document_id_documents"), ondelete="CASCADE"),
    )
    with op.batch_alter_table("signature_bands") as batch:
        batch.create_index(batch.f("ix_signature_bands_band_key"), ["band_key"], unique=False)
        batch.create_index(batch.f("ix_signature_bands_document_id"), ["document_id"], unique=False)
    op.create_table(
        "near_duplicates",
        sa.Column("document_id", sa.String(length=32), nullable=False),
        sa.Column("duplicate_of", sa.String(length=32), nullable=False),
        sa.Column("similarity", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"],
                                name=op.f("fk_near_duplicates_document_id_documents"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["duplicate_of"], ["documents.id"],
                                name=op.f("fk_near_duplicates_duplicate_of_documents"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id", "duplicate_of", name=op.f("pk_near_duplicates")),
    )
    with op.batch_alter_table("near_duplicates") as batch:
        batch.create_index(batch.f("ix_near_duplicates_duplicate_of"), ["duplicate_of"], unique=False)


def downgrade() -> None:
    op.drop_table("near_duplicates")
    op.drop_table("signature_bands")
    op.drop_table("document_signatures")
    op.drop_table("feed_items")
    op.drop_table("feeds")
