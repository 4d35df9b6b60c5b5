"""Storage: SQLAlchemy Core tables, Alembic migrations, and the Store that writes and reads them."""

from newsgraph.store.store import DocumentSummary, IngestError, Store

__all__ = ["DocumentSummary", "IngestError", "Store"]
