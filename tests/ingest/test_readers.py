import io
import json
from datetime import date

import pytest

from newsgraph.errors import BadRecord, EmptyInput, TooLarge, UnsupportedFormat
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.model import DateSource, Genre
from newsgraph.settings import Settings

ARTICLE = "Japan and the United States resumed tariff talks in Washington on Thursday, officials said."

PAGE = """<!doctype html><html><head><title>Talks resume | Pacific Ledger</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-07-23T08:00:00Z">
<meta property="og:site_name" content="Pacific Ledger">
<script>document.write('INJECTED-SCRIPT-TEXT')</script></head>
<body><nav>Home | World | Markets</nav><article><h1>Talks resume</h1>
<p onclick="alert('INJECTED-HANDLER')">""" + ARTICLE + """</p>
<p>Negotiators met for about ninety minutes and agreed to meet again next week in Tokyo.</p>
<script>alert('INJECTED-BODY-SCRIPT')</script></article><footer>Copyright Pacific Ledger</footer></body></html>"""


def read_one(path, options):
    [item] = list(read_sources([str(path)], options))
    if item.error:
        raise item.error
    return item.document


def test_text_with_front_matter(tmp_path, options):
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: Talks resume\nurl: https://example.org/x\noutlet: Harbor Wire\n"
                    "author: Jane Roe\npublished: 2025-07-23\nlanguage: en\n---\n" + ARTICLE, encoding="utf-8")
    doc = read_one(path, options)
    assert doc.text == ARTICLE
    assert (doc.title, doc.url, doc.outlet, doc.author) == ("Talks resume", "https://example.org/x", "Harbor Wire", "Jane Roe")
    assert (doc.published.value, doc.published.source) == ("2025-07-23", DateSource.given)


def test_bad_front_matter_is_reported(tmp_path, options):
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: [unclosed\n---\n" + ARTICLE, encoding="utf-8")
    [item] = list(read_sources([str(path)], options))
    assert isinstance(item.error, BadRecord) and "front matter" in str(item.error)


def test_html_main_text_and_metadata_without_scripts(tmp_path, options):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    doc = read_one(path, options)
    assert ARTICLE in doc.text
    assert "INJECTED" not in doc.text and "<" not in doc.text
    assert "Home | World" not in doc.text and "Copyright" not in doc.text
    assert (doc.title, doc.author, doc.outlet) == ("Talks resume", "Jane Roe", "Pacific Ledger")
    assert (doc.published.value, doc.published.source) == ("2025-07-23", DateSource.metadata)


def test_given_metadata_beats_what_the_page_says(tmp_path, settings):
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    options = ReadOptions(settings, given=DocumentMeta(published="2025-07-24", outlet="Mine"))
    doc = read_one(path, options)
    assert (doc.published.value, doc.published.source, doc.outlet) == ("2025-07-24", DateSource.given, "Mine")


def test_jsonl_reads_every_line_and_reports_bad_ones(tmp_path, options):
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": ARTICLE, "title": "One", "published": "2025-07-01", "outlet": "Harbor Wire"}),
        "{not json",
        json.dumps({"html": PAGE, "url": "https://example.org/2025/07/23/talks"}),
        json.dumps(["a", "list"]),
        "",
        json.dumps({"title": "no body"}),
        json.dumps({"text": "Second article about the defence budget debate in the Diet this week."}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(read_sources([str(path)], options))
    assert [i.origin.rsplit(":", 1)[1] for i in items] == ["1", "2", "3", "4", "6", "7"]
    good = [i.document for i in items if i.document]
    assert [d.title for d in good] == ["One", "Talks resume", None if len(good[2].text) > 200 else good[2].title]
    assert good[1].published.value == "2025-07-23"
    errors = {i.origin.rsplit(":", 1)[1]: str(i.error) for i in items if i.error}
    assert set(errors) == {"2", "4", "6"}
    assert "not valid JSON" in errors["2"] and "not an object" in errors["4"] and "no 'text'" in errors["6"]


def test_stdin(settings):
    options = ReadOptions(settings, stdin=io.BytesIO(ARTICLE.encode("utf-8")))
    [item] = list(read_sources(["-"], options))
    assert item.origin == "<stdin>" and item.document.text == ARTICLE


def test_folders_and_globs_expand_to_readable_files(tmp_path, options):
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sub" / "b.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.md").write_text("# not an article", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n")
    from_folder = [i.origin for i in read_sources([str(tmp_path)], options)]
    assert from_folder == [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "b.html")]
    from_glob = [i.origin for i in read_sources([str(tmp_path / "**" / "*.html")], options)]
    assert from_glob == [str(tmp_path / "sub" / "b.html")]


@pytest.mark.parametrize("name", ["missing.txt", "nothing-*.txt"])
def test_missing_sources_are_errors_not_crashes(tmp_path, options, name):
    [item] = list(read_sources([str(tmp_path / name)], options))
    assert item.error is not None and item.document is None


def test_unsupported_extension(tmp_path, options):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4")
    [item] = list(read_sources([str(path)], options))
    assert isinstance(item.error, UnsupportedFormat)


def test_huge_file_is_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50_000_000)  # a sparse 50 MB file
    [item] = list(read_sources([str(path)], ReadOptions(Settings(max_bytes=5_000_000))))
    assert isinstance(item.error, TooLarge) and "50,000,000 bytes" in str(item.error)


def test_html_without_article_text(tmp_path, options):
    path = tmp_path / "empty.html"
    path.write_text("<html><body><script>alert(1)</script><nav>Home</nav></body></html>", encoding="utf-8")
    [item] = list(read_sources([str(path)], options))
    assert isinstance(item.error, EmptyInput)


def test_seed_001_date_comes_from_its_toutiao_link(seeds, settings):
    options = ReadOptions(settings, today=date(2026, 11, 22))
    doc = read_one(seeds / "001_9ae90b344e27ba69.txt", options)
    assert (doc.published.value, doc.published.source) == ("2025-07-11", DateSource.url)
    assert (doc.genre, doc.outlet, doc.author, doc.language) == (Genre.opinion, "toutiao.com", "Cheng Lingyu", "en")


def test_seed_000_has_no_date_and_says_so(seeds, options):
    doc = read_one(seeds / "000_988e0aadf903abd9.txt", options)
    assert doc.published.value is None and doc.published.source == DateSource.unknown
    assert any("publication date unknown" in w for w in doc.warnings)
    assert doc.genre == Genre.opinion
