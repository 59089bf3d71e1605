"""GEXF and GraphML, the graph formats of Gephi, yEd, Cytoscape and networkx.

One node per entity (label, kind, aliases) and one edge per (subject, relation, object) with the
relation, the highest confidence among its claims, how many claims support it and the evidence
sentences with their sources. Written by networkx, so networkx reads them back as they were.
"""
from __future__ import annotations

from typing import IO

import networkx as nx

from stakegraph.analysis import ClaimGraph, edge_id
from stakegraph.export.citations import Documents, citation, source
from stakegraph.model import RELATIONS


def to_networkx(graph: ClaimGraph, documents: Documents) -> nx.MultiDiGraph:
    """The graph with only string and number attributes, as GEXF and GraphML can hold them."""
    out = nx.MultiDiGraph()
    for entity in sorted(graph.entities, key=lambda e: e.key):
        out.add_node(entity.id, label=entity.name, kind=entity.kind,
                     aliases="; ".join(entity.aliases))
    for edge, claims in graph.grouped():
        subject, relation, obj = edge
        out.add_edge(
            graph.entity(subject).id, graph.entity(obj).id, key=edge_id(edge),
            relation=relation, label=RELATIONS[relation].label,
            confidence=max(c.confidence for c in claims), evidence_count=len(claims),
            evidence="\n".join(citation(c, documents) for c in claims),
            sources="; ".join(sorted({source(c, documents) for c in claims})))
    return out


def write_gexf(graph: ClaimGraph, documents: Documents, out: IO[bytes]) -> None:
    nx.write_gexf(to_networkx(graph, documents), out)


def write_graphml(graph: ClaimGraph, documents: Documents, out: IO[bytes]) -> None:
    nx.write_graphml(to_networkx(graph, documents), out)
