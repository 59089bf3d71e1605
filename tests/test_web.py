"""The web API and the graph page, on a real server on 127.0.0.1 and in a real headless Chromium.

The browser tests need Debian's Chromium at /usr/bin/chromium (`apt-get install chromium`; no
browser download is possible here). Without it they are skipped, unless STAKEGRAPH_REQUIRE_BROWSER
is set, as `.ci/run` does, where a missing browser is a failure.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlparse

import pytest

from conftest import HOSTILE_SENTENCE, HOSTILE_TITLE
from stakegraph import api
from stakegraph.model import Document
from stakegraph.store import open_store

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    def __init__(self, db: Path) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "stakegraph.cli", "serve", "--db", str(db),
             "--port", str(self.port)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while True:
            try:
                self.get("/api/stats")
                return
            except (urllib.error.URLError, ConnectionError):
                if self.process.poll() is not None or time.monotonic() > deadline:
                    output = self.process.stdout.read().decode() if self.process.stdout else ""
                    self.process.kill()
                    raise RuntimeError(f"the server did not start: {output}")
                time.sleep(0.2)

    def get(self, path: str):
        with urllib.request.urlopen(self.base + path, timeout=10) as response:
            return json.loads(response.read())

    def status(self, path: str) -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(self.base + path, timeout=10) as response:
                return response.status, json.loads(response.read())
        except urllib.error.HTTPError as error:
            return error.code, json.loads(error.read())

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def server(hostile_store):
    running = Server(hostile_store)
    yield running
    running.stop()


def _entity(server: Server, name: str) -> dict:
    (found,) = [e for e in server.get(f"/api/entities?q={quote(name)}") if e["name"] == name]
    return found


# -- the JSON API --------------------------------------------------------------------------------

def test_search_entity_and_neighbourhood(server):
    sequoia = _entity(server, "Sequoia Capital")
    assert sequoia["aliases"] == ["Sequoia"] and sequoia["kind"] == "organization"
    assert [e["name"] for e in server.get("/api/entities?q=sequoia")] == ["Sequoia Capital"]
    detail = server.get(f"/api/entities/{sequoia['id']}")
    assert {c["object"]["name"] for c in detail["claims"]} >= {"Kestrel Labs", 'Nordlicht "AI" GmbH'}
    around = server.get(f"/api/entities/{sequoia['id']}/neighbourhood")
    assert {n["name"] for n in around["nodes"]} == {"Sequoia Capital", "Kestrel Labs",
                                                     'Nordlicht "AI" GmbH', "Ben Roe"}
    ids = {n["id"] for n in around["nodes"]}
    assert all(e["source"] in ids and e["target"] in ids for e in around["edges"])
    assert {e["relation"] for e in around["edges"]} == {"invested_in", "competes_with", "endorses"}


def test_edge_evidence_carries_sentence_and_source(server):
    sequoia, kestrel = _entity(server, "Sequoia Capital"), _entity(server, "Kestrel Labs")
    around = server.get(f"/api/entities/{sequoia['id']}/neighbourhood")
    (edge,) = [e for e in around["edges"]
               if (e["source"], e["relation"], e["target"]) == (sequoia["id"], "invested_in",
                                                                 kestrel["id"])]
    assert edge["dates"] == ["2024-11-20"]
    detail = server.get(f"/api/edges/{edge['id']}")
    (claim,) = detail["claims"]
    assert claim["sentence"] == HOSTILE_SENTENCE
    assert claim["document"]["title"] == HOSTILE_TITLE
    assert claim["document"]["url"] == "https://example.com/funding?a=1&b=<2>"
    document = server.get(f"/api/documents/{claim['document']['id']}")
    assert HOSTILE_SENTENCE in document["text"]


def test_path_and_conflicts_agree_with_the_python_api(server, hostile_store):
    anna, sequoia = _entity(server, "Anna Roe"), _entity(server, "Sequoia Capital")
    found = server.get(f"/api/path?a={anna['id']}&b={sequoia['id']}")
    lengths = [len(chain) for chain in found["chains"]]
    assert lengths and lengths[0] == 2 and lengths == sorted(lengths)
    ids = {n["id"] for n in found["nodes"]}
    assert all(step["source"] in ids and step["target"] in ids
               for chain in found["chains"] for step in chain)
    conflicts = server.get("/api/conflicts")
    expected = api.conflicts(hostile_store)
    assert [(c["rule"], c["summary"]) for c in conflicts] == [(c.rule, c.summary) for c in expected]
    first = conflicts[0]
    assert len(first["claims"]) == len(expected[0].claims)
    assert {e["id"] for e in first["edges"]} == {c["edge"] for c in first["claims"]}
    assert server.get("/api/conflicts?min_confidence=0.9") == []
    status, body = server.status("/api/conflicts?rule=no_such_rule")
    assert status == 422 and "unknown rule" in body["detail"]


def test_unknown_ids_are_404_with_a_reason(server):
    for path in ("/api/entities/e000", "/api/edges/r000", "/api/documents/d000",
                 "/api/entities/e000/neighbourhood"):
        status, body = server.status(path)
        assert status == 404 and "no " in body["detail"]


def test_the_page_sees_what_an_ingest_adds(server, hostile_store):
    before = server.get("/api/stats")["documents"]
    text = "Lumen Ventures invested in Harbor Robotics, the company said."
    report = api.ingest([_write(hostile_store.parent / "new.txt", text)], hostile_store)
    assert report.added == 1
    assert server.get("/api/stats")["documents"] == before + 1
    assert [e["name"] for e in server.get("/api/entities?q=lumen")] == ["Lumen Ventures"]
    lumen = _entity(server, "Lumen Ventures")
    assert server.get(f"/api/entities/{lumen['id']}/neighbourhood")["edges"]


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_docs_and_page_need_nothing_from_elsewhere(server):
    with urllib.request.urlopen(server.base + "/docs") as response:
        docs = response.read().decode()
    with urllib.request.urlopen(server.base + "/") as response:
        page = response.read().decode()
        policy = response.headers["Content-Security-Policy"]
    for html in (docs, page):
        assert "https://" not in html and "http://" not in html and "//cdn" not in html
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy.split("style-src")[0]
    paths = server.get("/openapi.json")["paths"]
    assert {"/api/entities", "/api/edges/{edge}", "/api/path", "/api/conflicts"} <= set(paths)


# -- the page in a real browser ------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        if os.environ.get("STAKEGRAPH_REQUIRE_BROWSER"):
            pytest.fail("STAKEGRAPH_REQUIRE_BROWSER is set but /usr/bin/chromium is missing")
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    """A page that may load only from 127.0.0.1 and files; it records anything else it tries,
    every script error and every dialog (an article's script would open one)."""
    context = browser.new_context(viewport={"width": 1400, "height": 850})
    opened = context.new_page()
    opened.outside, opened.errors, opened.dialogs = [], [], []

    def route(request_route):
        host = urlparse(request_route.request.url)
        if host.scheme in ("file", "data", "blob") or host.hostname == "127.0.0.1":
            request_route.continue_()
        else:
            opened.outside.append(request_route.request.url)
            request_route.abort()

    opened.route("**/*", route)
    opened.on("pageerror", lambda error: opened.errors.append(str(error)))
    opened.on("dialog", lambda dialog: (opened.dialogs.append(dialog.message), dialog.dismiss()))
    yield opened
    context.close()


def _open(page, server) -> None:
    page.goto(server.base + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)


def _click_edge(page, edge_id: str) -> None:
    """A real mouse click on the edge where cytoscape draws it, once the view has come to rest
    (layout and centring animate)."""
    page.wait_for_function("() => !window.stakegraph.cy.animated()")
    page.wait_for_timeout(100)
    page.wait_for_function("() => !window.stakegraph.cy.animated()")
    point = page.evaluate("""(id) => {
        const edge = window.stakegraph.cy.getElementById(id);
        const box = document.querySelector('#graph').getBoundingClientRect();
        const mid = edge.renderedMidpoint();
        return {x: box.left + mid.x, y: box.top + mid.y};
    }""", edge_id)
    page.mouse.click(point["x"], point["y"])


def test_search_then_click_an_edge_shows_its_evidence(server, page, tmp_path):
    _open(page, server)
    # Start from an empty view: only the search puts Kestrel Labs in it.
    page.evaluate("() => { window.stakegraph.cy.elements().remove(); }")
    page.fill("#search", "Kestrel")
    kestrel = _entity(server, "Kestrel Labs")
    page.click(f"#results button[data-entity='{kestrel['id']}']")
    page.wait_for_function(
        "(id) => window.stakegraph.cy.getElementById(id).connectedEdges().length >= 3",
        arg=kestrel["id"])
    edge_id = page.evaluate("""(id) => window.stakegraph.cy.getElementById(id).connectedEdges()
        .filter(e => e.data('relation') === 'invested_in')[0].id()""", kestrel["id"])
    _click_edge(page, edge_id)
    page.wait_for_selector("#edge-title")
    assert page.inner_text("#edge-title") == "Sequoia Capital invested in Kestrel Labs"
    # The article's markup is shown as text, and nothing of it ran.
    assert page.inner_text("#details blockquote") == HOSTILE_SENTENCE
    link = page.locator("#details .source a")
    assert link.inner_text() == HOSTILE_TITLE
    assert link.get_attribute("href") == "https://example.com/funding?a=1&b=<2>"
    assert "2024-11-20" in page.inner_text("#details .source")
    assert page.evaluate("window.__pwned") is None
    assert page.locator("#details img, #details script").count() == 0
    assert page.dialogs == [] and page.errors == [] and page.outside == []
    shot = tmp_path / "edge.png"
    page.screenshot(path=str(shot))
    assert shot.stat().st_size > 10_000


def test_choosing_a_conflict_highlights_its_chain(server, page):
    _open(page, server)
    expected = server.get("/api/conflicts")
    page.click("#conflict-list li:nth-child(1) button")
    page.wait_for_selector("#conflict-summary")
    assert page.inner_text("#conflict-summary") == expected[0]["summary"]
    highlighted = page.evaluate("window.stakegraph.cy.$('.highlighted').map(e => e.id())")
    assert set(highlighted) == ({n["id"] for n in expected[0]["nodes"]}
                                | {e["id"] for e in expected[0]["edges"]})
    dimmed = page.evaluate("window.stakegraph.cy.$('.dimmed').length")
    assert dimmed == page.evaluate("window.stakegraph.cy.elements().length") - len(highlighted)
    assert page.locator("#details .evidence li").count() == len(expected[0]["claims"])
    assert page.evaluate("window.__pwned") is None and page.errors == []


def test_relation_and_date_filters_hide_edges(server, page):
    _open(page, server)

    def shown(relation: str | None, count: int) -> None:
        # Cytoscape restyles on its next frame: wait for the count rather than read it at once.
        page.wait_for_function(
            """([r, n]) => window.stakegraph.cy.edges()
                 .filter(e => e.visible() && (!r || e.data('relation') === r)).length === n""",
            arg=[relation, count], timeout=20_000)

    shown("invested_in", 2)
    page.click("summary")
    page.uncheck("#relations input[value=invested_in]")
    shown("invested_in", 0)
    shown("sued", 1)
    page.fill("#date-from", "2025")
    shown(None, 0)  # everything was reported in 2024
    page.fill("#date-from", "2024-11")
    shown("sued", 1)
    page.check("#relations input[value=invested_in]")
    page.fill("#date-to", "2024-06")  # only the round dated March 2024 is left
    shown(None, 0)
    page.fill("#date-from", "")
    shown("invested_in", 1)


def test_edges_stay_visible_when_the_graph_arrives_before_the_relation_list(server, page):
    """The first graph and the relation checkboxes load side by side; a graph that comes first
    must not be filtered by a list that is still empty."""
    held = []
    page.route("**/api/relations", lambda route: held.append(route))  # hold the relation list back
    page.goto(server.base + "/")
    page.wait_for_function("() => window.stakegraph && window.stakegraph.cy.edges().length > 0")
    held[0].continue_()
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)
    visible = page.evaluate("() => window.stakegraph.cy.edges().filter(e => e.visible()).length")
    assert visible == page.evaluate("() => window.stakegraph.cy.edges().length") > 0


def test_api_docs_render_offline(server, page):
    page.goto(server.base + "/docs")
    page.wait_for_selector(".opblock", timeout=20_000)
    assert page.locator(".opblock").count() >= 10
    assert page.outside == [] and page.errors == []


def test_html_report_opens_from_a_file_without_running_article_script(hostile_store, page,
                                                                      tmp_path):
    from stakegraph.report import html_report

    with open_store(hostile_store) as store:
        documents = {d.id: d for d in store.documents()}
    report = tmp_path / "report.html"
    report.write_text(html_report(api.conflicts(hostile_store), documents), encoding="utf-8")
    page.goto(report.as_uri())
    assert page.locator("svg").count() == len(api.conflicts(hostile_store))
    assert page.locator("svg circle").first.is_visible()
    assert HOSTILE_SENTENCE in page.inner_text("body")
    assert page.evaluate("window.__pwned") is None and page.dialogs == [] and page.outside == []


def test_document_with_script_markup_in_its_text_cannot_run(server, page, hostile_store):
    """An ingested article whose text is all markup: the page shows it and runs none of it."""
    text = ('<script>window.__pwned = "text"</script> Acme Corp invested in Zenith Labs. '
            '<img src=x onerror="window.__pwned = \'img\'"> Zenith Labs competes with Acme Corp.')
    with open_store(hostile_store) as store:
        from stakegraph.pipeline import extract_document
        document = Document(text=text, name="markup.txt", title="<b onmouseover=alert(1)>x</b>")
        extraction = extract_document(document)
        store.add_extraction(document, extraction.entities, extraction.claims)
    _open(page, server)
    acme = _entity(server, "Acme Corp")
    page.evaluate("(id) => window.stakegraph.focusEntity(id)", acme["id"])
    page.wait_for_selector("#details .evidence li")
    assert "Acme Corp invested in Zenith Labs" in page.inner_text("#details")
    assert page.evaluate("window.__pwned") is None and page.dialogs == [] and page.errors == []
