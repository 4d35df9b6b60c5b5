"""Polite, safe fetching against a real local server: robots.txt, rate limit, conditional GET, limits."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest

from newsgraph.errors import BlockedAddress, FetchError, TooLarge
from newsgraph.ingest.fetch import Fetcher, check_public, resolve_host
from newsgraph.ingest.ratelimit import HostRateLimiter
from newsgraph.ingest.robots import KEEP_SECONDS, RETRY_SECONDS, RobotsDisallowed
from newsgraph.settings import Settings

PAGE = "<html><body><article><p>Japan and the United States resumed tariff talks.</p></article></body></html>"


@dataclass
class Reply:
    body: bytes | str = PAGE
    status: int = 200
    headers: dict = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    drip: float = 0.0  # seconds between single bytes of the body: a slow server
    delay: float = 0.0  # seconds before the answer


@dataclass
class Site:
    server: ThreadingHTTPServer
    routes: dict = field(default_factory=dict)
    requests: list = field(default_factory=list)  # (path, headers)

    def url(self, path="/", host="127.0.0.1"):
        return f"http://{host}:{self.server.server_address[1]}{path}"

    def paths(self):
        return [path for path, _ in self.requests]


@pytest.fixture
def site():
    """A web server on 127.0.0.1 in a thread; each test sets its routes."""
    holder = {}

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_GET(self):  # noqa: N802 (http.server's name)
            current = holder["site"]
            current.requests.append((self.path, dict(self.headers)))
            route = current.routes.get(self.path, Reply("missing", 404, {"Content-Type": "text/plain"}))
            reply = route(self.headers) if callable(route) else route
            body = reply.body.encode("utf-8") if isinstance(reply.body, str) else reply.body
            time.sleep(reply.delay)
            self.send_response(reply.status)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                for start in range(0, len(body), 1 if reply.drip else len(body) or 1):
                    self.wfile.write(body[start:start + (1 if reply.drip else len(body))])
                    self.wfile.flush()
                    time.sleep(reply.drip)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    holder["site"] = Site(server)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield holder["site"]
    server.shutdown()
    server.server_close()


class FakeClock:
    def __init__(self):
        self.now = 1000.0
        self.slept = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.slept.append(round(seconds, 3))
        self.now += seconds


def local_fetcher(clock=None, min_interval=0.0, **settings):
    clock = clock or FakeClock()
    return Fetcher(Settings(allow_private_addresses=True, **settings), min_interval=min_interval,
                   clock=clock, sleep=clock.sleep)


ROBOTS = "User-agent: *\nDisallow: /admin/\n\nUser-agent: newsgraph\nDisallow: /private/\nCrawl-delay: 5\n"


def test_robots_txt_disallows_and_is_read_once_per_host(site):
    site.routes = {"/robots.txt": Reply(ROBOTS, headers={"Content-Type": "text/plain"}),
                   "/news/a": Reply(), "/news/b": Reply(), "/private/c": Reply()}
    fetcher = local_fetcher()
    assert b"tariff talks" in fetcher.fetch(site.url("/news/a")).content
    fetcher.fetch(site.url("/news/b"))
    with pytest.raises(RobotsDisallowed, match="disallowed by .*robots.txt for newsgraph") as raised:
        fetcher.fetch(site.url("/private/c"))
    assert "save it and pass the file" in str(raised.value)
    assert isinstance(raised.value, FetchError)
    assert site.paths() == ["/robots.txt", "/news/a", "/news/b"]


def test_rules_for_other_crawlers_do_not_apply(site):
    site.routes = {"/robots.txt": Reply("User-agent: otherbot\nDisallow: /\n"), "/news/a": Reply()}
    assert local_fetcher().fetch(site.url("/news/a")).status == 200


@pytest.mark.parametrize("status,allowed", [(404, True), (410, True), (503, False), (500, False)])
def test_missing_robots_allows_and_a_failing_one_refuses(site, status, allowed):
    site.routes = {"/robots.txt": Reply("", status), "/news/a": Reply()}
    fetcher = local_fetcher()
    if allowed:
        assert fetcher.fetch(site.url("/news/a")).status == 200
    else:
        with pytest.raises(RobotsDisallowed, match=f"could not be read \\(HTTP {status}\\)"):
            fetcher.fetch(site.url("/news/a"))
        assert "/news/a" not in site.paths()


def test_robots_txt_is_read_again_after_its_time_is_up(site):
    site.routes = {"/robots.txt": Reply("", 503), "/news/a": Reply()}
    clock = FakeClock()
    fetcher = local_fetcher(clock)
    with pytest.raises(RobotsDisallowed):
        fetcher.fetch(site.url("/news/a"))
    site.routes["/robots.txt"] = Reply("User-agent: *\nDisallow: /news/\n")
    with pytest.raises(RobotsDisallowed, match="could not be read"):
        fetcher.fetch(site.url("/news/a"))  # still the cached failure
    clock.now += RETRY_SECONDS
    with pytest.raises(RobotsDisallowed, match="disallowed by"):
        fetcher.fetch(site.url("/news/a"))
    site.routes["/robots.txt"] = Reply("User-agent: *\nAllow: /\n")
    clock.now += KEEP_SECONDS
    assert fetcher.fetch(site.url("/news/a")).status == 200
    assert site.paths().count("/robots.txt") == 3


def test_a_redirect_into_a_disallowed_path_is_refused(site):
    site.routes = {"/robots.txt": Reply(ROBOTS), "/go": Reply("", 302, {"Location": "/private/x"}),
                   "/private/x": Reply()}
    with pytest.raises(RobotsDisallowed):
        local_fetcher().fetch(site.url("/go"))
    assert "/private/x" not in site.paths()


def test_robots_can_be_turned_off(site):
    site.routes = {"/robots.txt": Reply("User-agent: *\nDisallow: /\n"), "/news/a": Reply()}
    fetcher = Fetcher(Settings(allow_private_addresses=True), robots=False, min_interval=0)
    assert fetcher.fetch(site.url("/news/a")).status == 200
    assert site.paths() == ["/news/a"]


def test_one_host_is_asked_at_most_once_per_interval(site):
    site.routes = {"/robots.txt": Reply("", 404), "/a": Reply(), "/b": Reply(), "/c": Reply()}
    clock = FakeClock()
    fetcher = local_fetcher(clock, min_interval=2.0)
    fetcher.fetch(site.url("/a"))
    clock.now += 0.5
    fetcher.fetch(site.url("/b"))
    fetcher.fetch(site.url("/c", host="localhost"))  # another host name: its own allowance
    assert clock.slept == [1.5]


def test_crawl_delay_slows_a_host_down(site):
    site.routes = {"/robots.txt": Reply(ROBOTS), "/a": Reply(), "/b": Reply()}
    clock = FakeClock()
    fetcher = local_fetcher(clock, min_interval=1.0)
    fetcher.fetch(site.url("/a"))
    fetcher.fetch(site.url("/b"))
    assert clock.slept == [5.0]


def test_rate_limiter_alone():
    clock = FakeClock()
    limiter = HostRateLimiter(3.0, clock=clock, sleep=clock.sleep)
    assert limiter.wait("a") == 0 and limiter.wait("b") == 0
    clock.now += 1
    assert limiter.wait("a") == 2.0
    clock.now += 10
    assert limiter.wait("a") == 0


def test_conditional_get_answers_not_modified(site):
    def feed(headers):
        if headers.get("If-None-Match") == '"v1"' or headers.get("If-Modified-Since") == "Tue, 22 Jul 2025 08:00:00 GMT":
            return Reply("", 304, {"ETag": '"v1"'})
        return Reply("<rss/>", 200, {"Content-Type": "application/rss+xml", "ETag": '"v1"',
                                     "Last-Modified": "Tue, 22 Jul 2025 08:00:00 GMT"})

    site.routes = {"/robots.txt": Reply("", 404), "/feed": feed}
    fetcher = local_fetcher()
    first = fetcher.fetch(site.url("/feed"))
    assert first.status == 200 and first.etag == '"v1"' and not first.not_modified
    assert fetcher.fetch(site.url("/feed"), etag=first.etag).not_modified
    again = fetcher.fetch(site.url("/feed"), last_modified=first.last_modified)
    assert again.not_modified and again.content == b""
    sent = [{k.lower(): v for k, v in headers.items()} for path, headers in site.requests if path == "/feed"]
    assert "if-none-match" not in sent[0] and sent[1]["if-none-match"] == '"v1"'
    assert sent[2]["if-modified-since"] == "Tue, 22 Jul 2025 08:00:00 GMT"


def test_a_silent_server_times_out(site):
    site.routes = {"/robots.txt": Reply("", 404), "/slow": Reply(delay=1.5)}
    with pytest.raises(FetchError, match="ReadTimeout"):
        local_fetcher(fetch_timeout=0.3).fetch(site.url("/slow"))


def test_a_dripping_server_is_cut_off(site):
    site.routes = {"/robots.txt": Reply("", 404), "/drip": Reply("x" * 40, drip=0.05)}
    with pytest.raises(FetchError, match="took more than 0.5 s"):
        local_fetcher(fetch_timeout=0.5).fetch(site.url("/drip"))


def test_a_body_over_the_limit_is_refused(site):
    site.routes = {"/robots.txt": Reply("", 404), "/big": Reply("x" * 5000)}
    with pytest.raises(TooLarge, match="over the limit of 1,000"):
        local_fetcher(max_bytes=1000).fetch(site.url("/big"))


def test_a_huge_robots_txt_is_read_only_in_part(site):
    huge = "User-agent: newsgraph\nDisallow: /private/\n" + "# padding\n" * 100_000
    site.routes = {"/robots.txt": Reply(huge), "/private/a": Reply()}
    with pytest.raises(RobotsDisallowed):
        local_fetcher(max_bytes=10_000).fetch(site.url("/private/a"))


def test_redirects_are_bounded(site):
    site.routes = {"/robots.txt": Reply("", 404), "/loop": Reply("", 302, {"Location": "/loop"})}
    with pytest.raises(FetchError, match="more than 3 redirects"):
        local_fetcher(fetch_max_redirects=3).fetch(site.url("/loop"))
    assert site.paths().count("/loop") == 4


def test_the_local_server_is_refused_unless_allowed(site):
    site.routes = {"/news/a": Reply()}
    with pytest.raises(BlockedAddress, match="127.0.0.1"):
        Fetcher(Settings(), min_interval=0).fetch(site.url("/news/a"))
    assert site.requests == []  # not even robots.txt was asked for


@pytest.mark.parametrize("url", [
    "http://2130706433/", "http://0x7f000001/", "http://127.1/", "http://[::ffff:127.0.0.1]/",
    "http://[fd00::1]/", "http://[fe80::1]/", "http://100.64.0.1/", "http://224.0.0.1/",
    "http://[::]/", "http://169.254.169.254./latest/", "http://[64:ff9b::a9fe:a9fe]/",
])
def test_odd_spellings_of_private_addresses_are_refused(url):
    with pytest.raises(BlockedAddress):
        check_public(url, resolve_host)  # numeric hosts resolve without any network


def test_robots_txt_redirected_to_a_metadata_address_is_not_followed():
    seen = []

    def handler(request):
        seen.append(str(request.url))
        if request.url.path == "/robots.txt":
            return httpx.Response(302, headers={"location": "http://169.254.169.254/latest/meta-data/"})
        return httpx.Response(200, text=PAGE, headers={"content-type": "text/html"})

    hosts = {"news.example.com": ["93.184.215.14"]}
    fetcher = Fetcher(Settings(), transport=httpx.MockTransport(handler), resolve=hosts.__getitem__, min_interval=0)
    assert fetcher.fetch("http://news.example.com/story").status == 200
    assert not any("169.254" in url for url in seen)


def test_every_redirect_hop_is_checked_after_dns():
    hosts = {"news.example.com": ["93.184.215.14"], "cdn.example.com": ["93.184.215.15"],
             "rebind.example.com": ["10.1.2.3"]}
    hops = {"/story": "http://cdn.example.com/moved", "/moved": "http://rebind.example.com/final"}
    seen = []

    def handler(request):
        seen.append(request.url.host)
        if request.url.path in hops:
            return httpx.Response(301, headers={"location": hops[request.url.path]})
        return httpx.Response(404)

    fetcher = Fetcher(Settings(), transport=httpx.MockTransport(handler), resolve=hosts.__getitem__, min_interval=0)
    with pytest.raises(BlockedAddress, match="10.1.2.3"):
        fetcher.fetch("http://news.example.com/story")
    assert "rebind.example.com" not in seen
