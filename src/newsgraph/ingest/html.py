"""Main text and metadata of a web page, via trafilatura; scripts and boilerplate are dropped."""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass

import trafilatura
from trafilatura.settings import Document as Extraction

from newsgraph.errors import EmptyInput, InputError

MIN_WORDS = 5
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
# A <title> is raw text to the parser, so "<script>alert(1)</script>" in it comes back as text.
_SCRIPT = re.compile(r"<(script|style)\b[^>]{0,2000}>.{0,20000}?</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,2000}>")


@dataclass(frozen=True)
class Page:
    """What trafilatura found in a page."""

    text: str
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None


def extract_page(html: str, *, url: str | None = None, name: str = "page") -> Page:
    """Extract the article text and metadata of an HTML page.

    Raises:
        EmptyInput: the page has no article text.
        InputError: the markup could not be parsed at all.
    """
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, include_comments=False, include_tables=False,
                date_extraction_params=_DATE_PARAMS,
            )
    except (ValueError, RecursionError, MemoryError, TypeError) as exc:
        raise InputError(f"{name}: the HTML could not be parsed ({type(exc).__name__})",
                         hint="check that it is a web page; save it again or pass plain text") from exc
    # Nothing (None; a dict only comes with as_dict=True) or a handful of words, which is navigation
    # or a cookie banner, is not an article.
    if not isinstance(found, Extraction) or len((found.text or "").split()) < MIN_WORDS:
        raise EmptyInput(f"{name}: no article text found in the HTML",
                         hint="the page may need JavaScript, or hold only navigation; pass the text instead")
    return Page(
        text=found.text,
        title=_without_tags(found.title),
        author=_without_tags(found.author),
        date=found.date or None,
        sitename=_without_tags(found.sitename),
        url=found.url or url,
    )


def _without_tags(value: str | None) -> str | None:
    """A metadata value with any markup in it removed: a page's title or site name is plain text."""
    if not value:
        return None
    return " ".join(_TAG.sub(" ", _SCRIPT.sub(" ", value)).split()) or None


def looks_like_html(text: str) -> bool:
    """True when a text is an HTML document or fragment rather than prose."""
    head = text.lstrip()[:1000].lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        head.startswith("<") and any(tag in head for tag in ("<body", "<head", "<article", "<p>", "<div"))
    )
