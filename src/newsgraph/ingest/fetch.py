"""Fetch a URL safely and politely: public addresses only (checked after DNS resolution and on
every redirect), robots.txt, a per-host rate limit, size and time limits, conditional GET."""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from newsgraph.errors import BlockedAddress, FetchError, TooLarge
from newsgraph.ingest.ratelimit import DEFAULT_INTERVAL, Clock, HostRateLimiter, Sleep
from newsgraph.ingest.robots import ROBOTS_MAX_BYTES, RobotsPolicy
from newsgraph.settings import Settings

Resolver = Callable[[str], list[str]]
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass(frozen=True)
class Fetched:
    """A fetched response body and where it finally came from."""

    url: str
    content: bytes
    content_type: str
    status: int = 200
    etag: str | None = None  # validators for the next conditional GET of the same URL
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        """True when a conditional GET answered 304: the caller's copy is still current."""
        return self.status == 304


def resolve_host(host: str) -> list[str]:
    """All IP addresses a host name resolves to."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}",
                         hint="check the URL and your network") from exc
    # sockaddr[0] is the address text for IPv4 and IPv6 (typeshed also allows an int, for other families)
    return sorted({str(info[4][0]) for info in infos})


def check_public(url: str, resolve: Resolver) -> None:
    """Refuse URLs whose host is, or resolves to, a non-public address.

    Raises:
        BlockedAddress: loopback, private, link-local (cloud metadata), multicast or reserved.
        FetchError: not an http(s) URL.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url!r} is not an http(s) URL", hint="pass a web address or a file path")
    host = parts.hostname.rstrip(".")
    try:
        addresses = [host] if ipaddress.ip_address(host) else []
    except ValueError:
        addresses = resolve(host)
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not _is_public(ip):
            raise BlockedAddress(f"{url} resolves to the non-public address {ip}")


_NAT64 = ipaddress.ip_network("64:ff9b::/96")


def _is_public(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """Globally routable unicast, including the IPv4 address inside a mapped or NAT64 IPv6 one."""
    if ip.version == 6:
        embedded = ip.ipv4_mapped or (ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF) if ip in _NAT64 else None)
        if embedded is not None:
            return _is_public(embedded)
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


class Fetcher:
    """An HTTP client that only talks to public addresses and stops at the size limit.

    It also honours robots.txt (`robots=False` turns that off) and waits `min_interval` seconds
    between two fetches from one host (longer if robots.txt asks, up to a minute). `fetch_timeout`
    bounds every connect and read wait, and the download of each response body.

    Args:
        transport, resolve: injectable for tests (httpx.MockTransport, a fake DNS).
        clock, sleep: the rate limit's and robots cache's time, injectable for tests.
    """

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None,
                 resolve: Resolver = resolve_host, robots: bool = True, min_interval: float = DEFAULT_INTERVAL,
                 clock: Clock = time.monotonic, sleep: Sleep = time.sleep):
        self._settings = settings
        self._resolve = resolve
        self._client = httpx.Client(
            transport=transport, timeout=settings.fetch_timeout, follow_redirects=False,
            headers={"User-Agent": settings.user_agent},
        )
        self._limiter = HostRateLimiter(min_interval, clock=clock, sleep=sleep)
        self._robots = RobotsPolicy(self._get_robots, settings.user_agent, clock=clock) if robots else None

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET a URL, following at most `fetch_max_redirects` redirects, each one checked.

        With `etag` or `last_modified` (from an earlier `Fetched`) the GET is conditional: an
        unchanged resource comes back with status 304 and no content (`Fetched.not_modified`).

        Raises:
            BlockedAddress, RobotsDisallowed, FetchError, TooLarge
        """
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        self._limiter.wait(urlsplit(url).netloc.lower())
        fetched = self._get(url, headers, allowed=self._allow)
        if fetched.status in _REDIRECTS:
            raise FetchError(f"{url}: more than {self._settings.fetch_max_redirects} redirects",
                             hint="pass the final address")
        if fetched.status >= 300 and not fetched.not_modified:
            raise FetchError(f"{fetched.url} answered HTTP {fetched.status}",
                             hint="check the address, or save the page and pass the file")
        return fetched

    def _allow(self, url: str) -> None:
        if self._robots is not None:
            self._robots.check(url)
            self._limiter.set_delay(urlsplit(url).netloc.lower(), self._robots.crawl_delay(url))

    def _get_robots(self, url: str) -> tuple[int, bytes]:
        fetched = self._get(url, {}, limit=ROBOTS_MAX_BYTES, truncate=True)
        return fetched.status, fetched.content

    def _get(self, url: str, headers: dict[str, str], *, allowed=None, limit: int | None = None,
             truncate: bool = False) -> Fetched:
        """GET with redirects, each hop address-checked (and `allowed`); 3xx when redirects ran out."""
        hops = 0
        while True:
            if not self._settings.allow_private_addresses:
                check_public(url, self._resolve)
            if allowed is not None:
                allowed(url)
            try:
                with self._client.stream("GET", url, headers=headers) as response:
                    if response.has_redirect_location and hops < self._settings.fetch_max_redirects:
                        url = urljoin(url, response.headers.get("location", ""))
                        hops += 1
                        continue
                    content = b""
                    if 200 <= response.status_code < 300:
                        content = self._read_capped(response, url, limit or self._settings.max_bytes, truncate)
                    return Fetched(str(response.url), content, response.headers.get("content-type", ""),
                                   response.status_code, response.headers.get("etag"),
                                   response.headers.get("last-modified"))
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {url}: {type(exc).__name__}: {exc}",
                                 hint="check the address and your network") from exc

    def _read_capped(self, response: httpx.Response, url: str, limit: int, truncate: bool) -> bytes:
        declared = response.headers.get("content-length")
        if not truncate and declared and declared.isdigit() and int(declared) > limit:
            raise TooLarge(f"{url} is {int(declared):,} bytes, over the limit of {limit:,}")
        deadline = time.monotonic() + self._settings.fetch_timeout
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                if truncate:
                    chunks.append(chunk[:limit - size + len(chunk)])
                    break
                raise TooLarge(f"{url} is over the limit of {limit:,} bytes")
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise FetchError(f"{url} took more than {self._settings.fetch_timeout:g} s to download",
                                 hint="the server is too slow; try again later or raise NEWSGRAPH_FETCH_TIMEOUT")
        return b"".join(chunks)

    def close(self) -> None:
        """Release the connection pool."""
        self._client.close()
