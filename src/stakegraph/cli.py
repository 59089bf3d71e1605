"""The command line: a thin layer over `stakegraph.api`."""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import __version__, api
from .analysis import shortest_paths
from .export import FORMATS
from .export.jsonl import claim_record, conflict_record, entity_record
from .model import RELATIONS, Claim, Conflict
from .report import html_report, markdown_report
from .sources import Skipped
from .store import open_store

app = typer.Typer(help="Turn news articles into an evidence-backed graph of stakes and ties, "
                       "and find the conflicts of interest they add up to.",
                  no_args_is_help=True, add_completion=False)
console = Console()
errors = Console(stderr=True)

DB = typer.Option(Path("stakegraph.db"), "--db", help="The SQLite store.", envvar="STAKEGRAPH_DB")
MIN_CONFIDENCE = typer.Option(0.0, "--min-confidence", min=0.0, max=1.0,
                              help="Leave out claims below this confidence (reported ones are 0.6).")


class Format(str, Enum):
    table = "table"
    jsonl = "jsonl"
    markdown = "markdown"


ExportFormatName = Enum("ExportFormatName", {name: name for name in FORMATS}, type=str)


class StatsFormat(str, Enum):
    table = "table"
    json = "json"


def _version(value: bool) -> None:
    if value:
        console.print(f"stakegraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    pass


def _existing_store(db: Path) -> Path:
    if not db.exists():
        errors.print(f"[red]No store at {db}.[/red] Run `stakegraph ingest PATH --db {db}` first.")
        raise typer.Exit(2)
    return db


def _documents(db: Path) -> dict:
    with open_store(db) as store:
        return {d.id: d for d in store.documents()}


def _print_jsonl(record: dict) -> None:
    sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


@app.command()
def extract(paths: list[Path] = typer.Argument(..., help="Files or folders to read."),
            format: Format = typer.Option(Format.jsonl, "--format", "-f",
                                          help="jsonl (the records of DESIGN.md) or table."),
            min_confidence: float = MIN_CONFIDENCE) -> None:
    """Print the entities and claims of each document; no store needed."""
    skipped = read = 0
    for item in api.extract_paths(paths):
        if isinstance(item, Skipped):
            skipped += 1
            errors.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason}")
            continue
        read += 1
        item.claims = [c for c in item.claims if c.confidence >= min_confidence]
        if format is Format.jsonl:
            for entity in item.entities:
                _print_jsonl(entity_record(entity, item.document.name))
            for claim in item.claims:
                _print_jsonl(claim_record(claim))
        else:
            console.print(_claims_table(item.claims, title=item.document.name))
    if skipped:
        errors.print(f"{skipped} input(s) skipped")
    if not read:
        raise typer.Exit(1)  # nothing could be read: a script should notice


@app.command()
def ingest(paths: list[Path] = typer.Argument(..., help="Files or folders to read (recursively)."),
           db: Path = DB,
           workers: int = typer.Option(0, "--workers", "-j", min=0,
                                       help="Processes that extract in parallel (0: one per "
                                            "core); one writer stores.")) -> None:
    """Read, extract and store documents; already stored documents are left as they are."""
    with Progress(SpinnerColumn(), TextColumn("[bold]{task.description}"), BarColumn(),
                  TextColumn("{task.fields[status]}"), TimeElapsedColumn(), console=errors,
                  transient=True) as progress:
        task = progress.add_task("ingesting", total=None, status="")

        def on_progress(report: api.IngestReport, label: str) -> None:
            progress.update(task, advance=1, status=f"{report.read} read, {len(report.skipped)} skipped "
                                                    f"· {label[-40:]}")

        report = api.ingest(paths, db, workers=workers, on_progress=on_progress)
    for skipped in report.skipped + report.failed:
        errors.print(f"[yellow]skipped[/yellow] {skipped.source}: {skipped.reason}")
    summary = Table.grid(padding=(0, 2))
    for label, value in [("documents read", report.read), ("new", report.added),
                         ("already stored", report.unchanged),
                         ("skipped", len(report.skipped) + len(report.failed)),
                         ("entities in store", report.entities), ("claims in store", report.claims)]:
        summary.add_row(label, str(value))
    console.print(summary)
    console.print(f"store: {db}")
    if not report.read:
        raise typer.Exit(1)  # nothing could be read: a script should notice


@app.command()
def conflicts(db: Path = DB,
              format: Optional[Format] = typer.Option(None, "--format", "-f",
                                                      help="table (default on a terminal), jsonl, markdown."),
              rule: Optional[list[str]] = typer.Option(None, "--rule", help="Only these rules."),
              min_confidence: float = MIN_CONFIDENCE) -> None:
    """The conflicts of interest over the whole store, each with its chain of evidence."""
    found = api.conflicts(_existing_store(db), rule, min_confidence)
    format = format or (Format.table if sys.stdout.isatty() else Format.jsonl)
    if format is Format.jsonl:
        for conflict in found:
            _print_jsonl(conflict_record(conflict))
    elif format is Format.markdown:
        sys.stdout.write(markdown_report(found, _documents(db)))
    else:
        _print_conflicts(found)


def _print_conflicts(found: list[Conflict]) -> None:
    if not found:
        console.print("No conflicts found.")
        return
    for n, conflict in enumerate(found, 1):
        console.rule(f"[bold]{n}. {conflict.rule}[/bold]")
        console.print(f"[bold]{conflict.summary}[/bold]")
        for claim in conflict.claims:
            console.print(f"  • {claim.subject.name} [cyan]{claim.relation}[/cyan] {claim.object.name}"
                          f"  [dim]{claim.evidence.document_name}[/dim]")
            console.print(f"    [italic]“{claim.evidence.sentence.strip()}”[/italic]", highlight=False)
    console.print(f"\n{len(found)} conflict(s).")


def _claims_table(claims: list[Claim], title: str = "") -> Table:
    table = Table(title=title, show_lines=False)
    for column in ("subject", "relation", "object", "qualifiers", "evidence"):
        table.add_column(column, overflow="fold")
    for claim in claims:
        qualifiers = ", ".join(f"{k}={v}" for k, v in claim.qualifiers.items())
        table.add_row(claim.subject.name, claim.relation, claim.object.name, qualifiers,
                      f"{claim.evidence.sentence.strip()[:160]} ({claim.evidence.document_name})")
    return table


@app.command()
def show(name: str = typer.Argument(..., help="An entity's name or alias."), db: Path = DB) -> None:
    """An entity: its kind, aliases and every claim about it, with evidence."""
    with open_store(_existing_store(db)) as store:
        entity = store.get_entity(name)
        if entity is None:
            suggestions = [e.name for e in store.search_entities(name, limit=5)]
            errors.print(f"[red]No entity named {name!r}.[/red]"
                         + (f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""))
            raise typer.Exit(1)
        claims = list(store.claims(entity=entity.name))
    console.print(f"[bold]{entity.name}[/bold] ({entity.kind})")
    if entity.aliases:
        console.print(f"also: {', '.join(entity.aliases)}")
    console.print(_claims_table(claims, title=f"{len(claims)} claim(s)"))


@app.command()
def path(a: str = typer.Argument(..., help="One entity."), b: str = typer.Argument(..., help="The other."),
         db: Path = DB, limit: int = typer.Option(5, help="At most this many chains.")) -> None:
    """The shortest chains of claims that link two entities."""
    graph = api.graph(_existing_store(db))
    try:
        chains = shortest_paths(graph, a, b, limit=limit)
    except LookupError as error:
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(1)
    if not chains:
        console.print(f"No chain of claims links {a} and {b}.")
        return
    for n, chain in enumerate(chains, 1):
        console.rule(f"chain {n} ({len(chain)} step(s))")
        for subject, relation, obj, claims in chain:
            console.print(f"{subject.name} [cyan]{RELATIONS[relation].label}[/cyan] {obj.name}")
            for claim in claims[:3]:
                console.print(f"    [italic]“{claim.evidence.sentence.strip()}”[/italic] "
                              f"[dim]({claim.evidence.document_name})[/dim]", highlight=False)


@app.command()
def stats(db: Path = DB, format: StatsFormat = typer.Option(StatsFormat.table, "--format", "-f")) -> None:
    """Counts of documents, entities, claims and conflicts in the store."""
    with open_store(_existing_store(db)) as store:
        figures = store.stats()
    figures["conflicts"] = len(api.conflicts(db))
    if format is StatsFormat.json:
        _print_jsonl(figures)
        return
    table = Table.grid(padding=(0, 2))
    for key in ("documents", "entities", "claims", "conflicts"):
        table.add_row(key, str(figures[key]))
    for relation, count in sorted(figures.get("claims_by_relation", {}).items()):
        table.add_row(f"  {relation}", str(count))
    console.print(table)


class ReportFormat(str, Enum):
    html = "html"
    markdown = "markdown"


@app.command()
def report(format: ReportFormat = typer.Option(ReportFormat.html, "--format", "-f"),
           out: Optional[Path] = typer.Option(None, "--out", "-o",
                                              help="The file to write (default: stdout)."),
           db: Path = DB, rule: Optional[list[str]] = typer.Option(None, "--rule", help="Only these rules."),
           min_confidence: float = MIN_CONFIDENCE,
           title: str = typer.Option("Conflicts of interest", help="The report's heading.")) -> None:
    """A self-contained conflict report: each conflict with its explanation, its chain drawn as a
    graph and the evidence with sources. The HTML opens from a file, with no server or network."""
    found = api.conflicts(_existing_store(db), rule, min_confidence)
    documents = _documents(db)
    if format is ReportFormat.html:
        text = html_report(found, documents, title=title, store=db.name)
    else:
        text = markdown_report(found, documents, title=title)
    if out is None:
        sys.stdout.write(text)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(text, encoding="utf-8")
    errors.print(f"wrote {out} ({len(found)} conflict(s))")


@app.command()
def export(format: ExportFormatName = typer.Option(..., "--format", "-f", help="; ".join(
               f"{f.name}: {f.description}" for f in FORMATS.values())),
           out: Optional[Path] = typer.Option(
               None, "--out", "-o", help="The file to write (stdout if not given, or -); a folder "
                                         "for neo4j and csv (default: ./stakegraph-FORMAT)."),
           db: Path = DB, min_confidence: float = MIN_CONFIDENCE) -> None:
    """Write the graph for other tools: Aleph/FollowTheMoney, Gephi, Neo4j, spreadsheets."""
    chosen = FORMATS[format.value]
    if not chosen.folder and out is None and sys.stdout.isatty():
        errors.print(f"[red]{chosen.name} is a file format:[/red] give --out FILE or redirect stdout.")
        raise typer.Exit(2)
    store = _existing_store(db)
    try:
        written = api.export(store, chosen.name, out, min_confidence)
    except RuntimeError as error:  # a missing optional library
        errors.print(f"[red]{error}[/red]")
        raise typer.Exit(1)
    if written is not None:
        errors.print(f"wrote {written}")


@app.command()
def serve(db: Path = DB,
          host: str = typer.Option("127.0.0.1", help="The address to listen on; 0.0.0.0 opens the "
                                                     "page to your network."),
          port: int = typer.Option(8321, help="The port to listen on.")) -> None:
    """The graph page and the JSON API (documented at /docs) over a store."""
    import uvicorn

    from .web import create_app

    application = create_app(_existing_store(db))
    errors.print(f"stakegraph: the graph of {db} at http://{host}:{port}/ (Ctrl-C stops)")
    uvicorn.run(application, host=host, port=port, log_level="warning")


if __name__ == "__main__":
    app()
