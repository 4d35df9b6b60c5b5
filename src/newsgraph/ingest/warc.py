"""Read web archives (.warc, .warc.gz): every HTML response becomes one document.

The archive is decompressed here, not by warcio, so that every byte is counted: one record may
not hold more than `settings.max_bytes` of content, nor its headers more than `HEADER_LIMIT`,
and the whole archive may not decompress to more than `ARCHIVE_FACTOR` times `max_bytes`. A
compression bomb or a truncated archive stops with a clear message; the records before it stay.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator

from newsgraph.errors import InputError, NewsgraphError, TooLarge, TruncatedArchive
from newsgraph.ingest.loaded import Loaded, ReadOptions
from newsgraph.model import DateSource, Precision, PublishedDate

__all__ = ["TruncatedArchive", "read_warc"]

HTML_TYPES = ("text/html", "application/xhtml+xml")
ARCHIVE_FACTOR = 1000  # 5 GB of decompressed archive with the default 5 MB per document
HEADER_LIMIT = 1 << 20  # WARC and HTTP headers of one record
_CHUNK = 1 << 16
_GZIP_MAGIC = b"\x1f\x8b"
_WARC_START = b"WARC/"
_ISO_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


ReadBytes = Callable[..., Loaded]  # readers.read_bytes: (data, *, origin, options, html, url) -> Loaded


def read_warc(path: Path, options: ReadOptions, read_bytes: ReadBytes) -> Iterator[Loaded]:
    """Yield one `Loaded` per HTML response (status 200) of a web archive, each read by `read_bytes`.

    Each document's origin is `PATH#N`, N counting every record of the archive from 1. A record
    that cannot be read yields its error alone; damage to the archive itself (truncation, a
    compression bomb, a header over `HEADER_LIMIT`) yields one last error and stops.
    """
    limit = options.settings.max_bytes
    with path.open("rb") as handle:
        stream = _CountingStream(handle, name=str(path), total_limit=limit * ARCHIVE_FACTOR)
        if not stream.peek(len(_WARC_START)).startswith(_WARC_START):
            raise InputError(f"{path} is not a web archive: it does not start with a WARC record",
                             hint="pass a .warc or .warc.gz file written by a crawler (ARC files are not read)")
        records = ArchiveIterator(stream, ensure_http_headers=False)
        number = 0
        while True:
            stream.limit_window(HEADER_LIMIT)
            try:
                record = next(records, None)
            except NewsgraphError as exc:
                yield Loaded(f"{path}#{number + 1}", error=exc)
                return
            except Exception as exc:  # warcio raises plain exceptions for a damaged archive
                yield Loaded(f"{path}#{number + 1}", error=InputError(
                    f"{path}: record {number + 1} is not a WARC record ({type(exc).__name__}: {exc})",
                    hint="the records before it were read; check the archive with 'warcio check'"))
                return
            if record is None:
                if records.offset < stream.tell():  # warcio ends quietly on a record cut in its headers
                    yield Loaded(f"{path}#{number + 1}", error=TruncatedArchive(
                        f"{path}#{number + 1}: the archive ends inside the headers of this record"))
                return
            number += 1
            stream.limit_window(None)
            origin = f"{path}#{number}"
            try:
                item = _read_record(record, origin, options, read_bytes) if _is_html_response(record) else None
                _drain(record, origin)
            except NewsgraphError as exc:
                item = Loaded(origin, error=exc)
                if isinstance(exc, TruncatedArchive) or stream.exhausted:
                    yield item
                    return
                _drain_quietly(record)
            except Exception as exc:  # a broken chunked body or content encoding: this record only
                item = Loaded(origin, error=InputError(f"{origin}: {type(exc).__name__}: {exc}",
                                                       hint="other records were not affected"))
                _drain_quietly(record)
            if item is not None:
                yield item


def _is_html_response(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    content_type = (record.http_headers.get_header("content-type") or "").split(";")[0].strip().lower()
    return content_type in HTML_TYPES


def _read_record(record, origin: str, options: ReadOptions, read_bytes: ReadBytes) -> Loaded:
    limit = options.settings.max_bytes
    content = record.content_stream()
    chunks, size = [], 0
    while size <= limit:
        chunk = content.read(min(_CHUNK, limit + 1 - size))
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
    if size > limit:
        raise TooLarge(f"{origin} holds more than {limit:,} bytes of page (after decompression); "
                       "refused as a possible compression bomb")
    _check_complete(record, origin)
    url = record.rec_headers.get_header("WARC-Target-URI") or None
    loaded = read_bytes(b"".join(chunks), origin=origin, options=options, html=True, url=url)
    return _with_capture_date(loaded, record)


def _with_capture_date(loaded: Loaded, record) -> Loaded:
    """Use the capture date when the page, its URL and the user gave no publication date."""
    document = loaded.document
    if document is None or document.published.source != DateSource.unknown:
        return loaded
    captured = _capture_date(record)
    if captured is None:
        return loaded
    day, header = captured
    warnings = [w for w in document.warnings if not w.startswith("publication date unknown")]
    warnings.append(f"publication date taken from the archive's capture date ({header} {day}); "
                    "the page may be older, so relative dates may be off")
    published = PublishedDate(value=day, precision=Precision.day, source=DateSource.metadata)
    return Loaded(loaded.origin, document.model_copy(update={"published": published, "warnings": warnings}))


def _capture_date(record) -> tuple[str, str] | None:
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    match = _ISO_DATE.match(warc_date.strip())
    if match:
        return match.group(1), "WARC-Date"
    http_date = record.http_headers.get_header("date") if record.http_headers else None
    if http_date:
        try:
            return parsedate_to_datetime(http_date).date().isoformat(), "HTTP Date"
        except (TypeError, ValueError, IndexError):
            return None
    return None


def _drain(record, origin: str) -> None:
    """Read the rest of a record (counted against the archive limit) and check it was whole."""
    while record.raw_stream.read(_CHUNK):
        pass
    _check_complete(record, origin)


def _drain_quietly(record) -> None:
    try:
        while record.raw_stream.read(_CHUNK):
            pass
    except Exception:  # the next record reports what is wrong with the archive
        pass


def _check_complete(record, origin: str) -> None:
    missing = getattr(record.raw_stream, "limit", 0)
    if missing and not record.raw_stream.read(1):
        raise TruncatedArchive(f"{origin}: the archive ends {missing:,} bytes before the end of this record")


class _CountingStream:
    """A read-only stream of a WARC file, gunzipped member by member, that counts every byte.

    Raises TooLarge past `total_limit` bytes in all, or past the current window (the headers of
    one record); TruncatedArchive when the file ends inside a gzip member.
    """

    def __init__(self, raw: BinaryIO, *, name: str, total_limit: int):
        self._raw = raw
        self._name = name
        self._total_limit = total_limit
        self._position = 0
        self._window_end: int | None = None
        self._peeked = b""
        head = raw.read(2)
        self._gzip = head == _GZIP_MAGIC
        self._compressed = head
        self._decompressor: zlib._Decompress | None = None
        self.exhausted = False

    def tell(self) -> int:
        return self._position - len(self._peeked)

    def peek(self, size: int) -> bytes:
        """The first bytes of the archive, which the next read returns again."""
        while len(self._peeked) < size:
            data = self._read_counted(size - len(self._peeked))
            if not data:
                break
            self._peeked += data
        return self._peeked

    def limit_window(self, size: int | None) -> None:
        """Allow at most `size` more bytes until the next call (None: only the total limit)."""
        self._window_end = None if size is None else self._position + size

    def read(self, size: int = -1) -> bytes:
        size = _CHUNK if size is None or size < 0 else size
        if self._peeked:
            data, self._peeked = self._peeked[:size], self._peeked[size:]
            return data
        return self._read_counted(size)

    def _read_counted(self, size: int) -> bytes:
        data = self._read_gzip(size) if self._gzip else self._read_plain(size)
        self._position += len(data)
        if self._position > self._total_limit:
            self.exhausted = True
            raise TooLarge(f"{self._name} decompresses to more than {self._total_limit:,} bytes; "
                           f"refused as a possible compression bomb after {self._position:,} bytes")
        if self._window_end is not None and self._position > self._window_end:
            self.exhausted = True
            raise TooLarge(f"{self._name}: a record's headers run past {HEADER_LIMIT:,} bytes at byte "
                           f"{self._position:,}; the archive is damaged or hostile")
        return data

    def _read_plain(self, size: int) -> bytes:
        data = self._compressed + self._raw.read(max(0, size - len(self._compressed)))
        self._compressed = b""
        return data

    def _read_gzip(self, size: int) -> bytes:
        while True:
            if self._decompressor is None:  # between members: start the next one, if any
                if not self._compressed:
                    self._compressed = self._raw.read(_CHUNK)
                    if not self._compressed:
                        return b""  # the last member ended cleanly
                self._compressed = self._compressed.lstrip(b"\x00\r\n \t")
                if not self._compressed:
                    continue  # padding after a member
                if not _GZIP_MAGIC.startswith(self._compressed[:2]):
                    raise InputError(f"{self._name}: data after byte {self._position:,} is not gzip",
                                     hint="the records before it were read; check the archive")
                self._decompressor = zlib.decompressobj(wbits=31)
            if not self._compressed:
                self._compressed = self._raw.read(_CHUNK)
                if not self._compressed:
                    raise TruncatedArchive(f"{self._name} ends in the middle of a gzip member "
                                           f"(after {self._position:,} decompressed bytes)")
            try:
                data = self._decompressor.decompress(self._compressed, size)
            except zlib.error as exc:
                raise InputError(f"{self._name}: broken gzip data after byte {self._position:,} ({exc})",
                                 hint="the records before it were read; download the archive again") from None
            if self._decompressor.eof:
                self._compressed = self._decompressor.unused_data
                self._decompressor = None
            else:
                self._compressed = self._decompressor.unconsumed_tail
            if data:
                return data
