"""RSS and Atom feeds: poll with conditional GET, take each new item's link once.

Feeds are fetched by the SSRF-safe `Fetcher` (robots.txt, rate limit, size cap) and parsed from
bytes by feedparser, which therefore never opens a URL or file itself. This module only fetches
and parses: what was taken from a feed is remembered by the store (`Store.save_poll`), so a
restart fetches nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from urllib.parse import urljoin, urlsplit

import feedparser

from newsgraph.errors import InputError
from newsgraph.ingest.fetch import Fetcher

__all__ = ["FeedItem", "FeedState", "Polled", "not_taken_elsewhere", "poll_feed"]

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


Polled = tuple[list[FeedItem], FeedState]
"""One poll of a feed: its new items, oldest first, and the state to keep for the next poll."""


def poll_feed(url: str, state: FeedState, fetcher: Fetcher) -> Polled:
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


def not_taken_elsewhere(polled: Mapping[str, Polled], taken: Iterable[str]) -> list[FeedItem]:
    """The new items whose link is not in `taken` (links earlier polls gave) nor given earlier this round.

    Args:
        polled: each feed's poll, in the order the feeds were polled.
        taken: links already taken from any feed (`Store.feed_links_taken`).
    """
    known = set(taken)
    chosen: list[FeedItem] = []
    for items, _ in polled.values():
        for item in items:
            if item.link not in known:
                known.add(item.link)
                chosen.append(item)
    return chosen
