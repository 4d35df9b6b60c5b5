"""Feed state through the store, on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from sqlalchemy import select

from newsgraph.ingest.feeds import FeedItem, FeedState
from newsgraph.store.tables import feed_items

FEED_URL = "http://news.example.com/rss"
OTHER_URL = "http://wire.example.org/rss"


def test_feed_state_round_trips_on_every_backend(any_store):
    state = FeedState(FEED_URL, etag='"v1"', last_modified="Tue, 22 Jul 2025 08:00:00 GMT", title="Wire")
    item = FeedItem("urn:1", "http://news.example.com/a", "A")
    any_store.save_poll(state, [(item, "ingested")])
    any_store.save_poll(state, [(item, "failed")])  # taken again: ignored, no error, first status kept
    loaded = any_store.feed_state(FEED_URL)
    assert loaded == FeedState(FEED_URL, '"v1"', "Tue, 22 Jul 2025 08:00:00 GMT", "Wire",
                               frozenset({"urn:1", "http://news.example.com/a"}))
    assert any_store.feed_state("http://news.example.com/new") == FeedState("http://news.example.com/new")
    with any_store.engine.connect() as conn:
        assert conn.execute(select(feed_items.c.status)).scalars().all() == ["ingested"]


def test_a_later_poll_updates_the_validators(any_store):
    any_store.save_poll(FeedState(FEED_URL, etag='"v1"', title="Wire"), [])
    any_store.save_poll(FeedState(FEED_URL, etag='"v2"', title="Wire: Asia"), [])
    assert any_store.feed_state(FEED_URL) == FeedState(FEED_URL, etag='"v2"', title="Wire: Asia")


def test_links_taken_by_any_feed_are_known_however_many_are_asked(any_store):
    given = [FeedItem(f"urn:{n}", f"http://news.example.com/{n}") for n in range(1200)]
    any_store.save_poll(FeedState(FEED_URL), [(item, "ingested") for item in given[:700]])
    any_store.save_poll(FeedState(OTHER_URL), [(item, "skipped") for item in given[1100:]])
    asked = [item.link for item in given] + ["http://news.example.com/never"]
    expected = {item.link for item in given[:700] + given[1100:]}
    assert any_store.feed_links_taken(asked) == expected
    assert any_store.feed_links_taken([]) == set()
