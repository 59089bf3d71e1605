"""End to end: files in, store, conflicts out — through the Python API and the command line."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

import stakegraph
from stakegraph.cli import app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"
FOUNDING = SHARED / "examples" / "musk-openai-thrive.de.txt"
runner = CliRunner()


def triples(extraction) -> set[tuple[str, str, str]]:
    return {(c.subject.name, c.relation, c.object.name) for c in extraction.claims}


def test_extract_resolves_surnames_and_german_genitive():
    result = stakegraph.extract(
        "Die Investorin Karin Vogel gründete 2019 die Firma Nordlicht Ventures. "
        "Vogels Firma ist ein Investor in Brightwave.", lang="de", name="doc")
    names = {e.name: e for e in result.entities}
    assert "Karin Vogel" in names and "Vogels" not in names
    assert ("Karin Vogel", "founded", "Nordlicht Ventures") in triples(result)
    # "Vogels Firma" is the firm Vogel founded
    assert ("Nordlicht Ventures", "invested_in", "Brightwave") in triples(result)


def test_people_sharing_a_surname_stay_apart():
    result = stakegraph.extract("Frederick Barclay and David Barclay bought the newspaper group. "
                                "Barclay declined to comment.", lang="en")
    people = [e.name for e in result.entities if e.kind == "person"]
    assert "Frederick Barclay" in people and "David Barclay" in people
    assert not any(name == "Barclay" for name in people)


def test_every_claim_cites_its_sentence():
    text = (EXAMPLES / "tech-investors.en.txt").read_text(encoding="utf-8")
    result = stakegraph.extract(text, name="tech-investors.en.txt")
    assert result.claims
    for claim in result.claims:
        assert text[claim.evidence.start:claim.evidence.end] == claim.evidence.sentence


def test_reingest_changes_nothing(tmp_path):
    db = tmp_path / "store.db"
    first = stakegraph.ingest([EXAMPLES], db)
    assert first.added == 4 and not first.skipped
    with stakegraph.open_store(db) as store:
        before = store.stats()
    second = stakegraph.ingest([EXAMPLES], db)
    assert second.added == 0 and second.unchanged == 4
    with stakegraph.open_store(db) as store:
        assert store.stats() == before


def test_cross_document_conflict(tmp_path):
    """Each article states half: the stake in Harbor (English), the stake in its rival (German)."""
    db = tmp_path / "store.db"
    stakegraph.ingest([EXAMPLES / "cross-document"], db)
    found = [c for c in stakegraph.conflicts(db) if c.rule == "competing_investments"]
    assert any({"Bluefin Partners", "Harbor Robotics", "Kestrel Automation"} <= set(c.entities) for c in found)
    conflict = next(c for c in found if "Bluefin Partners" in c.entities)
    documents = {claim.evidence.document_name for claim in conflict.claims}
    assert documents == {"harbor-funding.en.txt", "kestrel-funding.de.txt"}
    # one article alone does not show it
    alone = tmp_path / "alone.db"
    stakegraph.ingest([EXAMPLES / "cross-document" / "kestrel-funding.de.txt"], alone)
    assert not stakegraph.conflicts(alone)


def test_bundled_examples_show_the_founding_conflicts(tmp_path):
    db = tmp_path / "store.db"
    stakegraph.ingest([EXAMPLES / "tech-investors.de.txt"], db)
    rules = {(c.rule, frozenset(c.entities)) for c in stakegraph.conflicts(db)}
    expected = [("competing_investments", {"Sequoia Capital", "OpenAI", "xAI"}),
                ("litigation_exposure", {"Thrive Capital", "OpenAI", "Elon Musk"}),
                ("interested_endorsement", {"Josh Kushner", "Elon Musk"})]
    for rule, entities in expected:
        assert any(r == rule and entities <= names for r, names in rules), rule


def test_bad_files_are_skipped_and_counted(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Bluefin Partners invested $5 million in Harbor Robotics.", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "broken.jsonl").write_text('{"id": "a", "text": "Kestrel Automation ist ein Konkurrent '
                                         'von Harbor Robotics."}\n{not json\n', encoding="utf-8")
    db = tmp_path / "store.db"
    report = stakegraph.ingest([folder], db)
    assert report.added == 2
    assert len(report.skipped) == 3
    reasons = " ".join(s.reason for s in report.skipped)
    assert "binary" in reasons and "empty" in reasons
    with sqlite3.connect(db) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_cli_extract_ingest_conflicts_show_path_stats(tmp_path):
    db = str(tmp_path / "cli.db")
    result = runner.invoke(app, ["extract", str(EXAMPLES / "tech-investors.en.txt")])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {r["record"] for r in records} == {"entity", "claim"}
    assert all(r["doc"] == "tech-investors.en.txt" for r in records)

    result = runner.invoke(app, ["ingest", str(EXAMPLES), "--db", db])
    assert result.exit_code == 0, result.output
    assert "documents read" in result.stdout

    result = runner.invoke(app, ["conflicts", "--db", db, "--format", "jsonl"])
    conflicts = [json.loads(line) for line in result.stdout.splitlines()]
    assert conflicts and all(c["record"] == "conflict" and c["claims"] for c in conflicts)
    assert all(claim["evidence"] for c in conflicts for claim in c["claims"])

    result = runner.invoke(app, ["conflicts", "--db", db, "--format", "markdown"])
    assert result.stdout.startswith("# Conflicts of interest")

    result = runner.invoke(app, ["show", "Musk", "--db", db])
    assert result.exit_code == 0 and "Elon Musk" in result.stdout

    result = runner.invoke(app, ["path", "Josh Kushner", "Elon Musk", "--db", db])
    assert result.exit_code == 0 and "chain 1" in result.stdout

    result = runner.invoke(app, ["stats", "--db", db, "--format", "json"])
    figures = json.loads(result.stdout)
    assert figures["documents"] == 4 and figures["conflicts"] == len(conflicts)

    result = runner.invoke(app, ["show", "Nobody Atall", "--db", db])
    assert result.exit_code == 1


def test_cli_needs_an_existing_store(tmp_path):
    result = runner.invoke(app, ["conflicts", "--db", str(tmp_path / "missing.db")])
    assert result.exit_code == 2


@pytest.mark.skipif(not FOUNDING.exists(), reason="../shared is not here")
def test_founding_example_scores(tmp_path):
    """The acceptance figure: claim precision and recall >= 0.9, all three conflicts."""
    pred, conflicts, db = tmp_path / "pred.jsonl", tmp_path / "conflicts.jsonl", tmp_path / "s.db"
    cli = [sys.executable, "-m", "stakegraph.cli"]
    pred.write_text(subprocess.run(cli + ["extract", str(FOUNDING)], capture_output=True, text=True,
                                   check=True).stdout, encoding="utf-8")
    subprocess.run(cli + ["ingest", str(FOUNDING), "--db", str(db)], capture_output=True, check=True)
    conflicts.write_text(subprocess.run(cli + ["conflicts", "--db", str(db), "--format", "jsonl"],
                                        capture_output=True, text=True, check=True).stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(SHARED / "eval" / "score.py"),
                            str(SHARED / "eval" / "gold" / "examples.jsonl"), str(pred),
                            "--conflicts", str(conflicts), "--json"], capture_output=True, text=True)
    figures = json.loads(score.stdout.splitlines()[-2])
    assert figures["claim_precision"] >= 0.9, score.stdout
    assert figures["claim_recall"] >= 0.9, score.stdout
    assert figures["conflict_recall"] == 1.0, score.stdout


def test_cli_fails_when_nothing_could_be_read(tmp_path):
    missing = str(tmp_path / "missing.txt")
    assert runner.invoke(app, ["extract", missing]).exit_code == 1
    assert runner.invoke(app, ["ingest", missing, "--db", str(tmp_path / "s.db")]).exit_code == 1


def test_min_confidence_trades_recall_for_precision(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Bluefin Partners reportedly invested $5 million in Harbor Robotics.\n"
                                  "Bluefin Partners also invested in Kestrel Automation, a rival of Harbor Robotics.",
                                  encoding="utf-8")
    db = tmp_path / "s.db"
    stakegraph.ingest([folder], db)
    assert any(c.rule == "competing_investments" for c in stakegraph.conflicts(db))
    # the reported stake is weaker: above its confidence the conflict is gone
    assert not any(c.rule == "competing_investments" for c in stakegraph.conflicts(db, min_confidence=0.7))
    result = runner.invoke(app, ["conflicts", "--db", str(db), "--format", "jsonl", "--min-confidence", "0.7"])
    assert result.exit_code == 0 and "competing_investments" not in result.stdout
