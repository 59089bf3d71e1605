"""Exports, each read back with the library or format reader that owns it and checked for content."""
from __future__ import annotations

import csv
import json
import re
import subprocess
import sys

import networkx as nx
import pytest

from conftest import FACTS, FORMULA_SENTENCE, HOSTILE_SENTENCE
from stakegraph import api
from stakegraph.export.neo4j import NODE_HEADER, RELATIONSHIP_HEADER

ftm = pytest.importorskip("followthemoney")
from stakegraph.export.ftm import read_ftm  # noqa: E402


def _by_schema(entities) -> dict[str, list]:
    found: dict[str, list] = {}
    for entity in entities:
        found.setdefault(entity.schema.name, []).append(entity)
    return found


def test_ftm_entities_and_links_validate_and_carry_evidence(hostile_store, tmp_path):
    out = api.export(hostile_store, "ftm", tmp_path / "graph.ftm.json")
    entities = list(read_ftm(out))
    for entity in entities:  # the library's own check, on what was read back
        assert entity.schema.validate(entity.to_dict()) is None
    by_schema = _by_schema(entities)
    names = {e.first("name"): e for e in entities if e.schema.is_a("LegalEntity")}
    # Owned organizations must be Assets, so they become Companies; owners stay Organizations.
    assert names['Nordlicht "AI" GmbH'].schema.name == "Company"
    assert names["Sequoia Capital"].schema.name == "Organization"
    assert names["Sequoia Capital"].get("alias") == ["Sequoia"]
    assert names["Anna Roe"].schema.name == "Person"

    ownerships = by_schema["Ownership"]
    assert len(ownerships) == 2
    lead = next(o for o in ownerships if o.first("asset") == names['Nordlicht "AI" GmbH'].id)
    assert lead.first("owner") == names["Sequoia Capital"].id
    assert lead.get("role") == ["lead investor"]
    assert lead.get("sharesValue") == ["1300000000"] and lead.get("sharesCurrency") == ["USD"]
    assert lead.get("startDate") == ["2024-03"]
    assert "Sequoia Capital led a $1.3 billion round" in lead.first("description")
    assert lead.get("sourceUrl") == ["https://example.com/funding?a=1&b=<2>"]

    (director,) = by_schema["Directorship"]
    assert director.first("director") == names["Anna Roe"].id
    assert director.get("role") == ["CEO"]
    (case,) = by_schema["CourtCase"]
    assert case.first("name") == "Anna Roe v. Kestrel Labs"
    assert case.get("court") == ["Landgericht Hamburg"]
    parties = {p.first("role"): p.first("party") for p in by_schema["CourtCaseParty"]
               if p.first("case") == case.id}
    assert parties == {"plaintiff": names["Anna Roe"].id, "defendant": names["Kestrel Labs"].id}
    (family,) = by_schema["Family"]
    assert family.get("relationship") == ["sister"]
    (position,) = by_schema["Position"]
    assert position.first("name") == "mayor, Hamburg"
    (occupancy,) = by_schema["Occupancy"]
    assert occupancy.first("holder") == names["Ben Roe"].id
    assert occupancy.first("post") == position.id
    roles = sorted(link.first("role") for link in by_schema["UnknownLink"])
    assert roles == ["competitor", "endorsement"]


def test_ftm_leaves_out_an_edge_no_schema_can_hold(tmp_path):
    from stakegraph.analysis import ClaimGraph
    from stakegraph.export.ftm import to_ftm
    from stakegraph.model import Claim, Entity, Evidence

    person = Entity("Ann Roe", "person")
    # A person as the asset of an ownership: FtM has no schema that is both.
    claim = Claim(Entity("Acme", "organization"), "owns", person, Evidence("d", "s", 0, 1))
    result = to_ftm(ClaimGraph([claim]), {})
    assert result.dropped == 1
    assert {e.schema.name for e in result.entities} == {"Organization", "Person"}


@pytest.mark.parametrize("format, read", [("gexf", nx.read_gexf), ("graphml", nx.read_graphml)])
def test_gexf_and_graphml_round_trip_through_networkx(hostile_store, tmp_path, format, read):
    path = api.export(hostile_store, format, tmp_path / f"graph.{format}")
    graph = read(path)
    labels = {data["label"] for _, data in graph.nodes(data=True)}
    assert labels == {"Sequoia Capital", 'Nordlicht "AI" GmbH', "Kestrel Labs", "Anna Roe",
                      "Ben Roe", "Hamburg"}
    assert graph.number_of_edges() == len(FACTS)
    label_of = {node: data["label"] for node, data in graph.nodes(data=True)}
    edges = {(label_of[u], d["relation"], label_of[v]): d for u, v, d in graph.edges(data=True)}
    invested = edges[("Sequoia Capital", "invested_in", "Kestrel Labs")]
    assert HOSTILE_SENTENCE in invested["evidence"]  # markup kept as text, not lost or broken
    assert int(invested["evidence_count"]) == 1
    assert float(edges[("Ben Roe", "endorses", "Sequoia Capital")]["confidence"]) == 0.6
    assert {d["kind"] for _, d in graph.nodes(data=True)} == {"organization", "person", "place"}


def _cypher_literals(line: str) -> list[str]:
    return [json.loads(m) for m in re.findall(r'"(?:[^"\\]|\\.)*"', line)]


def test_neo4j_files_follow_the_import_headers_and_escape_cypher(hostile_store, tmp_path):
    folder = api.export(hostile_store, "neo4j", tmp_path / "neo4j")
    with open(folder / "nodes.csv", encoding="utf-8", newline="") as handle:
        nodes = list(csv.reader(handle))
    with open(folder / "relationships.csv", encoding="utf-8", newline="") as handle:
        relationships = list(csv.reader(handle))
    assert nodes[0] == NODE_HEADER and relationships[0] == RELATIONSHIP_HEADER
    assert len(nodes) - 1 == 6 and len(relationships) - 1 == len(FACTS)
    row = next(r for r in nodes[1:] if r[1] == "Anna Roe")
    assert row[3] == "Roe" and row[4] == "Entity;Person"
    ids = {r[0] for r in nodes[1:]}
    assert all(r[0] in ids and r[1] in ids for r in relationships[1:])
    assert {r[2] for r in relationships[1:]} >= {"INVESTED_IN", "SUED", "FAMILY_OF"}

    script = (folder / "import.cypher").read_text(encoding="utf-8").splitlines()
    statements = [line for line in script if not line.startswith("//")]
    assert all(line.endswith(";") for line in statements)
    literals = {value for line in statements for value in _cypher_literals(line)}
    assert 'Nordlicht "AI" GmbH' in literals  # quotes escaped so that they read back whole
    assert any(HOSTILE_SENTENCE in value for value in literals)


def test_csv_for_spreadsheets_guards_formulas_and_keeps_every_sentence(hostile_store, tmp_path):
    folder = api.export(hostile_store, "csv", tmp_path / "csv")
    assert (folder / "nodes.csv").read_bytes().startswith(b"\xef\xbb\xbf")  # Excel's UTF-8 mark

    def rows(name):
        with open(folder / name, encoding="utf-8-sig", newline="") as handle:
            return list(csv.DictReader(handle))

    evidence = rows("evidence.csv")
    assert len(evidence) == len(FACTS)
    assert {r["sentence"] for r in evidence} >= {HOSTILE_SENTENCE, "'" + FORMULA_SENTENCE}
    assert all(not r["sentence"].startswith("=") for r in evidence)
    first = next(r for r in evidence if r["relation"] == "invested_in" and r["qualifiers"] != "{}")
    assert json.loads(first["qualifiers"])["amount"] == {"value": 1300000000, "currency": "USD"}
    assert first["published"] == "2024-11-20" and first["url"].startswith("https://example.com")
    edges = rows("edges.csv")
    assert {e["id"] for e in edges} == {r["edge_id"] for r in evidence}
    nodes = {n["id"] for n in rows("nodes.csv")}
    assert all(e["source"] in nodes and e["target"] in nodes for e in edges)


def test_min_confidence_leaves_weaker_edges_out(hostile_store, tmp_path):
    path = api.export(hostile_store, "graphml", tmp_path / "strong.graphml", min_confidence=0.7)
    relations = {d["relation"] for _, _, d in nx.read_graphml(path).edges(data=True)}
    assert "endorses" not in relations and "invested_in" in relations


def test_cli_export_to_stdout_and_to_a_folder(hostile_store, tmp_path):
    command = [sys.executable, "-m", "stakegraph.cli", "export", "--db", str(hostile_store)]
    done = subprocess.run(command + ["--format", "ftm"], capture_output=True, text=True,
                          check=True)
    schemata = {json.loads(line)["schema"] for line in done.stdout.splitlines()}
    assert {"Person", "Ownership", "CourtCase"} <= schemata
    done = subprocess.run(command + ["-f", "csv", "-o", str(tmp_path / "sheets")],
                          capture_output=True, text=True, check=True)
    assert sorted(p.name for p in (tmp_path / "sheets").iterdir()) == [
        "edges.csv", "evidence.csv", "nodes.csv"]
    missing = subprocess.run(command[:-2] + ["--db", str(tmp_path / "none.db"), "-f", "csv"],
                             capture_output=True, text=True)
    assert missing.returncode == 2 and "No store" in missing.stderr
