"""Article text is untrusted: whatever markup it holds is shown as text, never run."""

from __future__ import annotations

from html.parser import HTMLParser

from conftest import TOKEN, XSS_META, XSS_TEXT
from newsgraph.serve.highlight import highlight


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def assert_inert(html: str) -> None:
    """No script runs from this HTML: scripts only from /static, no handlers, no javascript: links."""
    parser = _Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in ("iframe", "svg", "img", "body", "textarea") or tag == "body" and not attrs, (tag, attrs)
        if tag == "script":
            assert attrs.get("src", "").startswith("/static/"), attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name, value)


def _xss_id(client) -> str:
    found = client.get("/api/search", params={"q": "onerror"}).json()["items"]
    return next(hit["document"]["id"] for hit in found if "Tariff talks" in (hit["document"]["title"] or ""))


def test_stored_attack_article_renders_inert(client):
    doc_id = _xss_id(client)
    pages = [f"/documents/{doc_id}", "/", "/documents", "/search?q=onerror", "/entities/ng:howard-lutnick",
             "/timeline", "/findings"]
    for page in pages:
        html = client.get(page, headers={"accept": "text/html"}).text
        assert_inert(html)
        assert "<script>alert" not in html and "<img src=x" not in html
    document = client.get(f"/documents/{doc_id}", headers={"accept": "text/html"}).text
    assert "&lt;script&gt;alert(&#39;text&#39;)&lt;/script&gt;" in document
    assert "&lt;img src=x onerror=alert(&#39;img&#39;)&gt;" in document
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;Tariff talks" in document


def test_the_original_link_is_only_drawn_for_web_addresses(client):
    html = client.get(f"/documents/{_xss_id(client)}", headers={"accept": "text/html"}).text
    assert 'href="javascript:' not in html and "rel=\"noopener noreferrer nofollow\"" not in html


def test_attack_posted_over_http_is_stored_verbatim_and_shown_inert(fresh_client):
    answer = fresh_client.post("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                               json={"text": XSS_TEXT, **XSS_META})
    assert answer.status_code == 201, answer.text
    doc_id = answer.json()["id"]
    assert fresh_client.get(f"/api/documents/{doc_id}").json()["text"] == XSS_TEXT
    assert_inert(fresh_client.get(f"/documents/{doc_id}", headers={"accept": "text/html"}).text)


def test_highlight_escapes_every_piece(client, demo_store):
    record = demo_store.get_record(_xss_id(client))
    html = str(highlight(record))
    assert_inert(html)
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    corrected = [m for m in record.mentions if m.status.value == "corrected"]
    assert corrected and 'class="badge badge-corrected"' in html
