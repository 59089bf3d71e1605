"""Conflict reports: self-contained HTML and Markdown, safe against the markup articles carry."""
from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import replace

from markupsafe import escape

from conftest import HOSTILE_SENTENCE, HOSTILE_TITLE
from stakegraph import api
from stakegraph.report import html_report, markdown_report, safe_url
from stakegraph.store import open_store


def _documents(db):
    with open_store(db) as store:
        return {d.id: d for d in store.documents()}


def test_html_report_draws_each_chain_and_escapes_article_text(hostile_store):
    found = api.conflicts(hostile_store)
    assert found[0].rule == "competing_investments"
    page = html_report(found, _documents(hostile_store))
    assert page.count("<svg") == len(found)
    # Every entity of the first conflict is a node of its drawing, every claim an arc.
    svg = page[page.index("<svg"):page.index("</svg>")]
    assert svg.count("<circle") == 3 and svg.count('class="arc"') == 3
    assert "Nordlicht &#34;AI&#34; GmbH" in svg
    assert escape(HOSTILE_SENTENCE) in page and escape(HOSTILE_TITLE) in page
    assert re.search(r"<script|<img", page) is None
    # Nothing is loaded from elsewhere, and the policy forbids scripts outright.
    assert "default-src 'none'" in page
    assert re.search(r'<[^>]*\ssrc=', page) is None
    links = set(re.findall(r'href="([^"#][^"]*)"', page))
    assert links == {escape("https://example.com/funding?a=1&b=<2>")}


def test_only_web_addresses_become_links(hostile_store):
    found = api.conflicts(hostile_store)
    documents = {key: replace(d, url="javascript:alert(1)")
                 for key, d in _documents(hostile_store).items()}
    page = html_report(found, documents)
    assert "javascript:" not in page
    assert "javascript:" not in markdown_report(found, documents)
    assert safe_url("HTTPS://example.com/x") == "HTTPS://example.com/x"
    assert safe_url("data:text/html,x") is None and safe_url(None) is None


def test_markdown_report_has_a_mermaid_chain_and_no_raw_markup(hostile_store):
    found = api.conflicts(hostile_store)
    text = markdown_report(found, _documents(hostile_store))
    assert text.count("```mermaid") == len(found)
    chain = text.split("```mermaid\n", 1)[1].split("```", 1)[0]
    assert chain.startswith("flowchart LR")
    assert chain.count("-->") == 3 and "#quot;AI#quot;" in chain  # quotes cannot end a label
    assert re.search(r"(?<!\\)<(img|script)", text) is None and "\\<img" in text
    assert "[Funding \\<script\\>" in text  # the title, escaped, as the link's text


def test_cli_report_writes_a_file(hostile_store, tmp_path):
    out = tmp_path / "report.html"
    subprocess.run([sys.executable, "-m", "stakegraph.cli", "report", "--db", str(hostile_store),
                    "--out", str(out), "--title", "Q4 <review>"], check=True, capture_output=True)
    page = out.read_text(encoding="utf-8")
    assert "<title>Q4 &lt;review&gt;</title>" in page
    assert "competing_investments" in page
    done = subprocess.run([sys.executable, "-m", "stakegraph.cli", "report", "-f", "markdown",
                           "--db", str(hostile_store), "--rule", "board_interlock"],
                          check=True, capture_output=True, text=True)
    assert done.stdout.startswith("# Conflicts of interest (0)")
