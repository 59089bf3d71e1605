#!/usr/bin/env python3
"""Extraction speed on real news, against spaCy's bare tokenizer on the same texts in the same
run: the ratio is the figure that counts (absolute times on a shared machine are noise).

    .venv/bin/python benchmarks/throughput.py [--limit 500] [--shared PATH]

One process, one core; each side is timed three times, the two taking turns, and its fastest pass
counts, so that neither is measured with cold caches and a busy spell of a shared machine falls
on both alike. Words are whitespace-separated words of the document text.
"""
from __future__ import annotations

import argparse
import sys
import time
from itertools import islice
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
try:
    import stakegraph
except ImportError:  # run with a Python that lacks the editable install
    sys.path.insert(0, str(ROOT / "src"))
    import stakegraph
import spacy

from corpora import CORPORA
from stakegraph.pipeline import extract_document


def timed(functions, documents, rounds: int = 3) -> list[float]:
    """The best of `rounds` passes of each function, the functions taking turns pass by pass, so
    that a slow spell of a shared machine falls on both sides alike. The first pass also fills
    caches (spaCy's vocabulary, ours)."""
    best = [float("inf")] * len(functions)
    for _ in range(rounds):
        for k, function in enumerate(functions):
            started = time.perf_counter()
            for document in documents:
                function(document)
            best[k] = min(best[k], time.perf_counter() - started)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--limit", type=int, default=500,
                        help="documents per corpus (0: all of them)")
    args = parser.parse_args()
    data = args.shared / "data"
    if not data.exists():
        sys.exit(f"no data sets at {data}")
    extract_document(stakegraph.Document("Warm-up: Acme invested in Beta.", "w", lang="en"))
    print("corpus   | docs   | words     | stakegraph words/s | tokenizer words/s | ratio")
    print("---------+--------+-----------+--------------------+-------------------+------")
    totals = [0, 0, 0.0, 0.0]
    # One tokenizer per language for the whole run, as extraction has: spaCy's tokenizer caches the
    # first chunks it meets, so its speed on a corpus depends on what it read before. A fresh one
    # per corpus tokenized Reuters three times slower than one that had read the BBC articles
    # first, which flattered the ratio.
    tokenizers = {lang: spacy.blank(lang).tokenizer for lang in ("de", "en")}
    for name, read in CORPORA.items():
        documents = list(islice(read(data), args.limit or None))
        words = sum(len(d.text.split()) for d in documents)
        ours, bare = timed([extract_document, lambda d: tokenizers[d.lang](d.text)], documents)
        print(f"{name:<8} | {len(documents):>6,} | {words:>9,} | {words / ours:>18,.0f} | "
              f"{words / bare:>17,.0f} | {bare / ours:.3f}")
        totals = [totals[0] + len(documents), totals[1] + words, totals[2] + ours,
                  totals[3] + bare]
    docs, words, ours, bare = totals
    print(f"{'all':<8} | {docs:>6,} | {words:>9,} | {words / ours:>18,.0f} | "
          f"{words / bare:>17,.0f} | {bare / ours:.3f}")


if __name__ == "__main__":
    main()
