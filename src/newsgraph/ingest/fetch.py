"""Fetch a URL safely: public addresses only (checked on every redirect), size and time limits."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import httpx

from newsgraph.errors import BlockedAddress, FetchError, TooLarge
from newsgraph.settings import Settings

Resolver = Callable[[str], list[str]]


@dataclass(frozen=True)
class Fetched:
    """A fetched response body and where it finally came from."""

    url: str
    content: bytes
    content_type: str


def resolve_host(host: str) -> list[str]:
    """All IP addresses a host name resolves to."""
    try:
        infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError(f"cannot resolve host {host!r}: {exc.strerror}",
                         hint="check the URL and your network") from exc
    return sorted({info[4][0] for info in infos})


def check_public(url: str, resolve: Resolver) -> None:
    """Refuse URLs whose host is, or resolves to, a non-public address.

    Raises:
        BlockedAddress: loopback, private, link-local (cloud metadata), multicast or reserved.
        FetchError: not an http(s) URL.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url!r} is not an http(s) URL", hint="pass a web address or a file path")
    host = parts.hostname
    try:
        addresses = [host] if ipaddress.ip_address(host) else []
    except ValueError:
        addresses = resolve(host)
    for address in addresses:
        ip = ipaddress.ip_address(address.split("%")[0])
        if not ip.is_global:
            raise BlockedAddress(f"{url} resolves to the non-public address {ip}")


class Fetcher:
    """An HTTP client that only talks to public addresses and stops at the size limit."""

    def __init__(self, settings: Settings, *, transport: httpx.BaseTransport | None = None,
                 resolve: Resolver = resolve_host):
        self._settings = settings
        self._resolve = resolve
        self._client = httpx.Client(
            transport=transport, timeout=settings.fetch_timeout, follow_redirects=False,
            headers={"User-Agent": settings.user_agent},
        )

    def fetch(self, url: str) -> Fetched:
        """GET a URL, following at most `fetch_max_redirects` redirects, each one checked.

        Raises:
            BlockedAddress, FetchError, TooLarge
        """
        for _ in range(self._settings.fetch_max_redirects + 1):
            if not self._settings.allow_private_addresses:
                check_public(url, self._resolve)
            try:
                with self._client.stream("GET", url) as response:
                    if response.is_redirect:
                        url = urljoin(url, response.headers.get("location", ""))
                        continue
                    if response.status_code >= 400:
                        raise FetchError(f"{url} answered HTTP {response.status_code}",
                                         hint="check the address, or save the page and pass the file")
                    content = self._read_capped(response, url)
                    return Fetched(str(response.url), content, response.headers.get("content-type", ""))
            except httpx.HTTPError as exc:
                raise FetchError(f"cannot fetch {url}: {type(exc).__name__}: {exc}",
                                 hint="check the address and your network") from exc
        raise FetchError(f"{url}: more than {self._settings.fetch_max_redirects} redirects",
                         hint="pass the final address")

    def _read_capped(self, response: httpx.Response, url: str) -> bytes:
        limit = self._settings.max_bytes
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            raise TooLarge(f"{url} is {int(declared):,} bytes, over the limit of {limit:,}")
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise TooLarge(f"{url} is over the limit of {limit:,} bytes")
            chunks.append(chunk)
        return b"".join(chunks)

    def close(self) -> None:
        """Release the connection pool."""
        self._client.close()
