"""Show a record in the terminal: the text with its findings highlighted, then a legend."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from newsgraph.model import AnalysisRecord

STYLES = {
    "PERSON": "bold cyan", "ORG": "bold magenta", "GPE": "bold green", "NORP": "green",
    "LOC": "green", "FAC": "green", "EVENT": "yellow", "LAW": "yellow", "PRODUCT": "yellow",
    "TIME": "underline blue", "ARTIFACT": "bold white on red",
}


def render_record(record: AnalysisRecord) -> Group:
    """A rich renderable: header, highlighted text, and a table of mentions."""
    doc = record.document
    header = Text()
    header.append(f"{doc.title or '(untitled)'}\n", style="bold")
    published = doc.published.value or "date unknown"
    header.append(f"id {doc.id} · {doc.outlet or 'outlet unknown'} · {published} ({doc.published.source.value})"
                  f" · {doc.genre.value} · {doc.language or '?'} · {doc.word_count} words\n", style="dim")
    if doc.author:
        header.append(f"by {doc.author}\n", style="dim")
    if doc.machine_translation.suspected:
        header.append("Machine translation suspected:\n", style="bold red")
        for reason in doc.machine_translation.reasons:
            header.append(f"  - {reason}\n", style="red")
    for warning in record.warnings:
        header.append(f"Note: {warning}\n", style="yellow")

    body = Text(record.text)
    for time in record.times:
        body.stylize(STYLES["TIME"], time.start, time.end)
    for mention in record.mentions:
        body.stylize(STYLES.get(mention.type, "bold"), mention.start, mention.end)
    for artifact in doc.machine_translation.artifacts:
        body.stylize(STYLES["ARTIFACT"], artifact.start, artifact.end)

    table = Table(title="Mentions", show_lines=False, expand=False)
    for column in ("text", "type", "at", "linked to", "status"):
        table.add_column(column)
    for mention in record.mentions:
        linked = mention.entity.name if mention.entity else "—"
        table.add_row(mention.text, Text(mention.type, style=STYLES.get(mention.type, "")),
                      f"{mention.start}-{mention.end}", linked, mention.status.value)
    return Group(header, body, Text(""), table)
