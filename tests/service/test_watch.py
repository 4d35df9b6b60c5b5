"""Watching feeds refreshes the findings after each poll, with the KB and bands it is given."""

from __future__ import annotations

import httpx

from newsgraph import service
from newsgraph.crossdoc.bands import bands_from_mapping, load_bands
from newsgraph.ingest.fetch import Fetcher
from newsgraph.settings import Settings

FEED = "http://news.example.com/rss"
ARTICLE = "http://news.example.com/2025/07/22/cars"
TEXT = ("Japan and the United States agreed on Tuesday to cut the U.S. tariff on Japanese cars to 15 percent, "
        "officials in both capitals said.")


def serve(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/rss":
        return httpx.Response(200, headers={"content-type": "application/rss+xml"}, text=(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://news.example.com/</link>'
            f"<item><title>Cars</title><link>{ARTICLE}</link><guid>urn:1</guid></item></channel></rss>"))
    if request.url.path == "/2025/07/22/cars":
        return httpx.Response(200, headers={"content-type": "text/html; charset=utf-8"},
                              text=f"<html><body><article><p>{TEXT}</p></article></body></html>")
    return httpx.Response(404)


def test_a_poll_that_stores_refreshes_findings_with_the_given_bands(store, analyzer):
    fetcher = Fetcher(Settings(), transport=httpx.MockTransport(serve),
                      resolve=lambda host: ["93.184.215.14"], min_interval=0)
    mine = bands_from_mapping({"tariff_rate": [{"label": "steep tariff", "above": 10}]})
    rounds = []
    summary = service.watch([FEED], Settings(database_url=store.url), store, analyzer.kb, load_bands() + mine,
                            analyzer, interval=1, iterations=1, on_round=rounds.append, fetcher=fetcher)
    assert summary.ingested == 1 and [r.summary.ingested for r in rounds] == [1]
    alerts = [f.summary for f in store.findings(["alert"])]
    assert any("steep tariff" in a and "15" in a for a in alerts), alerts
