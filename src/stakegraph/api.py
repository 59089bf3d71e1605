"""The Python API: what the command line does, as functions.

    import stakegraph
    result = stakegraph.extract("Sequoia ist ein Investor in xAI.")
    report = stakegraph.ingest(["articles/"], db="news.db")
    for conflict in stakegraph.conflicts("news.db"):
        print(conflict.summary)
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .analysis import ClaimGraph, find_conflicts
from .export import FORMATS
from .model import Conflict, Document
from .pipeline import Extraction, extract_all, extract_document
from .sources import Skipped, read_sources
from .store import SQLiteStore, open_store

PathLike = str | os.PathLike[str]


def extract(source: str | Document, *, name: str = "text", lang: str | None = None,
            published: str | None = None) -> Extraction:
    """Entities and claims of one text (or Document), without a store."""
    document = source if isinstance(source, Document) else Document(
        text=source, name=name, lang=lang, published=published)
    return extract_document(document)


def extract_paths(paths: Iterable[PathLike]) -> Iterator[Extraction | Skipped]:
    """Read files and folders and extract each document; unreadable input comes out as Skipped."""
    for item in read_sources(paths):
        yield item if isinstance(item, Skipped) else extract_document(item)


@dataclass
class IngestReport:
    read: int = 0  # documents read from the sources
    added: int = 0  # new documents stored
    unchanged: int = 0  # already in the store: nothing changed
    skipped: list[Skipped] = field(default_factory=list)
    failed: list[Skipped] = field(default_factory=list)  # read but could not be extracted or stored
    entities: int = 0  # in the store after the run
    claims: int = 0


def ingest(paths: Iterable[PathLike], db: PathLike = "stakegraph.db", *, workers: int = 0,
           on_progress: Callable[[IngestReport, str], None] | None = None) -> IngestReport:
    """Read, extract and store. Extraction runs in `workers` processes (0: one per core); a
    single writer stores each document in its own transaction, in the order the documents were
    read, so an interruption leaves every stored document complete and a rerun ends where an
    uninterrupted run would have."""
    report = IngestReport()
    with open_store(db) as store:
        results = extract_all(read_sources(paths), store.has_document,
                              workers or os.cpu_count() or 1)
        for item, outcome in results:
            if isinstance(item, Skipped):
                report.skipped.append(item)
                label = item.source
            else:
                report.read += 1
                label = item.name
                _store_one(store, item, outcome, report)
            if on_progress:
                on_progress(report, label)
        stats = store.stats()
    report.entities, report.claims = stats["entities"], stats["claims"]
    return report


def _store_one(store: SQLiteStore, document: Document, outcome: Extraction | str | None,
               report: IngestReport) -> None:
    if outcome is None:
        report.unchanged += 1
        return
    if isinstance(outcome, str):
        report.failed.append(Skipped(document.source or document.name, outcome))
        return
    try:
        added = store.add_extraction(document, outcome.entities, outcome.claims)
    except Exception as error:  # one bad document must not stop a batch
        report.failed.append(Skipped(document.source or document.name,
                                     f"{type(error).__name__}: {error}"))
        return
    if added:
        report.added += 1
    else:
        report.unchanged += 1


def graph(db: PathLike = "stakegraph.db", min_confidence: float = 0.0) -> ClaimGraph:
    """The whole store as a graph of claims; `min_confidence` leaves out weaker claims (reported
    ones, ownership read from a possessive) to trade recall for precision."""
    with open_store(db) as store:
        return ClaimGraph(c for c in store.claims() if c.confidence >= min_confidence)


def conflicts(db: PathLike = "stakegraph.db", rules: Iterable[str] | None = None,
              min_confidence: float = 0.0) -> list[Conflict]:
    """The conflicts of interest over everything in the store."""
    return find_conflicts(graph(db, min_confidence), rules)


def export(db: PathLike, format: str, out: PathLike | None = None,
           min_confidence: float = 0.0) -> Path | None:
    """Write the store in another tool's format (see `stakegraph.export.FORMATS`) to `out`: a file,
    or a folder for `neo4j` and `csv`. `out` None (or "-") writes a one-file format to stdout.
    Returns where it wrote."""
    if format not in FORMATS:
        raise ValueError(f"unknown export format {format!r}; known: {', '.join(FORMATS)}")
    chosen = FORMATS[format]
    with open_store(db) as store:
        claims = ClaimGraph(c for c in store.claims() if c.confidence >= min_confidence)
        documents = {d.id: d for d in store.documents()}
    if chosen.folder:
        folder = Path(out if out not in (None, "-") else f"stakegraph-{format}")
        chosen.write(claims, documents, folder)
        return folder
    if out in (None, "-"):
        chosen.write(claims, documents, sys.stdout.buffer)
        sys.stdout.flush()
        return None
    target = Path(out)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Written beside the target and renamed, so an interrupted export never leaves half a file.
    partial = target.with_name(target.name + ".partial")
    with open(partial, "wb") as stream:
        chosen.write(claims, documents, stream)
    partial.replace(target)
    return target
