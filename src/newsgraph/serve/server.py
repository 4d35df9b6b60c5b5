"""Run the app with uvicorn: `newsgraph serve`."""

from __future__ import annotations

import ipaddress
import logging

from newsgraph.settings import Settings

log = logging.getLogger("newsgraph.serve")


def run(settings: Settings, host: str = "127.0.0.1", port: int = 8000, api_token: str | None = None) -> None:
    """Serve the HTTP API and the dashboard until interrupted.

    Reads are open to whoever can reach `host`; keep the default loopback address unless a proxy in
    front of the server controls access. Writes need `api_token` (or `settings.api_token`).
    """
    import uvicorn

    from newsgraph.serve.app import make_app

    if not _loopback(host):
        log.warning("serving on %s: every reader who can reach it can read the database", host)
    app = make_app(settings, api_token=api_token)
    uvicorn.run(app, host=host, port=port, proxy_headers=False, server_header=False, log_level="info")


def _loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
