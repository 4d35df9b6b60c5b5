"""What reading a source yields (`Loaded`) and what it is given (`ReadOptions`): shared by the
readers of every format (ingest/readers.py, ingest/warc.py)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import BinaryIO

from newsgraph.errors import NewsgraphError
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.fetch import Fetcher
from newsgraph.model import Document
from newsgraph.settings import Settings

__all__ = ["Loaded", "ReadOptions"]


@dataclass(frozen=True)
class Loaded:
    """One document read from a source, or the reason it could not be read."""

    origin: str
    document: Document | None = None
    error: NewsgraphError | None = None


@dataclass
class ReadOptions:
    """Metadata given by the user for every document, plus what reading needs."""

    settings: Settings
    given: DocumentMeta = field(default_factory=DocumentMeta)
    today: date = field(default_factory=date.today)
    stdin: BinaryIO | None = None
    fetcher: Fetcher | None = None
