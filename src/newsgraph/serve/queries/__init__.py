"""Read queries the dashboard and the HTTP API need beyond the Store's own, in SQLAlchemy Core.

Each module answers one kind of question and returns response schemas (`serve/schemas.py`), never
raw rows. Everything runs on SQLite and PostgreSQL alike, except full-text search, which uses each
engine's own index (`search.py`).
"""
