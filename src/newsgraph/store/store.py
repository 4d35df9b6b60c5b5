"""The Store: one database (SQLite or PostgreSQL), written one document per transaction."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import case, create_engine, event, func, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from newsgraph.errors import NotFound, StoreError
from newsgraph.ingest.feeds import FeedItem, FeedState
from newsgraph.kb.learned import LearnedFact
from newsgraph.model import AnalysisRecord, EntityRef, Evidence, Finding
from newsgraph.store import feeds, migrate, rows
from newsgraph.store.inserts import insert_ignoring_duplicates, insert_rows
from newsgraph.store.tables import (
    artifacts,
    claims,
    documents,
    entities,
    event_actors,
    events,
    finding_evidence,
    findings,
    ingest_errors,
    learned_facts,
    mentions,
    observations,
    sentences,
    time_values,
)


@dataclass(frozen=True)
class DocumentSummary:
    """One line of the document list."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    genre: str
    language: str | None
    mt_suspected: bool
    word_count: int
    mentions: int


@dataclass(frozen=True)
class IngestError:
    """A source that could not be stored, and why."""

    origin: str
    error: str
    message: str
    occurred_at: datetime


def normalise_url(url: str) -> str:
    """Accept a bare path as an SQLite file and check the URL names a supported database."""
    if "://" not in url:
        return f"sqlite:///{url}"
    if not url.startswith(("sqlite:", "postgresql")):
        raise StoreError(f"unsupported database URL {url.split('://')[0]}://…",
                         hint="use sqlite:///PATH or postgresql+psycopg://USER@HOST/DB")
    return url


class Store:
    """A newsgraph database. Opening it applies any pending migrations.

    Args:
        url: an SQLAlchemy URL (`sqlite:///newsgraph.db`, `postgresql+psycopg://…`) or a file path.
    """

    def __init__(self, url: str = "sqlite:///newsgraph.db"):
        self.url = normalise_url(url)
        self.engine = _make_engine(self.url)
        try:
            migrate.upgrade(self.engine)
        except SQLAlchemyError as exc:
            raise StoreError(f"cannot open or migrate the database at {self.engine.url!r}: {exc.__class__.__name__}",
                             hint="check the URL, the file's permissions, or that the server runs") from exc

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def has_document(self, document_id: str) -> bool:
        """True when a document with this id is stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.id).where(documents.c.id == document_id)).first() is not None

    def add(self, record: AnalysisRecord, facts: Sequence[LearnedFact] = ()) -> bool:
        """Store a record, all its findings and the role facts harvested from it, in one transaction.

        Returns:
            True when stored, False when the same content was already there (nothing changes).

        Raises:
            StoreError: the write failed; the transaction was rolled back, nothing is stored.
        """
        doc_id = record.document.id
        if self.has_document(doc_id):
            return False
        try:
            with self.engine.begin() as conn:
                _insert_record(conn, record, facts)
                self._add_entities(conn, record)
        except IntegrityError as exc:
            if self.has_document(doc_id):
                return False  # another writer stored the same content first
            raise StoreError(f"document {doc_id} was not stored: {exc.orig}",
                             hint="nothing of it was written; report this with the input") from exc
        except SQLAlchemyError as exc:
            raise StoreError(f"document {doc_id} was not stored: {exc.__class__.__name__}: {exc}",
                             hint="nothing of it was written; check the database and try again") from exc
        except (UnicodeError, ValueError, OverflowError) as exc:  # the driver refused a value, not SQL
            raise StoreError(f"document {doc_id} was not stored: {exc.__class__.__name__}: {exc}",
                             hint="nothing of it was written; report this with the input") from exc
        return True

    def _add_entities(self, conn, record: AnalysisRecord) -> None:
        """Remember the entities findings point to, so SQL users can join names to ids."""
        wanted = {m.entity.id: (m.entity.name, m.type) for m in record.mentions if m.entity}
        if not wanted:
            return
        present = {r.id for r in conn.execute(select(entities.c.id).where(entities.c.id.in_(list(wanted))))}
        missing = [{"id": key, "name": name, "type": kind, "wikidata": key if key.startswith("Q") else None}
                   for key, (name, kind) in sorted(wanted.items()) if key not in present]
        if missing:  # another writer may add the same entity meanwhile: ignore, do not fail
            conn.execute(insert_ignoring_duplicates(conn, entities), missing)

    def learned_facts(self) -> list[LearnedFact]:
        """Every role fact harvested from stored reports, oldest first."""
        with self.engine.connect() as conn:
            return [LearnedFact(r.name, r.entity_id, r.position_id, r.on_date, r.document_id, r.outlet, r.quote,
                                r.start, r.end)
                    for r in conn.execute(select(learned_facts).order_by(learned_facts.c.id))]

    def findings(self, kinds: Sequence[str] | None = None, *, subject: str | None = None) -> list[Finding]:
        """Stored cross-document findings with their evidence, contradictions first."""
        urgency = {"contradiction": 0, "name_conflict": 1, "alert": 2, "threshold": 3}
        order = case(urgency, value=findings.c.kind, else_=len(urgency))
        query = select(findings).order_by(order, findings.c.id)
        if kinds:
            query = query.where(findings.c.kind.in_(list(kinds)))
        if subject:
            query = query.where(findings.c.subject_id == subject)
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
            evidence = defaultdict(list)
            if rows:
                for e in conn.execute(select(finding_evidence)
                                      .where(finding_evidence.c.finding_id.in_([r.id for r in rows]))
                                      .order_by(finding_evidence.c.finding_id, finding_evidence.c.position)):
                    evidence[e.finding_id].append(Evidence(document_id=e.document_id, start=e.start, end=e.end,
                                                           quote=e.quote, outlet=e.outlet, published=e.published,
                                                           value=e.value))
        return [Finding(id=r.id, kind=r.kind, summary=r.summary,
                        subject=EntityRef(id=r.subject_id, name=r.subject_name) if r.subject_id else None,
                        indicator=r.indicator, period=r.period, evidence=evidence[r.id]) for r in rows]

    def record_error(self, origin: str, error: BaseException) -> None:
        """Remember that a source failed, so the failure can be listed later."""
        with self.engine.begin() as conn:
            conn.execute(insert(ingest_errors), {
                "origin": _storable(origin), "error": type(error).__name__, "message": _storable(str(error)),
                "occurred_at": datetime.now(UTC),
            })

    def feed_state(self, url: str) -> FeedState:
        """What a watch remembers of a feed (validators, items taken); an empty state for a new feed."""
        return feeds.load_feed_state(self.engine, url)

    def save_poll(self, state: FeedState, items: Iterable[tuple[FeedItem, str]]) -> None:
        """Remember a feed's poll in one transaction: its new state and each item with its status
        (`ingested`, `failed` or `skipped`); an item remembered before keeps its first status."""
        feeds.save_poll(self.engine, state, items)

    def feed_links_taken(self, links: Iterable[str]) -> set[str]:
        """Those of `links` that an earlier poll of any feed already gave."""
        return feeds.links_taken(self.engine, links)

    def errors(self, limit: int = 100) -> list[IngestError]:
        """The most recent ingest failures, newest first."""
        query = select(ingest_errors).order_by(ingest_errors.c.id.desc()).limit(limit)
        with self.engine.connect() as conn:
            return [IngestError(r.origin, r.error, r.message, r.occurred_at) for r in conn.execute(query)]

    def documents(self, *, limit: int = 100, offset: int = 0, outlet: str | None = None) -> list[DocumentSummary]:
        """Stored documents, newest publication first (undated last)."""
        counts = (select(mentions.c.document_id, func.count().label("n"))
                  .group_by(mentions.c.document_id).subquery())
        query = (select(documents.c.id, documents.c.title, documents.c.outlet, documents.c.published,
                        documents.c.genre, documents.c.language, documents.c.mt_suspected,
                        documents.c.word_count, func.coalesce(counts.c.n, 0).label("n"))
                 .outerjoin(counts, counts.c.document_id == documents.c.id)
                 .order_by(documents.c.published.is_(None), documents.c.published.desc(), documents.c.id)
                 .limit(limit).offset(offset))
        if outlet:
            query = query.where(documents.c.outlet == outlet)
        with self.engine.connect() as conn:
            return [DocumentSummary(r.id, r.title, r.outlet, r.published, r.genre, r.language,
                                    bool(r.mt_suspected), r.word_count, r.n) for r in conn.execute(query)]

    def count_documents(self) -> int:
        """How many documents are stored."""
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(documents)).scalar_one()

    def get_record(self, document_id: str) -> AnalysisRecord:
        """The stored record of a document; a unique id prefix is enough.

        Raises:
            NotFound: no document (or more than one) matches.
        """
        with self.engine.connect() as conn:
            matches = conn.execute(select(documents).where(documents.c.id.startswith(document_id, autoescape=True))
                                   .limit(2)).mappings().all()
            if len(matches) != 1:
                what = "no document" if not matches else "more than one document"
                raise NotFound(f"{what} with id {document_id!r}", hint="list ids with 'newsgraph documents'")
            doc = dict(matches[0])
            doc_id = doc["id"]

            def fetch(table, order):
                query = select(table).where(table.c.document_id == doc_id).order_by(*order)
                return [dict(r) for r in conn.execute(query).mappings()]

            event_rows = fetch(events, [events.c.start, events.c.id])
            actor_rows = [dict(r) for r in conn.execute(
                select(event_actors).where(event_actors.c.event_id.in_([e["id"] for e in event_rows]))
            ).mappings()] if event_rows else []
            return rows.record_from_rows(
                doc,
                fetch(sentences, [sentences.c.index]),
                fetch(artifacts, [artifacts.c.start]),
                fetch(mentions, [mentions.c.start, mentions.c.end]),
                fetch(time_values, [time_values.c.start]),
                fetch(observations, [observations.c.start, observations.c.id]),
                event_rows, actor_rows,
                fetch(claims, [claims.c.start, claims.c.id]),
            )

    def iter_records(self) -> Iterator[AnalysisRecord]:
        """Every stored record, in document-list order."""
        with self.engine.connect() as conn:
            ids = [r.id for r in conn.execute(select(documents.c.id).order_by(documents.c.id))]
        for doc_id in ids:
            yield self.get_record(doc_id)


def _insert_record(conn: Connection, record: AnalysisRecord, facts: Sequence[LearnedFact]) -> None:
    """Insert a record's document row, the rows of everything found in it, and its harvested facts."""
    doc_id = record.document.id
    conn.execute(insert(documents), rows.document_row(record))
    insert_rows(conn, sentences, [{"document_id": doc_id, "index": i, "start": start, "end": end}
                                  for i, (start, end) in enumerate(record.sentences)])
    mt_artifacts = record.document.machine_translation.artifacts
    insert_rows(conn, artifacts, [{"document_id": doc_id, **a.model_dump()} for a in mt_artifacts])
    insert_rows(conn, mentions, [rows.mention_row(doc_id, m) for m in record.mentions])
    insert_rows(conn, time_values, [rows.time_row(doc_id, t) for t in record.times])
    insert_rows(conn, observations, [rows.observation_row(doc_id, o, n) for n, o in enumerate(record.observations)])
    event_and_actor_rows = [rows.event_rows(doc_id, e, n) for n, e in enumerate(record.events)]
    insert_rows(conn, events, [event for event, _ in event_and_actor_rows])
    insert_rows(conn, event_actors, [actor for _, actors in event_and_actor_rows for actor in actors])
    insert_rows(conn, claims, [rows.claim_row(doc_id, c, n) for n, c in enumerate(record.claims)])
    insert_rows(conn, learned_facts, [rows.fact_row(f) for f in facts])


def _storable(text: str) -> str:
    """Text both backends accept: PostgreSQL refuses NUL, and neither takes lone surrogates."""
    return re.sub("[\x00\ud800-\udfff]", "\ufffd", text)


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite:"):
        path = url.split("///", 1)[1] if "///" in url else ""
        if path and path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": 30})

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record):
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


__all__ = ["DocumentSummary", "IngestError", "Store"]
