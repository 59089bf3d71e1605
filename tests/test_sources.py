"""Readers: good input gives the right Documents; bad input gives one Skipped and nothing breaks."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from stakegraph.model import Document
from stakegraph.sources import (Skipped, SourceError, read_feed, read_html, read_jsonl,
                                read_sources, read_text)
from stakegraph.sources.text import parse_date

GERMAN = "Die Müller AG übernimmt die Größe GmbH für 3 Mio. Euro. Äußerst überraschend."


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def run(*paths, **kw) -> tuple[list[Document], list[Skipped]]:
    items = list(read_sources(paths, **kw))
    assert all(isinstance(i, (Document, Skipped)) for i in items)
    return ([i for i in items if isinstance(i, Document)],
            [i for i in items if isinstance(i, Skipped)])


def only_skip(skipped: list[Skipped], path: Path) -> Skipped:
    mine = [s for s in skipped if s.source == str(path)]
    assert len(mine) == 1, skipped
    return mine[0]


# --- plain text -------------------------------------------------------------------------------


def test_text_document_fields(tmp_path):
    path = write(tmp_path / "note.txt", "ACME kauft Beta.\r\nZweite Zeile.\rDritte.\n")
    [doc] = read_text(path)
    assert doc.text == "ACME kauft Beta.\nZweite Zeile.\nDritte.\n"
    assert doc.name == "note.txt"
    assert doc.source == str(path)
    assert doc.published is None


@pytest.mark.parametrize("line, iso", [
    ("20. November, 2024", "2024-11-20"),
    ("20. November 2024", "2024-11-20"),
    ("November 20, 2024", "2024-11-20"),
    ("Nov 20, 2024", "2024-11-20"),
    ("2024-11-20", "2024-11-20"),
    ("20.11.2024", "2024-11-20"),
    ("3. März 2024", "2024-03-03"),
    ("3. Maerz 2024", "2024-03-03"),
    ("1. Jänner 2025", "2025-01-01"),
    ("7. Okt. 2023", "2023-10-07"),
    ("24. Dez 2023", "2023-12-24"),
    ("Mai 2024", "2024-05"),
    ("Mittwoch, 20. November 2024", "2024-11-20"),
    ("Wednesday, November 20th, 2024", "2024-11-20"),
])
def test_first_line_date_is_published_and_text_is_untouched(tmp_path, line, iso):
    content = f"\n  {line}  \nACME kauft Beta.\n"
    [doc] = read_text(write(tmp_path / "a.txt", content))
    assert doc.published == iso
    assert doc.text == content


@pytest.mark.parametrize("line", [
    "Berlin, 20. November 2024 – ACME kauft Beta.",  # a date inside a sentence is not the date
    "31.02.2024",  # no such day
    "20. Brumaire 2024",  # no such month
    "2024",
    "Hello world",
])
def test_first_line_that_is_not_only_a_date(line):
    assert parse_date(line) is None


def test_only_the_first_nonempty_line_counts(tmp_path):
    [doc] = read_text(write(tmp_path / "a.txt", "ACME kauft Beta.\n20.11.2024\n"))
    assert doc.published is None


def test_utf8_bom_is_not_part_of_the_text(tmp_path):
    [doc] = read_text(write(tmp_path / "a.txt", b"\xef\xbb\xbf20.11.2024\n" + GERMAN.encode()))
    assert doc.text == "20.11.2024\n" + GERMAN
    assert doc.published == "2024-11-20"


def test_utf16_with_bom_is_decoded(tmp_path):
    path = write(tmp_path / "a.txt", GERMAN.encode("utf-16"))  # "utf-16" writes a BOM
    [doc] = read_text(path)
    assert doc.text == GERMAN


def test_latin1_german_text_is_decoded(tmp_path):
    path = write(tmp_path / "a.txt", (GERMAN + "\n" + GERMAN).encode("latin-1"))
    [doc] = read_text(path)
    assert doc.text == GERMAN + "\n" + GERMAN


def test_one_million_character_line_is_read(tmp_path):
    line = ("Wort " * 200_000)[:1_000_000]
    [doc] = read_text(write(tmp_path / "long.txt", line))
    assert len(doc.text) == 1_000_000
    assert doc.published is None


def test_reader_raises_source_error_on_its_own(tmp_path):
    with pytest.raises(SourceError) as err:
        list(read_text(write(tmp_path / "e.txt", "")))
    assert err.value.reason == "empty"


# --- bad files, each one Skipped, good neighbours unharmed -------------------------------------


@pytest.mark.parametrize("name, content, reason", [
    ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    ("ctrl.txt", bytes(range(1, 9)) * 50, "binary file"),
    ("nul.txt", b"hello\x00world", "binary file"),
    ("junk.txt", bytes(range(0x80, 0x100)) * 4, "not valid UTF-8 text"),
    ("empty.txt", b"", "empty"),
    ("blank.txt", b" \n\t\r\n ", "empty"),
    ("bad16.txt", b"\xff\xfe" + b"\x00\xd8" + b"a", "not valid UTF-16 text"),
])
def test_bad_file_is_skipped_and_good_file_still_read(tmp_path, name, content, reason):
    good = write(tmp_path / "good.txt", GERMAN)
    bad = write(tmp_path / name, content)
    docs, skipped = run(tmp_path)
    assert [d.source for d in docs] == [str(good)]
    assert skipped == [Skipped(str(bad), reason)]


def test_size_limit_checked_before_reading(tmp_path):
    write(tmp_path / "small.txt", "x" * 100)
    big = write(tmp_path / "big.txt", "x" * 101)
    docs, skipped = run(tmp_path, max_bytes=100)
    assert [d.name for d in docs] == ["small.txt"]
    assert skipped == [Skipped(str(big), "larger than the 100 bytes limit")]


def test_size_limit_reason_in_megabytes(tmp_path):
    big = write(tmp_path / "big.txt", b"x" * 1_000_001)
    assert run(big, max_bytes=1_000_000)[1] == [Skipped(str(big), "larger than the 1 MB limit")]


# --- HTML -------------------------------------------------------------------------------------

ARTICLE = """<!DOCTYPE html>
<html lang="de-DE"><head>
<title>ACME übernimmt Beta</title>
<meta property="og:url" content="https://example.com/acme-beta">
<meta property="article:published_time" content="2024-11-20T10:00:00+01:00">
<script>alert(1)</script><style>p {{ color: red }}</style>
</head><body onload="alert(3)">
<nav><a href="/">Start</a></nav>
<article><h1>ACME übernimmt Beta</h1>
<p>Die ACME AG hat am Mittwoch die Beta GmbH übernommen, wie beide Unternehmen mitteilten.</p>
<img src="x.png" onerror="alert(2)">
<script>document.write('alert(4)')</script>
<p>Der Kaufpreis liegt nach Angaben aus Unternehmenskreisen bei rund drei Millionen Euro.</p>
<p>{extra}</p>
</article></body></html>"""


def test_html_article_fields(tmp_path):
    path = write(tmp_path / "page.html", ARTICLE.format(extra="Weitere Details folgen."))
    [doc] = read_html(path)
    assert "Die ACME AG hat am Mittwoch die Beta GmbH übernommen" in doc.text
    assert "drei Millionen Euro" in doc.text
    assert doc.title == "ACME übernimmt Beta"
    assert doc.published == "2024-11-20"
    assert doc.url == "https://example.com/acme-beta"
    assert doc.lang == "de"
    assert doc.name == "page.html" and doc.source == str(path)


@pytest.mark.parametrize("body", [
    ARTICLE.format(extra="Noch ein Absatz."),
    # Too little for trafilatura: the lxml fallback must drop scripts just as well.
    '<html><body><script>alert(1)</script><p onclick="alert(5)">Hi <img onerror="alert(2)">'
    '</p><style>.a{}</style></body></html>',
])
def test_html_never_yields_script_text(tmp_path, body):
    [doc] = read_html(write(tmp_path / "x.html", body))
    assert "alert" not in doc.text
    assert "onerror" not in doc.text and "color" not in doc.text
    assert doc.text.strip()


def test_noscript_text_is_not_article_text(tmp_path):
    page = ARTICLE.format(extra="<noscript>Bitte alert(9) aktivieren</noscript> Ende.")
    [doc] = read_html(write(tmp_path / "x.html", page))
    assert "alert" not in doc.text and "Ende." in doc.text


def test_json_ld_metadata_survives_script_removal(tmp_path):
    page = ARTICLE.format(extra="x").replace(
        '<meta property="article:published_time" content="2024-11-20T10:00:00+01:00">',
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-05-04"}</script>')
    [doc] = read_html(write(tmp_path / "x.html", page))
    assert doc.published == "2023-05-04"
    assert "NewsArticle" not in doc.text


def test_lxml_fallback_when_trafilatura_finds_nothing(tmp_path):
    # trafilatura takes an <aside> for boilerplate and returns nothing; the body text remains.
    page = ("<html><body><aside><p>Nur am Rand: ACME kauft Beta.</p>"
            "<script>alert(1)</script><style>p{color:red}</style><noscript>alert(2)</noscript>"
            '<img src=x onerror="alert(3)"><p>Zweiter Satz.</p></aside></body></html>')
    [doc] = read_html(write(tmp_path / "aside.html", page))
    assert doc.text == "Nur am Rand: ACME kauft Beta.\nZweiter Satz."


def test_deeply_nested_page_still_gives_its_text(tmp_path):
    page = "<html><body>" + "<div>" * 300 + "<p>Tief im Baum.</p>" + "</div>" * 300 + "</body></html>"
    [doc] = read_html(write(tmp_path / "deep.html", page))
    assert doc.text == "Tief im Baum."


def test_html_without_text_is_skipped(tmp_path):
    path = write(tmp_path / "x.htm", "<html><head><script>alert(1)</script></head><body> </body></html>")
    assert run(path)[1] == [Skipped(str(path), "no text in HTML")]


def test_html_fallback_keeps_paragraphs_apart(tmp_path):
    [doc] = read_html(write(tmp_path / "x.html", "<p>Erster.</p><p>Zweiter.</p>"))
    assert "Erster.\nZweiter." in doc.text


def test_deeply_nested_html_does_not_crash(tmp_path):
    depth = 50_000
    path = write(tmp_path / "deep.html",
                 "<html><body>" + "<div>" * depth + "<p>tief</p>" + "</div>" * depth + "</body></html>")
    items = list(read_sources([path]))
    assert len(items) == 1 and isinstance(items[0], (Document, Skipped))


# --- JSON Lines -------------------------------------------------------------------------------


def test_jsonl_records_and_a_broken_line(tmp_path):
    lines = [
        json.dumps({"id": "a1", "text": GERMAN, "title": "T", "published": "2024-11-20T08:00:00Z",
                    "url": "https://example.com/a1", "lang": "de"}),
        '{"id": "a2", "text": "kaputt',
        "",
        json.dumps({"id": "a3", "text": "Second one.\u2028Same record.", "published": "20.11.2024"}),
        json.dumps({"text": "no id here"}),
        json.dumps({"id": "a5"}),
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": 6, "text": "numeric id"}),
    ]
    path = write(tmp_path / "batch.jsonl", "\n".join(lines) + "\n")
    items = list(read_jsonl(path))
    docs = [i for i in items if isinstance(i, Document)]
    assert [d.name for d in docs] == ["a1", "a3", "6"]
    a1, a3, _ = docs
    assert (a1.text, a1.title, a1.published, a1.url, a1.lang) == (
        GERMAN, "T", "2024-11-20", "https://example.com/a1", "de")
    assert a1.source == f"{path}:1"
    assert a3.text == "Second one.\u2028Same record." and a3.published == "2024-11-20"
    assert a3.source == f"{path}:4"
    skipped = [i for i in items if isinstance(i, Skipped)]
    assert [s.source for s in skipped] == [f"{path}:{n}" for n in (2, 5, 6, 7)]
    assert skipped[0].reason == "malformed JSON on line 2"
    assert "id" in skipped[1].reason and "text" in skipped[2].reason


def test_jsonl_deeply_nested_line_is_skipped(tmp_path):
    path = write(tmp_path / "x.ndjson", "[" * 100_000 + "\n" + json.dumps({"id": "ok", "text": "fine"}))
    docs, skipped = run(path)
    assert [d.name for d in docs] == ["ok"]
    assert skipped == [Skipped(f"{path}:1", "malformed JSON on line 1")]


# --- feeds ------------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>News</title><language>de-de</language>
<item><title>ACME kauft Beta</title><link>https://example.com/1</link>
<guid>urn:news:1</guid><pubDate>Wed, 20 Nov 2024 10:00:00 +0000</pubDate>
<description>&lt;p&gt;ACME hat Beta gekauft.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;p&gt;Mehr.&lt;/p&gt;</description>
</item>
<item><title>Nur Schlagzeile</title><link>https://example.com/2</link></item>
</channel></rss>"""


def test_rss_entries(tmp_path):
    path = write(tmp_path / "news.rss", RSS)
    first, second = read_feed(path)
    assert first.title == "ACME kauft Beta"
    assert first.url == first.source == "https://example.com/1"
    assert first.name == "urn:news:1"
    assert first.published == "2024-11-20"
    assert first.lang == "de"
    assert "ACME hat Beta gekauft." in first.text and "Mehr." in first.text
    assert "alert" not in first.text and "<p>" not in first.text
    assert second.text == "Nur Schlagzeile" and second.name == "https://example.com/2"
    assert second.published is None


def test_atom_entry_without_link_is_named_after_file(tmp_path):
    atom = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>
<entry><title>Eintrag</title><updated>2024-03-05T12:00:00Z</updated>
<content type="text">A &amp; B &lt; C</content></entry></feed>"""
    path = write(tmp_path / "f.atom", atom)
    [doc] = read_feed(path)
    assert doc.text == "A & B < C"  # plain-text content is not pushed through an HTML parser
    assert doc.published == "2024-03-05"
    assert doc.name == "f.atom#1" and doc.source == f"{path}#1"


@pytest.mark.parametrize("content", [
    "<rss version='2.0'><channel><title>kaputt</chan",
    "this is just words, not XML at all",
])
def test_malformed_feed_is_skipped(tmp_path, content):
    write(tmp_path / "good.txt", GERMAN)
    bad = write(tmp_path / "bad.xml", content)
    docs, skipped = run(tmp_path)
    assert [d.name for d in docs] == ["good.txt"]
    assert only_skip(skipped, bad).reason in ("malformed feed", "not a feed")


# --- folders and paths ------------------------------------------------------------------------


def test_folder_recursion_is_sorted_and_skips_hidden(tmp_path):
    write(tmp_path / "b.txt", "b")
    write(tmp_path / "a" / "z.md", "z")
    write(tmp_path / "a" / "sub" / "y.txt", "y")
    write(tmp_path / "c.html", "<html><body><p>c page</p></body></html>")
    write(tmp_path / "d.jsonl", json.dumps({"id": "d1", "text": "d"}) + "\n")
    write(tmp_path / "e.rss", RSS)
    write(tmp_path / ".hidden.txt", "secret")
    write(tmp_path / ".git" / "x.txt", "secret")
    docs, skipped = run(tmp_path)
    assert skipped == []
    assert [d.name for d in docs] == ["y.txt", "z.md", "b.txt", "c.html", "d1", "urn:news:1",
                                      "https://example.com/2"]
    assert docs == list(read_sources([tmp_path]))  # deterministic


def test_explicit_file_is_read_whatever_its_suffix_or_name(tmp_path):
    weird = write(tmp_path / ".notes.weird", GERMAN)
    docs, skipped = run(weird)
    assert [d.text for d in docs] == [GERMAN] and not skipped


def test_unknown_suffix_is_sniffed(tmp_path):
    write(tmp_path / "a.dat", RSS)
    write(tmp_path / "b.page", "<!DOCTYPE html><html><body><p>Seite</p></body></html>")
    write(tmp_path / "c", "<b>not a page</b> just text")
    docs, _ = run(tmp_path)
    assert [d.name for d in docs] == ["urn:news:1", "https://example.com/2", "b.page", "c"]
    assert docs[2].text == "Seite"
    assert docs[3].text == "<b>not a page</b> just text"


def test_a_lone_path_is_not_taken_for_a_list_of_letters(tmp_path):
    path = write(tmp_path / "a.txt", "a")
    assert [d.name for d in read_sources(str(path))] == ["a.txt"]
    assert [d.name for d in read_sources(path)] == ["a.txt"]


def test_odd_file_names(tmp_path):
    names = ["with space.txt", "Überblick – März.txt", "-rf.txt", "日本.md"]
    for n in names:
        write(tmp_path / n, f"Inhalt von {n}")
    docs, skipped = run(tmp_path)
    assert not skipped
    assert sorted(d.name for d in docs) == sorted(names)
    assert all(d.text == f"Inhalt von {d.name}" for d in docs)
    assert run(str(tmp_path / "-rf.txt"))[0][0].name == "-rf.txt"


def test_symlink_loop_in_folder(tmp_path):
    root = tmp_path / "root"
    write(root / "a.txt", "a")
    os.symlink(root, root / "loop")  # root/loop/loop/... forever
    os.symlink(root / "self", root / "self")  # a link to itself
    docs, skipped = run(root)
    assert [d.name for d in docs] == ["a.txt"]
    assert skipped == [Skipped(str(root / "loop"), "symlink loop"),
                       Skipped(str(root / "self"), "symlink loop")]


def test_folder_reached_twice_is_read_once(tmp_path):
    write(tmp_path / "a" / "x.txt", "x")
    os.symlink(tmp_path / "a", tmp_path / "b")
    docs, skipped = run(tmp_path, tmp_path / "a")
    assert [d.name for d in docs] == ["x.txt"]
    assert [s.source for s in skipped] == [str(tmp_path / "b"), str(tmp_path / "a")]


def test_missing_path_and_broken_link(tmp_path):
    os.symlink(tmp_path / "nowhere", tmp_path / "broken.txt")
    docs, skipped = run(tmp_path / "missing.txt", tmp_path)
    assert not docs
    assert skipped == [Skipped(str(tmp_path / "missing.txt"), "not found"),
                       Skipped(str(tmp_path / "broken.txt"), "not found")]


def test_fifo_is_not_opened(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # opening it would block forever
    assert run(tmp_path)[1] == [Skipped(str(tmp_path / "pipe.txt"), "not a regular file")]


def test_unreadable_file(tmp_path):
    write(tmp_path / "good.txt", GERMAN)
    locked = write(tmp_path / "locked.txt", GERMAN)
    locked.chmod(0)
    try:
        docs, skipped = run(tmp_path)
    finally:
        locked.chmod(0o644)
    assert "good.txt" in [d.name for d in docs]
    if os.geteuid() == 0:
        pytest.skip("root reads a chmod 000 file anyway; permission denied cannot be provoked")
    assert skipped == [Skipped(str(locked), "permission denied")]


def test_one_folder_of_everything_bad_still_gives_the_good(tmp_path):
    good = [write(tmp_path / "good.txt", GERMAN),
            write(tmp_path / "good.html", ARTICLE.format(extra="x"))]
    bad = [write(tmp_path / "bin.md", b"\x00\x01\x02"),
           write(tmp_path / "empty.htm", b""),
           write(tmp_path / "junk.txt", bytes(range(0x80, 0x100)) * 4),
           write(tmp_path / "bad.rss", "<rss><chan")]
    os.symlink(tmp_path, tmp_path / "loop")
    docs, skipped = run(tmp_path)
    assert sorted(d.source for d in docs) == sorted(map(str, good))
    assert sorted(s.source for s in skipped) == sorted(map(str, bad + [tmp_path / "loop"]))
