"""Schema objects migrations create by hand, which the table definitions cannot describe."""

HANDMADE_PREFIXES = ("documents_fts", "ix_documents_fulltext")


def include_name(name, type_, parent_names) -> bool:
    """Alembic's filter: compare everything except the full-text search objects (the FTS5
    table with its shadow tables and triggers; PostgreSQL's expression index)."""
    return not (name or "").startswith(HANDMADE_PREFIXES)
