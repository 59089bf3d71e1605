"""Neo4j: CSV files for `neo4j-admin database import`, and a Cypher script for small graphs.

Nodes carry the label Entity plus Person, Organization or Place; relationships are typed by
relation in capitals (INVESTED_IN) and carry confidence, the number of supporting claims and the
evidence. The evidence of an edge is one text with a line per sentence, so the import needs
`--multiline-fields=true`; the README written beside the files gives the whole command.
"""
from __future__ import annotations

import json
from pathlib import Path

from stakegraph.analysis import ClaimGraph, edge_id
from stakegraph.export.citations import Documents, citation
from stakegraph.export.tables import write_rows
from stakegraph.model import Entity

LABELS = {"person": "Person", "organization": "Organization", "place": "Place", "other": "Other"}
NODE_HEADER = ["entityId:ID", "name", "kind", "aliases:string[]", ":LABEL"]
RELATIONSHIP_HEADER = [":START_ID", ":END_ID", ":TYPE", "edgeId", "confidence:float",
                       "evidenceCount:int", "evidence"]
IMPORT_COMMAND = ("neo4j-admin database import full --nodes=nodes.csv "
                  "--relationships=relationships.csv --multiline-fields=true neo4j")


def relationship_type(relation: str) -> str:
    return relation.upper()


def _labels(entity: Entity) -> list[str]:
    return ["Entity", LABELS[entity.kind]]


def _cypher(value: object) -> str:
    """A Cypher literal. JSON's string escapes (\\", \\\\, \\n, \\uXXXX) are Cypher's too."""
    if isinstance(value, list):
        return "[" + ", ".join(_cypher(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def write_neo4j(graph: ClaimGraph, documents: Documents, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    entities = sorted(graph.entities, key=lambda e: e.key)
    edges = [(edge_id(edge), graph.entity(s), relationship_type(r), graph.entity(o), claims)
             for edge, claims in graph.grouped() for s, r, o in [edge]]

    nodes = write_rows(folder / "nodes.csv", NODE_HEADER, (
        [e.id, e.name, e.kind, ";".join(a.replace(";", ",") for a in e.aliases),
         ";".join(_labels(e))] for e in entities), for_spreadsheets=False)
    relationships = write_rows(folder / "relationships.csv", RELATIONSHIP_HEADER, (
        [s.id, o.id, kind, eid, max(c.confidence for c in claims), len(claims),
         "\n".join(citation(c, documents) for c in claims)]
        for eid, s, kind, o, claims in edges), for_spreadsheets=False)

    script = folder / "import.cypher"
    with open(script, "w", encoding="utf-8") as out:
        out.write("// stakegraph: run with `cypher-shell -f import.cypher` (for small graphs; use\n"
                  f"// `{IMPORT_COMMAND}` for large ones)\n")
        out.write("CREATE CONSTRAINT entity_id IF NOT EXISTS "
                  "FOR (e:Entity) REQUIRE e.entityId IS UNIQUE;\n")
        for e in entities:
            out.write(f"MERGE (n:Entity {{entityId: {_cypher(e.id)}}}) SET n:{LABELS[e.kind]}, "
                      f"n.name = {_cypher(e.name)}, n.kind = {_cypher(e.kind)}, "
                      f"n.aliases = {_cypher(e.aliases)};\n")
        for eid, s, kind, o, claims in edges:
            out.write(f"MATCH (a:Entity {{entityId: {_cypher(s.id)}}}), "
                      f"(b:Entity {{entityId: {_cypher(o.id)}}}) "
                      f"MERGE (a)-[r:{kind} {{edgeId: {_cypher(eid)}}}]->(b) "
                      f"SET r.confidence = {max(c.confidence for c in claims)}, "
                      f"r.evidenceCount = {len(claims)}, "
                      f"r.evidence = {_cypher([citation(c, documents) for c in claims])};\n")
    readme = folder / "README.txt"
    readme.write_text("Import into an empty Neo4j database, from this folder:\n\n"
                      f"    {IMPORT_COMMAND}\n\nor, for a small graph, run import.cypher:\n\n"
                      "    cypher-shell -f import.cypher\n", encoding="utf-8")
    return [nodes, relationships, script, readme]
