"""`python -m newsgraph.schema` rewrites the shipped schema file after a model change."""

from newsgraph.schema import write_schema

print(write_schema())
