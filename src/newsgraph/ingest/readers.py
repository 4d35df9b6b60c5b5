"""Read sources (paths, folders, globs, .jsonl, URLs, standard input) into Documents.

Every source yields `Loaded` items; a source that fails yields one item carrying the error, so
one bad file never stops the others.
"""

from __future__ import annotations

import copy
import glob
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from newsgraph.errors import BadRecord, InputError, NewsgraphError, TooLarge, UnsupportedFormat
from newsgraph.ingest.build import DocumentMeta, build_document
from newsgraph.ingest.decode import clean_text, decode_bytes
from newsgraph.ingest.fetch import Fetcher
from newsgraph.ingest.frontmatter import split_front_matter
from newsgraph.ingest.html import extract_page, looks_like_html
from newsgraph.ingest.loaded import Loaded, ReadOptions
from newsgraph.ingest.warc import read_warc

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
READABLE = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
_SURROGATE = re.compile("[\ud800-\udfff]")


def read_sources(sources: Iterable[str], options: ReadOptions) -> Iterator[Loaded]:
    """Expand and read every source in order; failures are yielded, never raised."""
    for source in sources:
        if source == "-":
            items = _guard("<stdin>", lambda: _read_stdin(options))
        elif source.startswith(("http://", "https://")):
            items = _guard(source, lambda s=source: _read_url(s, options))
        else:
            items = _guard(source, lambda s=source: _read_local(s, options))
        yield from map(_printable, items)


def read_path(path: Path, options: ReadOptions) -> Iterator[Loaded]:
    """Read one file by its extension (.txt, .html, .jsonl, .warc[.gz]; .md is read as text)."""
    if _is_warc(path):  # web archives: one document per HTML response (ingest/warc.py)
        yield from read_warc(path, options, read_bytes)
        return
    suffix = path.suffix.lower()
    if suffix not in READABLE | {".md"}:
        raise UnsupportedFormat(f"{path}: cannot read '{suffix or 'no extension'}' files")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: {exc.strerror}", hint="check the path") from exc
    if suffix in JSONL_SUFFIXES:
        yield from _read_jsonl(path, options)
        return
    limit = options.settings.max_bytes
    with path.open("rb") as handle:
        data = handle.read(limit + 1)  # never read more than the limit from a huge file
    if size > limit:
        raise TooLarge(f"{path} is {size:,} bytes, over the limit of {limit:,}")
    yield read_bytes(data, origin=str(path), options=options, html=suffix in HTML_SUFFIXES)


def read_bytes(data: bytes, *, origin: str, options: ReadOptions, html: bool | None = None,
               url: str | None = None) -> Loaded:
    """Decode and read one document's bytes (text with optional front matter, or HTML)."""
    decoded = decode_bytes(data, max_bytes=options.settings.max_bytes, name=origin)
    return read_text(decoded.text, origin=origin, options=options, html=html, url=url,
                     repaired=decoded.repaired)


def read_text(text: str, *, origin: str, options: ReadOptions, html: bool | None = None,
              url: str | None = None, meta: DocumentMeta | None = None, repaired: int = 0) -> Loaded:
    """Read one document from decoded text; `html=None` sniffs the format."""
    meta = meta or DocumentMeta()
    if url and not meta.url:
        meta = meta.merged_over(DocumentMeta(url=url))
    if html is None:
        html = looks_like_html(text)
    if html:
        page = extract_page(text, url=meta.url, name=origin)
        found = DocumentMeta(title=page.title, author=page.author, url=page.url, outlet=page.sitename)
        body = clean_text(page.text, name=origin).text
        document = build_document(body, given=options.given.merged_over(meta), found=found,
                                  metadata_date=page.date, origin=origin, today=options.today,
                                  repaired=repaired)
    else:
        front, body = split_front_matter(text, name=origin)
        body = clean_text(body, name=origin).text
        document = build_document(body, given=options.given.merged_over(meta.merged_over(front)),
                                  origin=origin, today=options.today, repaired=repaired)
    return Loaded(origin, document)


def _read_jsonl(path: Path, options: ReadOptions) -> Iterator[Loaded]:
    with path.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            origin = f"{path}:{number}"
            if not raw.strip():
                continue
            yield from _guard(origin, lambda r=raw, o=origin: [_read_json_line(r, o, options)])


def _read_json_line(raw: bytes, origin: str, options: ReadOptions) -> Loaded:
    line = decode_bytes(raw, max_bytes=options.settings.max_bytes, name=origin).text
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"{origin}: not valid JSON ({exc.msg} at column {exc.colno})") from None
    except (ValueError, RecursionError) as exc:  # a 5,000-digit number; arrays nested 100,000 deep
        raise BadRecord(f"{origin}: not valid JSON ({str(exc)[:100]})") from None
    if not isinstance(item, dict):
        raise BadRecord(f"{origin}: a JSON {type(item).__name__}, not an object")
    meta = DocumentMeta.from_mapping(item, name=origin)
    if isinstance(item.get("html"), str) and item["html"].strip():
        return read_text(item["html"], origin=origin, options=options, html=True, meta=meta)
    if isinstance(item.get("text"), str):
        return read_text(item["text"], origin=origin, options=options, html=False, meta=meta)
    raise BadRecord(f"{origin}: no 'text' or 'html' field")


def _read_stdin(options: ReadOptions) -> Iterator[Loaded]:
    stream = options.stdin or sys.stdin.buffer
    data = stream.read(options.settings.max_bytes + 1)
    yield read_bytes(data, origin="<stdin>", options=options)


def _read_url(url: str, options: ReadOptions) -> Iterator[Loaded]:
    fetcher = options.fetcher or Fetcher(options.settings)
    fetched = fetcher.fetch(url)
    html = "html" in fetched.content_type or None
    yield read_bytes(fetched.content, origin=url, options=options, html=html, url=fetched.url)


def _read_local(source: str, options: ReadOptions) -> Iterator[Loaded]:
    for path in _expand(source):
        yield from _guard(str(path), lambda p=path: read_path(p, options))


def _expand(source: str) -> list[Path]:
    """The files a path, folder or glob names; folders are walked for readable files."""
    path = Path(source)
    if path.is_dir():
        return sorted(p for p in path.rglob("*") if p.is_file() and (p.suffix.lower() in READABLE or _is_warc(p)))
    if any(ch in source for ch in "*?["):
        matches = sorted(Path(p) for p in glob.glob(source, recursive=True))
        files = [p for p in matches if p.is_file() and (p.suffix.lower() in READABLE | {".md"} or _is_warc(p))]
        if not files:
            raise InputError(f"{source}: no readable files match", hint="check the pattern")
        return files
    if not path.exists():
        raise InputError(f"{source}: no such file or folder", hint="check the path")
    return [path]


def _is_warc(path: Path) -> bool:
    return path.name.lower().endswith((".warc", ".warc.gz"))


def _printable(item: Loaded) -> Loaded:
    """The item with the undecodable bytes of a file name shown as U+FFFD in its origin and message.

    Python keeps file-name bytes that are not UTF-8 as lone surrogates, which no database, JSON
    encoder or terminal accepts: storing such an origin would fail the whole batch.
    """
    if not _SURROGATE.search(item.origin) and not (item.error and _SURROGATE.search(str(item.error))):
        return item
    origin = _SURROGATE.sub("\ufffd", item.origin)
    document = item.document
    if document is not None:
        document = document.model_copy(update={"origin": _SURROGATE.sub("\ufffd", document.origin)})
    error = item.error
    if error is not None:
        error = copy.copy(error)
        error.args = tuple(_SURROGATE.sub("\ufffd", a) if isinstance(a, str) else a for a in error.args)
    return Loaded(origin, document, error)


def _guard(origin: str, read) -> Iterator[Loaded]:
    """Run a reader, turning any failure into a Loaded error for that origin."""
    try:
        yield from read()
    except NewsgraphError as exc:
        yield Loaded(origin, error=exc)
    except (OSError, UnicodeError, RecursionError, MemoryError, ValueError) as exc:
        yield Loaded(origin, error=InputError(f"{origin}: {type(exc).__name__}: {exc}",
                                              hint="check the file; other inputs were not affected"))
