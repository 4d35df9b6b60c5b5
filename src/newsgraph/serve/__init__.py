"""The HTTP API and the dashboard: `make_app(settings)` builds the app, `run(settings)` serves it."""

from newsgraph.serve.app import make_app
from newsgraph.serve.server import run

__all__ = ["make_app", "run"]
