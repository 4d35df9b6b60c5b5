"""The database schema as SQLAlchemy Core tables (created and changed only by migrations).

Plain tables readable by any SQLite tool: one row per finding, with its document, sentence index,
character offsets and quote. Lists that belong to one finding (a mention's alternatives) are JSON
text columns, which SQLite's json functions and PostgreSQL can both read.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData(naming_convention={
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})


def _doc_fk() -> Column:
    return Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"),
                  nullable=False, index=True)


def _span() -> list[Column]:
    """The provenance every finding carries."""
    return [_doc_fk(), Column("sentence", Integer, nullable=False),
            Column("start", Integer, nullable=False), Column("end", Integer, nullable=False)]


documents = Table(
    "documents", metadata,
    Column("id", String(32), primary_key=True),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("title", Text),
    Column("url", Text),
    Column("outlet", Text, index=True),
    Column("author", Text),
    Column("published", String(10), index=True),
    Column("published_precision", String(10)),
    Column("published_source", String(10), nullable=False),
    Column("language", String(8)),
    Column("genre", String(10), nullable=False),
    Column("mt_suspected", Boolean, nullable=False),
    Column("mt_reasons", Text, nullable=False),  # JSON list of lines
    Column("word_count", Integer, nullable=False),
    Column("origin", Text),
    Column("pipeline", Text, nullable=False),  # JSON list of component names
    Column("warnings", Text, nullable=False),  # JSON list of lines
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

sentences = Table(
    "sentences", metadata,
    _doc_fk(),
    Column("index", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

artifacts = Table(
    "artifacts", metadata,
    _doc_fk(),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("kind", String(32), nullable=False),
)

entities = Table(
    "entities", metadata,
    Column("id", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("wikidata", String(16)),
)

mentions = Table(
    "mentions", metadata,
    Column("id", String(64), primary_key=True),
    *_span(),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("entity_id", String(64), index=True),
    Column("entity_name", Text),
    Column("role_id", String(64)),
    Column("role_name", Text),
    Column("status", String(12), nullable=False),
    Column("confidence", Float, nullable=False),
    Column("explanation", Text, nullable=False),
    Column("alternatives", Text, nullable=False),  # JSON list of {id, name, score}
)

time_values = Table(
    "time_values", metadata,
    Column("id", String(64), primary_key=True),
    *_span(),
    Column("text", Text, nullable=False),
    Column("value", String(32)),
    Column("precision", String(10)),
    Column("qualifier", String(8)),
    Column("kind", String(10), nullable=False),
)

observations = Table(
    "observations", metadata,
    Column("id", String(64), primary_key=True),
    *_span(),
    Column("quote", Text, nullable=False),
    Column("indicator", String(40), nullable=False, index=True),
    Column("subject_id", String(64)),
    Column("subject_name", Text),
    Column("object_id", String(64)),
    Column("object_name", Text),
    Column("value", Float, nullable=False),
    Column("unit", String(32), nullable=False),
    Column("change_value", Float),
    Column("change_unit", String(32)),
    Column("date", String(32)),  # a day, month, … or an ISO interval
    Column("date_precision", String(10)),
    Column("status", String(12), nullable=False),
    Column("measured", Text),
    Column("approximate", Boolean),
    Column("previous_value", Float),
)

events = Table(
    "events", metadata,
    Column("id", String(64), primary_key=True),
    *_span(),
    Column("quote", Text, nullable=False),
    Column("type", String(12), nullable=False, index=True),
    Column("mode", String(32)),
    Column("date", String(32), index=True),  # a day, month, … or an ISO interval
    Column("date_precision", String(10)),
    Column("location_id", String(64)),
    Column("location_name", Text),
    Column("negated", Boolean, nullable=False),
    Column("future", Boolean, nullable=False),
    Column("hypothetical", Boolean, nullable=False),
    Column("failed", Boolean, nullable=False),
)

event_actors = Table(
    "event_actors", metadata,
    Column("event_id", String(64), ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("role", String(8), nullable=False),  # source | target
    Column("position", Integer, nullable=False),
    Column("entity_id", String(64), nullable=False, index=True),
    Column("entity_name", Text, nullable=False),
)

claims = Table(
    "claims", metadata,
    Column("id", String(64), primary_key=True),
    *_span(),
    Column("text", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("speaker_id", String(64), index=True),
    Column("speaker_name", Text),
    Column("attribution", Text),
    Column("verb", String(32)),
)

ingest_errors = Table(
    "ingest_errors", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("error", String(40), nullable=False),
    Column("message", Text, nullable=False),
    Column("occurred_at", DateTime(timezone=True), nullable=False),
)

Index("ix_documents_published_outlet", documents.c.published, documents.c.outlet)
Index("ix_observations_subject_indicator_date",
      observations.c.subject_id, observations.c.indicator, observations.c.date)
Index("ix_events_date_type", events.c.date, events.c.type)

learned_facts = Table(
    "learned_facts", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _doc_fk(),
    Column("name", Text, nullable=False),
    Column("entity_id", String(64)),
    Column("position_id", String(64), nullable=False, index=True),
    Column("on_date", String(10), nullable=False),
    Column("outlet", Text, nullable=False),
    Column("quote", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
)

findings = Table(
    "findings", metadata,
    Column("id", String(64), primary_key=True),
    Column("kind", String(20), nullable=False, index=True),
    Column("summary", Text, nullable=False),
    Column("subject_id", String(64), index=True),
    Column("subject_name", Text),
    Column("indicator", String(40)),
    Column("period", String(32)),  # a day, month, … or an ISO interval
    Column("created_at", DateTime(timezone=True), nullable=False),
)

finding_evidence = Table(
    "finding_evidence", metadata,
    Column("finding_id", String(64), ForeignKey("findings.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("position", Integer, nullable=False),
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("quote", Text, nullable=False),
    Column("outlet", Text),
    Column("published", String(10)),
    Column("value", Text),
)

# Feeds being watched (conditional GET validators) and every item taken from them, fetched once.
feeds = Table(
    "feeds", metadata,
    Column("url", Text, primary_key=True),
    Column("title", Text),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("checked_at", DateTime(timezone=True)),
)

feed_items = Table(
    "feed_items", metadata,
    Column("feed_url", Text, ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True),
    Column("item_key", Text, primary_key=True),  # the entry's id, else its link
    Column("link", Text, nullable=False, index=True),
    Column("status", String(12), nullable=False),  # stored | duplicate | failed
    Column("seen_at", DateTime(timezone=True), nullable=False),
)

# Near-duplicates (crossdoc/neardup.py): a MinHash signature per document, its LSH band keys,
# and one row per pair of documents found to be copies or light rewrites of one story.
document_signatures = Table(
    "document_signatures", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("shingle_count", Integer, nullable=False),
    Column("signature", LargeBinary, nullable=False),  # 128 MinHash values, little-endian uint64
)

signature_bands = Table(
    "signature_bands", metadata,
    Column("band_key", BigInteger, nullable=False, index=True),
    _doc_fk(),
)

near_duplicates = Table(
    "near_duplicates", metadata,
    Column("document_id", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    Column("duplicate_of", String(32), ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True,
           index=True),
    Column("similarity", Float, nullable=False),  # estimated Jaccard similarity of their shingles
)
