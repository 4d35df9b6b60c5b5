"""What a watch took from each feed: the feed's validators, and every item with what became of it.

A restart reads this back, so no article is fetched twice; the feed parsing itself lives in
`newsgraph.ingest.feeds` and never touches the database.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Engine

from newsgraph.ingest.feeds import FeedItem, FeedState
from newsgraph.store.inserts import insert_ignoring_duplicates
from newsgraph.store.tables import feed_items, feeds

__all__ = ["links_taken", "load_feed_state", "save_poll"]

_LINKS_PER_QUERY = 500  # keeps the IN (...) list well under SQLite's limit on bound parameters


def load_feed_state(engine: Engine, url: str) -> FeedState:
    """The stored state of a feed (validators, items taken); an empty state for a new feed."""
    items = select(feed_items.c.item_key, feed_items.c.link).where(feed_items.c.feed_url == url)
    with engine.connect() as conn:
        row = conn.execute(select(feeds).where(feeds.c.url == url)).first()
        seen = frozenset(value for pair in conn.execute(items) for value in pair)
    if row is None:
        return FeedState(url, seen=seen)
    return FeedState(url, row.etag, row.last_modified, row.title, seen)


def save_poll(engine: Engine, state: FeedState, items: Iterable[tuple[FeedItem, str]]) -> None:
    """Remember a poll in one transaction: the feed's validators and each item with its status.

    An item already remembered for this feed keeps its first status.
    """
    now = datetime.now(UTC)
    values = {"title": state.title, "etag": state.etag, "last_modified": state.last_modified, "checked_at": now}
    rows = [{"feed_url": state.url, "item_key": item.key, "link": item.link, "status": status, "seen_at": now}
            for item, status in items]
    with engine.begin() as conn:
        if not conn.execute(update(feeds).where(feeds.c.url == state.url).values(**values)).rowcount:
            conn.execute(insert(feeds), {"url": state.url, **values})
        if rows:
            conn.execute(insert_ignoring_duplicates(conn, feed_items), rows)


def links_taken(engine: Engine, links: Iterable[str]) -> set[str]:
    """Those of `links` that some feed has already given (whatever became of the item)."""
    wanted = list(dict.fromkeys(links))
    found: set[str] = set()
    with engine.connect() as conn:
        for start in range(0, len(wanted), _LINKS_PER_QUERY):
            chunk = wanted[start:start + _LINKS_PER_QUERY]
            found.update(conn.execute(select(feed_items.c.link).where(feed_items.c.link.in_(chunk))).scalars())
    return found
