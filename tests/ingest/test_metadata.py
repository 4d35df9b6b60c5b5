from datetime import date

import pytest

from newsgraph.ingest import metadata
from newsgraph.model import DateSource, Genre, Precision

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize("url, value, precision", [
    ("https://www.toutiao.com/article/7525806057629680138/", "2025-07-11", Precision.day),
    ("toutiao.com/article/7525806057629680138", "2025-07-11", Precision.day),
    ("https://news.example.com/2025/07/23/us-japan-deal", "2025-07-23", Precision.day),
    ("https://example.org/world/2026-02-13/talks.html", "2026-02-13", Precision.day),
    ("https://example.org/a/20250411/story", "2025-04-11", Precision.day),
    ("https://example.org/politics/2025/10/takaichi-first-month", "2025-10", Precision.month),
    ("toutiao.com/article/1856992400842060/", None, None),  # too short: not a timestamp id
    ("https://example.org/2031/01/01/future", None, None),  # after today: not a publication date
    ("https://example.org/2025/13/45/nonsense", None, None),
    ("https://example.org/story-12345", None, None),
    (None, None, None),
])
def test_publication_date_from_url(url, value, precision):
    found = metadata.date_from_url(url, today=TODAY)
    if value is None:
        assert found is None
    else:
        assert (found.value, found.precision, found.source) == (value, precision, DateSource.url)


@pytest.mark.parametrize("given, value, precision", [
    ("2025-07-11", "2025-07-11", Precision.day),
    ("2025-07-11T08:30:00+09:00", "2025-07-11", Precision.day),
    (date(2025, 7, 11), "2025-07-11", Precision.day),
    ("2025-07", "2025-07", Precision.month),
    ("2025", "2025", Precision.year),
    ("2025-02-30", None, None),
    ("July 11", None, None),
])
def test_given_dates_are_parsed_strictly(given, value, precision):
    found = metadata.parse_date(given)
    assert (found.value, found.precision) == (value, precision) if value else found is None


@pytest.mark.parametrize("url, outlet", [
    ("https://www.toutiao.com/article/1/", "toutiao.com"),
    ("toutiao.com/article/1856992400842060/", "toutiao.com"),
    ("https://news.example.com/x", "news.example.com"),
    ("https://www.news.cn/world/20250711/abc.html", "news.cn"),
    ("https://harbor-wire.example.com/2025/07/23/deal", "harbor-wire.example.com"),
    (None, None),
])
def test_outlet_from_url_host(url, outlet):
    assert metadata.outlet_from_url(url) == outlet


@pytest.mark.parametrize("text, url", [
    ("Body.\n\nOriginal article: toutiao.com/article/1856992400842060/\n", "toutiao.com/article/1856992400842060/"),
    ("Body.\nOriginal: https://www.toutiao.com/article/7525806057629680138/\n",
     "https://www.toutiao.com/article/7525806057629680138/"),
    ("Body with no link.", None),
])
def test_original_article_line(text, url):
    assert metadata.find_original_url(text) == url


@pytest.mark.parametrize("text, author", [
    ("Story.\n\nAuthor: Cheng Lingyu\n\nOriginal: x", "Cheng Lingyu"),
    ("By Jane Roe\nTokyo — The talks", "Jane Roe"),
    ("作者：王小明\n正文", "王小明"),
    ("By the way, nothing here names an author.", None),
])
def test_author_from_byline(text, author):
    assert metadata.find_author(text) == author


@pytest.mark.parametrize("text, title, genre", [
    ("Statement: This article represents the views of the author.", None, Genre.opinion),
    ("Body.\nThe views expressed here are those of the author.", None, Genre.opinion),
    ("Opinion: Japan should hold firm", None, Genre.opinion),
    ("Body", "Commentary: what the deal means", Genre.opinion),
    ("Editorial\nThe government must explain itself.", None, Genre.opinion),
    ("Analysis: why the talks stalled", None, Genre.analysis),
    ("The talks resumed on Monday, officials said.", None, Genre.news),
    ("Public opinion surveys show support falling.", None, Genre.news),
])
def test_genre_from_cues(text, title, genre):
    assert metadata.infer_genre(text, title) == genre


@pytest.mark.parametrize("text, language", [
    ("Japan's prime minister said on Thursday that the tariff talks would continue next week.", "en"),
    ("日本の首相は木曜日、関税交渉を来週も続けると述べた。政府は合意を目指している。", "ja"),
    ("日本首相周四表示，关税谈判将于下周继续进行，政府希望达成协议。", "zh"),
    ("Der japanische Premierminister sagte am Donnerstag, die Zollgespräche würden fortgesetzt.", "de"),
    ("short", None),
])
def test_language_is_identified(text, language):
    assert metadata.identify_language(text) == language
