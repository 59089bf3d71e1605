#!/usr/bin/env python3
"""Extraction quality on the shared gold sets, scored by ../shared/eval/score.py.

    .venv/bin/python benchmarks/quality.py [--shared PATH] [--sets examples,dev,fire]
                                           [--per-relation] [--errors DIR] [--limit N]

Predictions are made in-process with the Python API, written to temporary JSON Lines files and
scored by score.py as a subprocess. Peer sets are scored twice: as predicted, and with each
document's claims filtered to its `scored_relations` (what the benchmark can judge).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    import stakegraph
except ImportError:  # run with a Python that lacks the editable install
    sys.path.insert(0, str(ROOT / "src"))
    import stakegraph
from stakegraph.export.jsonl import claim_record, conflict_record, entity_record
from stakegraph.model import Document

ALL_SETS = ["examples", "dev", "knowledgenet", "fire", "smartdata"]
PEERS = {"knowledgenet", "fire", "smartdata"}


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def load_set(shared: Path, name: str, limit: int | None) -> tuple[list[dict], list]:
    """The gold lines of a set and its inputs: file paths, or Documents for peer sets."""
    if name in PEERS:
        docs = read_jsonl(shared / "peer" / f"{name}.docs.jsonl")[:limit]
        wanted = {d["id"] for d in docs}
        gold = [g for g in read_jsonl(shared / "peer" / f"{name}.gold.jsonl") if g["doc"] in wanted]
        inputs = [Document(text=d["text"], name=d["id"], lang=d.get("lang"),
                           published=d.get("published")) for d in docs]
        return gold, inputs
    gold = read_jsonl(shared / "gold" / f"{name}.jsonl")
    folder = shared.parent / "examples" if name == "examples" else shared / "dev"
    return gold, [folder / g["doc"] for g in gold]


def extract_set(name: str, inputs: list) -> tuple[list[dict], int, float]:
    """Prediction records, the number of input words, and the seconds spent extracting."""
    records: list[dict] = []
    words, seconds = 0, 0.0
    for number, item in enumerate(inputs, 1):
        if isinstance(item, Document):
            words += len(item.text.split())
            start = time.perf_counter()
            results = [stakegraph.extract(item)]
        else:
            words += len(item.read_text(encoding="utf-8", errors="replace").split())
            start = time.perf_counter()
            results = list(stakegraph.extract_paths([item]))
        seconds += time.perf_counter() - start
        for result in results:
            if not hasattr(result, "claims"):  # Skipped
                log(f"  skipped {result.source}: {result.reason}")
                continue
            records += [entity_record(e, result.document.name) for e in result.entities]
            records += [claim_record(c) for c in result.claims]
        if number % 50 == 0 or number == len(inputs):
            log(f"  {name}: {number}/{len(inputs)} documents extracted")
    return records, words, seconds


def conflicts_for(paths: list[Path], workdir: Path) -> Path:
    db = workdir / "store.sqlite"
    report = stakegraph.ingest(paths, db=db)
    for problem in report.skipped + report.failed:
        log(f"  ingest: {problem.source}: {problem.reason}")
    return write_jsonl(workdir / "conflicts.jsonl",
                       [conflict_record(c) for c in stakegraph.conflicts(db)])


def score(scorer: Path, gold: Path, pred: Path, conflicts: Path | None = None) -> tuple[dict, list[str]]:
    """score.py's figures and its error lines (--show-errors)."""
    command = [sys.executable, str(scorer), str(gold), str(pred), "--json", "--show-errors"]
    if conflicts:
        command += ["--conflicts", str(conflicts)]
    run = subprocess.run(command, capture_output=True, text=True)
    lines = run.stdout.splitlines()
    at = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].startswith("{")), None)
    if run.returncode not in (0, 1) or at is None:
        sys.exit(f"score.py failed ({run.returncode}): {run.stderr.strip() or run.stdout[-500:]}")
    return json.loads(lines[at]), [line for line in lines[:at] if line]


def keep_scored(records: list[dict], gold: list[dict]) -> list[dict]:
    """Drop the claims whose relation the document's source does not annotate."""
    scored = {g["doc"]: set(g["scored_relations"]) for g in gold if g.get("scored_relations")}
    return [r for r in records if r.get("record") != "claim" or r["doc"] not in scored
            or r["relation"] in scored[r["doc"]]]


def per_relation(scorer: Path, gold: list[dict], records: list[dict], workdir: Path) -> list[tuple]:
    """(relation, gold, predicted, P, R, F1) for each relation in the gold or the prediction.

    Recall of R: all predictions against the gold with only R's claims left (a prediction
    matches the same gold claim either way, since an `alt` never repeats a relation on a pair).
    Precision of R: only R's predicted claims against the whole gold, alts included."""
    relations = sorted({c["relation"] for g in gold for c in g["claims"] if not c.get("optional")}
                       | {r["relation"] for r in records if r.get("record") == "claim"})
    pred_all = write_jsonl(workdir / "rel-pred-all.jsonl", records)
    gold_all = write_jsonl(workdir / "rel-gold-all.jsonl", gold)
    rows = []
    for relation in relations:
        only_gold = [{**g, "claims": [c for c in g["claims"] if c["relation"] == relation]} for g in gold]
        only_pred = [r for r in records if r.get("record") != "claim" or r["relation"] == relation]
        recall, _ = score(scorer, write_jsonl(workdir / "rel-gold.jsonl", only_gold), pred_all)
        precision, _ = score(scorer, gold_all, write_jsonl(workdir / "rel-pred.jsonl", only_pred))
        p, r = precision["claim_precision"], recall["claim_recall"]
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        gold_n, pred_n = recall["claims_gold"], precision["claims_predicted"]
        rows.append((relation, gold_n, pred_n, p if pred_n else None, r if gold_n else None, f1))
    return rows


def table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max(len(str(x)) for x in column) for column in zip(header, *rows)]
    line = lambda cells: " | ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)  # noqa: E731
                                    for i, (c, w) in enumerate(zip(cells, widths)))
    return "\n".join([line(header), "-+-".join("-" * w for w in widths), *map(line, rows)])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "eval",
                        help="the shared eval folder (default: ../shared/eval from the repo root)")
    parser.add_argument("--sets", default=",".join(ALL_SETS), help="comma-separated, of: " + ",".join(ALL_SETS))
    parser.add_argument("--per-relation", action="store_true", help="also a P/R/F1 table per relation")
    parser.add_argument("--errors", type=Path, metavar="DIR", help="write DIR/SET.errors.txt")
    parser.add_argument("--limit", type=int, metavar="N", help="only the first N documents of each peer set")
    args = parser.parse_args()

    shared = args.shared.resolve()
    scorer = shared / "score.py"
    if not scorer.is_file():
        print(f"No shared eval folder at {shared} (expected score.py there); nothing to measure. "
              "Pass --shared PATH to point at it.")
        return 0
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    unknown = [s for s in sets if s not in ALL_SETS]
    if unknown:
        parser.error(f"unknown set(s): {', '.join(unknown)}; choose from {', '.join(ALL_SETS)}")
    if args.errors:
        args.errors.mkdir(parents=True, exist_ok=True)

    fmt = lambda value: "-" if value is None else f"{value:.2f}"  # noqa: E731
    main_rows, relation_tables = [], []
    for text in ["Anna Weber ist Chefin der Beispiel AG. Laut Nordlicht kauft Kranich die Werke.",
                 "Acme Corp bought Foo Inc. for $2 million. Shares of Lumen rose."]:
        stakegraph.extract(text)  # load the language model and lexicons before the clock runs
    with tempfile.TemporaryDirectory(prefix="stakegraph-quality-") as tmp:
        for name in sets:
            workdir = Path(tmp) / name
            workdir.mkdir()
            gold, inputs = load_set(shared, name, args.limit)
            log(f"{name}: {len(inputs)} documents")
            records, words, seconds = extract_set(name, inputs)
            gold_path = write_jsonl(workdir / "gold.jsonl", gold)
            pred_path = write_jsonl(workdir / "pred.jsonl", records)
            conflicts = conflicts_for(inputs, workdir) if name == "examples" else None
            speed = f"{words / seconds:,.0f}" if seconds else "-"
            # score.py itself leaves out claims of relations a peer document does not annotate
            # (its scored_relations), so one run per set measures what the benchmark can judge
            figures, errors = score(scorer, gold_path, pred_path, conflicts)
            # score.py reports 0 when no qualifier was checked; that shows as "-"
            checked = figures["qualifier_accuracy"] or any(": qualifier " in e for e in errors)
            main_rows.append([name, figures["docs"], fmt(figures["claim_precision"]),
                              fmt(figures["claim_recall"]), fmt(figures["claim_f1"]),
                              fmt(figures["entity_f1"]),
                              fmt(figures["qualifier_accuracy"] if checked else None),
                              fmt(figures.get("conflict_recall")), speed])
            if args.errors:
                (args.errors / f"{name}.errors.txt").write_text("\n".join(errors) + "\n", encoding="utf-8")
            if args.per_relation:
                log(f"  {name}: scoring per relation")
                basis = keep_scored(records, gold) if name in PEERS else records
                relation_tables.append((name, per_relation(scorer, gold, basis, workdir)))

    header = ["set", "docs", "P", "R", "F1", "entity F1", "qualifier acc", "conflicts R", "words/s"]
    print(table(header, main_rows))
    for name, rows in relation_tables:
        print(f"\n{name}: per relation" + (" (claims filtered to scored_relations)" if name in PEERS else "")
              + "; R counts a gold claim found under its relation or an accepted alt")
        print(table(["relation", "gold", "pred", "P", "R", "F1"],
                    [[rel, g, p, fmt(pp), fmt(rr), fmt(ff)] for rel, g, p, pp, rr, ff in rows]))
    if args.errors:
        print(f"\nerrors written to {args.errors}/SET.errors.txt")
    return 0


if __name__ == "__main__":
    sys.exit(main())
