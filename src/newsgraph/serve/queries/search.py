"""Full-text search over documents' titles and texts: SQLite FTS5, PostgreSQL text search, else LIKE.

No migration creates the SQLite index yet, so `ensure_fts` creates it on first use: a standalone
FTS5 table `documents_fts(document_id UNINDEXED, title, text)` kept current by triggers on
`documents` (so documents stored later by the CLI are indexed too), and rebuilt whenever its row
count differs from the documents'. On PostgreSQL the query computes `to_tsvector` on the fly (a GIN
index on the same expression makes it fast). Where neither is available (an SQLite without FTS5)
every word must appear in the title or text (LIKE), unranked.
"""

from __future__ import annotations

import re

from sqlalchemy import and_, func, literal, literal_column, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.sql.expression import ColumnClause

from newsgraph.serve.queries.annotations import Window
from newsgraph.serve.queries.documents import summaries
from newsgraph.serve.schemas import SearchHit, SearchResults, SnippetPart
from newsgraph.store.tables import documents

START, STOP = "\ue000", "\ue001"  # private-use characters mark matches inside snippets
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 16

Hits = tuple[list[tuple[str, float, str]], int]  # one page of (document id, score, snippet), and the total

_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS documents_fts USING fts5("
    "document_id UNINDEXED, title, text, tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_insert AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(document_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_delete AFTER DELETE ON documents BEGIN "
    "DELETE FROM documents_fts WHERE document_id = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN "
    "DELETE FROM documents_fts WHERE document_id = old.id; "
    "INSERT INTO documents_fts(document_id, title, text) VALUES (new.id, coalesce(new.title, ''), new.text); END",
)


def ensure_fts(engine: Engine) -> bool:
    """Create (or repair) the SQLite full-text index; False when this SQLite has no FTS5."""
    try:
        with engine.begin() as conn:
            for statement in _FTS_DDL:
                conn.exec_driver_sql(statement)
            indexed = conn.exec_driver_sql("SELECT count(*) FROM documents_fts").scalar_one()
            stored = conn.execute(select(func.count()).select_from(documents)).scalar_one()
            if indexed != stored:
                conn.exec_driver_sql("DELETE FROM documents_fts")
                conn.exec_driver_sql("INSERT INTO documents_fts(document_id, title, text) "
                                     "SELECT id, coalesce(title, ''), text FROM documents")
    except OperationalError:
        return False
    return True


def terms(query: str) -> list[str]:
    """The words of a query, without any search-syntax meaning (so user input cannot break the query)."""
    return _WORD.findall(query)[:MAX_TERMS]


def split_snippet(snippet: str) -> list[SnippetPart]:
    """Cut a marked snippet into plain and matching parts."""
    parts, matched = [], False
    for piece in re.split(f"([{START}{STOP}])", snippet):
        if piece == START:
            matched = True
        elif piece == STOP:
            matched = False
        elif piece:
            parts.append(SnippetPart(text=piece.replace(START, "").replace(STOP, ""), match=matched))
    return parts


def search_documents(conn: Connection, query: str, window: Window, *, fts: bool) -> SearchResults:
    """Documents matching every word of the query, best first.

    Args:
        fts: the SQLite FTS5 index is ready (see `ensure_fts`); ignored on PostgreSQL.
    """
    words = terms(query)
    if not words:
        return SearchResults(query=query, engine="like", items=[], total=0, limit=window.limit, offset=window.offset)
    if conn.dialect.name == "postgresql":
        engine, search = "postgresql", _postgres
    elif fts:
        engine, search = "fts5", _fts5
    else:
        engine, search = "like", _like
    rows, total = search(conn, words, window)
    found = summaries(conn, [r[0] for r in rows])
    hits = [SearchHit(document=found[doc_id], score=round(float(score), 4), snippet=split_snippet(snippet))
            for doc_id, score, snippet in rows if doc_id in found]
    return SearchResults(query=query, engine=engine, items=hits, total=total, limit=window.limit,
                         offset=window.offset)


def _fts5(conn: Connection, words: list[str], window: Window) -> Hits:
    match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
    rows = conn.execute(text(
        "SELECT document_id, -bm25(documents_fts) AS score, "
        "snippet(documents_fts, -1, :start, :stop, '…', 24) AS snippet "
        "FROM documents_fts WHERE documents_fts MATCH :match ORDER BY bm25(documents_fts), document_id "
        "LIMIT :limit OFFSET :offset"),
        {"match": match, "start": START, "stop": STOP, "limit": window.limit, "offset": window.offset}).all()
    total = conn.execute(text("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH :match"),
                         {"match": match}).scalar_one()
    return [(r.document_id, r.score, r.snippet) for r in rows], total


def _postgres(conn: Connection, words: list[str], window: Window) -> Hits:
    english: ColumnClause[str] = literal_column("'english'::regconfig")
    vector = func.to_tsvector(english, func.coalesce(documents.c.title, "") + " " + documents.c.text)
    tsquery = func.plainto_tsquery(english, " ".join(words))
    rank = func.ts_rank(vector, tsquery)
    headline = func.ts_headline(english, documents.c.text, tsquery,
                                literal(f"StartSel={START}, StopSel={STOP}, MaxWords=40, MinWords=15"))
    base = select(documents.c.id).where(vector.op("@@")(tsquery))
    rows = conn.execute(select(documents.c.id, rank.label("score"), headline.label("snippet"))
                        .where(vector.op("@@")(tsquery)).order_by(rank.desc(), documents.c.id)
                        .limit(window.limit).offset(window.offset)).all()
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    return [(r.id, r.score, r.snippet) for r in rows], total


def _like(conn: Connection, words: list[str], window: Window) -> Hits:
    haystack = func.lower(func.coalesce(documents.c.title, "") + " " + documents.c.text)
    condition = and_(*[haystack.contains(w.lower(), autoescape=True) for w in words])
    rows = conn.execute(select(documents.c.id, documents.c.text).where(condition)
                        .order_by(documents.c.published.desc(), documents.c.id)
                        .limit(window.limit).offset(window.offset)).all()
    total = conn.execute(select(func.count()).select_from(documents).where(condition)).scalar_one()
    return [(r.id, 0.0, _plain_snippet(r.text, words[0])) for r in rows], total


def _plain_snippet(body: str, word: str, width: int = 120) -> str:
    at = body.lower().find(word.lower())
    if at < 0:
        return body[:width]
    begin = max(0, at - width // 2)
    return ("…" if begin else "") + body[begin:at] + START + body[at:at + len(word)] + STOP + \
        body[at + len(word):at + len(word) + width // 2] + "…"


def matching_document_ids(conn: Connection, query: str, *, fts: bool, limit: int = 1000) -> list[str]:
    """Ids of up to `limit` documents matching a query (for timelines of a story)."""
    return [hit.document.id for hit in search_documents(conn, query, Window(limit, 0), fts=fts).items]
