"""Watch feeds: poll RSS/Atom feeds, ingest each new article once, refresh the findings after each poll."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from newsgraph.batch import Executor
from newsgraph.ingest.feeds import Round, WatchSummary, watch as watch_feeds
from newsgraph.ingest.fetch import Fetcher
from newsgraph.ingest.readers import ReadOptions
from newsgraph.kb.index import KnowledgeBase
from newsgraph.model import Band
from newsgraph.service.findings import refresh
from newsgraph.settings import Settings
from newsgraph.store import Store


def watch(feeds: Sequence[str], settings: Settings, store: Store, kb: KnowledgeBase, bands: Sequence[Band],
          executor: Executor, *, interval: float, iterations: int | None = None,
          on_round: Callable[[Round], None] | None = None, fetcher: Fetcher | None = None,
          sleep: Callable[[float], None] = time.sleep) -> WatchSummary:
    """Poll every feed each `interval` seconds (`iterations` times, or until Ctrl-C) and ingest what is new.

    After a poll that stored anything, near-duplicates are linked and findings recomputed with `kb`
    and `bands`, as after any ingest; then `on_round` hears how the poll went.

    Args:
        fetcher: the HTTP client for feeds and articles (tests inject a transport); None makes a safe default.
    """
    def after_round(done: Round) -> None:
        if done.summary.ingested:
            refresh(store, kb, bands)
        if on_round:
            on_round(done)

    return watch_feeds(feeds, store, executor, interval, iterations, options=ReadOptions(settings), fetcher=fetcher,
                       sleep=sleep, after_round=after_round)
