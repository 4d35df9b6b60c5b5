"""Ingest one report sent over HTTP: read it (text, HTML or a fetched URL), analyse it, store it."""

from __future__ import annotations

from datetime import date

from newsgraph.analysis.analyzer import AnalysisFailed
from newsgraph.batch import Outcome, StoreSink
from newsgraph.errors import NewsgraphError, TooLarge, WorkerError
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.readers import ReadOptions, read_sources, read_text
from newsgraph.model import AnalysisRecord, Document
from newsgraph.serve.context import ServeContext
from newsgraph.serve.errors import ApiError
from newsgraph.serve.queries.documents import summaries
from newsgraph.serve.schemas import IngestRequest, IngestResult
from newsgraph.service import ingest_document

ORIGIN = "the posted report"


def read_request(context: ServeContext, body: IngestRequest) -> Document:
    """The Document a request describes; a URL is fetched only when no text or HTML is given.

    Raises:
        ApiError: the URL is not http(s).
        TooLarge, InputError, FetchError, BlockedAddress: the report cannot be read.
    """
    given = DocumentMeta(title=body.title, url=body.url, outlet=body.outlet, author=body.author,
                         published=body.published)
    options = ReadOptions(context.settings, given=given, today=date.today(), fetcher=context.fetcher)
    content = body.text if body.text is not None else body.html
    if content is None:
        url = (body.url or "").strip()
        if not url.lower().startswith(("http://", "https://")):  # never a path on the server
            raise ApiError(422, "invalid_url", f"cannot fetch {url[:100]!r}: only http:// and https:// addresses",
                           "send the report's text or HTML instead")
        loaded = next(iter(read_sources([url], options)))
        if loaded.error is not None:
            raise loaded.error
        return loaded.document  # type: ignore[return-value]
    size = len(content.encode("utf-8", "surrogatepass"))
    if size > context.settings.max_bytes:
        raise TooLarge(f"the report is {size:,} bytes, over the limit of {context.settings.max_bytes:,}")
    loaded = read_text(content, origin=body.url or ORIGIN, options=options, html=body.html is not None)
    return loaded.document  # type: ignore[return-value]


def _as_raised(message: str, error: Exception | None) -> Exception:
    """The error a failed ingest answers with: a store error as it is, an analysis error as AnalysisFailed."""
    if isinstance(error, NewsgraphError) and not isinstance(error, WorkerError):
        return error
    failed = AnalysisFailed(message)
    failed.__cause__ = error
    return failed


class _KeepingSink(StoreSink):
    """The store's sink, keeping the record it wrote (the response counts what was found)."""

    record: AnalysisRecord | None = None

    def write(self, record: AnalysisRecord) -> Outcome:
        self.record = record
        return super().write(record)


def ingest(context: ServeContext, body: IngestRequest) -> IngestResult:
    """Analyse and store a report, then refresh the cross-document findings with the server's KB and bands.

    Raises:
        NewsgraphError: reading, fetching, analysing or storing failed (nothing was stored).
    """
    document = read_request(context, body)
    sink = _KeepingSink(context.store)
    stored = False
    if not context.store.has_document(document.id):
        analyzer, kb = context.analyzer(), context.kb()
        with context.write_lock:  # one analysis at a time: the pipeline is shared
            summary = ingest_document(document, context.store, kb, context.bands, analyzer, sink=sink)
        if summary.failures:
            raise _as_raised(summary.failures[0][1], summary.errors[0])
        stored = summary.ingested == 1
    record = sink.record
    with context.store.engine.connect() as conn:
        summary_row = summaries(conn, [document.id])[document.id]
    counts = {} if record is None else {
        "mentions": len(record.mentions), "times": len(record.times), "observations": len(record.observations),
        "events": len(record.events), "claims": len(record.claims)}
    return IngestResult(id=document.id, stored=stored, document=summary_row, counts=counts,
                        links={"api": f"/api/documents/{document.id}", "page": f"/documents/{document.id}"})
