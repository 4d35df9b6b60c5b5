"""POST /api/documents: the bearer token, analysis and storage, size limits, URL ingestion, clear 4xx."""

from __future__ import annotations

import httpx
import pytest
from fastapi.testclient import TestClient

from conftest import TOKEN
from newsgraph.ingest.fetch import Fetcher
from newsgraph.serve import make_app
from newsgraph.settings import Settings
from newsgraph.store import Store

AUTH = {"Authorization": f"Bearer {TOKEN}"}
REPORT = ("TOKYO, July 9 — U.S. Commerce Secretary Lutenik told Japanese Prime Minister Shigeru Ishiba's envoy "
          "on Tuesday that the 25% tariff would stand, officials said.")


def test_posting_text_analyses_and_stores_it(fresh_client):
    answer = fresh_client.post("/api/documents", headers=AUTH,
                               json={"text": REPORT, "title": "Tariff stands", "outlet": "Test Wire",
                                     "published": "2025-07-09"})
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["stored"] and body["document"]["outlet"] == "Test Wire" and body["counts"]["mentions"] > 0
    record = fresh_client.get(body["links"]["api"]).json()
    lutenik = next(m for m in record["mentions"] if m["text"] == "Lutenik")
    assert lutenik["status"] == "corrected" and lutenik["entity"]["name"] == "Howard Lutnick"
    again = fresh_client.post("/api/documents", headers=AUTH, json={"text": REPORT})
    assert again.status_code == 200 and again.json()["stored"] is False
    assert fresh_client.get("/api/findings", params={"kind": "name_correction"}).json()["total"] == 1


def test_posting_html_reads_the_page(fresh_client):
    page = f"<html><head><title>Envoy meets Lutnick</title></head><body><article><p>{REPORT}</p></article></body></html>"
    answer = fresh_client.post("/api/documents", headers=AUTH, json={"html": page, "published": "2025-07-09"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["document"]["title"] == "Envoy meets Lutnick"


@pytest.mark.parametrize("headers, status, code", [
    ({}, 401, "unauthorized"),
    ({"Authorization": "Bearer wrong"}, 401, "unauthorized"),
    ({"Authorization": f"Basic {TOKEN}"}, 401, "unauthorized"),
])
def test_writes_need_the_right_token(fresh_client, headers, status, code):
    answer = fresh_client.post("/api/documents", headers=headers, json={"text": REPORT})
    assert answer.status_code == status and answer.json()["error"]["code"] == code
    assert answer.headers["www-authenticate"] == "Bearer"
    assert fresh_client.get("/api/documents").json()["total"] == 0


def test_writes_are_disabled_without_a_configured_token(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'ro.db'}")
    with TestClient(make_app(settings)) as client:
        answer = client.post("/api/documents", headers=AUTH, json={"text": REPORT})
    assert answer.status_code == 403
    assert answer.json()["error"]["code"] == "writes_disabled" and "NEWSGRAPH_API_TOKEN" in answer.json()["error"]["hint"]


@pytest.mark.parametrize("body, status, words", [
    ({}, 422, "text"),
    ({"text": "a", "html": "<p>b</p>"}, 422, "not both"),
    ({"text": "   "}, 400, "no text"),
    ({"text": REPORT, "published": "yesterday"}, 400, "published"),
    ({"text": REPORT, "colour": "red"}, 422, "colour"),
    ({"text": "\x00\x01\x02" * 400}, 400, "binary"),
])
def test_bad_input_gets_a_clear_4xx(fresh_client, body, status, words):
    answer = fresh_client.post("/api/documents", headers=AUTH, json=body)
    assert answer.status_code == status, answer.text
    error = answer.json()["error"]
    assert words in (error["message"] + " " + (error["hint"] or "")).lower()


def test_text_over_the_size_limit_is_refused(fresh_client):
    answer = fresh_client.post("/api/documents", headers=AUTH, json={"text": "word " * 5000})  # 25 kB > 20 kB
    assert answer.status_code == 413 and answer.json()["error"]["code"] == "too_large"


def test_body_over_the_request_limit_is_refused_before_reading_it(fresh_client):
    huge = b'{"text": "' + b"x" * 200_000 + b'"}'
    answer = fresh_client.post("/api/documents", headers={**AUTH, "content-type": "application/json"}, content=huge)
    assert answer.status_code == 413 and "limit" in answer.json()["error"]["message"]


def test_not_json_is_a_clear_4xx(fresh_client):
    answer = fresh_client.post("/api/documents", headers={**AUTH, "content-type": "application/json"}, content=b"{no")
    assert answer.status_code == 422 and answer.json()["error"]["code"] == "invalid_request"


def _url_client(tmp_path, analyzer, handler) -> TestClient:
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'url.db'}")
    fetcher = Fetcher(settings, transport=httpx.MockTransport(handler), resolve=lambda host: ["93.184.216.34"])
    return TestClient(make_app(settings, api_token=TOKEN, analyzer=analyzer, fetcher=fetcher))


def test_url_ingestion_fetches_through_the_safe_fetcher(tmp_path, analyzer):
    def handler(request: httpx.Request) -> httpx.Response:
        page = f"<html><head><title>Fetched report</title></head><body><article><p>{REPORT}</p></article></body></html>"
        return httpx.Response(200, text=page, headers={"content-type": "text/html; charset=utf-8"})

    with _url_client(tmp_path, analyzer, handler) as client:
        answer = client.post("/api/documents", headers=AUTH,
                             json={"url": "https://news.example.com/2025/07/09/tariff", "published": "2025-07-09"})
    assert answer.status_code == 201, answer.text
    assert answer.json()["document"]["title"] == "Fetched report"
    assert answer.json()["document"]["url"] == "https://news.example.com/2025/07/09/tariff"


@pytest.mark.parametrize("url, status, code", [
    ("http://127.0.0.1:8000/admin", 400, "blocked_address"),
    ("http://169.254.169.254/latest/meta-data/", 400, "blocked_address"),
    ("ftp://example.com/x", 422, "invalid_url"),
    ("/etc/passwd", 422, "invalid_url"),
    ("file:///etc/passwd", 422, "invalid_url"),
])
def test_url_ingestion_refuses_private_addresses(tmp_path, analyzer, url, status, code):
    with _url_client(tmp_path, analyzer, lambda request: httpx.Response(200, text="never fetched")) as client:
        answer = client.post("/api/documents", headers=AUTH, json={"url": url})
    assert answer.status_code == status and answer.json()["error"]["code"] == code


def test_url_ingestion_reports_upstream_failures(tmp_path, analyzer):
    with _url_client(tmp_path, analyzer, lambda request: httpx.Response(404)) as client:
        answer = client.post("/api/documents", headers=AUTH, json={"url": "https://news.example.com/missing"})
    assert answer.status_code == 502 and "404" in answer.json()["error"]["message"]


def test_stored_documents_are_searchable_at_once(fresh_client):
    fresh_client.get("/api/search", params={"q": "tariff"})  # builds the index before the write
    fresh_client.post("/api/documents", headers=AUTH, json={"text": REPORT, "published": "2025-07-09"})
    assert fresh_client.get("/api/search", params={"q": "Lutenik tariff"}).json()["total"] == 1


def test_app_opens_and_closes_its_own_store(tmp_path):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'own.db'}")
    with TestClient(make_app(settings)) as client:
        assert client.get("/api/documents").json()["total"] == 0
    with Store(settings.database_url) as store:
        assert store.count_documents() == 0
