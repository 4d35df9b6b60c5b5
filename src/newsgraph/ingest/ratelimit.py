"""A per-host rate limit: at least `interval` seconds between the starts of two fetches from one host."""

from __future__ import annotations

import time
from collections.abc import Callable

__all__ = ["HostRateLimiter"]

Clock = Callable[[], float]
Sleep = Callable[[float], None]

DEFAULT_INTERVAL = 1.0


class HostRateLimiter:
    """Waits before a fetch so one host is not asked more often than every `interval` seconds.

    Args:
        interval: the minimum number of seconds between two fetches from one host.
        clock, sleep: injectable for tests (a fake clock that `sleep` advances).
    """

    def __init__(self, interval: float = DEFAULT_INTERVAL, *, clock: Clock = time.monotonic,
                 sleep: Sleep = time.sleep):
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._delays: dict[str, float] = {}

    def set_delay(self, host: str, seconds: float) -> None:
        """Ask a host for less often than the default (e.g. its robots.txt Crawl-delay)."""
        self._delays[host] = seconds

    def wait(self, host: str) -> float:
        """Sleep until this host may be fetched again and mark it fetched now.

        Returns:
            How many seconds were slept.
        """
        interval = max(self.interval, self._delays.get(host, 0.0))
        last = self._last.get(host)
        slept = 0.0
        if last is not None:
            slept = last + interval - self._clock()
            if slept > 0:
                self._sleep(slept)
            else:
                slept = 0.0
        self._last[host] = self._clock()
        return slept
