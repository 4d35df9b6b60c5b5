"""Reading reports: files, HTML, JSON Lines, standard input and URLs, into Documents."""

from newsgraph.ingest.readers import Loaded, read_bytes, read_sources, read_text

__all__ = ["Loaded", "read_bytes", "read_sources", "read_text"]
