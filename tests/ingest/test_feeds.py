"""Feeds: conditional polls, each article fetched once, ingest of new items, a clean stop."""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import select

from newsgraph.errors import InputError
from newsgraph.ingest.feeds import MAX_ITEMS_PER_POLL, FeedItem, FeedState, not_taken_elsewhere, poll_feed
from newsgraph.ingest.fetch import Fetcher
from newsgraph.ingest.readers import ReadOptions
from newsgraph.service.watch import poll_and_ingest as watch
from newsgraph.settings import Settings
from newsgraph.store.tables import feed_items

FEED_URL = "http://news.example.com/rss"
HOSTS = {"news.example.com": ["93.184.215.14"], "wire.example.org": ["93.184.215.20"],
         "evil.example.com": ["169.254.169.254"]}
ARTICLES = {
    "/2025/07/22/tariffs": "Japan and the United States agreed on Tuesday to cut the tariff on Japanese cars "
                           "to 15 percent, officials in both capitals said.",
    "/2025/07/23/rice": "Japanese Prime Minister Shigeru Ishiba said on Wednesday that rice imports would stay "
                        "within the existing quota, and that farmers would be protected.",
}


def rss(items, title="Harbor Wire: Asia"):
    entries = "".join(f"<item><title>{t}</title><link>{link}</link><guid>{guid}</guid></item>"
                      for guid, t, link in items)
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
            f"<link>http://news.example.com/</link>{entries}</channel></rss>")


NEWEST_FIRST = [
    ("urn:3", "Evil", "http://evil.example.com/steal"),
    ("urn:2", "Rice", "http://news.example.com/2025/07/23/rice"),
    ("urn:1", "Tariffs", "http://news.example.com/2025/07/22/tariffs"),
]


class Web:
    """A fake web behind httpx.MockTransport: feeds, articles, and a log of every request."""

    def __init__(self, feeds=None):
        self.feeds = feeds if feeds is not None else {"/rss": rss(NEWEST_FIRST)}
        self.requests: list[httpx.Request] = []
        self.honour_etag = True

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        path = request.url.path
        if path == "/robots.txt":
            return httpx.Response(404)
        if path in self.feeds:
            feed = self.feeds[path]
            if isinstance(feed, httpx.Response):
                return feed
            etag = f'"{abs(hash(feed))}"'
            if self.honour_etag and request.headers.get("if-none-match") == etag:
                return httpx.Response(304, headers={"etag": etag})
            return httpx.Response(200, text=feed, headers={"content-type": "application/rss+xml", "etag": etag})
        if path in ARTICLES:
            body = f"<html><body><article><p>{ARTICLES[path]}</p></article></body></html>"
            return httpx.Response(200, text=body, headers={"content-type": "text/html; charset=utf-8"})
        return httpx.Response(404)

    def fetched(self, path):
        return sum(1 for r in self.requests if r.url.path == path)

    def fetcher(self):
        return Fetcher(Settings(), transport=httpx.MockTransport(self), resolve=HOSTS.__getitem__, min_interval=0)


def test_a_poll_returns_new_items_oldest_first_and_validators():
    web = Web()
    items, state = poll_feed(FEED_URL, FeedState(FEED_URL), web.fetcher())
    assert [i.key for i in items] == ["urn:1", "urn:2", "urn:3"]
    assert items[0].link == "http://news.example.com/2025/07/22/tariffs" and items[0].title == "Tariffs"
    assert state.etag and state.title == "Harbor Wire: Asia"
    assert {"urn:1", "http://news.example.com/2025/07/22/tariffs"} <= state.seen


def test_an_unchanged_feed_answers_304_and_gives_nothing():
    web = Web()
    fetcher = web.fetcher()
    _, state = poll_feed(FEED_URL, FeedState(FEED_URL), fetcher)
    items, again = poll_feed(FEED_URL, state, fetcher)
    assert items == [] and again == state
    assert web.requests[-1].headers["if-none-match"] == state.etag


def test_items_seen_before_by_id_or_link_are_left_out():
    web = Web()
    web.honour_etag = False
    seen = frozenset({"urn:1", "http://news.example.com/2025/07/23/rice"})
    items, _ = poll_feed(FEED_URL, FeedState(FEED_URL, seen=seen), web.fetcher())
    assert [i.key for i in items] == ["urn:3"]


def test_atom_feeds_with_relative_and_unsafe_links():
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
            "<title>Wire</title><id>urn:feed</id><updated>2025-07-23T00:00:00Z</updated>"
            '<entry><id>urn:a</id><title>A</title><link href="/2025/07/22/tariffs"/>'
            "<updated>2025-07-22T00:00:00Z</updated></entry>"
            '<entry><id>urn:b</id><title>B</title><link href="javascript:alert(1)"/>'
            "<updated>2025-07-23T00:00:00Z</updated></entry>"
            '<entry><id>urn:c</id><title>C</title><link href="file:///etc/passwd"/>'
            "<updated>2025-07-23T00:00:00Z</updated></entry></feed>")
    web = Web({"/atom": atom})
    items, state = poll_feed("http://news.example.com/atom", FeedState("http://news.example.com/atom"),
                             web.fetcher())
    assert [(i.key, i.link) for i in items] == [("urn:a", "http://news.example.com/2025/07/22/tariffs")]
    assert state.title == "Wire"


def test_a_web_page_is_not_a_feed():
    web = Web({"/rss": "<html><body><p>Subscribe to our newsletter</p></body></html>"})
    with pytest.raises(InputError, match="not an RSS or Atom feed"):
        poll_feed(FEED_URL, FeedState(FEED_URL), web.fetcher())


def test_a_huge_feed_is_taken_in_slices():
    many = [(f"urn:{n}", f"Item {n}", f"http://news.example.com/item/{n}") for n in range(MAX_ITEMS_PER_POLL + 50)]
    web = Web({"/rss": rss(many)})
    web.honour_etag = False
    fetcher = web.fetcher()
    first, state = poll_feed(FEED_URL, FeedState(FEED_URL), fetcher)
    second, _ = poll_feed(FEED_URL, state, fetcher)
    assert len(first) == MAX_ITEMS_PER_POLL and len(second) == 50


def test_watch_ingests_each_new_article_once(store, analyzer):
    web = Web({"/rss": rss(NEWEST_FIRST), "/other": rss([("x:1", "Tariffs again", NEWEST_FIRST[2][2])])})
    feeds = [FEED_URL, "http://news.example.com/other"]
    rounds, slept = [], []
    options = ReadOptions(Settings())
    summary = watch(feeds, store, analyzer, 60, iterations=2, options=options, fetcher=web.fetcher(),
                    sleep=slept.append, after_round=rounds.append)
    assert slept == [60] and [r.new_items for r in rounds] == [3, 0]
    assert summary.rounds == 2 and summary.ingested == 2 and not summary.interrupted
    assert [origin for origin, _ in summary.failures] == ["http://evil.example.com/steal"]
    assert "non-public address" in summary.failures[0][1]
    assert web.fetched("/2025/07/22/tariffs") == 1 and web.fetched("/2025/07/23/rice") == 1
    assert web.fetched("/steal") == 0
    with store.engine.connect() as conn:
        statuses = {(r.feed_url, r.item_key): r.status for r in conn.execute(select(feed_items))}
    assert statuses == {(FEED_URL, "urn:1"): "ingested", (FEED_URL, "urn:2"): "ingested",
                        (FEED_URL, "urn:3"): "failed", ("http://news.example.com/other", "x:1"): "skipped"}
    assert sorted(d.published for d in store.documents()) == ["2025-07-22", "2025-07-23"]

    web.honour_etag = False  # a restart against a server that ignores validators: still nothing refetched
    assert store.feed_state(FEED_URL).etag
    again = watch(feeds, store, analyzer, 60, iterations=1, options=options, fetcher=web.fetcher(),
                  sleep=slept.append)
    assert again.new_items == 0 and web.fetched("/2025/07/22/tariffs") == 1


def test_a_failing_feed_does_not_stop_the_others(store, analyzer):
    web = Web({"/rss": rss(NEWEST_FIRST[1:]), "/down": httpx.Response(500)})
    summary = watch(["http://news.example.com/down", FEED_URL], store, analyzer, 1, iterations=1,
                    options=ReadOptions(Settings()), fetcher=web.fetcher())
    assert summary.ingested == 2
    assert [origin for origin, _ in summary.failures] == ["http://news.example.com/down"]
    assert [e.origin for e in store.errors()] == ["http://news.example.com/down"]


def test_ctrl_c_stops_a_watch_cleanly(store, analyzer):
    def interrupt(seconds):
        raise KeyboardInterrupt

    web = Web({"/rss": rss(NEWEST_FIRST[1:])})
    summary = watch([FEED_URL], store, analyzer, 900, options=ReadOptions(Settings()), fetcher=web.fetcher(),
                    sleep=interrupt)
    assert summary.interrupted and summary.rounds == 1 and summary.ingested == 2
    assert store.feed_state(FEED_URL).seen


def test_a_link_is_taken_once_across_feeds_and_polls():
    first = FeedItem("urn:1", "http://news.example.com/a")
    again = FeedItem("x:9", "http://news.example.com/a")  # another feed gives the same article
    old = FeedItem("urn:0", "http://news.example.com/old")
    new = FeedItem("urn:2", "http://news.example.com/b")
    wire = "http://wire.example.org/rss"
    polled = {FEED_URL: ([old, first], FeedState(FEED_URL)), wire: ([again, new], FeedState(wire))}
    assert not_taken_elsewhere(polled, {"http://news.example.com/old"}) == [first, new]
    assert not_taken_elsewhere({}, {"http://news.example.com/old"}) == []
