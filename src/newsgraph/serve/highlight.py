"""A document's text as HTML with its findings marked, built from character offsets.

The article text is untrusted. Every piece of it, and every attribute value, passes through
`markupsafe.escape`; the only markup is the tags written here. Marks never nest inside one another:
short marks (names, dates, numbers, event words, translation artifacts) are chosen without overlap,
and longer spans (claims, long events and observations) shade the text around them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup, escape

from newsgraph.model import AnalysisRecord
from newsgraph.serve.templating import STATUS_LABELS, entity_url
from newsgraph.store.rows import finding_id

LONG = 60  # characters: a longer event or observation span shades the text instead of marking it
_PRIORITY = {"artifact": 0, "mention": 1, "number": 2, "time": 3, "event": 4}


@dataclass(frozen=True)
class Mark:
    """One finding's place in the text and how to show it."""

    kind: str  # artifact | mention | number | time | event | claim | span
    start: int
    end: int
    classes: str
    title: str
    href: str | None = None
    badge: tuple[str, str] | None = None  # (class, text) shown after a corrected or conflicting name
    anchor: str | None = None
    data: dict[str, str] = field(default_factory=dict)


def marks_of(record: AnalysisRecord) -> list[Mark]:
    """Every finding of a record as a Mark."""
    marks: list[Mark] = []
    for a in record.document.machine_translation.artifacts:
        marks.append(Mark("artifact", a.start, a.end, "artifact",
                          f"left untranslated or garbled ({a.kind}): a sign of machine translation"))
    for m in record.mentions:
        status = m.status.value
        classes = f"mention mention-{m.type.lower()} status-{status}"
        if m.entity is None:
            marks.append(Mark("mention", m.start, m.end, classes, f"{m.type}: {m.explanation or 'not linked'}",
                              anchor=f"m-{m.start}"))
            continue
        title = f"{m.entity.name} — {STATUS_LABELS.get(status, status)}"
        if m.role:
            title += f" ({m.role.name})"
        if m.explanation:
            title += f": {m.explanation}"
        badge = None
        if status == "corrected" and _coreference(m.explanation):
            badge = ("badge badge-coref", f"→ {m.entity.name}")
        elif status == "corrected":
            badge = ("badge badge-corrected", f"→ {m.entity.name}")
        elif status == "conflict":
            badge = ("badge badge-conflict", f"⚠ means {m.entity.name}")
        marks.append(Mark("mention", m.start, m.end, classes, title, href=entity_url(m.entity.id), badge=badge,
                          anchor=f"m-{m.start}", data={"status": status, "entity": m.entity.id}))
    for t in record.times:
        precision = t.precision.value if t.precision else "?"
        marks.append(Mark("time", t.start, t.end, "time", f"{t.value or 'unresolved'} ({precision})",
                          anchor=f"t-{t.start}"))
    for n, o in enumerate(record.observations):
        title = f"{o.indicator}: {o.value:g} {o.unit} ({o.status.value})"
        kind = "span" if o.end - o.start > LONG else "number"
        marks.append(Mark(kind, o.start, o.end, "number" if kind == "number" else "shade-number", title,
                          anchor=finding_id(record.document.id, "o", o.start, o.end, n)))
    for n, e in enumerate(record.events):
        who = ", ".join(r.name for r in e.source) or "?"
        whom = ", ".join(r.name for r in e.target) or "?"
        title = f"{e.type.value}: {who} → {whom}" + (f" ({e.date.value})" if e.date else "")
        kind = "span" if e.end - e.start > LONG else "event"
        marks.append(Mark(kind, e.start, e.end, "event" if kind == "event" else "shade-event", title,
                          anchor=finding_id(record.document.id, "e", e.start, e.end, n)))
    for n, c in enumerate(record.claims):
        who = c.speaker.name if c.speaker else (c.attribution or "the author")
        marks.append(Mark("claim", c.start, c.end, f"claim claim-{c.kind.value}",
                          f"{c.kind.value.replace('_', ' ')} — {who}",
                          anchor=finding_id(record.document.id, "c", c.start, c.end, n)))
    return marks


def _coreference(explanation: str) -> bool:
    """True when a link was inherited from an earlier name ('he' refers to …, same person as …)."""
    return explanation.startswith("same person as") or " refers to the " in explanation


def _inline(marks: list[Mark], size: int) -> list[Mark]:
    """Short marks without overlap: earlier first, and at the same place the more telling kind."""
    chosen, reach = [], 0
    for mark in sorted((m for m in marks if m.kind in _PRIORITY), key=lambda m: (m.start, _PRIORITY[m.kind], -m.end)):
        if 0 <= mark.start < mark.end <= size and mark.start >= reach:
            chosen.append(mark)
            reach = mark.end
    return chosen


def _shades(marks: list[Mark], at: int) -> list[Mark]:
    return [m for m in marks if m.start <= at < m.end]


def highlight(record: AnalysisRecord) -> Markup:
    """The record's text as escaped HTML, its findings marked."""
    text = record.text
    marks = marks_of(record)
    inline = _inline(marks, len(text))
    shading = [m for m in marks if m.kind in ("claim", "span") and 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *[m.start for m in shading], *[m.end for m in shading],
                   *[m.start for m in inline], *[m.end for m in inline]})
    by_start = {m.start: m for m in inline}
    out: list[Markup] = []
    at = 0
    for cut in cuts[1:]:
        if cut <= at:
            continue
        mark = by_start.get(at)
        end = mark.end if mark else cut
        piece = _mark(mark, text[at:end]) if mark else escape(text[at:end])
        out.append(_shade(_shades(shading, at), piece, at))
        at = end
    return Markup("").join(out)


def _mark(mark: Mark, body: str) -> Markup:
    attrs = [("class", mark.classes), ("title", mark.title)]
    if mark.anchor:
        attrs.append(("id", mark.anchor))
    attrs += [(f"data-{k}", v) for k, v in mark.data.items()]
    tag = "a" if mark.href else "span"
    if mark.href:
        attrs.insert(0, ("href", mark.href))
    html = _tag(tag, attrs, escape(body))
    if mark.badge:
        html += _tag("a", [("href", mark.href or "#"), ("class", mark.badge[0]), ("title", mark.title)],
                     escape(mark.badge[1]))
    return html


def _shade(shades: list[Mark], inner: Markup, at: int) -> Markup:
    for shade in shades:
        attrs = [("class", shade.classes), ("title", shade.title)]
        if shade.anchor and shade.start == at:  # a shade cut into pieces keeps its id on the first
            attrs.append(("id", shade.anchor))
        inner = _tag("span", attrs, inner)
    return inner


def _tag(name: str, attrs: list[tuple[str, str]], inner: Markup) -> Markup:
    rendered = Markup("").join(Markup(' {}="{}"').format(Markup(k), v) for k, v in attrs)
    return Markup("<{}{}>{}</{}>").format(Markup(name), rendered, inner, Markup(name))
