"""One error shape for every failure, and the OpenAPI description."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from newsgraph.errors import StoreError
from newsgraph.serve import make_app
from newsgraph.settings import Settings


def _shape(answer) -> dict:
    body = answer.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] and body["error"]["message"]
    return body["error"]


@pytest.mark.parametrize("method, path, status, code", [
    ("GET", "/api/nothing-here", 404, "not_found"),
    ("GET", "/api/documents/ffffffffffff", 404, "not_found"),
    ("GET", "/api/entities/Q0", 404, "not_found"),
    ("DELETE", "/api/documents", 405, "method_not_allowed"),
    ("GET", "/api/documents?limit=0", 422, "invalid_request"),
    ("GET", "/api/documents?limit=abc", 422, "invalid_request"),
    ("GET", "/api/documents?since=2025-02-30", 422, "invalid_date"),
    ("GET", "/api/events?type=PARTY", 422, "invalid_request"),
    ("GET", "/api/search", 422, "invalid_request"),
    ("GET", "/documents/ffffffffffff?format=json", 404, "not_found"),
])
def test_errors_share_one_json_shape(client, method, path, status, code):
    answer = client.request(method, path)
    assert answer.status_code == status
    assert _shape(answer)["code"] == code


def test_a_browser_gets_the_error_as_a_page(client):
    answer = client.get("/documents/ffffffffffff", headers={"accept": "text/html"})
    assert answer.status_code == 404 and answer.headers["content-type"].startswith("text/html")
    assert "no document with id" in answer.text and "content-security-policy" in answer.headers


def test_unexpected_failures_answer_500_in_the_same_shape(tmp_path, monkeypatch):
    settings = Settings(database_url=f"sqlite:///{tmp_path / 'boom.db'}")
    app = make_app(settings)

    def explode(*args, **kwargs):
        raise RuntimeError("secret internals")

    monkeypatch.setattr("newsgraph.serve.routes.documents.list_documents", explode)
    with TestClient(app, raise_server_exceptions=False) as client:
        answer = client.get("/api/documents")
    assert answer.status_code == 500
    error = _shape(answer)
    assert error["code"] == "internal_error" and "secret" not in answer.text


def test_store_failures_are_503(tmp_path, monkeypatch):
    app = make_app(Settings(database_url=f"sqlite:///{tmp_path / 'down.db'}"))

    def down(*args, **kwargs):
        raise StoreError("the database is locked", hint="try again")

    monkeypatch.setattr("newsgraph.serve.routes.documents.list_documents", down)
    with TestClient(app) as client:
        answer = client.get("/api/documents")
    assert answer.status_code == 503 and _shape(answer) == {"code": "store_error", "message": "the database is locked",
                                                            "hint": "try again"}


def test_openapi_describes_every_api_endpoint_and_no_page(client):
    spec = client.get("/openapi.json").json()
    paths = set(spec["paths"])
    for path in ("/api/documents", "/api/documents/{document_id}", "/api/entities", "/api/entities/{entity_id}",
                 "/api/mentions", "/api/times", "/api/observations", "/api/events", "/api/claims", "/api/findings",
                 "/api/search", "/api/timeline", "/api/indicators", "/api/indicators/{indicator}/series",
                 "/api/graph", "/api/overview", "/api/brief"):
        assert path in paths, path
    assert all(p.startswith("/api/") for p in paths)
    assert "ErrorBody" in spec["components"]["schemas"]
    assert "post" in spec["paths"]["/api/documents"]


def test_no_page_loads_swagger_from_a_cdn(client):
    assert client.get("/docs").status_code == 404 and client.get("/redoc").status_code == 404
