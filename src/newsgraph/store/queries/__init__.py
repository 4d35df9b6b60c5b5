"""Reads the CLI, the HTTP API and the Python API share: one query per question, over the store's tables."""
