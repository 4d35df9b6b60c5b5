"""The Analyzer: one loaded pipeline, analysing one document or a stream of them."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from newsgraph.analysis.extensions import keep_text
from newsgraph.analysis.pipeline import describe_pipeline, make_pipeline
from newsgraph.analysis.record import build_record
from newsgraph.errors import NewsgraphError
from newsgraph.ingest.metadata import parse_date
from newsgraph.kb.index import KnowledgeBase
from newsgraph.kb.learned import LearnedFact, agreed_facts
from newsgraph.kb.loader import load_kb
from newsgraph.model import AnalysisRecord, Document
from newsgraph.settings import Settings


@dataclass(frozen=True)
class Failure:
    """A document whose analysis failed, and why."""

    document: Document
    error: Exception


class AnalysisFailed(NewsgraphError):
    """Raised when the pipeline fails on one document (the batch goes on without it)."""

    hint = "the document was skipped; report the error with the file attached"


class Analyzer:
    """Loads the pipeline once and analyses documents with it."""

    def __init__(self, settings: Settings | None = None, *, kb: KnowledgeBase | None = None,
                 learned: Sequence[LearnedFact] = ()):
        """Load the pipeline and knowledge base.

        Args:
            kb: a knowledge base to use instead of loading the bundled and user files.
            learned: role facts harvested from earlier reports; those enough outlets agree on
                (`settings.learned_min_sources`) are used like knowledge-base facts.
        """
        self.settings = settings or Settings()
        self.kb = kb if kb is not None else load_kb(self.settings)
        if learned:
            known = {self.kb.entity_id(p): p for p in self.kb.persons}
            agreed = agreed_facts(list(learned), self.settings.learned_min_sources, known)
            if agreed.occupancies:
                self.kb = load_kb(self.settings, extra=[("learned", agreed)])
        self.nlp = make_pipeline(self.kb, self.settings.model)
        self.pipeline = describe_pipeline(self.nlp)

    def analyze(self, document: Document) -> AnalysisRecord:
        """Analyse one document.

        Raises:
            AnalysisFailed: the pipeline raised on this text.
        """
        for result in self.analyze_many([document]):
            if isinstance(result, Failure):
                raise AnalysisFailed(f"{document.origin or document.id}: {result.error}") from result.error
            return result
        raise AssertionError("analyze_many yields one result per document")

    def analyze_many(self, documents: Iterable[Document]) -> Iterator[AnalysisRecord | Failure]:
        """Analyse documents in batches, yielding one result per document, in order.

        A document the pipeline fails on yields a Failure; the others go on.
        """
        batch: list[Document] = []
        for document in documents:
            batch.append(document)
            if len(batch) >= self.settings.batch_size:
                yield from self._run(batch)
                batch = []
        if batch:
            yield from self._run(batch)

    def _run(self, batch: list[Document]) -> Iterator[AnalysisRecord | Failure]:
        english = [d for d in batch if d.language in (None, "en")]
        try:
            docs = iter(self.nlp.pipe(self._make_doc(d) for d in english))
            analysed = {id(d): next(docs) for d in english}
        except Exception:  # noqa: BLE001 - find the culprit one by one, keep the rest
            analysed = {}
            for document in english:
                try:  # through pipe(), whose error handler names the failing component
                    [analysed[id(document)]] = self.nlp.pipe([self._make_doc(document)])
                except Exception as exc:  # noqa: BLE001
                    analysed[id(document)] = exc
        for document in batch:
            doc = analysed.get(id(document))
            if doc is None and document.language not in (None, "en"):
                yield build_record(None, document, self.pipeline, self.kb)
                continue
            if isinstance(doc, Exception):
                yield Failure(document, doc)
                continue
            try:
                yield build_record(doc, document, self.pipeline, self.kb)
            except Exception as exc:  # noqa: BLE001 - a record that cannot be built is one failure
                yield Failure(document, exc)

    def annotate(self, document: Document):
        """The spaCy Doc with every component's annotations, for tools that need more than the
        record (the resolver's evidence for calibration, say)."""
        return self.nlp(self._make_doc(document))

    def _make_doc(self, document: Document):
        """A tokenised Doc carrying the publication date the components anchor times to."""
        doc = keep_text(self.nlp.make_doc(document.text), document.text)
        doc._.ng_genre = document.genre.value
        published = document.published
        if published.value and published.precision is not None and published.precision.value == "day":
            parsed = parse_date(published.value)
            doc._.ng_published = date.fromisoformat(parsed.value) if parsed else None
        return doc
