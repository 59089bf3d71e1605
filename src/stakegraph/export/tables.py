"""CSV for spreadsheets: nodes.csv, edges.csv and evidence.csv (one row per supporting sentence).

Written as UTF-8 with a byte-order mark, so that Excel shows umlauts right, and with every cell
that a spreadsheet would read as a formula (=, +, -, @ first) prefixed with an apostrophe: the
sentences come from articles, and an article must not be able to put a formula into a sheet.
"""
from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path

from stakegraph.analysis import ClaimGraph, edge_id
from stakegraph.export.citations import Documents
from stakegraph.store import StoredDocument

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_rows(path: Path, header: list[str], rows: Iterable[list[object]], *,
               for_spreadsheets: bool = True) -> Path:
    """One CSV file; `for_spreadsheets` adds the byte-order mark and the formula guard."""
    encoding = "utf-8-sig" if for_spreadsheets else "utf-8"
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([_cell(v) for v in row] if for_spreadsheets else row)
    return path


def write_csv(graph: ClaimGraph, documents: Documents, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    nodes = write_rows(folder / "nodes.csv", ["id", "name", "kind", "aliases"], (
        [e.id, e.name, e.kind, "; ".join(e.aliases)]
        for e in sorted(graph.entities, key=lambda e: e.key)))
    grouped = graph.grouped()
    edges = write_rows(folder / "edges.csv", [
        "id", "source", "target", "source_name", "relation", "target_name", "confidence",
        "evidence_count"], (
        [edge_id(edge), graph.entity(s).id, graph.entity(o).id, graph.name(s), r, graph.name(o),
         max(c.confidence for c in claims), len(claims)]
        for edge, claims in grouped for s, r, o in [edge]))
    missing = StoredDocument("", "", "", None, None, None, None, "")
    evidence = write_rows(folder / "evidence.csv", [
        "edge_id", "claim_id", "subject", "relation", "object", "qualifiers", "confidence",
        "sentence", "start", "end", "document", "title", "published", "url"], (
        [edge_id(edge), c.id, c.subject.name, c.relation, c.object.name,
         json.dumps(c.qualifiers, ensure_ascii=False, sort_keys=True), c.confidence,
         " ".join(c.evidence.sentence.split()), c.evidence.start, c.evidence.end,
         c.evidence.document_name, document.title or "", document.published or "",
         document.url or ""]
        for edge, claims in grouped for c in claims
        for document in [documents.get(c.evidence.document_id, missing)]))
    return [nodes, edges, evidence]
