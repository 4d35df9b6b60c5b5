"""RSS and Atom feeds: poll with conditional GET, take each new item's link once, ingest it.

Feeds are fetched by the SSRF-safe `Fetcher` (robots.txt, rate limit, size cap) and parsed from
bytes by feedparser, which therefore never opens a URL or file itself. What was taken from a
feed is remembered in the `feeds` and `feed_items` tables, so a restart fetches nothing twice.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from itertools import count
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

import feedparser
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from newsgraph.errors import InputError, NewsgraphError
from newsgraph.ingest.fetch import Fetcher
from newsgraph.ingest.readers import ReadOptions
from newsgraph.store.tables import feed_items, feeds

if TYPE_CHECKING:
    from newsgraph.analyze import Analyzer
    from newsgraph.batch import Summary
    from newsgraph.store import Store

__all__ = ["FeedItem", "FeedState", "Round", "WatchSummary", "load_feed_state", "poll_feed", "save_poll", "watch"]

MAX_ITEMS_PER_POLL = 200  # the rest wait for the next poll, so one huge feed cannot flood a round


@dataclass(frozen=True)
class FeedItem:
    """One new entry of a feed: its id (or link when it has none) and the article's address."""

    key: str
    link: str
    title: str | None = None


@dataclass(frozen=True)
class FeedState:
    """What is known about a feed between polls: validators and the items already taken."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    title: str | None = None
    seen: frozenset[str] = frozenset()  # keys and links of items already taken


def poll_feed(url: str, state: FeedState, fetcher: Fetcher) -> tuple[list[FeedItem], FeedState]:
    """Fetch a feed (conditionally) and return its items not seen before, oldest first.

    Returns:
        The new items (at most MAX_ITEMS_PER_POLL) and the state to keep for the next poll;
        nothing new and the same state when the server answers 304 Not Modified.

    Raises:
        FetchError (and subclasses): the feed could not be fetched.
        InputError: the response is not an RSS or Atom feed.
    """
    fetched = fetcher.fetch(url, etag=state.etag, last_modified=state.last_modified)
    if fetched.not_modified:
        return [], state
    parsed = feedparser.parse(fetched.content, response_headers={
        "content-location": fetched.url, "content-type": fetched.content_type or "application/xml"})
    if not parsed.get("version") and not parsed.entries:
        reason = f" ({parsed.get('bozo_exception')})" if parsed.get("bozo") else ""
        raise InputError(f"{url} is not an RSS or Atom feed{reason}",
                         hint="pass the feed's own address (often ending in /rss or /feed), not the web page")
    seen = set(state.seen)
    items: list[FeedItem] = []
    for entry in reversed(parsed.entries):  # feeds list the newest first
        link = _article_link(entry, fetched.url)
        if link is None:
            continue
        key = str(entry.get("id") or link)
        if key in seen or link in seen:
            continue
        if len(items) == MAX_ITEMS_PER_POLL:
            break
        seen.update((key, link))
        items.append(FeedItem(key, link, entry.get("title") or None))
    title = parsed.feed.get("title") or state.title
    return items, replace(state, etag=fetched.etag, last_modified=fetched.last_modified, title=title,
                          seen=frozenset(seen))


def _article_link(entry, base: str) -> str | None:
    link = entry.get("link") or next((l.get("href") for l in entry.get("links", []) if l.get("href")), None)
    if not link:
        return None
    link = urljoin(base, link.strip())
    return link if urlsplit(link).scheme in ("http", "https") else None


@dataclass
class Round:
    """One poll of every feed: what was new, and what ingesting it did."""

    number: int
    new_items: int
    summary: "Summary"
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


def watch(feed_urls: Sequence[str], store: "Store", analyzer: "Analyzer", interval: float,
          iterations: int | None = None, *, options: ReadOptions, fetcher: Fetcher | None = None,
          sleep: Callable[[float], None] = time.sleep,
          after_round: Callable[[Round], None] | None = None) -> WatchSummary:
    """Poll every feed each `interval` seconds and ingest each new article once.

    Stops after `iterations` rounds (None: until interrupted). Ctrl-C stops it cleanly: every
    document is stored in its own transaction, and items of an unfinished round are taken again
    next time (those already stored are skipped as duplicates). `after_round` runs after each
    round, e.g. to recompute cross-document findings.
    """
    from newsgraph.batch import ingest_sources  # batch sits above ingest; import on use

    fetcher = fetcher or options.fetcher or Fetcher(options.settings)
    read_options = replace(options, fetcher=fetcher)
    total = WatchSummary()
    try:
        states = {url: load_feed_state(store.engine, url) for url in dict.fromkeys(feed_urls)}
        for number in count(1):
            if iterations is not None and number > iterations:
                break
            if number > 1:
                sleep(interval)
            polled, failures = _poll_all(states, fetcher, store)
            taken = _not_taken_elsewhere(store.engine, polled)
            summary = ingest_sources([item.link for item in taken], read_options, analyzer, store)
            failed = {origin for origin, _ in summary.failures}
            chosen = set(taken)
            for url, (items, new_state) in polled.items():
                statuses = [(i, "failed" if i.link in failed else "ingested" if i in chosen else "skipped")
                            for i in items]
                save_poll(store.engine, new_state, statuses)
                states[url] = new_state
            done = Round(number, len(taken), summary, failures)
            _add(total, done)
            if after_round:
                after_round(done)
    except KeyboardInterrupt:
        total.interrupted = True
    return total


def _poll_all(states: dict[str, FeedState], fetcher: Fetcher, store: "Store"):
    polled, failures = {}, []
    for url, state in states.items():
        try:
            polled[url] = poll_feed(url, state, fetcher)
        except NewsgraphError as exc:
            failures.append((url, str(exc)))
            store.record_error(url, exc)
    return polled, failures


def _not_taken_elsewhere(engine: Engine, polled: dict) -> list[FeedItem]:
    """The new items whose link no other feed (and no earlier item this round) has given."""
    links = [item.link for items, _ in polled.values() for item in items]
    known: set[str] = set()
    with engine.connect() as conn:
        for start in range(0, len(links), 500):
            known.update(conn.execute(select(feed_items.c.link).where(
                feed_items.c.link.in_(links[start:start + 500]))).scalars())
    taken = []
    for items, _ in polled.values():
        for item in items:
            if item.link not in known:
                known.add(item.link)
                taken.append(item)
    return taken


def _add(total: WatchSummary, done: Round) -> None:
    total.rounds += 1
    total.new_items += done.new_items
    total.ingested += done.summary.ingested
    total.duplicates += done.summary.duplicates
    total.failures += done.feed_failures + done.summary.failures


def load_feed_state(engine: Engine, url: str) -> FeedState:
    """The stored state of a feed (validators, items taken); an empty state for a new feed."""
    with engine.connect() as conn:
        row = conn.execute(select(feeds).where(feeds.c.url == url)).first()
        seen = {value for r in conn.execute(select(feed_items.c.item_key, feed_items.c.link)
                                            .where(feed_items.c.feed_url == url)) for value in r}
    if row is None:
        return FeedState(url, seen=frozenset(seen))
    return FeedState(url, row.etag, row.last_modified, row.title, frozenset(seen))


def save_poll(engine: Engine, state: FeedState, items: Iterable[tuple[FeedItem, str]]) -> None:
    """Remember a poll in one transaction: the feed's validators and each item with its status."""
    now = datetime.now(timezone.utc)
    values = {"title": state.title, "etag": state.etag, "last_modified": state.last_modified, "checked_at": now}
    with engine.begin() as conn:
        if not conn.execute(update(feeds).where(feeds.c.url == state.url).values(**values)).rowcount:
            conn.execute(insert(feeds), {"url": state.url, **values})
        rows = [{"feed_url": state.url, "item_key": item.key, "link": item.link, "status": status, "seen_at": now}
                for item, status in items]
        if rows:
            conn.execute(_insert_ignoring_duplicates(conn), rows)


def _insert_ignoring_duplicates(conn):
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    else:
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    return dialect_insert(feed_items).on_conflict_do_nothing()
