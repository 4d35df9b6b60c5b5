"""The `newsgraph` command: thin wrappers over library calls.

Errors become one line on standard error and exit code 1 (usage errors exit 2).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsgraph.errors import NewsgraphError, UsageError
from newsgraph.export import ExportFormat, ExportTable
from newsgraph.ingest.build import DocumentMeta
from newsgraph.ingest.metadata import parse_date
from newsgraph.ingest.readers import ReadOptions
from newsgraph.settings import Settings

app = typer.Typer(add_completion=False, no_args_is_help=True, pretty_exceptions_enable=False,
                  help="Read news reports into a time-aware, source-attributed database.")

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database URL or SQLite file [env NEWSGRAPH_DATABASE_URL; default ./newsgraph.db].")]
PublishedOption = Annotated[str | None, typer.Option(
    help="Publication date (YYYY-MM-DD) for every input; overrides what the input says.")]
TitleOption = Annotated[str | None, typer.Option(help="Title for every input.")]
OutletOption = Annotated[str | None, typer.Option(help="Outlet name for every input.")]
MaxBytesOption = Annotated[int | None, typer.Option(
    help="Largest input accepted, in bytes [env NEWSGRAPH_MAX_BYTES; default 5000000].")]


class ListFormat(str, Enum):
    """How a command prints: aligned text, or one JSON object a line (a record for `analyze`)."""

    text = "text"
    json = "json"


class BriefFormat(str, Enum):
    """How `brief` prints."""

    text = "text"
    markdown = "markdown"


ListFormatOption = Annotated[ListFormat, typer.Option("--format", "-f", help="text or json (one object a line).")]


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
    format: Annotated[ListFormat, typer.Option("--format", "-f", help="json (JSON Lines) or text.")] = ListFormat.json,
    max_bytes: MaxBytesOption = None,
) -> None:
    """Analyse reports without a database and print one record per document."""
    from newsgraph.analysis import Analyzer
    from newsgraph.batch import Summary, analyze_sources
    from newsgraph.render import render_record

    settings = _settings(max_bytes=max_bytes)
    options = _options(settings, published, title, outlet)
    summary = Summary()
    console = Console(highlight=False, soft_wrap=False)
    for record in analyze_sources(sources, options, Analyzer(settings), summary):
        if format is ListFormat.json:
            sys.stdout.write(record.to_json() + "\n")
            sys.stdout.flush()
        else:
            console.print(render_record(record))
            console.rule()
    _report_failures(summary.failures)


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, globs, .jsonl, URLs, or - for standard input.")],
    db: DbOption = None,
    published: PublishedOption = None,
    title: TitleOption = None,
    outlet: OutletOption = None,
    max_bytes: MaxBytesOption = None,
    workers: Annotated[int, typer.Option(help="Analysis processes (each loads the model once).")] = 1,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    cluster: Annotated[str | None, typer.Option(
        metavar="ADDRESS|local",
        help="Analyse on a Dask cluster: its scheduler (tcp://HOST:8786), or 'local' for one on this machine "
             "with --workers processes (default 2). With a PostgreSQL --db the workers write.")] = None,
) -> None:
    """Analyse reports and store them; identical content is stored once."""
    from newsgraph import service

    if workers < 1:
        raise UsageError("--workers must be 1 or more")
    settings = _settings(db, max_bytes)
    options = _options(settings, published, title, outlet)
    err = _err()
    with Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
                  TimeElapsedColumn(), console=err, disable=quiet, transient=True) as bar:
        task = bar.add_task("", total=None)
        summary = service.ingest_with(sources, settings, options=options, workers=workers, cluster=cluster,
                                      progress=lambda origin: bar.update(task, advance=1, description=_short(origin)))
    err.print(f"ingested {summary.ingested}, duplicates skipped {summary.duplicates}, failed {summary.failed}"
              f" → {settings.database_url}")
    _report_failures(summary.failures)


@app.command()
def documents(
    db: DbOption = None,
    limit: Annotated[int, typer.Option(help="How many to list.")] = 50,
    offset: Annotated[int, typer.Option(help="How many to skip.")] = 0,
    outlet: OutletOption = None,
    format: ListFormatOption = ListFormat.text,
) -> None:
    """List stored documents, newest first."""
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        rows = store.documents(limit=limit, offset=offset, outlet=outlet)
        total = store.count_documents()
    if format is ListFormat.json:
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
    format: ListFormatOption = ListFormat.text,
) -> None:
    """Print one stored document with its findings highlighted."""
    from newsgraph.render import render_record
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        record = store.get_record(document_id)
    if format is ListFormat.json:
        sys.stdout.write(record.to_json() + "\n")
    else:
        Console(highlight=False).print(render_record(record))


@app.command()
def brief(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Only documents and events about this actor.")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    format: Annotated[BriefFormat, typer.Option("--format", "-f", help="text or markdown.")] = BriefFormat.text,
) -> None:
    """Print a one-page briefing: key events, indicators, contradictions, corrected names, sources."""
    from newsgraph import service
    from newsgraph.brief import render_briefing
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        sys.stdout.write(render_briefing(service.briefing(store, actor=actor, since=since),
                                         markdown=format is BriefFormat.markdown))


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


@app.command()
def watch(
    feeds: Annotated[list[str], typer.Argument(help="RSS or Atom feed URLs.")],
    db: DbOption = None,
    interval: Annotated[float, typer.Option(help="Seconds between two polls of every feed.")] = 900.0,
    iterations: Annotated[int | None, typer.Option(help="Stop after this many polls (default: until Ctrl-C).")] = None,
    max_bytes: MaxBytesOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No line per poll.")] = False,
) -> None:
    """Poll RSS/Atom feeds and ingest each new article once, until interrupted."""
    from newsgraph import service
    from newsgraph.store import Store

    if interval <= 0 or (iterations is not None and iterations < 1):
        raise UsageError("--interval must be above 0 seconds and --iterations at least 1")
    settings = _settings(db, max_bytes)
    err = _err()

    def report(done) -> None:
        if not quiet:
            err.print(f"poll {done.number}: {done.new_items} new, ingested {done.summary.ingested}, "
                      f"duplicates skipped {done.summary.duplicates}, "
                      f"failed {done.summary.failed + len(done.feed_failures)}")

    with Store(settings.database_url) as store:
        kb, bands = service.knowledge_base(settings, store.learned_facts()), service.thresholds(settings)
        with service.open_executor(settings, store, kb) as executor:
            summary = service.watch(feeds, settings, store, kb, bands, executor, interval=interval,
                                    iterations=iterations, on_round=report)
    err.print(f"watched {summary.rounds} polls: ingested {summary.ingested}, duplicates skipped "
              f"{summary.duplicates}, failed {len(summary.failures)} → {settings.database_url}"
              + (" (interrupted)" if summary.interrupted else ""))
    _report_failures(summary.failures)


@app.command()
def indicators(
    db: DbOption = None,
    indicator: Annotated[str | None, typer.Option(help="Only this indicator (e.g. approval_rating).")] = None,
    subject: Annotated[str | None, typer.Option(help="Only subjects whose name contains this.")] = None,
    format: ListFormatOption = ListFormat.text,
) -> None:
    """Each indicator series in date order, with its threshold bands and sources."""
    from newsgraph import service
    from newsgraph.store import Store

    settings = _settings(db)
    kb, bands = service.knowledge_base(settings), service.thresholds(settings)
    with Store(settings.database_url) as store, store.engine.connect() as conn:
        series = service.indicator_series(conn, kb, bands, indicator=indicator, subject=subject)
    for one in series:
        if format is ListFormat.json:
            sys.stdout.write(one.model_dump_json() + "\n")
            continue
        sys.stdout.write(f"{one.indicator} — {one.subject.name if one.subject else 'unknown subject'}\n")
        if one.bands:
            sys.stdout.write("    bands: " + "; ".join(b.describe() for b in one.bands) + "\n")
        for point in one.points:
            label = f"  ← {point.band}" if point.band else ""
            sys.stdout.write(f"    {point.date.value if point.date else 'undated':10} {point.shown:>18} "
                             f"{point.status:10} {point.document.outlet or '?'} [{point.document.id}]{label}\n")
    if not series and format is not ListFormat.json:
        _err().print("no indicator observations")


@app.command()
def timeline(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Only events with this actor (name or id).")] = None,
    since: Annotated[str | None, typer.Option(help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
    until: Annotated[str | None, typer.Option(help="Up to this date.")] = None,
    undated: Annotated[bool, typer.Option(help="Also list events the reports give no date.")] = False,
    unlinked: Annotated[bool, typer.Option(help="Also list events none of whose actors is a known entity.")] = False,
    format: ListFormatOption = ListFormat.text,
) -> None:
    """Events in date order, one line per event however many reports tell it, with modality."""
    from newsgraph import service
    from newsgraph.crossdoc.clusters import TimelineFilter
    from newsgraph.store import Store

    where = TimelineFilter(actor=actor, since=since, until=until, undated=undated, unlinked=unlinked)
    with Store(_settings(db).database_url) as store, store.engine.connect() as conn:
        clusters = service.timeline(conn, where)
    for cluster in clusters:
        event = cluster.first
        if format is ListFormat.json:
            sys.stdout.write(json.dumps({"id": event.id, "date": event.date, "precision": event.precision,
                                         "type": event.type, "mode": event.mode,
                                         "source": [n for _, n in event.sources],
                                         "target": [n for _, n in event.targets], "modality": event.modality,
                                         "sources": cluster.sources, "quote": event.quote,
                                         "documents": sorted({m.document_id for m in cluster.mentions})},
                                        ensure_ascii=False) + "\n")
            continue
        who = ", ".join(n for _, n in event.sources) or "?"
        whom = ", ".join(n for _, n in event.targets)
        flags = f" [{', '.join(event.modality)}]" if event.modality else ""
        sys.stdout.write(f"{event.date or 'undated':10} {event.type:9} {event.mode or '':10} {who}"
                         f"{' → ' + whom if whom else ''}{flags} ({cluster.sources} source"
                         f"{'s' if cluster.sources != 1 else ''})\n")
        sys.stdout.write(f"{'':11}\"{_snippet(event.quote)}\" — {event.outlet or '?'} [{event.document_id}]\n")


def _snippet(quote: str) -> str:
    text = " ".join(quote.split())
    return text if len(text) <= 110 else text[:107] + "…"


@app.command()
def contradictions(
    db: DbOption = None,
    all_names: Annotated[bool, typer.Option("--all", help="Also list every corrected name.")] = False,
    format: ListFormatOption = ListFormat.text,
) -> None:
    """List where sources disagree: contradicting values and dates, and names of the wrong person."""
    from newsgraph import service
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        found = service.contradictions(store, all_names=all_names)
    for finding in found:
        if format is ListFormat.json:
            sys.stdout.write(finding.model_dump_json() + "\n")
            continue
        sys.stdout.write(f"[{finding.kind.value}] {finding.summary}\n")
        for e in finding.evidence:
            sys.stdout.write(f"    {e.published or 'undated':10} {e.outlet or '?'} [{e.document_id}] "
                             f"{e.start}-{e.end}: {e.quote[:100]}\n")
    if not found and format is not ListFormat.json:
        _err().print("no contradictions found")


@app.command()
def export(
    output: Annotated[Path, typer.Option("--output", "-o", help="Folder to write the files into.")] = Path("export"),
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="jsonl, csv or parquet.")] = ExportFormat.jsonl,
    table: Annotated[list[ExportTable] | None, typer.Option(help="Only this table (repeatable).")] = None,
    db: DbOption = None,
) -> None:
    """Write documents, mentions, times, observations, events, claims and findings to files."""
    from newsgraph import service
    from newsgraph.store import Store

    with Store(_settings(db).database_url) as store:
        counts = service.export(store, output, format, table)
    for name, count in counts.items():
        _err().print(f"{output / (name + '.' + format.value)}: {count} rows")


@app.command()
def serve(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port.")] = 8000,
    db: DbOption = None,
) -> None:
    """Serve the HTTP API and the dashboard (writes need NEWSGRAPH_API_TOKEN)."""
    from newsgraph.serve import run

    settings = _settings(db)
    run(settings, host=host, port=port, api_token=settings.api_token)


kb_app = typer.Typer(no_args_is_help=True, help="Inspect and extend the knowledge base.")
eval_app = typer.Typer(no_args_is_help=True, help="Measure accuracy against gold data.")
app.add_typer(kb_app, name="kb")
app.add_typer(eval_app, name="eval")


@kb_app.command("stats")
def kb_stats() -> None:
    """Count what the knowledge base holds, per country."""
    from collections import Counter

    from newsgraph.kb.loader import kb_paths, load_kb

    settings = _settings()
    kb = load_kb(settings)
    for key, value in kb.stats().items():
        sys.stdout.write(f"{key:14} {value:6}\n")
    by_polity = Counter(kb.positions[o.position].polity for o in kb.occupancies)
    sys.stdout.write("terms by polity: " + ", ".join(f"{k} {v}" for k, v in sorted(by_polity.items())) + "\n")
    sys.stdout.write(f"files: {len(kb_paths(settings))} (user files in {settings.kb_dir})\n")


@kb_app.command("gaps")
def kb_gaps(
    since: Annotated[str, typer.Option("--from", help="First day to check (YYYY-MM-DD).")] = "2025-01-01",
    until: Annotated[str | None, typer.Option("--to", help="Last day to check (YYYY-MM-DD); default today.")] = None,
    min_days: Annotated[int, typer.Option(help="Report only runs of at least this many days.")] = 30,
) -> None:
    """List single-holder offices with days on which the knowledge base knows no holder."""
    from datetime import date

    from newsgraph.kb.integrity import uncovered
    from newsgraph.kb.loader import load_kb

    try:
        start, end = date.fromisoformat(since), date.fromisoformat(until) if until else date.today()
    except ValueError:
        raise UsageError(f"--from {since!r} / --to {until!r}: write dates as 2025-07-11") from None
    if end < start:
        raise UsageError(f"--to {end} is before --from {start}")
    kb = load_kb(_settings())
    gaps = uncovered(kb, start, end, min_days)
    for gap in gaps:
        note = f"  ({gap.note})" if gap.note else ""
        sys.stdout.write(f"{gap.position}: no holder {gap.first}..{gap.last} ({gap.days} days){note}\n")
    offices = len({g.position for g in gaps})
    sys.stdout.write(f"{offices} offices with {len(gaps)} uncovered runs of {min_days}+ days, {start}..{end}\n")


@kb_app.command("lookup")
def kb_lookup(
    name: Annotated[str, typer.Argument(help="A name as written (may be garbled); '' for a title alone.")],
    on: Annotated[str | None, typer.Option(
        "--date", help="The date the text speaks of (YYYY-MM-DD); default today.")] = None,
    role: Annotated[str | None, typer.Option(
        help="A title as written, e.g. 'U.S. Commerce Secretary', or a position id.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO country code the title belongs to, e.g. US, JP.")] = None,
) -> None:
    """Show who a name (with a title and date) resolves to, with scores and the explanation."""
    from datetime import date

    from newsgraph.kb.loader import load_kb
    from newsgraph.resolve.resolver import Resolver, RoleHint
    from newsgraph.resolve.titles import TitleIndex, country_in_title

    kb = load_kb(_settings())
    try:
        day = date.fromisoformat(on) if on else date.today()
    except ValueError:
        raise UsageError(f"--date {on!r} is not a date; write it as 2025-07-11") from None
    hint = None
    if role:
        polity = country.upper() if country else country_in_title(kb, role)
        candidates = [(role, 1.0)] if role in kb.positions else \
            [(p, score) for p, score, _ in TitleIndex(kb).score(role, polity)]
        if not candidates:
            raise UsageError(f"--role {role!r} matches no office in the knowledge base")
        hint = RoleHint(tuple(candidates), text=role, polity=polity)
        sys.stdout.write("offices: " + ", ".join(f"{p} ({s:.2f})" for p, s in candidates[:6]) + "\n")
    resolver = Resolver(kb)
    link = resolver.resolve(name, day, hint)
    who = kb.entity_name(link.entity) if link.entity and not link.entity.startswith("unresolved-") else "—"
    sys.stdout.write(f"{link.status.value}: {who} [{kb.entity_id(link.entity) if who != '—' else link.entity}] "
                     f"confidence {link.confidence:.2f}\n  {link.explanation}\n")
    for entity, score in link.alternatives:
        sys.stdout.write(f"  alternative: {kb.entity_name(entity)} ({score:.2f})\n")
    if name:
        for entity, match in resolver.similar_names(name, day)[:5]:
            similar = f"{kb.entity_name(entity)} — '{match.form}' {match.score:.2f} ({match.reason})"
            sys.stdout.write(f"  similar name: {similar}\n")


@kb_app.command("add")
def kb_add(
    path: Annotated[Path, typer.Argument(help="A YAML file in the knowledge-base format (docs/kb-format.md).")],
) -> None:
    """Check a file of facts against the knowledge base and add it to your KB folder."""
    from newsgraph.kb.manage import add_kb_file

    target = add_kb_file(path, _settings())
    _err().print(f"added {path} → {target}; it is used from the next analysis on")


@kb_app.command("import-wikidata")
def kb_import_wikidata(
    dump: Annotated[Path, typer.Argument(
        help="A Wikidata JSON dump (.json, .json.gz, .json.bz2) or an extract of one.")],
    output: Annotated[Path | None, typer.Option(
        help="Where to write the KB file [default: <KB folder>/wikidata-<name>.yaml].")] = None,
    position: Annotated[list[str] | None, typer.Option(
        help="Also import holders of this position QID (repeatable).")] = None,
) -> None:
    """Read P39 (position held) terms of the offices the knowledge base knows from a Wikidata dump."""
    from newsgraph.kb.loader import load_kb
    from newsgraph.kb.manage import add_kb_file, dump_kb_file, merge_import
    from newsgraph.kb.wikidata import import_wikidata

    settings = _settings()
    kb = load_kb(settings)
    wanted = {p.wikidata for p in kb.positions.values() if p.wikidata} | set(position or [])
    found = import_wikidata(dump, position_qids=wanted)
    merged = merge_import(found, kb)
    stem = dump.name.split(".")[0]
    target = output or Path(settings.kb_dir) / f"wikidata-{stem}.yaml"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(dump_kb_file(merged), encoding="utf-8")
    if output is None:
        add_kb_file(target, settings)
    _err().print(f"read {found.entities:,} entities ({found.skipped_lines} unreadable lines, "
                 f"{found.skipped_statements} statements skipped): {len(merged.persons)} new people, "
                 f"{len(merged.positions)} new offices, {len(merged.occupancies)} new terms → {target}")


@kb_app.command("learned")
def kb_learned(db: DbOption = None) -> None:
    """List role facts harvested from ingested reports, with their sources."""
    from collections import defaultdict

    from newsgraph.store import Store

    settings = _settings(db)
    with Store(settings.database_url) as store:
        facts = store.learned_facts()
    groups = defaultdict(list)
    for fact in facts:
        groups[fact.key].append(fact)
    for _key, group in sorted(groups.items()):
        outlets = sorted({f.outlet for f in group})
        used = "used" if len(outlets) >= settings.learned_min_sources else \
            f"waiting ({len(outlets)} of {settings.learned_min_sources} outlets)"
        sys.stdout.write(f"{group[0].name} — {group[0].position} since {min(f.on for f in group)}: {used}\n")
        for fact in group:
            sys.stdout.write(f"    {fact.on} {fact.outlet} [{fact.document_id}] {fact.quote[:100]}\n")
    if not groups:
        _err().print("no facts learned yet: they come from clean reports that name someone in an office "
                     "the knowledge base does not give them")


@eval_app.command("gold")
def eval_gold(
    gold: Annotated[Path, typer.Argument(help="A gold file shaped like ../shared/seeds/gold.yaml.")],
    texts: Annotated[Path, typer.Argument(help="The folder holding the gold file's texts.")],
) -> None:
    """Score persons, conflicts, dates and numbers against a gold file; last line is JSON."""
    from newsgraph.analysis import Analyzer
    from newsgraph.evaluate.gold import score_gold

    report = score_gold(gold, texts, Analyzer(_settings()))
    for failure in report.failures:
        sys.stdout.write(f"FAIL {failure}\n")
    for kind, figure in report.figures().items():
        sys.stdout.write(f"{kind:22} {figure['correct']:4}/{figure['total']:<4} {figure['accuracy']:.3f}\n")
    sys.stdout.write(report.to_json() + "\n")


@eval_app.command("plover")
def eval_plover(path: Annotated[Path, typer.Argument(help="PLOVER gold-standard records (JSON list).")]) -> None:
    """Score event type and source/target country accuracy on PLOVER records; last line is JSON."""
    import spacy

    from newsgraph.analysis.pipeline import find_model
    from newsgraph.evaluate.plover import score_plover
    from newsgraph.kb.loader import load_kb
    from newsgraph.resolve.countries import country_lookup

    settings = _settings()
    _print_report(score_plover(path, spacy.load(find_model(settings.model)), country_lookup(load_kb(settings))))


@eval_app.command("newsquant")
def eval_newsquant(path: Annotated[Path, typer.Argument(help="A NewsQuant-format JSON file.")]) -> None:
    """Score value, value+unit and value+change F1 of the quantity extractor; last line is JSON."""
    from newsgraph.evaluate.newsquant import score_newsquant

    _print_report(score_newsquant(path))


@eval_app.command("te3")
def eval_te3(directory: Annotated[Path, typer.Argument(help="A folder of TimeML .tml files (TE3 format).")]) -> None:
    """Score DATE value accuracy on TimeML files; last line is JSON."""
    from newsgraph.evaluate.te3 import score_te3

    report = score_te3(directory)
    for failure in report.failures:
        sys.stdout.write(f"FAIL {failure.file}: {failure.text!r} gold {failure.gold}, got {failure.predicted}\n")
    sys.stdout.write(f"DATE value accuracy {report.correct}/{report.total} = {report.accuracy:.3f}\n")
    sys.stdout.write(json.dumps(json.loads(report.to_json())) + "\n")


def _print_report(report) -> None:
    """An evaluation report: a FAIL line per miss, then the report as one JSON line."""
    for failure in report.failures:
        sys.stdout.write(f"FAIL {failure}\n")
    sys.stdout.write(report.to_json() + "\n")


def _report_failures(failures: list[tuple[str, str]]) -> None:
    """One line per failed input on standard error, then exit code 1 when there was any."""
    err = _err()
    for origin, message in failures:
        err.print(f"[red]failed[/red] {origin}: {message}", markup=True, soft_wrap=True)
    if failures:
        raise typer.Exit(1)


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
    except Exception as exc:  # the command-line parser's own usage errors (typer bundles its click)
        show = getattr(exc, "show", None)
        if isinstance(exc, typer.TyperException) and callable(show):
            show()
            sys.exit(getattr(exc, "exit_code", 2))
        raise
    if isinstance(code, int) and code:
        sys.exit(code)


if __name__ == "__main__":
    main()
