"""The knowledge base: people, offices and their terms, organisations and countries."""
