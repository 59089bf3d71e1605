#!/usr/bin/env python3
"""How the store and the analysis scale: generated stores of 10k, 100k and 1M claims (200,000
entities at 1M; the same ratio below), written straight into the SQLite schema.

    .venv/bin/python benchmarks/scale.py [--sizes 10000,100000,1000000] [--queries 200]

For each size it prints: loading the claim graph from the store, computing all conflicts, and
the p50/p95 of path queries (between random entities) and of entity search (by a random part of
a random name). Degrees follow a Zipf-like law, so there are hubs (a fund with thousands of
stakes) as in real data. The figures are wall times on whatever machine runs it; compare sizes
with each other, not with other machines.
"""
from __future__ import annotations

import argparse
import json
from itertools import accumulate
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "src"))  # found there when the editable install is missing
from stakegraph.analysis import RULES, ClaimGraph, find_conflicts, shortest_paths
from stakegraph.model import Entity, fold
from stakegraph.store import open_store

# (relation, pool of subjects, pool of objects, share of the claims). Investors are the hubs, as
# in the news: a few funds hold stakes in thousands of companies; people hold a few posts each.
MIX = [("invested_in", "investors", "companies", 0.30), ("owns", "investors", "companies", 0.04),
       ("acquired", "companies", "companies", 0.03), ("leads", "people", "companies", 0.12),
       ("founded", "people", "companies", 0.08), ("board_member_of", "people", "companies", 0.08),
       ("employed_by", "people", "companies", 0.10), ("competes_with", "companies", "companies", 0.08),
       ("partner_of", "companies", "companies", 0.05), ("sued", "companies", "companies", 0.04),
       ("endorses", "people", "people", 0.03), ("family_of", "people", "people", 0.01),
       ("supports", "people", "politicians", 0.005), ("holds_office", "politicians", "companies", 0.005)]
# How unequal each pool is: weight 1 / rank ** skew.
SKEW = {"investors": 1.0, "companies": 0.5, "people": 0.3, "politicians": 0.8}
SYLLABLES = ["ka", "lo", "mi", "ne", "ra", "tor", "vex", "lin", "dar", "sen", "qui", "bel", "zu",
             "mor", "fen", "tal", "gri", "han", "os", "ple"]
ORG_WORDS = ["Capital", "Ventures", "Labs", "Systems", "Holdings", "Partners", "Group", "AG", "Inc"]


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _name(rng: random.Random, kind: str, n: int) -> str:
    word = "".join(rng.choice(SYLLABLES) for _ in range(3)).capitalize()
    if kind == "person":
        return f"{''.join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()} {word}{n}"
    return f"{word}{n} {rng.choice(ORG_WORDS)}"


def generate(path: Path, claims: int, seed: int = 1) -> list[str]:
    """Write a store of `claims` claims over claims / 5 entities; returns the entity names."""
    rng = random.Random(seed)
    entities = max(claims // 5, 100)
    kinds = ["person" if rng.random() < 0.35 else "organization" for _ in range(entities)]
    names = [_name(rng, kind, n) for n, kind in enumerate(kinds)]
    organizations = [n for n, kind in enumerate(kinds) if kind == "organization"]
    people = [n for n, kind in enumerate(kinds) if kind == "person"]
    pools = {"people": people, "politicians": rng.sample(people, len(people) // 100 + 1),
             "investors": organizations[: len(organizations) // 10],
             "companies": organizations[len(organizations) // 10:]}
    # Cumulative weights, so that each draw is a binary search, not a pass over the pool.
    cumulative = {pool: list(accumulate(1 / (rank + 1) ** SKEW[pool] for rank in range(len(ids))))
                  for pool, ids in pools.items()}
    with open_store(path):  # creates the schema
        pass
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO entities (id, key, name, kind) VALUES (?, ?, ?, ?)",
                     [(Entity(n, k).id, fold(n), n, k) for n, k in zip(names, kinds)])
    documents = max(claims // 10, 1)
    conn.executemany(
        "INSERT INTO documents (id, name, text, published, ingested_at) VALUES (?, ?, ?, ?, ?)",
        [(f"d{n}", f"doc-{n}.txt", f"Generated document {n}.",
          f"20{10 + n % 15}-{1 + n % 12:02d}-01", "2026-01-01") for n in range(documents)])
    relations = [m[:3] for m in MIX]
    shares = [m[3] for m in MIX]
    rows = []
    for n in range(claims):
        relation, subject_pool, object_pool = rng.choices(relations, shares)[0]
        subject = rng.choices(pools[subject_pool], cum_weights=cumulative[subject_pool])[0]
        obj = rng.choices(pools[object_pool], cum_weights=cumulative[object_pool])[0]
        if subject == obj:
            continue
        sentence = f"{names[subject]} {relation.replace('_', ' ')} {names[obj]}."
        rows.append((f"c{n}", Entity(names[subject]).id, relation, Entity(names[obj]).id, "{}",
                     f"d{n % documents}", sentence, 0, len(sentence), "generated", "0", 0.8))
        if len(rows) >= 50_000:
            _insert_claims(conn, rows)
    _insert_claims(conn, rows)
    conn.execute("COMMIT")
    conn.close()
    return names


def _insert_claims(conn: sqlite3.Connection, rows: list[tuple]) -> None:
    conn.executemany(
        'INSERT INTO claims (id, subject_id, relation, object_id, qualifiers, document_id, sentence,'
        ' "start", "end", extractor, extractor_version, confidence)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    rows.clear()


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def measure(size: int, queries: int, folder: Path) -> dict:
    path = folder / f"scale-{size}.db"
    started = time.perf_counter()
    names = generate(path, size)
    generated = time.perf_counter() - started
    rng = random.Random(2)

    started = time.perf_counter()
    with open_store(path) as store:
        graph = ClaimGraph(store.claims())
    loaded = time.perf_counter() - started
    started = time.perf_counter()
    conflicts = find_conflicts(graph)
    computed = time.perf_counter() - started
    for rule in RULES:  # where the time goes
        started = time.perf_counter()
        found = find_conflicts(graph, [rule])
        log(f"  {rule}: {len(found):,} in {time.perf_counter() - started:.2f} s")

    in_graph = [name for name in names if fold(name) in graph]
    path_times = []
    for _ in range(queries):
        a, b = rng.sample(in_graph, 2)
        started = time.perf_counter()
        shortest_paths(graph, a, b, limit=1)
        path_times.append(time.perf_counter() - started)

    search_times = []
    with open_store(path) as store:
        for _ in range(queries):
            name = rng.choice(names)
            start = rng.randrange(max(len(name) - 4, 1))
            started = time.perf_counter()
            store.search_entities(name[start:start + 4])
            search_times.append(time.perf_counter() - started)
        stats = store.stats()
    return {"claims": stats["claims"], "entities": stats["entities"], "generate_s": generated,
            "load_s": loaded, "conflicts_s": computed, "conflicts": len(conflicts),
            "path_ms": [t * 1000 for t in _percentiles(path_times)],
            "search_ms": [t * 1000 for t in _percentiles(search_times)]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000",
                        help="claim counts, comma-separated")
    parser.add_argument("--queries", type=int, default=200, help="path and search queries per size")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as folder:
        for size in (int(s) for s in args.sizes.split(",")):
            log(f"{size:,} claims: generating and measuring")
            results.append(measure(size, args.queries, Path(folder)))
    print("claims    | entities | load graph s | all conflicts s | conflicts | path p50/p95 ms"
          " | search p50/p95 ms")
    print("----------+----------+--------------+-----------------+-----------+----------------"
          "-+------------------")
    for r in results:
        print(f"{r['claims']:>9,} | {r['entities']:>8,} | {r['load_s']:>12.2f} | "
              f"{r['conflicts_s']:>15.2f} | {r['conflicts']:>9,} | "
              f"{r['path_ms'][0]:>6.1f} / {r['path_ms'][1]:>6.1f} | "
              f"{r['search_ms'][0]:>6.1f} / {r['search_ms'][1]:>7.1f}")
    if args.json:
        print(json.dumps(results))


if __name__ == "__main__":
    main()
