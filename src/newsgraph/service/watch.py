"""Watch feeds: poll RSS/Atom feeds, ingest each new article once, refresh the findings after each poll."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import count

from newsgraph.batch import Executor, Summary, ingest_sources
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.feeds import FeedState, Polled, not_taken_elsewhere, poll_feed
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

    return poll_and_ingest(feeds, store, executor, interval, iterations, options=ReadOptions(settings),
                           fetcher=fetcher, sleep=sleep, after_round=after_round)


@dataclass
class Round:
    """One poll of every feed: what was new, and what ingesting it did."""

    number: int
    new_items: int
    summary: Summary
    feed_failures: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class WatchSummary:
    """Totals of a watch, and whether it ended by an interrupt (Ctrl-C)."""

    rounds: int = 0
    new_items: int = 0
    ingested: int = 0
    duplicates: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False


def poll_and_ingest(feed_urls: Sequence[str], store: Store, analyzer: Executor, interval: float,
          iterations: int | None = None, *, options: ReadOptions, fetcher: Fetcher | None = None,
          sleep: Callable[[float], None] = time.sleep,
          after_round: Callable[[Round], None] | None = None) -> WatchSummary:
    """Poll every feed each `interval` seconds and ingest each new article once.

    Stops after `iterations` rounds (None: until interrupted). Ctrl-C stops it cleanly: every
    document is stored in its own transaction, and items of an unfinished round are taken again
    next time (those already stored are skipped as duplicates). `after_round` runs after each
    round, e.g. to recompute cross-document findings.
    """
    fetcher = fetcher or options.fetcher or Fetcher(options.settings)
    read_options = replace(options, fetcher=fetcher)
    total = WatchSummary()
    try:
        states = {url: store.feed_state(url) for url in dict.fromkeys(feed_urls)}
        for number in count(1):
            if iterations is not None and number > iterations:
                break
            if number > 1:
                sleep(interval)
            polled, failures = _poll_all(states, fetcher, store)
            links = [item.link for items, _ in polled.values() for item in items]
            taken = not_taken_elsewhere(polled, store.feed_links_taken(links))
            summary = ingest_sources([item.link for item in taken], read_options, analyzer, store)
            failed = {origin for origin, _ in summary.failures}
            chosen = set(taken)
            for url, (items, new_state) in polled.items():
                statuses = [(i, "failed" if i.link in failed else "ingested" if i in chosen else "skipped")
                            for i in items]
                store.save_poll(new_state, statuses)
                states[url] = new_state
            done = Round(number, len(taken), summary, failures)
            _add(total, done)
            if after_round:
                after_round(done)
    except KeyboardInterrupt:
        total.interrupted = True
    return total


def _poll_all(states: dict[str, FeedState], fetcher: Fetcher,
              store: Store) -> tuple[dict[str, Polled], list[tuple[str, str]]]:
    polled: dict[str, Polled] = {}
    failures: list[tuple[str, str]] = []
    for url, state in states.items():
        try:
            polled[url] = poll_feed(url, state, fetcher)
        except NewsgraphError as exc:
            failures.append((url, str(exc)))
            store.record_error(url, exc)
    return polled, failures


def _add(total: WatchSummary, done: Round) -> None:
    total.rounds += 1
    total.new_items += done.new_items
    total.ingested += done.summary.ingested
    total.duplicates += done.summary.duplicates
    total.failures += done.feed_failures + done.summary.failures
