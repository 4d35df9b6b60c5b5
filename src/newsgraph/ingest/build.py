"""Combine given and inferred metadata into a Document, in a fixed order of trust."""

from __future__ import annotations

import re
import reprlib
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from newsgraph.errors import BadRecord, InputError, TooLarge
from newsgraph.ingest import metadata
from newsgraph.ingest.quality import assess_translation
from newsgraph.model import DateSource, Document, Genre, PublishedDate

UNKNOWN_DATE_WARNING = (
    "publication date unknown: relative dates ('last year', 'on Thursday') stay unresolved; "
    "pass --published YYYY-MM-DD"
)
# The longest text the analyser takes (spaCy's default nlp.max_length); refused here with a
# clear reason instead of failing later inside spaCy with advice about its settings.
MAX_TEXT_CHARS = 1_000_000
# The longest run without whitespace in a text to analyse: spaCy's tokenizer takes quadratic time
# in the length of such a run (400,000 "<" took 30 s); prose never has one this long.
MAX_RUN_CHARS = 5_000
# Characters no metadata field may hold: C0/C1 controls (PostgreSQL refuses NUL) and lone
# surrogates ('\ud800' escapes in JSON), which no database or JSON encoder accepts.
_UNPRINTABLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]|[\ud800-\udfff]")
# Short reprs of whatever a file gave: a YAML alias bomb must not be expanded into a message.
_SHOWN = reprlib.Repr()
_SHOWN.maxstring = _SHOWN.maxother = 60
_SHOWN.maxlong = 20


@dataclass(frozen=True)
class DocumentMeta:
    """Metadata fields a user or a page may supply; None means not given."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: Any = None
    language: str | None = None
    genre: str | None = None

    @classmethod
    def from_mapping(cls, data: dict, *, name: str = "input") -> DocumentMeta:
        """Take the known keys of a mapping (front matter, a JSON object); ignore the rest."""
        values = {}
        for field in fields(cls):
            value = data.get(field.name)
            if value is None or value == "":
                continue
            if field.name != "published" and not isinstance(value, str):
                raise BadRecord(f"{name}: '{field.name}' must be text, not {type(value).__name__}")
            if field.name == "published" and (isinstance(value, bool)
                                              or not isinstance(value, str | int | date)):
                raise BadRecord(f"{name}: 'published' must be a date like 2025-07-11, "
                                f"not {type(value).__name__}", hint="write it as 2025-07-11 (or 2025-07, 2025)")
            values[field.name] = value.strip() if isinstance(value, str) else value
        return cls(**values)

    def merged_over(self, other: DocumentMeta) -> DocumentMeta:
        """These values where set, else the other's."""
        return replace(other, **{f.name: getattr(self, f.name) for f in fields(self)
                                 if getattr(self, f.name) is not None})


def build_document(text: str, *, given: DocumentMeta, origin: str, today: date,
                   found: DocumentMeta | None = None, metadata_date: str | None = None,
                   repaired: int = 0) -> Document:
    """Make a Document from its text, what was given, and what the page itself declared.

    Order of trust for the date: given > page metadata > URL (incl. "Original article:") > unknown.
    """
    if len(text) > MAX_TEXT_CHARS:
        raise TooLarge(f"{origin}: the text is {len(text):,} characters, over the {MAX_TEXT_CHARS:,} "
                       "one document may hold", hint="split it into several documents")
    given, found = _printable(given), _printable(found or DocumentMeta())
    warnings: list[str] = []
    original = metadata.find_original_url(text)
    url = given.url or found.url
    published = _published(given, metadata_date, [url, original], today, origin, warnings)
    language = given.language or metadata.identify_language(text)
    longest = max(map(len, text.split()), default=0)
    if longest > MAX_RUN_CHARS and language in (None, "en"):
        raise InputError(f"{origin}: a run of {longest:,} characters without a space (over {MAX_RUN_CHARS:,}) "
                         "is not prose: encoded data or a flood of symbols",
                         hint="remove that part, or pass the article's text only")
    genre = _genre(given.genre, text, given.title or found.title, origin)
    if language not in (None, "en"):
        warnings.append(f"language '{language}' is not analysed: only English text is supported")
    machine_translation = assess_translation(
        text, language=language, source_urls=[u for u in (url, original) if u], repaired=repaired,
    )
    return Document(
        text=text,
        title=given.title or found.title or _first_line(text),
        url=url or original,
        outlet=given.outlet or found.outlet or metadata.outlet_from_url(url or original),
        author=given.author or found.author or metadata.find_author(text),
        published=published,
        language=language,
        genre=genre,
        machine_translation=machine_translation,
        origin=origin,
        warnings=warnings,
    )


def _published(given: DocumentMeta, metadata_date: str | None, urls: list[str | None], today: date,
               origin: str, warnings: list[str]) -> PublishedDate:
    if given.published is not None:
        parsed = metadata.parse_date(given.published)
        if parsed is None:
            raise BadRecord(f"{origin}: published date {_SHOWN.repr(given.published)} is not YYYY-MM-DD",
                            hint="write it as 2025-07-11 (or 2025-07, 2025)")
        return parsed.model_copy(update={"source": DateSource.given})
    if metadata_date:
        parsed = metadata.parse_date(metadata_date)
        if parsed is not None:
            return parsed.model_copy(update={"source": DateSource.metadata})
    for url in urls:
        found = metadata.date_from_url(url, today=today)
        if found is not None:
            return found
    warnings.append(UNKNOWN_DATE_WARNING)
    return PublishedDate()


def _genre(given: str | None, text: str, title: str | None, origin: str) -> Genre:
    if given is None:
        return metadata.infer_genre(text, title)
    try:
        return Genre(given.lower())
    except ValueError:
        raise BadRecord(f"{origin}: genre {_SHOWN.repr(given)} is not one of news, opinion, analysis") from None


def _printable(meta: DocumentMeta) -> DocumentMeta:
    """The metadata with control characters and lone surrogates dropped from its text fields."""
    cleaned = {f.name: _UNPRINTABLE.sub("", value).strip() or None for f in fields(meta)
               if isinstance(value := getattr(meta, f.name), str) and _UNPRINTABLE.search(value)}
    return replace(meta, **cleaned) if cleaned else meta


def _first_line(text: str) -> str | None:
    line = text.strip().split("\n", 1)[0].strip()
    return line[:200] if 0 < len(line) <= 200 else None
