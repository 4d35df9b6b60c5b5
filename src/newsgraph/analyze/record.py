"""Build the public analysis record from an analysed Doc and its Document."""

from __future__ import annotations

from spacy.tokens import Doc

from newsgraph.model import AnalysisRecord, ComponentInfo, Document, DocumentInfo, Mention


def make_document_info(document: Document, word_count: int) -> DocumentInfo:
    """The document part of a record."""
    return DocumentInfo(
        id=document.id,
        title=document.title,
        url=document.url,
        outlet=document.outlet,
        author=document.author,
        published=document.published,
        language=document.language,
        genre=document.genre,
        machine_translation=document.machine_translation,
        content_hash=document.content_hash,
        word_count=word_count,
        origin=document.origin or None,
    )


def build_record(doc: Doc | None, document: Document, pipeline: list[str]) -> AnalysisRecord:
    """Gather what the components found; `doc` is None for text that was not analysed."""
    if doc is None:
        return AnalysisRecord(
            document=make_document_info(document, len(document.text.split())),
            text=document.text,
            warnings=document.warnings,
        )
    mentions = [
        Mention(text=m.text, start=m.start, end=m.end, sentence=m.sentence, type=m.label,
                explanation="not linked: no knowledge base entry was consulted")
        for m in doc._.ng_mentions or []
    ]
    return AnalysisRecord(
        document=make_document_info(document, sum(1 for t in doc if not (t.is_punct or t.is_space))),
        text=document.text,
        sentences=[(s.start_char, s.end_char) for s in doc.sents],
        mentions=mentions,
        pipeline=[ComponentInfo(name=name) for name in pipeline],
        warnings=document.warnings,
    )
