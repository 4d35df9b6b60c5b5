"""Web archives: HTML responses become documents; bad records, bombs and truncation fail clearly."""

import gzip
import io

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsgraph.batch import ingest_sources
from newsgraph.errors import InputError, TooLarge
from newsgraph.ingest.readers import ReadOptions, read_sources
from newsgraph.ingest.warc import TruncatedArchive
from newsgraph.model import DateSource
from newsgraph.settings import Settings

STORY = ("Japan and the United States resumed tariff talks in Washington on Thursday, officials said. "
         "Negotiators met for about ninety minutes and agreed to meet again next week in Tokyo.")


def page(text=STORY, head=""):
    return f"<html><head><title>Talks</title>{head}</head><body><article><p>{text}</p></article></body></html>"


class Archive:
    """A WARC written by warcio's own writer, record by record."""

    def __init__(self, gz=True):
        self.buffer = io.BytesIO()
        self.writer = WARCWriter(self.buffer, gzip=gz)
        self.writer.write_record(self.writer.create_warcinfo_record("test.warc.gz", {"software": "tests"}))

    def response(self, url, body, *, status="200 OK", content_type="text/html; charset=utf-8",
                 date="2025-07-24T10:00:00Z", extra=()):
        body = body.encode("utf-8") if isinstance(body, str) else body
        headers = StatusAndHeaders(status, [("Content-Type", content_type),
                                            ("Date", "Thu, 24 Jul 2025 10:00:00 GMT"), *extra],
                                   protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers,
                                                warc_headers_dict={"WARC-Date": date})
        self.writer.write_record(record)
        return self

    def record(self, kind, url, body, content_type="application/octet-stream"):
        record = self.writer.create_warc_record(url, kind, payload=io.BytesIO(body),
                                                warc_content_type=content_type)
        self.writer.write_record(record)
        return self

    def save(self, path):
        path.write_bytes(self.buffer.getvalue())
        return path


def read_all(path, **settings):
    return list(read_sources([str(path)], ReadOptions(Settings(**settings))))


def test_only_html_responses_with_status_200_become_documents(tmp_path):
    archive = (Archive()
               .record("request", "http://news.example.com/a", b"GET /a HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
                       "application/http; msgtype=request")
               .response("http://news.example.com/a", page())
               .response("http://news.example.com/gone", page("Gone " * 20), status="404 Not Found")
               .response("http://news.example.com/logo.png", b"\x89PNG....", content_type="image/png")
               .response("http://news.example.com/b", page(STORY.replace("Thursday", "Friday")),
                         content_type="application/xhtml+xml")
               .record("resource", "http://news.example.com/c", page().encode(), "text/html"))
    items = read_all(archive.save(tmp_path / "crawl.warc.gz"))
    assert [i.error for i in items] == [None, None]
    assert [i.origin.rsplit("#")[1] for i in items] == ["3", "6"]
    assert [i.document.url for i in items] == ["http://news.example.com/a", "http://news.example.com/b"]
    assert all(i.document.origin == i.origin for i in items)


@pytest.mark.parametrize("url,head,expected,source", [
    ("http://news.example.com/a", "", "2025-07-24", DateSource.metadata),  # capture date, the last resort
    ("http://news.example.com/2025/07/20/a", "", "2025-07-20", None),  # trafilatura reads the URL too
    ("http://news.example.com/a", '<meta property="article:published_time" content="2025-07-22T08:00:00Z">',
     "2025-07-22", DateSource.metadata),
])
def test_capture_date_only_fills_a_missing_publication_date(tmp_path, url, head, expected, source):
    path = Archive().response(url, page(head=head)).save(tmp_path / "one.warc.gz")
    [item] = read_all(path)
    assert item.document.published.value == expected
    assert source is None or item.document.published.source == source
    captured = any("capture date" in w for w in item.document.warnings)
    assert captured == (url == "http://news.example.com/a" and not head)
    assert not any(w.startswith("publication date unknown") for w in item.document.warnings)


def test_uncompressed_archives_are_read(tmp_path):
    path = Archive(gz=False).response("http://news.example.com/a", page()).save(tmp_path / "plain.warc")
    [item] = read_all(path)
    assert item.error is None and "tariff talks" in item.document.text


def test_a_bad_record_fails_alone(tmp_path):
    archive = (Archive()
               .response("http://news.example.com/broken", b"\x1f\x8bnot really gzip at all",
                         extra=[("Content-Encoding", "gzip")])
               .response("http://news.example.com/empty", "<html><body><nav>Home</nav></body></html>")
               .response("http://news.example.com/good", page()))
    items = read_all(archive.save(tmp_path / "mixed.warc.gz"))
    assert [i.origin.rsplit("#")[1] for i in items] == ["2", "3", "4"]
    assert isinstance(items[0].error, InputError) and "#2" in str(items[0].error)
    assert "no article text" in str(items[1].error)
    assert items[2].error is None and items[2].document.url == "http://news.example.com/good"


def test_a_compressed_page_over_the_limit_is_refused_and_the_next_is_read(tmp_path):
    bomb = gzip.compress(b"<html><body><p>" + b"a" * 3_000_000 + b"</p></body></html>")
    archive = (Archive()
               .response("http://news.example.com/bomb", bomb, extra=[("Content-Encoding", "gzip")])
               .response("http://news.example.com/good", page()))
    items = read_all(archive.save(tmp_path / "bomb.warc.gz"), max_bytes=100_000)
    assert isinstance(items[0].error, TooLarge) and "compression bomb" in str(items[0].error)
    assert items[1].error is None


def test_an_archive_decompressing_past_the_total_limit_stops(tmp_path):
    archive = (Archive()
               .response("http://news.example.com/a", page())
               .record("resource", "http://news.example.com/zeros.bin", b"\0" * 12_000_000)
               .response("http://news.example.com/b", page()))
    path = archive.save(tmp_path / "huge.warc.gz")
    assert path.stat().st_size < 100_000
    items = read_all(path, max_bytes=10_000)
    assert items[0].error is None
    assert isinstance(items[-1].error, TooLarge) and "decompresses to more than 10,000,000" in str(items[-1].error)


def test_a_truncated_archive_keeps_the_records_before_the_cut(tmp_path):
    archive = Archive().response("http://news.example.com/a", page()).response("http://news.example.com/b", page())
    data = archive.buffer.getvalue()
    for name, cut in (("cut.warc.gz", data[:-40]), ("cut.warc", None)):
        if cut is None:
            plain = Archive(gz=False).response("http://news.example.com/a", page())
            plain.response("http://news.example.com/b", page())
            whole = plain.buffer.getvalue()
            cut = whole[:-200]
        path = tmp_path / name
        path.write_bytes(cut)
        items = read_all(path)
        assert items[0].error is None, name
        assert isinstance(items[-1].error, TruncatedArchive), (name, items[-1].error)
        assert "records before it were read" in str(items[-1].error)


def test_a_huge_header_line_is_refused(tmp_path):
    raw = (b"WARC/1.0\r\nWARC-Type: response\r\nX-Junk: " + b"x" * 3_000_000 + b"\r\n\r\n")
    path = tmp_path / "junk.warc"
    path.write_bytes(raw)
    [item] = read_all(path)
    assert isinstance(item.error, TooLarge) and "headers" in str(item.error)


@pytest.mark.parametrize("data", [b"just some text, not an archive\r\n" * 3, b"\x1f\x8b" + b"\x00" * 40])
def test_files_that_are_not_archives_fail_clearly(tmp_path, data):
    path = tmp_path / "fake.warc.gz"
    path.write_bytes(data)
    items = read_all(path)
    assert items and all(isinstance(i.error, InputError) for i in items)


def test_ingest_stores_archived_pages(tmp_path, analyzer, store):
    folder = tmp_path / "crawl"
    folder.mkdir()
    Archive().response("http://news.example.com/2025/07/24/talks", page()).save(folder / "day.warc.gz")
    summary = ingest_sources([str(folder)], ReadOptions(Settings()), analyzer, store)
    assert (summary.ingested, summary.failed) == (1, 0)
    [doc] = store.documents()
    assert doc.published == "2025-07-24" and doc.outlet == "news.example.com"
