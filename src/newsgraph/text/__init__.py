"""Text of names, below every other package: name forms, sound keys and the readings of
native-script names. It imports nothing from newsgraph, so the knowledge base and resolution
can both build on it."""
