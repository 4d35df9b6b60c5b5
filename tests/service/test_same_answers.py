"""One service layer: the CLI, the HTTP API and the Python API give the same findings, alerts and timeline.

The user has a knowledge-base folder (a true fact the bundled KB lacks: Shigeru Ishiba was Japan's
Minister of Defense from 2007-09-26 to 2008-08-02) and a thresholds file with two bands of their own,
one of which holds only through that fact. Each way of ingesting must use both.
"""

from __future__ import annotations

import json
import shutil
import sys

import pytest
from fastapi.testclient import TestClient

import newsgraph
from newsgraph import service
from newsgraph.cli import main
from newsgraph.crossdoc.clusters import TimelineFilter
from newsgraph.serve import make_app
from newsgraph.settings import Settings
from newsgraph.store import Store
from tests.conftest import EXAMPLES

TOKEN = "service-test-token-0123456789"
USER_KB = """\
polity: JP
sources:
  - "Japan Ministry of Defense, 'Shigeru Ishiba Appointed Minister of Defense' (2007-09-26); list of ministers of defense (left office 2008-08-02)"
occupancies:
  - {person: shigeru-ishiba, position: jp.defense_minister, start: 2007-09-26, end: 2008-08-02}
"""
USER_BANDS = """\
bands:
  - indicator: approval_rating
    office: jp.defense_minister
    source: "own words: a band for cabinets led by a former defence minister"
    bands:
      - {label: former defence minister low, below: 25}
  - indicator: tariff_rate
    subject: Q30
    source: "own words"
    bands:
      - {label: steep US tariff, above: 20}
"""
USER_LABELS = ("former defence minister low", "steep US tariff")


@pytest.fixture(scope="module")
def user(tmp_path_factory):
    """The user's reports (the plain-text examples), KB folder and thresholds file."""
    root = tmp_path_factory.mktemp("user")
    (root / "kb").mkdir()
    (root / "kb" / "jp-extra.yaml").write_text(USER_KB, encoding="utf-8")
    (root / "thresholds.yaml").write_text(USER_BANDS, encoding="utf-8")
    (root / "reports").mkdir()
    for path in sorted(EXAMPLES.glob("*.txt")):
        shutil.copy(path, root / "reports" / path.name)
    return root


def settings_for(user, name: str) -> Settings:
    return Settings(database_url=f"sqlite:///{user / (name + '.db')}", kb_dir=str(user / "kb"),
                    thresholds_file=str(user / "thresholds.yaml"))


@pytest.fixture(scope="module")
def through_cli(user) -> Settings:
    settings = settings_for(user, "cli")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("NEWSGRAPH_KB_DIR", settings.kb_dir)
        patch.setenv("NEWSGRAPH_THRESHOLDS_FILE", settings.thresholds_file)
        patch.setattr(sys, "argv", ["newsgraph", "ingest", str(user / "reports"), "--db", settings.database_url,
                                    "--quiet"])
        main()  # returns without SystemExit when every report was stored
    return settings


@pytest.fixture(scope="module")
def api_app(user):
    settings = settings_for(user, "api")
    with Store(settings.database_url) as store, TestClient(make_app(settings, store, api_token=TOKEN)) as client:
        for path in sorted((user / "reports").iterdir()):
            answer = client.post("/api/documents", headers={"Authorization": f"Bearer {TOKEN}"},
                                 json={"text": path.read_text(encoding="utf-8")})
            assert answer.status_code in (200, 201), answer.text
            assert answer.json()["stored"]
        yield settings, client


@pytest.fixture(scope="module")
def through_python(user) -> Settings:
    settings = settings_for(user, "python")
    summary = newsgraph.ingest(str(user / "reports"), settings=settings)
    assert summary.failed == 0 and summary.ingested == len(list((user / "reports").iterdir()))
    return settings


def answers(settings: Settings) -> dict:
    """What an analyst sees: every finding, and the timeline's events with their sources."""
    with Store(settings.database_url) as store, store.engine.connect() as conn:
        findings = sorted((f.kind.value, f.summary, tuple(e.document_id for e in f.evidence))
                          for f in store.findings())
        events = [(c.first.id, c.first.date, c.first.type, c.sources) for c in service.timeline(conn)]
    return {"findings": findings, "events": events}


def test_cli_api_and_python_ingests_give_the_same_findings_and_timeline(through_cli, api_app, through_python):
    cli, api, python = answers(through_cli), answers(api_app[0]), answers(through_python)
    assert cli["events"] and cli["findings"]
    assert api == cli
    assert python == cli


def test_every_way_uses_the_users_kb_folder_and_bands(through_cli, api_app, through_python):
    for settings in (through_cli, api_app[0], through_python):
        alerts = [summary for kind, summary, _ in answers(settings)["findings"] if kind == "alert"]
        for label in USER_LABELS:
            assert any(label in summary for summary in alerts), (settings.database_url, label)
    # the band that holds only through the user's KB file names Ishiba's approval ratings
    assert any("former defence minister low" in s and "Shigeru Ishiba" in s
               for k, s, _ in answers(through_cli)["findings"] if k == "alert")


def test_api_timeline_has_the_cli_timelines_events(through_cli, api_app, capsys):
    settings, client = api_app
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", ["newsgraph", "timeline", "--db", through_cli.database_url, "--format", "json"])
        main()
    cli_events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    api_events = [i for i in client.get("/api/timeline", params={"limit": 1000}).json() if i["kind"] == "event"]
    assert cli_events
    assert sorted((e["id"], e["sources"]) for e in cli_events) == sorted((i["id"], i["sources"]) for i in api_events)
    akazawa = TimelineFilter(actor="ng:ryosei-akazawa")
    with Store(settings.database_url) as store, store.engine.connect() as conn:
        expected = {c.first.id for c in service.timeline(conn, akazawa)}
    listed = client.get("/api/timeline", params={"actor": "ng:ryosei-akazawa", "limit": 1000}).json()
    assert expected and {i["id"] for i in listed if i["kind"] == "event"} == expected


def test_api_series_draws_the_users_band_only_where_its_selector_holds(api_app):
    _, client = api_app
    ishiba = client.get("/api/indicators/approval_rating/series", params={"subject": "ng:shigeru-ishiba"}).json()
    labels = {b["label"] for b in ishiba["bands"]}
    assert {"danger zone", "downfall zone", "former defence minister low"} <= labels
    for subject in ishiba["subjects"]:
        if subject["id"] != "ng:shigeru-ishiba":
            other = client.get("/api/indicators/approval_rating/series", params={"subject": subject["id"]}).json()
            assert "former defence minister low" not in {b["label"] for b in other["bands"]}


def test_an_ingest_on_worker_processes_gives_the_same_answers(user, through_cli):
    settings = settings_for(user, "workers")
    summary = newsgraph.ingest(str(user / "reports"), settings=settings, workers=2)
    assert summary.failed == 0
    assert answers(settings) == answers(through_cli)


def test_api_brief_is_the_cli_brief(user, through_cli, api_app, capsys):
    _, client = api_app
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "argv", ["newsgraph", "brief", "--db", through_cli.database_url, "--format", "markdown"])
        main()
    printed = capsys.readouterr().out
    answer = client.get("/api/brief").json()
    assert answer["documents"] == len(list((user / "reports").iterdir()))
    assert answer["markdown"] == printed and "## Key events" in printed
    assert client.get("/api/brief", params={"since": "yesterday"}).status_code == 422
