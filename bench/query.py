"""Query latency on a large database: timelines and indicator series over a million rows each.

Usage: python bench/query.py [--events 1000000] [--backend sqlite|postgresql|both] [--runs 200]

Builds a synthetic database through the real migrations (documents, events with two actors each,
observations), then times the two queries the timeline and indicator pages run — the dashboard's
own timeline query (`serve.queries.timeline`: one actor's events and quotes in a date range), and
one indicator's series for one subject — on random actors and subjects, and prints p50/p95/max in milliseconds and a final JSON line. Target: p95 < 100 ms.
PostgreSQL runs on a throwaway server started like the tests do (initdb/pg_ctl, loopback only).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests.postgres for the PG server

from newsgraph.store import Store  # noqa: E402
from newsgraph.store.tables import documents, event_actors, events, observations  # noqa: E402

ACTORS = 2000
INDICATORS = ("tariff_rate", "approval_rating", "poll_share", "defense_spending_gdp", "investment_pledge")
TYPES = ("CONSULT", "AGREE", "REQUEST", "ACCUSE", "SANCTION", "THREATEN", "SUPPORT", "REJECT")


def fill(store: Store, n: int, batch: int = 20_000) -> float:
    """Insert n events (2 actors each) and n observations over n/20 documents; seconds taken."""
    rng = random.Random(7)
    start = time.perf_counter()
    first = date(2012, 1, 1)
    n_docs = max(1, n // 20)
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        for lo in range(0, n_docs, batch):
            conn.execute(insert(documents), [
                {"id": f"d{i:015d}", "content_hash": f"{i:064d}", "published": (first + timedelta(days=i % 5000)).isoformat(),
                 "published_source": "given", "genre": "news", "mt_suspected": False, "mt_reasons": "[]",
                 "word_count": 600, "pipeline": "[]", "warnings": "[]", "text": "synthetic", "ingested_at": now,
                 "outlet": f"outlet {i % 50}"}
                for i in range(lo, min(n_docs, lo + batch))])
    for lo in range(0, n, batch):
        rows, actors, obs = [], [], []
        for i in range(lo, min(n, lo + batch)):
            doc = f"d{i % n_docs:015d}"
            day = (first + timedelta(days=rng.randrange(5000))).isoformat()
            event_id = f"e{i:015d}"
            rows.append({"id": event_id, "document_id": doc, "sentence": 0, "start": 0, "end": 9, "quote": "synthetic",
                         "type": rng.choice(TYPES), "mode": None, "date": day, "date_precision": "day",
                         "location_id": None, "location_name": None, "negated": False, "future": False,
                         "hypothetical": False, "failed": False})
            for role, position in (("source", 0), ("target", 0)):
                actor = rng.randrange(ACTORS)
                actors.append({"event_id": event_id, "role": role, "position": position,
                               "entity_id": f"ng:actor-{actor}", "entity_name": f"Actor {actor}"})
            subject = rng.randrange(ACTORS)
            obs.append({"id": f"o{i:015d}", "document_id": doc, "sentence": 0, "start": 0, "end": 3, "quote": "x",
                        "indicator": rng.choice(INDICATORS), "subject_id": f"ng:actor-{subject}",
                        "subject_name": f"Actor {subject}", "object_id": None, "object_name": None,
                        "value": rng.uniform(0, 100), "unit": "percent", "change_value": None, "change_unit": None,
                        "date": day, "date_precision": "day", "status": "reported"})
        with store.engine.begin() as conn:
            conn.execute(insert(events), rows)
            conn.execute(insert(event_actors), actors)
            conn.execute(insert(observations), obs)
    if store.engine.dialect.name == "postgresql":
        with store.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    return time.perf_counter() - start


def timeline_page(conn, actor: str, since: str, until: str):
    """What the timeline page and API run: one actor's events and quotes in a date range."""
    from newsgraph.serve.queries.timeline import TimelineFilter, timeline

    return timeline(conn, TimelineFilter(actor=actor, since=since, until=until))


def series_query(indicator: str, subject: str):
    """One indicator's series for one subject (the indicator page)."""
    return (select(observations.c.date, observations.c.value, observations.c.unit, observations.c.document_id)
            .where(observations.c.subject_id == subject, observations.c.indicator == indicator)
            .order_by(observations.c.date))


def measure(store: Store, runs: int) -> dict:
    rng = random.Random(11)
    results = {}
    for name in ("timeline", "series"):
        timings = []
        with store.engine.connect() as conn:
            for _ in range(runs):
                if name == "timeline":
                    year = rng.randrange(2012, 2025)
                    args = (f"ng:actor-{rng.randrange(ACTORS)}", f"{year}-01-01", f"{year + 2}-12-31")
                    start = time.perf_counter()
                    timeline_page(conn, *args)
                else:
                    query = series_query(rng.choice(INDICATORS), f"ng:actor-{rng.randrange(ACTORS)}")
                    start = time.perf_counter()
                    conn.execute(query).all()
                timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        results[name] = {"p50_ms": round(statistics.median(timings), 2),
                         "p95_ms": round(timings[int(len(timings) * 0.95) - 1], 2), "max_ms": round(timings[-1], 2)}
    return results


def run(url: str, label: str, n: int, runs: int) -> dict:
    with Store(url) as store:
        seconds = fill(store, n)
        print(f"{label}: built {n:,} events (+{2 * n:,} actor rows) and {n:,} observations in {seconds:.0f} s")
        result = measure(store, runs)
    for name, figures in result.items():
        print(f"{label:10} {name:9} p50 {figures['p50_ms']:7.2f} ms  p95 {figures['p95_ms']:7.2f} ms  "
              f"max {figures['max_ms']:7.2f} ms")
    return {"backend": label, "rows": n, "build_seconds": round(seconds), **result}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    out = []
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as folder:
            out.append(run(f"sqlite:///{folder}/bench.db", "sqlite", args.events, args.runs))
    if args.backend in ("postgresql", "both"):
        from tests.postgres import fresh_database, running_server

        with running_server() as server:
            out.append(run(fresh_database(server), "postgresql", args.events, args.runs))
    print(json.dumps(out))


if __name__ == "__main__":
    main()
