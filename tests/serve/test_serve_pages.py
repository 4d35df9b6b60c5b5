"""Dashboard pages: each renders on the demo corpus, has a JSON twin, and loads nothing from elsewhere."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsgraph.serve.security import CSP

HTML = {"accept": "text/html"}
STATIC = Path(__file__).resolve().parents[2] / "src" / "newsgraph" / "serve" / "static"


def _pages(client) -> dict[str, str]:
    doc = client.get("/api/documents", params={"mt": "true", "genre": "opinion"}).json()["items"][0]["id"]
    return {
        "/": "/api/overview",
        "/documents": "/api/documents",
        f"/documents/{doc}": f"/api/documents/{doc}",
        "/entities": "/api/entities",
        "/entities/ng:howard-lutnick": "/api/entities/ng:howard-lutnick",
        "/findings": "/api/findings",
        "/indicators": "/api/indicators",
        "/indicators/approval_rating": "/api/indicators/approval_rating/series",
        "/timeline": "/api/timeline",
        "/graph": "/api/graph",
        "/search?q=tariff": "/api/search?q=tariff",
    }


def test_every_page_renders_and_its_json_twin_matches_the_api(client):
    for page, api in _pages(client).items():
        html = client.get(page, headers=HTML)
        assert html.status_code == 200, page
        assert html.headers["content-type"].startswith("text/html")
        twin = client.get(page + ("&" if "?" in page else "?") + "format=json")
        assert twin.status_code == 200 and twin.headers["content-type"] == "application/json", page
        assert twin.json() == client.get(api).json(), page
        assert 'rel="alternate" type="application/json"' in html.text


def test_pages_send_a_strict_content_security_policy(client):
    answer = client.get("/", headers=HTML)
    policy = answer.headers["content-security-policy"]
    assert policy == CSP and "unsafe-eval" not in policy and "unsafe-inline" not in policy
    assert answer.headers["x-content-type-options"] == "nosniff" and answer.headers["x-frame-options"] == "DENY"


def test_pages_have_no_inline_scripts_styles_or_remote_assets(client):
    for page in _pages(client):
        text = client.get(page, headers=HTML).text
        for script in re.findall(r"<script\b[^>]*>", text):
            assert re.search(r'src="/static/[^"]+"', script), (page, script)
        assert not re.search(r"<script\b[^>]*>\s*[^<\s]", text), page
        assert "<style" not in text and not re.search(r"\sstyle=", text), page
        assert not re.search(r'(src|href)="(https?:)?//', text.replace('href="https://', 'href="XX')), page


def test_document_page_badges_corrections_and_warns_of_translation(client):
    doc = client.get("/api/documents", params={"mt": "true", "genre": "opinion"}).json()["items"][0]["id"]
    text = client.get(f"/documents/{doc}", headers=HTML).text
    assert 'id="mt-banner"' in text and "untranslated Chinese characters" in text
    badge = re.search(r'<a href="(/entities/[^"]+)" class="badge badge-corrected" title="([^"]+)">', text)
    assert badge and re.search(r"resembles|reading", badge.group(2))
    assert 'class="time"' in text and 'class="claim claim-' in text


def test_entity_page_shows_roles_and_a_chart(client):
    text = client.get("/entities/ng:howard-lutnick", headers=HTML).text
    assert "United States Secretary of Commerce" in text and 'class="vega-chart"' in text


def test_indicator_page_carries_bands_and_linked_points(client):
    text = client.get("/indicators/approval_rating", params={"subject": "ng:shigeru-ishiba"}, headers=HTML).text
    assert "danger zone" in text and "downfall zone" in text
    assert re.search(r'href="/documents/[0-9a-f]+#[^"]+-o-', text)


def test_search_page_marks_matches(client):
    text = client.get("/search", params={"q": "Jiji"}, headers=HTML).text
    assert "<mark>Jiji</mark>" in text


@pytest.mark.parametrize("name", ["htmx.min.js", "vega.min.js", "vega-lite.min.js", "vega-embed.min.js",
                                  "vega-interpreter.mjs", "cytoscape.min.js"])
def test_vendored_files_are_served_with_their_licence(client, name):
    answer = client.get(f"/static/vendor/{name}")
    assert answer.status_code == 200 and len(answer.content) > 5000
    licence = STATIC / "vendor" / (name.split(".min")[0].removesuffix(".mjs") + ".LICENSE")
    assert licence.exists(), licence
    assert name in (STATIC / "vendor" / "README.md").read_text()
