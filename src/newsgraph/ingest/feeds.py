"""RSS and Atom feeds: poll with conditional GET, take each new item's link once.

Feeds are fetched by the SSRF-safe `Fetcher` (robots.txt, rate limit, size cap) and parsed from
bytes by feedparser, which therefore never opens a URL or file itself. What was taken from a
feed is remembered in the `feeds` and `feed_items` tables, so a restart fetches nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from urllib.parse import urljoin, urlsplit

import feedparser
from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from newsgraph.errors import InputError
from newsgraph.ingest.fetch import Fetcher
from newsgraph.store.tables import feed_items, feeds

__all__ = ["FeedItem", "FeedState", "load_feed_state", "not_taken_elsewhere", "poll_feed", "save_poll"]

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
    link = entry.get("link") or next((ln.get("href") for ln in entry.get("links", []) if ln.get("href")), None)
    if not link:
        return None
    link = urljoin(base, link.strip())
    return link if urlsplit(link).scheme in ("http", "https") else None


def not_taken_elsewhere(engine: Engine, polled: dict) -> list[FeedItem]:
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
    now = datetime.now(UTC)
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
