"""Trust at scale: a corpus of bad inputs beside good ones, kill -9 in the middle of an ingest,
two ingests into one store at once, readers during a write, and parallel extraction."""
from __future__ import annotations

import gzip
import io
import json
import os
import random
import re
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from stakegraph import api
from stakegraph.store import open_store

STAKEGRAPH = [sys.executable, "-m", "stakegraph.cli"]

# -- generated articles --------------------------------------------------------------------------

INVESTORS = ["Bluefin Partners", "Northwind Ventures", "Lumen Capital", "Granite Peak Capital",
             "Harborview Partners", "Silverline Ventures", "Oakridge Capital", "Beacon Growth"]
COMPANIES = ["Kestrel Robotics", "Aster Labs", "Corvid Systems", "Meridian Analytics",
             "Nimbus Energy", "Quillon Health", "Tessellate AI", "Vantor Mobility", "Halcyon Bio",
             "Pylon Materials"]
PEOPLE = ["Maria Lindqvist", "Jonas Brandt", "Aylin Demir", "Peter Novak", "Sofia Marino",
          "Daniel Okafor", "Clara Weiss", "Tomas Berg"]
FILLER = ["The round was oversubscribed, according to people familiar with the matter.",
          "Analysts expect the market for such products to keep growing next year.",
          "The company plans to hire engineers in Berlin and Boston.",
          "Details of the agreement were not disclosed."]


def article(n: int) -> str:
    """An English funding story, its facts drawn from seed `n` (the same n, the same text)."""
    rng = random.Random(n)
    investor, company, rival = rng.choice(INVESTORS), *rng.sample(COMPANIES, 2)
    person = rng.choice(PEOPLE)
    sentences = [
        f"{investor} invested ${rng.randint(2, 90)} million in {company}, the company said on Monday.",
        f"{person} is the chief executive of {company}.",
        f"{company} competes with {rival}.",
        *rng.sample(FILLER, 3),
        f"Story number {n} of the generated corpus.",  # every text differs
    ]
    return " ".join(sentences)


def write_articles(folder: Path, count: int, start: int = 0) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(start, start + count):
        path = folder / f"article-{n:05d}.txt"
        path.write_text(article(n), encoding="utf-8")
        paths.append(path)
    return paths


def claim_set(db: Path) -> set[tuple]:
    with open_store(db) as store:
        return {(c.subject.name, c.relation, c.object.name, c.evidence.document_id,
                 c.evidence.start, json.dumps(c.qualifiers, sort_keys=True))
                for c in store.claims()}


def integrity(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]


# -- a corpus of bad inputs ----------------------------------------------------------------------

def _write(path: Path, content: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def bad_corpus(root: Path) -> dict[str, str]:
    """Write at least 50 inputs that cannot be read; returns {source: a word of its reason}."""
    expected: dict[str, str] = {}

    def bad(name: str, content: bytes | str, reason: str) -> None:
        expected[str(_write(root / name, content))] = reason

    rng = random.Random(7)
    zipped = io.BytesIO()
    with zipfile.ZipFile(zipped, "w") as archive:
        archive.writestr("a.txt", "hello")
    binaries = {"png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
                "gzip": gzip.compress(b"x" * 1000), "zip": zipped.getvalue(),
                "elf": b"\x7fELF\x02\x01\x01\x00" + bytes(300),
                "pdf": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + bytes(range(256)) * 4}
    for n, suffix in enumerate([".txt", ".html", ".xml", ".md", "", ".htm"]):
        for kind, content in binaries.items():
            if (n + len(kind)) % 3 == 0:  # a spread of kinds under each suffix
                bad(f"binary/{kind}{n}{suffix}", content, "binary")
        noise = bytes(rng.randrange(256) for _ in range(2000)) + b"\x00"
        bad(f"binary/noise{n}{suffix}", noise, "binary")
    for n in range(3):
        bad(f"control/ctrl{n}.txt", bytes(range(1, 9)) * (50 + n), "binary")
    for n, suffix in enumerate([".txt", ".md", ".text", ""]):
        bad(f"encoding/junk{n}{suffix}", bytes(range(0x80, 0x100)) * (4 + n), "not valid")
    bad("encoding/bad16.txt", b"\xff\xfe" + b"\x00\xd8" + b"a", "not valid UTF-16")
    bad("encoding/bad16be.txt", b"\xfe\xff" + b"\xd8\x00" + b"ab", "not valid UTF-16")
    for suffix in (".txt", ".html", ".xml", ".md", ".htm"):
        bad(f"empty/empty{suffix}", b"", "empty")
        bad(f"empty/blank{suffix}", b" \n\t\r\n ", "empty")
    bad("size/huge.txt", b"a" * 20_000_001, "limit")
    bad("html/only-script.html", "<html><body><script>" + "alert(1);" * 1000
        + "</script></body></html>", "no text")
    bad("html/nested-empty.html", "<html><body>" + "<div>" * 50_000 + "</div>" * 50_000
        + "</body></html>", "")
    bad("html/only-style.htm", "<html><head><style>p{}</style></head><body></body></html>", "")
    bad("feeds/truncated.rss", "<rss><chan", "malformed feed")
    bad("feeds/no-entries.rss", "<rss version='2.0'><channel></channel></rss>", "no entries")
    # Broken feeds whose parser still finds an entry, with nothing in it: the entry is skipped.
    for name, content in [("atom", "<feed xmlns='http://www.w3.org/2005/Atom'><entry>"),
                          ("entity", "<?xml version='1.0'?><rss version='2.0'><channel><item>"
                                     "&bogus;")]:
        path = _write(root / f"feeds/{name}.xml", content)
        expected[f"{path}#1"] = "empty"
    lines = ['{"id": "b1", "text": "broken', "[1, 2, 3]", '{"id": "b3"}', '{"text": "no id"}',
             "[" * 50_000, '{"id": "b6", "text": ""}', "not json at all"]
    jsonl = _write(root / "lines/batch.jsonl", "\n".join(lines) + "\n")
    for number in range(1, len(lines) + 1):
        expected[f"{jsonl}:{number}"] = ""
    bad("lines/empty.jsonl", b"", "empty")
    os.mkfifo(root / "pipe.txt")
    expected[str(root / "pipe.txt")] = "not a regular file"
    os.symlink(root / "nowhere", root / "dangling.txt")
    expected[str(root / "dangling.txt")] = "not found"
    os.symlink(root, root / "loop")
    expected[str(root / "loop")] = "symlink loop"
    os.symlink(root / "self.txt", root / "self.txt")
    expected[str(root / "self.txt")] = "symlink loop"
    return expected


def good_corpus(root: Path) -> list[Path]:
    """Good inputs, some of them awkward: odd names, UTF-16, a million-character line, pages
    full of script, deep nesting around real text, a JSON Lines file with good records."""
    good = write_articles(root / "articles", 6)
    odd = ["with space.txt", "ümlaut-ßtraße.txt", "-leading-dash.txt", "new\nline.txt",
           "x" * 200 + ".txt", "quote'\"name.txt", "emoji-📰.txt"]
    good += [_write(root / "odd" / name, article(100 + n)) for n, name in enumerate(odd)]
    good.append(_write(root / "encoding/utf16.txt", b"\xff\xfe" + article(200).encode("utf-16-le")))
    good.append(_write(root / "encoding/bom8.txt", b"\xef\xbb\xbf" + article(201).encode()))
    good.append(_write(root / "encoding/latin1.txt",
                       "Die Nordlicht GmbH übernimmt die Kranich AG für 3 Millionen Euro."
                       .encode("latin-1")))
    good.append(_write(root / "size/long-line.txt", article(202) + " " + "word " * 200_000))
    good.append(_write(root / "html/scripted.html", (
        "<html><head><script>alert(1)</script></head><body onload='alert(2)'>"
        "<article><p>" + article(203) + "</p><img src=x onerror='alert(3)'>"
        "<script>document.write('x')</script></article></body></html>")))
    good.append(_write(root / "html/deep.html", "<html><body>" + "<div>" * 1500 + "<p>"
                       + article(204) + "</p>" + "</div>" * 1500 + "</body></html>"))
    good.append(_write(root / "feeds/news.rss", (
        "<?xml version='1.0'?><rss version='2.0'><channel><title>t</title><item>"
        f"<title>Funding</title><link>https://example.com/1</link><description>{article(205)}"
        "</description></item></channel></rss>")))
    return good


def test_bad_inputs_beside_good_ones(tmp_path):
    root = tmp_path / "in"
    expected_bad = bad_corpus(root)
    good = good_corpus(root)
    assert len(expected_bad) >= 50
    db = tmp_path / "store.db"
    report = api.ingest([root], db)
    reported = {s.source: s.reason for s in report.skipped + report.failed}
    assert set(reported) == set(expected_bad), (set(reported) ^ set(expected_bad))
    for source, word in expected_bad.items():
        assert word.lower() in reported[source].lower(), (source, reported[source])
        assert reported[source].strip()  # every one says why
    # Every good file was stored: one document each, the feed's entry included.
    assert report.read == report.added == len(good)
    assert integrity(db) == "ok"
    # The command line says the same and counts them.
    again = subprocess.run(STAKEGRAPH + ["ingest", str(root), "--db", str(tmp_path / "cli.db")],
                           capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert again.stderr.count("skipped") >= len(expected_bad)
    assert re.search(rf"^\s*skipped\s+{len(expected_bad)}\s*$", again.stdout, re.M), again.stdout


# -- kill -9 and a rerun -------------------------------------------------------------------------

def _documents(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as conn:
            return conn.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    except sqlite3.OperationalError:
        return 0  # not created yet


def _children(parent: int) -> list[int]:
    """The processes whose parent is `parent`, read from /proc."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended while we looked
        if int(fields[1]) == parent:
            found.append(int(stat.parent.name))
    return found


def test_kill_9_mid_ingest_then_rerun_equals_an_uninterrupted_run(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 240)
    reference = tmp_path / "reference.db"
    api.ingest([folder], reference, workers=1)

    db = tmp_path / "interrupted.db"
    process = subprocess.Popen(STAKEGRAPH + ["ingest", str(folder), "--db", str(db), "-j", "2"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while _documents(db) < 30 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the ingest ended before it could be interrupted"
    workers = _children(process.pid)
    assert workers, "the ingest runs no worker processes"
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    deadline = time.monotonic() + 30  # its workers do not outlive it
    while any(Path(f"/proc/{pid}").exists() for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in workers if Path(f"/proc/{pid}").exists()], "worker processes outlived the ingest"
    stored = _documents(db)
    assert 30 <= stored < 240

    assert integrity(db) == "ok"
    with open_store(db) as store:  # no half-stored document: claims only of stored documents
        documents = {d.id for d in store.documents()}
        assert {c.evidence.document_id for c in store.claims()} <= documents

    rerun = subprocess.run(STAKEGRAPH + ["ingest", str(folder), "--db", str(db)],
                           capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert integrity(db) == "ok"
    with open_store(db) as store, open_store(reference) as ref:
        assert store.stats() == ref.stats()
    assert claim_set(db) == claim_set(reference)


# -- concurrency ---------------------------------------------------------------------------------

def test_two_ingests_into_one_store_at_once(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 80)
    extra = write_articles(tmp_path / "more", 20, start=80)
    db = tmp_path / "shared.db"
    # Both read the shared folder (so they race on the same documents), each its own extra part.
    runs = [subprocess.Popen(STAKEGRAPH + ["ingest", str(folder), *map(str, part), "--db",
                                           str(db), "-j", "1"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for part in (extra[:10], extra[10:])]
    outputs = [run.communicate(timeout=600) for run in runs]
    for run, (out, err) in zip(runs, outputs):
        assert run.returncode == 0, err
        assert "locked" not in err.lower() and "skipped" not in err
    reference = tmp_path / "reference.db"
    api.ingest([folder, *extra], reference, workers=1)
    with open_store(db) as store, open_store(reference) as ref:
        assert store.stats()["documents"] == 100
        # No duplicates: each document, entity name and claim once.
        assert store.stats() == ref.stats()
    assert claim_set(db) == claim_set(reference)
    assert integrity(db) == "ok"


def test_conflicts_read_while_an_ingest_writes(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 150)
    db = tmp_path / "busy.db"
    writer = subprocess.Popen(STAKEGRAPH + ["ingest", str(folder), "--db", str(db), "-j", "1"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    reads = 0
    try:
        while _documents(db) < 5 and writer.poll() is None:
            time.sleep(0.05)
        while writer.poll() is None:
            done = subprocess.run(STAKEGRAPH + ["conflicts", "--db", str(db), "--format", "jsonl"],
                                  capture_output=True, text=True, timeout=120)
            assert done.returncode == 0, done.stderr
            assert all(json.loads(line)["record"] == "conflict" for line in done.stdout.splitlines())
            reads += 1
    finally:
        writer.wait(timeout=600)
    assert writer.returncode == 0, writer.stderr.read()
    assert reads >= 1
    assert _documents(db) == 150


# -- parallel extraction -------------------------------------------------------------------------

def test_parallel_ingest_stores_what_a_serial_one_does(tmp_path):
    folder = tmp_path / "articles"
    write_articles(folder, 40)
    _write(folder / "zz-binary.txt", b"\x00\x01binary")
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    one = api.ingest([folder], serial, workers=1)
    two = api.ingest([folder], parallel, workers=2)
    assert (one.read, one.added, len(one.skipped)) == (two.read, two.added, len(two.skipped)) == (
        40, 40, 1)
    assert claim_set(serial) == claim_set(parallel)
    with open_store(serial) as a, open_store(parallel) as b:
        assert a.stats() == b.stats()
    # A second parallel run finds everything stored and changes nothing.
    again = api.ingest([folder], parallel, workers=2)
    assert (again.added, again.unchanged) == (0, 40)
    assert claim_set(parallel) == claim_set(serial)


def test_worker_pool_is_replaced_without_losing_documents(tmp_path, monkeypatch):
    """Workers are replaced every WORKER_DOCUMENTS documents (their memory grows with the words
    they meet): across replacements every document is stored once, in order."""
    from stakegraph import pipeline

    monkeypatch.setattr(pipeline, "WORKER_DOCUMENTS", 3)
    folder = tmp_path / "articles"
    write_articles(folder, 20)
    serial, parallel = tmp_path / "serial.db", tmp_path / "parallel.db"
    one = api.ingest([folder], serial, workers=1)
    two = api.ingest([folder], parallel, workers=2)
    assert (one.read, one.added) == (two.read, two.added) == (20, 20)
    assert claim_set(serial) == claim_set(parallel)


@pytest.mark.parametrize("workers", [0, 1, 3])
def test_small_batches_and_worker_counts(tmp_path, workers):
    paths = write_articles(tmp_path / "few", 3)
    report = api.ingest([tmp_path / "few"], tmp_path / "s.db", workers=workers)
    expected = sum(len(api.extract(p.read_text(encoding="utf-8")).claims) for p in paths)
    assert report.added == 3 and report.claims == expected > 0
