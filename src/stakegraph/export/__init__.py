"""Ways out of stakegraph: the JSON Lines records of `extract` and `conflicts` (jsonl.py), and the
formats of the tools people take the graph to.

Every format is a writer over the claim graph and the stored documents (for titles, dates and
addresses of the evidence). A format writes either one file (`ftm`, `gexf`, `graphml`: a binary
stream, so that it can go to stdout) or a folder of files (`neo4j`, `csv`).
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from stakegraph.export.ftm import write_ftm
from stakegraph.export.neo4j import write_neo4j
from stakegraph.export.networks import write_gexf, write_graphml
from stakegraph.export.tables import write_csv


@dataclass(frozen=True)
class ExportFormat:
    name: str
    write: Callable[..., Any]  # (graph, documents, stream or folder)
    folder: bool  # writes several files into a folder rather than one stream
    suffix: str
    description: str


FORMATS: dict[str, ExportFormat] = {f.name: f for f in [
    ExportFormat("ftm", write_ftm, False, ".ftm.json",
                 "FollowTheMoney entities, one JSON object a line (Aleph, ftm, OpenSanctions)"),
    ExportFormat("gexf", write_gexf, False, ".gexf", "GEXF for Gephi"),
    ExportFormat("graphml", write_graphml, False, ".graphml", "GraphML (yEd, Cytoscape, networkx)"),
    ExportFormat("neo4j", write_neo4j, True, "",
                 "CSV files for neo4j-admin import, and a Cypher script"),
    ExportFormat("csv", write_csv, True, "", "nodes.csv, edges.csv and evidence.csv"),
]}

__all__ = ["FORMATS", "ExportFormat"]
