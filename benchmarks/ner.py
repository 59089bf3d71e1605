#!/usr/bin/env python3
"""Person and organization mention detection on GermEval 2014 (German NER), test split.

    .venv/bin/python benchmarks/ner.py [--file PATH] [--limit N] [--errors N]

What it measures: each sentence's tokens are joined with single spaces, run through
analyze(Document(text, lang="de")) and resolve(), and the mentions of kind person/organization
are compared with the gold outer-level PER/ORG spans (PERderiv, PERpart, ORGpart, LOC, OTH ...
are ignored). A predicted span is turned into tokens by the tokens its characters touch, so
"Musks" (mention "Musk") counts as the token "Musks". Strict: same class, same first and last
token. Partial: same class, any overlap (precision over predictions, recall over gold).

Limits: each sentence is its own document, so there is no cross-sentence context (surname
after full name, "das Unternehmen" anaphora); anaphor mentions added by resolve() are left out,
since they are not names. GermEval tags e.g. "Google" in "Google-Chef" as ORGpart; a predicted
ORG there counts as a false positive (their number is shown). The spaCy figure printed is a
published reference on a different corpus, not a like-for-like comparison.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
try:
    import stakegraph  # noqa: F401
except ImportError:  # run with a Python that lacks the editable install
    sys.path.insert(0, str(ROOT / "src"))
from stakegraph.model import Document
from stakegraph.nlp import analyze, pretrained
from stakegraph.resolve import resolve

DEFAULT = ROOT.parent / "shared" / "data" / "germeval2014" / "NER-de-test.tsv"
CLASSES = {"person": "PER", "organization": "ORG"}
REFERENCE = {"PER": 0.905, "ORG": 0.775}  # spaCy de_core_news_lg, own Wikipedia data (F1)


def read_sentences(path: Path, limit: int | None):
    """(tokens, outer labels) per sentence; soft hyphens removed."""
    sentences, tokens, labels = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if tokens:
                sentences.append((tokens, labels))
                tokens, labels = [], []
            continue
        fields = line.split("\t")
        tokens.append(fields[1].replace("\u00ad", ""))
        labels.append(fields[2])
    return sentences[:limit] if limit else sentences


def gold_spans(labels: list[str], wanted=("PER", "ORG")) -> set[tuple[int, int, str]]:
    """(first, last, class) token spans, inclusive, of the outer BIO labels in `wanted`."""
    spans, open_ = set(), None
    for i, label in enumerate(labels + ["O"]):
        tag, _, cls = label.partition("-")
        if open_ and (tag != "I" or cls != open_[1]):
            spans.add((open_[0], i - 1, open_[1]))
            open_ = None
        if cls in wanted and (tag == "B" or (tag == "I" and not open_)):
            open_ = (i, cls)
    return spans


def overlaps(a, b) -> bool:  # token spans, inclusive
    return a[0] <= b[1] and b[0] <= a[1]


def prf(tp_p: int, n_pred: int, tp_g: int, n_gold: int) -> tuple[float, float, float]:
    p = tp_p / n_pred if n_pred else 0.0
    r = tp_g / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--file", type=Path, default=DEFAULT)
    parser.add_argument("--limit", type=int, help="first N sentences only")
    parser.add_argument("--errors", type=int, default=0, help="show N false negatives/positives per class")
    args = parser.parse_args()
    if not args.file.exists():
        print(f"GermEval 2014 file not found: {args.file} (see ../shared/data/germeval2014/SOURCE.md); skipping.")
        return 0
    sentences = read_sentences(args.file, args.limit)
    gold, pred, parts = [], [], []  # per sentence: sets of (first, last, class)
    other_hits = other_total = anaphors = 0
    resolve(analyze(Document("Angela Merkel traf den Chef von Siemens.", "warm-up", lang="de")))
    seconds = 0.0  # the warm-up above loads the lexicons; only sentences below are timed
    for n, (tokens, labels) in enumerate(sentences):
        text = " ".join(tokens)
        # character -> token index (the space before a token belongs to it)
        token_at = [i for i, token in enumerate(tokens) for _ in range(len(token) + (i > 0))]
        started = time.perf_counter()
        analysis = analyze(Document(text, f"germeval-{n + 1}", lang="de"))
        resolve(analysis)
        seconds += time.perf_counter() - started
        g = gold_spans(labels)
        predicted = set()
        for m in analysis.mentions:
            if m.end <= m.start:
                continue
            span = (token_at[m.start], token_at[m.end - 1])
            if m.evidence == "anaphor":
                anaphors += 1
            elif m.kind in CLASSES:
                predicted.add(span + (CLASSES[m.kind],))
            elif m.kind == "other":
                other_total += 1
                other_hits += any(overlaps(span, s) for s in g)
        gold.append(g)
        pred.append(predicted)
        parts.append(gold_spans(labels, ("PERpart", "ORGpart", "PERderiv", "ORGderiv")))

    print(f"GermEval 2014 {args.file.name}: {len(sentences):,} sentences, each analysed as its own "
          f"document (no cross-sentence context); pretrained spaCy signal: "
          f"{'on' if pretrained.pipeline('de') else 'off (none installed)'}")
    print(f"{'class':5} | {'gold':>5} | {'pred':>5} | {'P':>5} | {'R':>5} | {'F1':>5} | {'partial F1':>10}"
          f" | reference F1*")
    print("-" * 72)
    for cls in ("PER", "ORG"):
        G = [{s for s in g if s[2] == cls} for g in gold]
        P = [{s for s in p if s[2] == cls} for p in pred]
        n_gold, n_pred = sum(map(len, G)), sum(map(len, P))
        tp = sum(len(g & p) for g, p in zip(G, P))
        strict = prf(tp, n_pred, tp, n_gold)
        hit_p = sum(any(overlaps(s, t) for t in g) for g, p in zip(G, P) for s in p)
        hit_g = sum(any(overlaps(s, t) for t in p) for g, p in zip(G, P) for s in g)
        partial = prf(hit_p, n_pred, hit_g, n_gold)
        print(f"{cls:5} | {n_gold:5} | {n_pred:5} | {strict[0]:5.3f} | {strict[1]:5.3f} | "
              f"{strict[2]:5.3f} | {partial[2]:10.3f} | {REFERENCE[cls]:.3f}")
    print("* reference: spaCy de_core_news_lg on its own Wikipedia-based evaluation data, as published;"
          " a different corpus, not a like-for-like comparison.")
    on_parts = sum(any(overlaps(s, t) and t[2].startswith(s[2]) for t in pt) and s not in g
                   for g, p, pt in zip(gold, pred, parts) for s in p)
    print(f"notes: {other_hits} of {other_total} predicted 'other' mentions overlap a gold PER/ORG span; "
          f"{on_parts} false positives fall on gold *part/*deriv tokens of the same class; "
          f"{anaphors} anaphor mentions left out.")
    print(f"speed: {len(sentences) / seconds:,.1f} sentences/s ({seconds:.1f} s in analyze+resolve)")
    if args.errors:
        show_errors(sentences, gold, pred, args.errors)
    return 0


def show_errors(sentences, gold, pred, limit: int) -> None:
    """False negatives and positives per class, spread evenly over the file."""
    for cls in ("PER", "ORG"):
        for name, a, b in (("false negatives", gold, pred), ("false positives", pred, gold)):
            rows = []
            for (tokens, _), x, y in zip(sentences, a, b):
                for s in sorted(x - y):
                    if s[2] == cls:
                        near = [" ".join(tokens[t[0]:t[1] + 1]) + f"/{t[2]}" for t in y if overlaps(s, t)]
                        rows.append(f"{' '.join(tokens[s[0]:s[1] + 1])!r}  (vs {', '.join(near) or '-'})"
                                    f"  … {' '.join(tokens[max(0, s[0] - 5):s[1] + 6])}")
            step = max(1, len(rows) // limit)
            print(f"\n{cls} {name} ({len(rows)}):")
            for row in rows[::step][:limit]:
                print("  " + row)


if __name__ == "__main__":
    sys.exit(main())
