import httpx
import pytest

from newsgraph.errors import BlockedAddress, FetchError, TooLarge
from newsgraph.ingest.fetch import Fetcher, check_public
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.settings import Settings

PUBLIC = {"news.example.com": ["93.184.215.14"], "evil.example.com": ["127.0.0.1"],
          "meta.example.com": ["169.254.169.254"], "lan.example.com": ["192.168.1.10"]}


def resolve(host):
    return PUBLIC[host]


def make_fetcher(handler, **settings):
    return Fetcher(Settings(**settings), transport=httpx.MockTransport(handler), resolve=resolve)


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/admin", "http://[::1]/", "http://10.0.0.5/", "http://192.168.0.1/",
    "http://169.254.169.254/latest/meta-data/", "http://evil.example.com/", "http://meta.example.com/",
    "http://lan.example.com/", "http://0.0.0.0/",
])
def test_non_public_addresses_are_refused(url):
    with pytest.raises(BlockedAddress):
        check_public(url, resolve)


def test_scheme_must_be_http():
    with pytest.raises(FetchError, match="not an http"):
        check_public("file:///etc/passwd", resolve)


def test_redirect_to_a_private_address_is_refused():
    def handler(request):
        return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/"})

    with pytest.raises(BlockedAddress):
        make_fetcher(handler).fetch("http://news.example.com/story")


def test_redirect_loops_stop():
    def handler(request):
        return httpx.Response(301, headers={"location": "/again"})

    with pytest.raises(FetchError, match="redirects"):
        make_fetcher(handler, fetch_max_redirects=3).fetch("http://news.example.com/story")


def test_body_over_the_size_limit_is_refused():
    def handler(request):
        return httpx.Response(200, content=b"x" * 2000, headers={"content-type": "text/html"})

    with pytest.raises(TooLarge):
        make_fetcher(handler, max_bytes=1000).fetch("http://news.example.com/story")


def test_http_errors_say_the_status():
    with pytest.raises(FetchError, match="HTTP 404"):
        make_fetcher(lambda r: httpx.Response(404)).fetch("http://news.example.com/missing")


def test_a_fetched_page_becomes_a_document():
    page = ("<html><head><title>Deal</title></head><body><article><p>Japan and the United States agreed "
            "on a tariff deal on Tuesday, officials in both capitals said.</p></article></body></html>")

    def handler(request):
        assert request.headers["user-agent"].startswith("newsgraph/")
        return httpx.Response(200, text=page, headers={"content-type": "text/html; charset=utf-8"})

    options = ReadOptions(Settings(), fetcher=make_fetcher(handler))
    [item] = list(read_sources(["http://news.example.com/2025/07/23/deal"], options))
    assert item.error is None
    doc = item.document
    assert "tariff deal" in doc.text and doc.published.value == "2025-07-23" and doc.outlet == "news.example.com"
