"""The FastAPI application factory: JSON API under /api, the dashboard pages, vendored static files."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from newsgraph.analysis import Analyzer
from newsgraph.crossdoc.bands import bands_from_mapping
from newsgraph.ingest.fetch import Fetcher
from newsgraph.model import Band
from newsgraph.serve.context import ServeContext
from newsgraph.serve.errors import install_error_handlers
from newsgraph.serve.routes import analysis, documents, entities, findings, pages_analysis, pages_reading
from newsgraph.serve.routes import annotations as annotation_routes  # `annotations` is the __future__ feature
from newsgraph.serve.security import ENVELOPE, SecurityMiddleware
from newsgraph.service.setup import thresholds
from newsgraph.settings import Settings
from newsgraph.store import Store

STATIC = Path(__file__).parent / "static"
DESCRIPTION = """Who did what to whom, when, who said what, and which numbers moved — read from news reports.

Reads are open. `POST /api/documents` needs `Authorization: Bearer <token>` and is disabled when the
server has no token (NEWSGRAPH_API_TOKEN). Every error answers `{"error": {"code", "message", "hint"}}`.
Each dashboard page has a JSON twin: the same address with `?format=json`."""


def make_app(settings: Settings, store: Store | None = None, *, api_token: str | None = None,
             bands: Mapping[str, Sequence[Band | Mapping]] | None = None, analyzer: Analyzer | None = None,
             fetcher: Fetcher | None = None) -> FastAPI:
    """Build the app for one database.

    Args:
        store: an open store to serve (left open at shutdown); None opens `settings.database_url`.
        api_token: the bearer token writes need; None uses `settings.api_token` when that exists,
            and with no token at all writes answer 403.
        bands: threshold bands per indicator (`{"approval_rating": [{"label": …, "below": 30, "office": …}]}`);
            None uses the bundled bands plus `settings.thresholds_file`, as the CLI does.
        analyzer: an already loaded pipeline; None loads one on the first write.
        fetcher: the client URL ingestion uses (tests inject a transport); None makes a safe default.
    """
    owns = store is None
    opened = store if store is not None else Store(settings.database_url)
    token = api_token if api_token is not None else getattr(settings, "api_token", None)
    chosen_bands = thresholds(settings) if bands is None else bands_from_mapping(bands)
    context = ServeContext(settings=settings, store=opened, api_token=token or None, bands=chosen_bands,
                           fetcher=fetcher, owns_store=owns)
    if analyzer is not None:
        context.set_analyzer(analyzer)

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        if context.owns_store:
            context.store.close()

    app = FastAPI(title="newsgraph", version="0.1.0", description=DESCRIPTION, docs_url=None, redoc_url=None,
                  swagger_ui_oauth2_redirect_url=None, lifespan=lifespan)
    app.state.context = context
    install_error_handlers(app)
    app.add_middleware(SecurityMiddleware, max_body=settings.max_bytes + ENVELOPE)
    for router in (documents.router, entities.router, annotation_routes.router, findings.router, analysis.router,
                   pages_reading.router, pages_analysis.router):
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
