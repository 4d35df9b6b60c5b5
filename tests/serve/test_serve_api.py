"""The JSON API over the demo corpus, through the app factory, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from newsgraph.model import AnalysisRecord


def test_documents_list_is_paginated_and_newest_first(client):
    first = client.get("/api/documents", params={"limit": 3}).json()
    second = client.get("/api/documents", params={"limit": 3, "offset": 3}).json()
    assert first["total"] == second["total"] >= 15
    assert len(first["items"]) == 3 and first["limit"] == 3 and second["offset"] == 3
    dates = [d["published"] for d in first["items"] + second["items"] if d["published"]]
    assert dates == sorted(dates, reverse=True)
    assert not {d["id"] for d in first["items"]} & {d["id"] for d in second["items"]}


@pytest.mark.parametrize("params, check", [
    ({"outlet": "Harbor Wire"}, lambda d: d["outlet"] == "Harbor Wire"),
    ({"genre": "opinion"}, lambda d: d["genre"] == "opinion"),
    ({"mt": "true"}, lambda d: d["mt_suspected"]),
    ({"since": "2025-07", "until": "2025-07"}, lambda d: d["published"].startswith("2025-07")),
    ({"until": "2025"}, lambda d: d["published"] <= "2025-12-31"),
])
def test_documents_filters(client, params, check):
    items = client.get("/api/documents", params=params).json()["items"]
    assert items and all(check(d) for d in items)


def test_one_document_is_its_analysis_record(client):
    doc_id = client.get("/api/documents", params={"mt": "true", "genre": "opinion"}).json()["items"][0]["id"]
    answer = client.get(f"/api/documents/{doc_id[:8]}")
    assert answer.status_code == 200
    record = AnalysisRecord.model_validate(answer.json())
    assert record.document.id == doc_id and record.schema_ == "newsgraph.analysis/1"
    assert record.document.machine_translation.suspected and record.mentions


def test_mentions_filter_by_status_and_explain(client):
    page = client.get("/api/mentions", params=[("status", "corrected"), ("status", "conflict"), ("limit", 500)]).json()
    statuses = {m["status"] for m in page["items"]}
    assert statuses == {"corrected", "conflict"}
    hagel = [m for m in page["items"] if m["text"] == "Hagel"]
    assert hagel and hagel[0]["entity"]["name"] == "Pete Hegseth" and "Chuck Hagel" in hagel[0]["explanation"]
    assert hagel[0]["document"]["outlet"] == "toutiao.com"


def test_entity_has_roles_names_quotes_and_sources(client):
    lutnick = client.get("/api/entities", params={"q": "lutnick", "type": "PERSON"}).json()["items"][0]
    detail = client.get(f"/api/entities/{lutnick['id']}").json()
    assert detail["entity"]["name"] == "Howard Lutnick"
    assert any(r["position_id"] == "us.secretary_of_commerce" and r["start"].startswith("2025") for r in detail["roles"])
    forms = {n["text"]: n["status"] for n in detail["names"]}
    assert forms.get("Lutenik") == "corrected" and forms.get("Howard Lutnick") == "exact"
    assert detail["sources"] and all(m["entity"]["id"] == lutnick["id"] for m in detail["mentions"])
    assert any(f["kind"] == "name_correction" for f in detail["findings"])


def test_entity_known_only_to_the_knowledge_base_and_unknown_entity(client):
    hagel = client.get("/api/entities/ng:chuck-hagel")
    assert hagel.status_code == 200 and hagel.json()["roles"][0]["start"] == "2013-02-27"
    missing = client.get("/api/entities/ng:nobody-at-all")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"


def test_claims_by_speaker_and_kind(client):
    claims = client.get("/api/claims", params={"kind": "reported", "limit": 500}).json()["items"]
    assert claims and {c["kind"] for c in claims} == {"reported"}
    speaker = next(c["speaker"]["id"] for c in claims if c["speaker"])
    mine = client.get("/api/claims", params={"speaker": speaker}).json()["items"]
    assert mine and all(c["speaker"]["id"] == speaker for c in mine)


def test_times_observations_and_events_answer_pages(client):
    times = client.get("/api/times", params={"since": "2025-07", "until": "2025-07"}).json()
    assert times["items"] and all(t["value"].startswith("2025-07") for t in times["items"])
    observations = client.get("/api/observations", params={"indicator": "approval_rating"}).json()
    assert observations["total"] >= 3 and all(o["indicator"] == "approval_rating" for o in observations["items"])
    events = client.get("/api/events", params={"type": "CONSULT", "since": "2025", "until": "2026"}).json()
    assert all(e["type"] == "CONSULT" for e in events["items"])


def test_findings_list_names_and_filters_by_kind(client):
    found = client.get("/api/findings", params={"kind": "name_conflict"}).json()
    assert found["total"] >= 1 and {f["kind"] for f in found["items"]} == {"name_conflict"}
    assert "Chuck Hagel" in found["items"][0]["summary"] and found["items"][0]["evidence"]


def test_findings_come_from_mentions_when_the_table_is_empty(fresh_client, demo_db):
    from newsgraph.store import Store

    store = fresh_client.app.state.context.store
    with Store(demo_db) as demo:
        record = next(r for r in demo.iter_records() if any(m.status.value == "conflict" for m in r.mentions))
    store.add(record)  # no refresh_findings: the findings table stays empty
    kinds = {f["kind"] for f in fresh_client.get("/api/findings").json()["items"]}
    assert "name_conflict" in kinds


def test_search_ranks_and_marks_matches(client):
    result = client.get("/api/search", params={"q": "Jiji survey"}).json()
    assert result["engine"] in ("fts5", "postgresql") and result["total"] >= 1
    top = result["items"][0]
    assert "Jiji" in top["document"]["title"]
    assert any(part["match"] for part in top["snippet"])


def test_search_treats_query_syntax_as_words(client):
    for query in ['"unbalanced', "tariff OR", "NEAR(a b)", "*", "a:b", "'; DROP TABLE documents; --"]:
        answer = client.get("/api/search", params={"q": query})
        assert answer.status_code == 200, query
    assert client.get("/api/documents").json()["total"] >= 15


def test_timeline_is_ordered_and_filters_by_actor_and_story(client):
    items = client.get("/api/timeline", params={"limit": 1000}).json()
    dates = [i["date"]["value"] for i in items]
    assert items and dates == sorted(dates)
    akazawa = client.get("/api/timeline", params={"actor": "ng:ryosei-akazawa"}).json()
    assert akazawa and all(any(a["id"] == "ng:ryosei-akazawa" for a in i["actors"]) for i in akazawa)
    story = client.get("/api/timeline", params={"q": "Jiji", "since": "2025-07-01", "until": "2025-07-31"}).json()
    assert all("2025-07-01" <= i["date"]["value"] <= "2025-07-31" for i in story)


def test_indicator_series_has_points_bands_and_sources(client):
    listed = client.get("/api/indicators").json()
    approval = next(i for i in listed if i["indicator"] == "approval_rating")
    assert {b["label"] for b in approval["bands"]} == {"danger zone", "downfall zone"}
    series = client.get("/api/indicators/approval_rating/series", params={"subject": "ng:shigeru-ishiba"}).json()
    assert series["subject"]["id"] == "ng:shigeru-ishiba" and len(series["points"]) >= 3
    dates = [p["date"]["value"] for p in series["points"]]
    assert dates == sorted(dates) and all(p["document"]["id"] for p in series["points"])


def test_series_draws_only_the_bands_whose_selector_holds(client):
    """The Japanese prime minister's bands stand behind Ishiba's ratings, not behind a country's or a mix."""
    subjects = client.get("/api/indicators/approval_rating/series").json()["subjects"]
    assert {"ng:shigeru-ishiba", "Q17"} <= {s["id"] for s in subjects}
    for subject, drawn in (("ng:shigeru-ishiba", {"danger zone", "downfall zone"}), ("Q17", set()), (None, set())):
        params = {"subject": subject} if subject else {}
        series = client.get("/api/indicators/approval_rating/series", params=params).json()
        assert {b["label"] for b in series["bands"]} == drawn, subject
        assert all(b["office"] == "jp.prime_minister" for b in series["bands"])
    ishiba = client.get("/api/indicators/approval_rating/series", params={"subject": "ng:shigeru-ishiba"}).json()
    assert any(p["band"] == "danger zone (below 30%)" for p in ishiba["points"])


def test_actor_graph_links_entities_named_together(client):
    graph = client.get("/api/graph", params={"nodes": 12, "type": "PERSON"}).json()
    ids = {n["id"] for n in graph["nodes"]}
    assert "ng:shigeru-ishiba" in ids and all(n["type"] == "PERSON" for n in graph["nodes"])
    assert graph["edges"] and all(e["source"] in ids and e["target"] in ids and e["weight"] >= 1 for e in graph["edges"])


def test_overview_counts_and_lists(client):
    data = client.get("/api/overview").json()
    assert data["counts"]["documents"] >= 15 and data["counts"]["corrected"] > 0
    assert data["documents"] and data["names"] and data["translation"]
