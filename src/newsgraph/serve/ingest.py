"""Ingest one report sent over HTTP: read it (text, HTML or a fetched URL), analyse it, store it."""

from __future__ import annotations

from datetime import date

from newsgraph.crossdoc.refresh import refresh_findings
from newsgraph.errors import TooLarge
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.readers import ReadOptions, read_sources, read_text
from newsgraph.kb.learned import harvest_facts
from newsgraph.model import Document
from newsgraph.serve.context import ServeContext
from newsgraph.serve.errors import ApiError
from newsgraph.serve.queries.documents import summaries
from newsgraph.serve.schemas import IngestRequest, IngestResult

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


def ingest(context: ServeContext, body: IngestRequest) -> IngestResult:
    """Analyse and store a report, then refresh the cross-document findings.

    Raises:
        NewsgraphError: reading, fetching, analysing or storing failed (nothing was stored).
    """
    document = read_request(context, body)
    if context.store.has_document(document.id):
        stored, record = False, None
    else:
        with context.write_lock:  # one analysis at a time: the pipeline is shared
            record = context.analyzer().analyze(document)
            stored = context.store.add(record, facts=harvest_facts(record))
            if stored:
                refresh_findings(context.store)
    with context.store.engine.connect() as conn:
        summary = summaries(conn, [document.id])[document.id]
    counts = {} if record is None else {
        "mentions": len(record.mentions), "times": len(record.times), "observations": len(record.observations),
        "events": len(record.events), "claims": len(record.claims)}
    return IngestResult(id=document.id, stored=stored, document=summary, counts=counts,
                        links={"api": f"/api/documents/{document.id}", "page": f"/documents/{document.id}"})
