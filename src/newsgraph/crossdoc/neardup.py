"""Near-duplicates: syndicated copies and light rewrites of one story, linked so they count once.

A document's text is normalised (NFKC, case-folded, words only) and cut into overlapping word
3-grams ("shingles"). Its MinHash signature keeps, for each of 128 seeded hash functions (a
64-bit hash of the shingle, xor a seed, through MurmurHash3's finaliser), the smallest hash of
any shingle; the share of positions where two signatures agree estimates the Jaccard similarity
of their shingle sets (Broder 1997), with a standard error of about 0.04 near 0.7. Signatures
are cut into 32 bands of 4 values (locality-sensitive hashing): documents that share a band are
candidates, and only candidates are compared, so linking a new document costs a few index
look-ups however large the database.

Two documents are near-duplicates when either
  - their estimated Jaccard similarity is at least `RESEMBLANCE` (0.7): the same story with a few
    words changed (changing one word in twenty scattered through a text leaves about 0.75), or
  - at least `CONTAINMENT` (0.9) of the shorter one's shingles are in the longer one, and the
    shorter has at least half as many shingles: a wire story with a header or footer added.
Texts with fewer than `MIN_SHINGLES` shingles are never linked: too short to tell.
A different story on the same topic shares names and phrases but scores far below both (under
0.05 on the texts in tests/crossdoc/test_neardup.py).

Uses numpy, which spaCy already brings; no other dependency.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
from sqlalchemy import insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import IntegrityError

from newsgraph.store.tables import document_signatures, documents, near_duplicates, signature_bands

__all__ = ["Signature", "make_signature", "near_duplicate_groups", "near_duplicate_score", "similarity",
           "update_near_duplicates"]

SHINGLE_WORDS = 3
PERMUTATIONS = 128
BANDS, ROWS = 32, 4  # BANDS * ROWS == PERMUTATIONS; candidates from a Jaccard of about 0.4 up
RESEMBLANCE = 0.7
CONTAINMENT = 0.9
MIN_SHINGLES = 20

_RANDOM = np.random.RandomState(20251122)  # fixed: signatures must stay comparable across runs
_SEEDS = _RANDOM.randint(0, 1 << 63, size=PERMUTATIONS, dtype=np.int64).astype(np.uint64)
_EMPTY = np.uint64((1 << 64) - 1)
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Signature:
    """The MinHash signature of one text and how many distinct shingles it had."""

    values: np.ndarray  # PERMUTATIONS uint64 values
    shingle_count: int

    def to_bytes(self) -> bytes:
        """The values as stored (little-endian uint64)."""
        return self.values.astype("<u8").tobytes()

    @classmethod
    def from_bytes(cls, data: bytes, shingle_count: int) -> Signature:
        """Read a stored signature."""
        return cls(np.frombuffer(data, dtype="<u8").astype(np.uint64), shingle_count)

    def band_keys(self) -> list[int]:
        """One 63-bit key per LSH band: documents sharing a key are compared."""
        return [int.from_bytes(hashlib.blake2b(bytes([band]) + self.values[band * ROWS:(band + 1) * ROWS]
                                               .astype("<u8").tobytes(), digest_size=8).digest(), "little") >> 1
                for band in range(BANDS)]


def shingles(text: str) -> set[str]:
    """The distinct word 3-grams of a text after NFKC, case folding and dropping punctuation."""
    words = _WORD.findall(unicodedata.normalize("NFKC", text).casefold())
    if len(words) < SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def make_signature(text: str) -> Signature:
    """The MinHash signature of a text's shingles."""
    found = shingles(text)
    if not found:
        return Signature(np.full(PERMUTATIONS, _EMPTY, dtype=np.uint64), 0)
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest(), "little")
                          for s in found), dtype=np.uint64, count=len(found))
    return Signature(_mix(hashes[None, :] ^ _SEEDS[:, None]).min(axis=1), len(found))


def _mix(x: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: each seed gives an independent-looking permutation."""
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xFF51AFD7ED558CCD)
    x = x ^ (x >> np.uint64(33))
    x = x * np.uint64(0xC4CEB9FE1A85EC53)
    return x ^ (x >> np.uint64(33))


def similarity(a: Signature, b: Signature) -> float:
    """The estimated Jaccard similarity of two texts' shingle sets (0..1)."""
    return float(np.count_nonzero(a.values == b.values)) / PERMUTATIONS


def near_duplicate_score(a: Signature, b: Signature) -> float | None:
    """The estimated Jaccard similarity when two texts are near-duplicates (see the module), else None."""
    small, large = sorted((a.shingle_count, b.shingle_count))
    if small < MIN_SHINGLES:
        return None
    jaccard = similarity(a, b)
    if jaccard >= RESEMBLANCE:
        return jaccard
    contained = jaccard * (small + large) / ((1 + jaccard) * small)
    if contained >= CONTAINMENT and small * 2 >= large:
        return jaccard
    return None


def update_near_duplicates(engine: Engine) -> int:
    """Sign every stored document that has no signature yet and link it to its near-duplicates.

    Each document is signed and linked in its own transaction; run it after an ingest.

    Returns:
        How many near-duplicate links were added.
    """
    with engine.connect() as conn:
        pending = [r.id for r in conn.execute(
            select(documents.c.id).outerjoin(document_signatures, document_signatures.c.document_id == documents.c.id)
            .where(document_signatures.c.document_id.is_(None)).order_by(documents.c.ingested_at, documents.c.id))]
    added = 0
    for document_id in pending:
        try:
            with engine.begin() as conn:
                added += _link(conn, document_id)
        except IntegrityError:
            continue  # another process signed it (or the document was deleted) meanwhile
    return added


def _link(conn: Connection, document_id: str) -> int:
    text = conn.execute(select(documents.c.text).where(documents.c.id == document_id)).scalar_one()
    signature = make_signature(text)
    keys = signature.band_keys()
    conn.execute(insert(document_signatures), {"document_id": document_id, "shingle_count": signature.shingle_count,
                                               "signature": signature.to_bytes()})
    conn.execute(insert(signature_bands), [{"band_key": key, "document_id": document_id} for key in keys])
    if signature.shingle_count < MIN_SHINGLES:
        return 0
    candidates = (select(document_signatures)
                  .where(document_signatures.c.document_id.in_(
                      select(signature_bands.c.document_id).where(signature_bands.c.band_key.in_(keys))))
                  .where(document_signatures.c.document_id != document_id)
                  .order_by(document_signatures.c.document_id))
    links = []
    for row in conn.execute(candidates):
        score = near_duplicate_score(signature, Signature.from_bytes(row.signature, row.shingle_count))
        if score is not None:
            links.append({"document_id": document_id, "duplicate_of": row.document_id, "similarity": score})
    if links:
        conn.execute(insert(near_duplicates), links)
    return len(links)


def near_duplicate_groups(conn: Connection) -> dict[str, str]:
    """Map every document that has near-duplicates to its group's canonical document.

    A group is every document connected by near-duplicate links; its canonical document is the
    earliest published (undated last), then the earliest stored. Documents absent from the
    result have no near-duplicate: use `groups.get(doc_id, doc_id)`.
    """
    parent: dict[str, str] = {}

    def root(node: str) -> str:
        while parent.setdefault(node, node) != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for row in conn.execute(select(near_duplicates.c.document_id, near_duplicates.c.duplicate_of)):
        parent[root(row.document_id)] = root(row.duplicate_of)
    if not parent:
        return {}
    order = {r.id: (r.published is None, r.published or "", r.ingested_at, r.id) for r in conn.execute(
        select(documents.c.id, documents.c.published, documents.c.ingested_at)
        .where(documents.c.id.in_(list(parent))))}
    members: dict[str, list[str]] = {}
    for node in parent:
        members.setdefault(root(node), []).append(node)
    return {node: min(group, key=order.__getitem__) for group in members.values() for node in group}
