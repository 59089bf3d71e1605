#!/usr/bin/env python3
"""Ingest of the whole news corpus (10kGNAD, BBC, Reuters-21578 from ../shared/data) through the
command line, with one worker and with all cores: wall time and the peak memory of the whole
process tree (writer and workers together).

    .venv/bin/python benchmarks/ingest.py [--limit N] [--workers 1,2] [--shared PATH]

The corpora are written as JSON Lines files into a temporary folder first (not timed).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.append(str(ROOT / "src"))  # found there when the editable install is missing
from corpora import CORPORA  # noqa: E402

STAKEGRAPH = [sys.executable, "-m", "stakegraph.cli"]


def _tree(pid: int) -> list[int]:
    """The process and all its descendants, from /proc."""
    found, queue = [], [pid]
    while queue:
        current = queue.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as children:
                    queue += [int(c) for c in children.read().split()]
        except OSError:
            continue  # ended meanwhile
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(command: list[str]) -> tuple[float, float, str]:
    """Wall seconds, peak memory of the process tree in MB, and stderr's last lines."""
    peak = 0
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               text=True)
    errors: list[str] = []
    reader = threading.Thread(target=lambda: errors.extend(process.stderr), daemon=True)
    reader.start()
    while process.poll() is None:
        peak = max(peak, sum(_rss_kb(pid) for pid in _tree(process.pid)))
        time.sleep(0.25)
    wall = time.perf_counter() - started
    reader.join()
    if process.returncode != 0:
        sys.exit(f"{' '.join(command)} failed:\n{''.join(errors[-20:])}")
    return wall, peak / 1024, "".join(errors[-3:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=0, help="documents per corpus (0: all)")
    parser.add_argument("--workers", default=f"1,{os.cpu_count() or 1}",
                        help="worker counts to compare, comma-separated")
    args = parser.parse_args()
    data = args.shared / "data"
    if not data.exists():
        sys.exit(f"no data sets at {data}")
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "corpus"
        corpus.mkdir()
        documents = words = 0
        for name, read in CORPORA.items():
            with open(corpus / f"{name}.jsonl", "w", encoding="utf-8") as out:
                for document in islice(read(data), args.limit or None):
                    out.write(json.dumps({"id": document.name, "text": document.text,
                                          "title": document.title, "lang": document.lang},
                                         ensure_ascii=False) + "\n")
                    documents += 1
                    words += len(document.text.split())
        print(f"corpus: {documents:,} documents, {words:,} words; machine: {os.cpu_count()} cores")
        print("workers | wall s | documents/s | words/s | peak memory MB")
        print("--------+--------+-------------+---------+---------------")
        for workers in (int(w) for w in args.workers.split(",")):
            db = Path(folder) / f"store-{workers}.db"
            wall, peak, _ = run(STAKEGRAPH + ["ingest", str(corpus), "--db", str(db),
                                              "--workers", str(workers)])
            print(f"{workers:>7} | {wall:>6.0f} | {documents / wall:>11.1f} | "
                  f"{words / wall:>7,.0f} | {peak:>14,.0f}", flush=True)


if __name__ == "__main__":
    main()
