"""What one running app holds: settings, the store, and the knowledge base and analyzer, loaded once."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from newsgraph.analysis import Analyzer
from newsgraph.ingest.fetch import Fetcher
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band
from newsgraph.serve.queries.search import ensure_fts
from newsgraph.service.setup import knowledge_base
from newsgraph.settings import Settings
from newsgraph.store import Store


@dataclass
class ServeContext:
    """Shared by every request of one app (kept on `app.state.context`).

    The knowledge base, the analysis pipeline and the SQLite search index are made on first use, once,
    so that reading pages never waits for spaCy to load.
    """

    settings: Settings
    store: Store
    api_token: str | None = None
    bands: list[Band] = field(default_factory=list)  # the user's threshold bands, with their selectors
    fetcher: Fetcher | None = None
    owns_store: bool = False
    _kb: KnowledgeBase | None = None
    _analyzer: Analyzer | None = None
    _kb_ids: dict[str, tuple[str, str]] | None = None
    _fts: bool | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)
    write_lock: threading.Lock = field(default_factory=threading.Lock)

    def kb(self) -> KnowledgeBase:
        """The user's knowledge base (`service.knowledge_base`); the analyzer's, when one was given."""
        with self._lock:
            if self._kb is None:
                self._kb = self._analyzer.kb if self._analyzer is not None else \
                    knowledge_base(self.settings, self.store.learned_facts())
            return self._kb

    def kb_entity(self, public_id: str) -> tuple[str, str] | None:
        """(kind, knowledge-base id) of a public entity id (QID or ng:…), or None when unknown."""
        kb = self.kb()
        with self._lock:
            if self._kb_ids is None:
                ids: dict[str, tuple[str, str]] = {}
                for kind, keys in (("country", kb.countries), ("organization", kb.organizations),
                                   ("person", kb.persons)):
                    for key in keys:
                        ids[kb.entity_id(key)] = (kind, key)
                self._kb_ids = ids
            return self._kb_ids.get(public_id)

    def analyzer(self) -> Analyzer:
        """The analysis pipeline over `kb()`, loaded on the first write and kept."""
        kb = self.kb()
        with self._lock:
            if self._analyzer is None:
                self._analyzer = Analyzer(self.settings, kb=kb)
            return self._analyzer

    def set_analyzer(self, analyzer: Analyzer) -> None:
        """Use an already loaded analyzer (tests, or a process that has one), and its knowledge base."""
        with self._lock:
            self._analyzer = analyzer
            self._kb = analyzer.kb

    def fts_ready(self) -> bool:
        """Whether the SQLite full-text index is usable (made on first call)."""
        if self.store.engine.dialect.name != "sqlite":
            return False
        with self._lock:
            if self._fts is None:
                self._fts = ensure_fts(self.store.engine)
            return self._fts
