"""Infer what a report does not state outright: date, outlet, author, genre, language."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from functools import cache
from pathlib import Path
from urllib.parse import urlsplit

from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

from newsgraph.model import DateSource, Genre, Precision, PublishedDate

# Platforms whose numeric article ids carry a Unix timestamp in their high 32 bits.
_SNOWFLAKE_HOSTS = ("toutiao.com", "toutiaocdn.com", "snssdk.com")
_CHINA_TIME = timezone(timedelta(hours=8))
_EARLIEST = date(1995, 1, 1)  # the web had few news sites before this; older dates are noise

_URL_DATE = [
    # /2025/07/11/, /2025-07-11/, /2025_07_11/
    (re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-](0?[1-9]|1[0-2])[/_-](0?[1-9]|[12]\d|3[01])(?!\d)"), Precision.day),
    # /20250711/ or -20250711-
    (re.compile(r"(?<!\d)((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?!\d)"), Precision.day),
    # /2025/07/
    (re.compile(r"/((?:19|20)\d\d)/(0?[1-9]|1[0-2])/"), Precision.month),
]
_ORIGINAL_LINE = re.compile(
    r"^\s*(?:original(?:\s+(?:article|link|source|url))?|source|来源|原文)\s*[:：]\s*(\S+)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_BYLINE = re.compile(
    r"^\s*(?i:author|by|written by|作者|文)\s*[:：|]?\s*"
    r"([A-Z\u00c0-\u024f][\w.'\u00c0-\u024f-]*(?:\s+[A-Z\u00c0-\u024f][\w.'\u00c0-\u024f-]*){0,3}|[\u4e00-\u9fff]{2,4})\s*$",
    re.MULTILINE,
)
_OPINION_CUES = re.compile(
    r"represents? the (?:personal )?views? of the author"
    r"|views? expressed (?:here |in this article )?are (?:those of )?the author"
    r"|^\s*(?:opinion|commentary|editorial|op-ed|column|viewpoint)\s*(?:[:|–—-]|$)"
    r"|this is an opinion piece|the author'?s own views?",
    re.IGNORECASE | re.MULTILINE,
)
_ANALYSIS_CUES = re.compile(r"^\s*(?:analysis|news analysis|explainer)\s*(?:[:|–—-]|$)", re.IGNORECASE | re.MULTILINE)


def parse_date(value: object) -> PublishedDate | None:
    """Read a given date (2025-07-11, 2025-07, 2025, or an ISO timestamp); None if it is not one."""
    if isinstance(value, datetime):
        return PublishedDate(value=value.date().isoformat(), precision=Precision.day)
    if isinstance(value, date):
        return PublishedDate(value=value.isoformat(), precision=Precision.day)
    if not isinstance(value, str | int):
        return None
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?", text)
    if match:
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
        return PublishedDate(value=day.isoformat(), precision=Precision.day)
    match = re.fullmatch(r"(\d{4})-(\d\d)", text)
    if match and 1 <= int(match[2]) <= 12:
        return PublishedDate(value=text, precision=Precision.month)
    if re.fullmatch(r"\d{4}", text):
        return PublishedDate(value=text, precision=Precision.year)
    return None


def date_from_url(url: str | None, *, today: date) -> PublishedDate | None:
    """Find a publication date in a URL: a date in the path, or a timestamp-bearing article id."""
    if not url:
        return None
    parts = urlsplit(url if "://" in url else "//" + url)
    host = (parts.hostname or "").lower()
    path = parts.path or ""
    if any(host == h or host.endswith("." + h) for h in _SNOWFLAKE_HOSTS):
        found = _snowflake_date(path, today)
        if found:
            return found
    for pattern, precision in _URL_DATE:
        match = pattern.search(path)
        if not match:
            continue
        try:
            day = date(int(match[1]), int(match[2]), int(match[3]) if precision is Precision.day else 1)
        except ValueError:
            continue
        if _EARLIEST <= day <= today:
            value = day.isoformat() if precision is Precision.day else f"{day:%Y-%m}"
            return PublishedDate(value=value, precision=precision, source=DateSource.url)
    return None


def _snowflake_date(path: str, today: date) -> PublishedDate | None:
    """Toutiao-style ids: the high 32 bits are seconds since 1970 (the date is Beijing time)."""
    for digits in re.findall(r"(?<!\d)(\d{17,20})(?!\d)", path):
        seconds = int(digits) >> 32
        try:
            day = datetime.fromtimestamp(seconds, _CHINA_TIME).date()
        except (OverflowError, OSError, ValueError):
            continue
        if _EARLIEST <= day <= today:
            return PublishedDate(value=day.isoformat(), precision=Precision.day, source=DateSource.url)
    return None


def find_original_url(text: str) -> str | None:
    """The link in an "Original article: …" line, if the text has one."""
    match = _ORIGINAL_LINE.search(text)
    return match[1].rstrip(".,;") if match else None


def outlet_from_url(url: str | None) -> str | None:
    """The outlet's host name, without 'www.' and similar prefixes."""
    if not url:
        return None
    host = urlsplit(url if "://" in url else "//" + url).hostname or ""
    host = re.sub(r"^(?:www\d?|m|amp|mobile)\.", "", host.lower())
    return host or None


def find_author(text: str) -> str | None:
    """The name in a byline line ("Author: Cheng Lingyu", "By Jane Doe")."""
    match = _BYLINE.search(text)
    return match[1].strip() if match else None


def infer_genre(text: str, title: str | None = None) -> Genre:
    """Opinion when the text or title says so; analysis when labelled; otherwise news."""
    head = f"{title or ''}\n{text}"
    if _OPINION_CUES.search(head):
        return Genre.opinion
    if _ANALYSIS_CUES.search(head):
        return Genre.analysis
    return Genre.news


# Languages news in this field is written in; limiting the choice keeps short English texts from
# being read as Nigerian Pidgin or Latin.
NEWS_LANGUAGES = ("en", "zh", "ja", "ko", "fr", "de", "es", "it", "pt", "ru", "uk", "ar", "fa", "tr", "hi",
                  "vi", "th", "id", "ms", "tl", "nl", "pl", "sv", "he")


@cache
def _identifier() -> LanguageIdentifier:
    identifier = LanguageIdentifier.from_modelpath(Path(MODEL_DIR) / MODEL_FILE, norm_probs=True)
    identifier.set_languages(list(NEWS_LANGUAGES))
    return identifier


def identify_language(text: str) -> str | None:
    """The ISO 639-1 code of the text's main language (py3langid), or None for too little text."""
    sample = text[:5000]
    if len(sample.strip()) < 20:
        return None
    code, _ = _identifier().classify(sample)
    return code
