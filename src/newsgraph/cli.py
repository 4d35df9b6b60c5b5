"""The `newsgraph` command: thin wrappers over library calls.

Errors become one line on standard error and exit code 1 (usage errors exit 2).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.errors import NewsgraphError, UsageError
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.metadata import parse_date
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Read news reports into a time-aware, source-attributed database.")

DbOption = Annotated[Optional[str], typer.Option(
    "--db", help="Database URL or SQLite file [env NEWSGRAPH_DATABASE_URL; default ./newsgraph.db].")]
PublishedOption = Annotated[Optional[str], typer.Option(
    help="Publication date (YYYY-MM-DD) for every input; overrides what the input says.")]
TitleOption = Annotated[Optional[str], typer.Option(help="Title for every input.")]
OutletOption = Annotated[Optional[str], typer.Option(help="Outlet name for every input.")]
MaxBytesOption = Annotated[Optional[int], typer.Option(
    help="Largest input accepted, in bytes [env NEWSGRAPH_MAX_BYTES; default 5000000].")]


def _settings(db: str | None = None, max_bytes: int | None = None) -> Settings:
    return Settings.from_env(database_url=db, max_bytes=max_bytes)


def _options(settings: Settings, published: str | None, title: str | None, outlet: str | None) -> ReadOptions:
    if published is not None and parse_date(published) is None:
        raise UsageError(f"--published {published!r} is not a date; write it as 2025-07-11")
    return ReadOptions(settings, given=DocumentMeta(title=title, outlet=outlet, published=published))


def _err() -> Console:
    return Console(stderr=True, highlight=False)


@app.command()
def analyze(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, globs, URLs, or - for standard input.")],
    published: PublishedOption = None,
    title: TitleOption = None,
    outlet: OutletOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="json (JSON Lines) or text.")] = "json",
    max_bytes: MaxBytesOption = None,
) -> None:
    """Analyse reports without a database and print one record per document."""
    from newsgraph.analyze import Analyzer
    from newsgraph.batch import Summary, analyze_sources
    from newsgraph.render import render_record

    if format not in ("json", "text"):
        raise UsageError(f"--format {format!r}: choose json or text")
    settings = _settings(max_bytes=max_bytes)
    options = _options(settings, published, title, outlet)
    summary = Summary()
    console = Console(highlight=False, soft_wrap=False)
    for record in analyze_sources(sources, options, Analyzer(settings), summary):
        if format == "json":
            sys.stdout.write(record.to_json() + "\n")
            sys.stdout.flush()
        else:
            console.print(render_record(record))
            console.rule()
    _report_failures(summary.failures)
    if summary.failures:
        raise typer.Exit(1)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, globs, .jsonl, URLs, or - for standard input.")],
    db: DbOption = None,
    published: PublishedOption = None,
    title: TitleOption = None,
    outlet: OutletOption = None,
    max_bytes: MaxBytesOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Analyse reports and store them; identical content is stored once."""
    from newsgraph.analyze import Analyzer
    from newsgraph.batch import ingest_sources
    from newsgraph.store import Store

    settings = _settings(db, max_bytes)
    options = _options(settings, published, title, outlet)
    err = _err()
    with Store(settings.database_url) as store:
        analyzer = Analyzer(settings)
        with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                      TimeElapsedColumn(), console=err, disable=quiet, transient=True) as bar:
            task = bar.add_task("", total=None)
            summary = ingest_sources(sources, options, analyzer, store,
                                     progress=lambda origin: bar.update(task, advance=1, description=_short(origin)))
    err.print(f"ingested {summary.ingested}, duplicates skipped {summary.duplicates}, failed {summary.failed}"
              f" → {settings.database_url}")
    _report_failures(summary.failures)
    if summary.failures:
        raise typer.Exit(1)


@app.command()
def documents(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
    offset: Annotated[int, typer.Option(help="How many to skip.")] = 0,
    outlet: OutletOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """List stored documents, newest first."""
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        rows = store.documents(limit=limit, offset=offset, outlet=outlet)
        total = store.count_documents()
    if format == "json":
        for row in rows:
            sys.stdout.write(json.dumps(row.__dict__, ensure_ascii=False) + "\n")
        return
    for row in rows:
        flag = "MT?" if row.mt_suspected else ""
        sys.stdout.write(f"{row.id}  {row.published or 'undated':10}  {(row.outlet or '?')[:24]:24}  "
                         f"{row.genre:8} {row.mentions:4} mentions {flag:3}  {(row.title or '')[:60]}\n")
    _err().print(f"{len(rows)} of {total} documents")


@app.command()
def show(
    document_id: Annotated[str, typer.Argument(help="A document id, or a unique prefix of one.")],
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Print one stored document with its findings highlighted."""
    from newsgraph.render import render_record
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        record = store.get_record(document_id)
    if format == "json":
        sys.stdout.write(record.to_json() + "\n")
    else:
        Console(highlight=False).print(render_record(record))


@app.command()
def brief(
    db: DbOption = None,
    format: Annotated[str, typer.Option("--format", "-f", help="text or markdown.")] = "text",
) -> None:
    """Print a short briefing: documents by outlet and date, names found, translation warnings."""
    from newsgraph.brief import make_briefing, render_briefing
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        sys.stdout.write(render_briefing(make_briefing(store), markdown=format == "markdown"))


@app.command()
def errors(db: DbOption = None, limit: Annotated[int, typer.Option(help="How many to list.")] = 50) -> None:
    """List inputs that failed to ingest, newest first, with the reason."""
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        for item in store.errors(limit):
            sys.stdout.write(f"{item.occurred_at:%Y-%m-%d %H:%M}  {item.origin}  {item.error}: {item.message}\n")


@app.command()
def schema() -> None:
    """Print the JSON Schema of the analysis record (newsgraph.analysis/1)."""
    from newsgraph.schema import SCHEMA_FILE

    sys.stdout.write(SCHEMA_FILE.read_text(encoding="utf-8"))


def _report_failures(failures: list[tuple[str, str]]) -> None:
    err = _err()
    for origin, message in failures:
        err.print(f"[red]failed[/red] {origin}: {message}", markup=True, soft_wrap=True)


def _short(origin: str) -> str:
    return origin if len(origin) <= 50 else "…" + origin[-49:]


def main() -> None:
    """Run the CLI, turning newsgraph errors into one line and exit code 1 (usage: 2)."""
    try:
        code = app(standalone_mode=False)  # returns the code of a typer.Exit instead of raising it
    except NewsgraphError as exc:
        _err().print(f"newsgraph: error: {exc}", markup=False, soft_wrap=True)
        sys.exit(2 if isinstance(exc, UsageError) else 1)
    except typer.Exit as exc:
        sys.exit(exc.exit_code)
    except (typer.Abort, KeyboardInterrupt):
        _err().print("newsgraph: interrupted", markup=False)
        sys.exit(130)
    except Exception as exc:  # click's own usage errors
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            sys.exit(exc.exit_code)
        raise
    if isinstance(code, int) and code:
        sys.exit(code)


if __name__ == "__main__":
    main()
