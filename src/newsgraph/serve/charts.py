"""Vega-Lite specifications for the dashboard's charts, built from response schemas."""

from __future__ import annotations

from datetime import date

from newsgraph.model import BandSide, Series
from newsgraph.serve.schemas import RoleOut, TimelineItem
from newsgraph.serve.templating import entity_url

BAND_COLORS = ("#f4a261", "#d62828", "#e9c46a", "#2a9d8f")


def _iso(value: str) -> str:
    """A partial date as a full day Vega can parse ('2025-07' -> '2025-07-01')."""
    return value + ("-01-01" if len(value) == 4 else "-01" if len(value) == 7 else "")


def series_spec(series: Series, *, width: int | str = "container", height: int = 320) -> dict:
    """A line of the indicator's values over its threshold bands; each point links to its source."""
    values = [p.value for p in series.points] + [b.value for b in series.bands]
    top = max(values) * 1.15 if values else 100.0
    if series.unit == "percent":
        top = min(max(top, 50.0), 100.0)
    bottom = min([0.0, *values])
    bands = [{"label": b.label, "y": bottom if b.side is BandSide.below else b.value,
              "y2": b.value if b.side is BandSide.below else top, "at": b.value,
              "color": BAND_COLORS[i % len(BAND_COLORS)]} for i, b in enumerate(series.bands)]
    points = [{"date": _iso(p.date.value) if p.date else None, "value": p.value, "status": p.status,
               "subject": p.subject.name if p.subject else "", "outlet": p.document.outlet or "",
               "title": p.document.title or p.document.id, "quote": p.quote[:160],
               "link": f"/documents/{p.document.id}#{p.id}"} for p in series.points]
    y = {"field": "value", "type": "quantitative", "title": series.unit or "value",
         "scale": {"domain": [bottom, top], "nice": False}}
    layers: list[dict] = []
    if bands:
        layers += [
            {"data": {"values": bands}, "mark": {"type": "rect", "opacity": 0.22},
             "encoding": {"y": {"field": "y", "type": "quantitative", "scale": {"domain": [bottom, top], "nice": False},
                                "title": series.unit or "value"},
                          "y2": {"field": "y2"}, "color": {"field": "color", "type": "nominal", "scale": None},
                          "tooltip": [{"field": "label", "title": "band"}, {"field": "at", "title": "threshold"}]}},
            {"data": {"values": bands}, "mark": {"type": "rule", "strokeDash": [4, 3]},
             "encoding": {"y": {"field": "at", "type": "quantitative"}, "color": {"field": "color", "scale": None}}},
            {"data": {"values": bands}, "mark": {"type": "text", "align": "right", "dx": -4, "dy": -6,
                                                 "x": {"expr": "width"}, "fontWeight": "bold"},
             "encoding": {"y": {"field": "at", "type": "quantitative"}, "text": {"field": "label"},
                          "color": {"field": "color", "scale": None}}},
        ]
    if points:
        encoding = {"x": {"field": "date", "type": "temporal", "title": "date"}, "y": y}
        layers += [
            {"data": {"values": points}, "mark": {"type": "line", "color": "#264653"}, "encoding": encoding},
            {"data": {"values": points}, "mark": {"type": "point", "filled": True, "size": 90, "color": "#264653",
                                                  "cursor": "pointer"},
             "encoding": {**encoding, "href": {"field": "link"},
                          "tooltip": [{"field": "date", "type": "temporal"}, {"field": "value"},
                                      {"field": "status"}, {"field": "subject"}, {"field": "outlet"},
                                      {"field": "title"}, {"field": "quote"}]}},
        ]
    return {"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "width": width, "height": height,
            "description": f"{series.indicator} over time with threshold bands", "layer": layers}


def roles_spec(roles: list[RoleOut], *, width: int | str = "container") -> dict:
    """Terms in office as bars on a time axis."""
    today = date.today().isoformat()
    bars = [{"position": r.position, "start": _iso(r.start), "end": _iso(r.end) if r.end else today,
             "label": f"{r.position} ({r.start} – {r.end or 'now'})"} for r in roles]
    return {"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "width": width,
            "height": max(40, 26 * len({r.position for r in roles})),
            "description": "roles over time", "data": {"values": bars},
            "mark": {"type": "bar", "cornerRadius": 3, "color": "#2a9d8f"},
            "encoding": {"y": {"field": "position", "type": "nominal", "title": None, "sort": None,
                               "axis": {"labelLimit": 320}},
                         "x": {"field": "start", "type": "temporal", "title": None},
                         "x2": {"field": "end"}, "tooltip": [{"field": "label", "title": "term"}]}}


def timeline_spec(items: list[TimelineItem], *, width: int | str = "container") -> dict:
    """Events and claims as dots on a time axis, one row per kind; each links to its source."""
    dots = [{"date": _iso(i.date.value), "row": i.kind if i.kind == "claim" else i.label.split(" ")[0],
             "text": i.text[:140], "who": ", ".join(a.name or a.id for a in i.actors),
             "link": f"/documents/{i.document.id}#{i.id}"} for i in items]
    return {"$schema": "https://vega.github.io/schema/vega-lite/v6.json", "width": width,
            "height": max(60, 28 * len({d["row"] for d in dots})), "description": "timeline",
            "data": {"values": dots}, "mark": {"type": "circle", "size": 70, "opacity": 0.8, "cursor": "pointer"},
            "encoding": {"x": {"field": "date", "type": "temporal", "title": None},
                         "y": {"field": "row", "type": "nominal", "title": None},
                         "color": {"field": "row", "type": "nominal", "legend": None},
                         "href": {"field": "link"},
                         "tooltip": [{"field": "date", "type": "temporal"}, {"field": "who"}, {"field": "text"}]}}


def graph_elements(graph) -> dict:
    """The actor graph as cytoscape elements; a node's `href` is its entity page."""
    nodes = [{"data": {"id": n.id, "label": n.name, "type": n.type, "weight": n.documents,
                       "href": entity_url(n.id)}} for n in graph.nodes]
    edges = [{"data": {"id": f"{e.source}|{e.target}", "source": e.source, "target": e.target, "weight": e.weight}}
             for e in graph.edges]
    return {"nodes": nodes, "edges": edges}
