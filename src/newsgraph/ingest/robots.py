"""robots.txt, read once per host and kept for a day (RFC 9309 rules, urllib.robotparser matching)."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from newsgraph.errors import BlockedAddress, FetchError, RobotsDisallowed

__all__ = ["RobotsDisallowed", "RobotsPolicy"]

ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309: parse at least 500 KiB; the rest is ignored
KEEP_SECONDS = 24 * 3600  # RFC 9309: a cached robots.txt should not be used for more than a day
RETRY_SECONDS = 300  # an unreachable robots.txt is asked for again after five minutes
MAX_CRAWL_DELAY = 60.0  # a larger Crawl-delay would stall a feed watch; we use this much at most

# The HTTP status and body (at most ROBOTS_MAX_BYTES) of a GET; 3xx when redirects ran out.
RobotsGet = Callable[[str], tuple[int, bytes]]


@dataclass(frozen=True)
class _Rules:
    parser: RobotFileParser | None  # None: every URL is allowed (no robots.txt)
    unreachable: str | None  # why robots.txt could not be read: every URL is refused for now
    expires: float


class RobotsPolicy:
    """Decides whether a URL may be fetched, reading each host's robots.txt once.

    Args:
        get: fetches a robots.txt URL (the Fetcher's own SSRF-checked GET).
        user_agent: matched against `User-agent:` lines by its product token ("newsgraph").
        clock: injectable for tests.
    """

    def __init__(self, get: RobotsGet, user_agent: str, *, clock: Callable[[], float] = time.monotonic):
        self._get = get
        self._agent = user_agent
        self._clock = clock
        self._cache: dict[str, _Rules] = {}

    def check(self, url: str) -> None:
        """Return quietly when robots.txt allows the URL.

        Raises:
            RobotsDisallowed: robots.txt disallows it, or could not be read (a server error).
        """
        rules = self._rules(url)
        if rules.unreachable:
            raise RobotsDisallowed(f"{url}: robots.txt of {_site(url)} could not be read ({rules.unreachable}), "
                                   "so nothing there is fetched for now",
                                   hint="try again later, or save the page and pass the file")
        if rules.parser is not None and not rules.parser.can_fetch(self._agent, url):
            raise RobotsDisallowed(f"{url} is disallowed by {_site(url)}/robots.txt for {self._token()}")

    def crawl_delay(self, url: str) -> float:
        """The host's Crawl-delay for us in seconds (at most MAX_CRAWL_DELAY), 0 when none."""
        parser = self._rules(url).parser
        delay = parser.crawl_delay(self._agent) if parser is not None else None
        try:
            return min(float(delay or 0), MAX_CRAWL_DELAY)
        except (TypeError, ValueError):
            return 0.0

    def _rules(self, url: str) -> _Rules:
        site = _site(url)
        rules = self._cache.get(site)
        if rules is None or rules.expires <= self._clock():
            rules = self._cache[site] = self._load(site)
        return rules

    def _load(self, site: str) -> _Rules:
        now = self._clock()
        try:
            status, body = self._get(f"{site}/robots.txt")
        except BlockedAddress:
            return _Rules(None, None, now + KEEP_SECONDS)  # a redirect we may not follow: no rules
        except FetchError as exc:  # network failure: unreachable, so nothing is fetched for now
            return _Rules(None, str(exc).split(";")[0], now + RETRY_SECONDS)
        if status >= 500:
            return _Rules(None, f"HTTP {status}", now + RETRY_SECONDS)
        if status >= 300:  # 4xx, or still redirecting after the last allowed redirect
            return _Rules(None, None, now + KEEP_SECONDS)  # RFC 9309: unavailable means no restriction
        parser = RobotFileParser()
        parser.parse(body[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace").splitlines())
        return _Rules(parser, None, now + KEEP_SECONDS)

    def _token(self) -> str:
        return self._agent.split("/")[0]


def _site(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.lower()}"
