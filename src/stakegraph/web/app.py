"""The HTTP API and the graph page, over one store.

The claim graph is held in memory and reloaded when the store's revision changes, so the page
sees what an ingest running beside it adds. Every request opens its own connection: SQLite
connections belong to the thread that made them, and FastAPI answers in a pool of threads.
"""
from __future__ import annotations

import threading
from itertools import chain
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from stakegraph import __version__
from stakegraph.analysis import ClaimGraph, edge_id, find_conflicts, neighbourhood, shortest_paths
from stakegraph.model import RELATIONS, Claim, Entity
from stakegraph.report import safe_url
from stakegraph.store import SQLiteStore, StoredDocument, open_store

STATIC = Path(str(resources.files("stakegraph.web") / "static"))
VENDOR = STATIC / "vendor"

# The page runs only its own script; article text can never become code in it.
PAGE_POLICY = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
               "img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; "
               "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
OVERVIEW_LIMIT = 150


@dataclass
class Snapshot:
    """The store as the page sees it at one revision."""

    revision: tuple[int, int, int]
    graph: ClaimGraph
    documents: dict[str, StoredDocument]
    keys: dict[str, str]  # entity id -> graph key
    edges: dict[str, tuple[tuple[str, str, str], list[Claim]]]  # edge id -> (edge, claims)


class GraphCache:
    def __init__(self, db: Path) -> None:
        self.db = db
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None

    def store(self) -> SQLiteStore:
        return open_store(self.db)

    def get(self) -> Snapshot:
        with self.store() as store:
            revision = store.revision()
            with self._lock:
                if self._snapshot is None or self._snapshot.revision != revision:
                    graph = ClaimGraph(store.claims())
                    self._snapshot = Snapshot(
                        revision, graph, {d.id: d for d in store.documents()},
                        {e.id: e.key for e in graph.entities},
                        {edge_id(edge): (edge, claims) for edge, claims in graph.grouped()})
                return self._snapshot


# -- JSON shapes ---------------------------------------------------------------------------------

def entity_json(entity: Entity) -> dict[str, Any]:
    return {"id": entity.id, "name": entity.name, "kind": entity.kind,
            "aliases": list(entity.aliases)}


def document_json(document: StoredDocument | None, name: str = "") -> dict[str, Any]:
    if document is None:
        return {"id": None, "name": name, "title": None, "published": None, "url": None}
    return {"id": document.id, "name": document.name, "title": document.title,
            "published": document.published, "url": safe_url(document.url), "lang": document.lang}


def claim_json(claim: Claim, snapshot: Snapshot) -> dict[str, Any]:
    evidence = claim.evidence
    return {"id": claim.id, "edge": edge_id(claim.edge),
            "subject": {"id": claim.subject.id, "name": claim.subject.name},
            "relation": claim.relation,
            "object": {"id": claim.object.id, "name": claim.object.name},
            "qualifiers": claim.qualifiers, "confidence": claim.confidence,
            "sentence": evidence.sentence, "start": evidence.start, "end": evidence.end,
            "document": document_json(snapshot.documents.get(evidence.document_id),
                                      evidence.document_name)}


def _dates(claims: list[Claim], snapshot: Snapshot) -> list[str]:
    """When the edge was reported: the articles' dates, and dates the sentences name."""
    found = set()
    for claim in claims:
        document = snapshot.documents.get(claim.evidence.document_id)
        if document is not None and document.published:
            found.add(document.published)
        if isinstance(claim.qualifiers.get("date"), str):
            found.add(claim.qualifiers["date"])
    return sorted(found)


def edge_json(graph: ClaimGraph, edge: tuple[str, str, str], claims: list[Claim],
              snapshot: Snapshot) -> dict[str, Any]:
    subject, relation, obj = edge
    return {"id": edge_id(edge), "source": graph.entity(subject).id,
            "target": graph.entity(obj).id, "relation": relation,
            "label": RELATIONS[relation].label, "symmetric": RELATIONS[relation].symmetric,
            "confidence": max(c.confidence for c in claims), "evidence_count": len(claims),
            "dates": _dates(claims, snapshot)}


def subgraph_json(graph: ClaimGraph, snapshot: Snapshot) -> dict[str, Any]:
    return {"nodes": [entity_json(e) for e in sorted(graph.entities, key=lambda e: e.key)],
            "edges": [edge_json(graph, edge, claims, snapshot)
                      for edge, claims in graph.grouped()]}


# -- the application -----------------------------------------------------------------------------

def create_app(db: str | Path) -> FastAPI:
    cache = GraphCache(Path(db))
    app = FastAPI(title="stakegraph", version=__version__, docs_url=None, redoc_url=None,
                  description="The graph of stakes and ties read from news articles: entities, "
                              "claims with their evidence, paths and conflicts of interest.")

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def snapshot() -> Snapshot:
        return cache.get()

    def key_of(snap: Snapshot, entity_id: str) -> str:
        if entity_id not in snap.keys:
            raise HTTPException(404, f"no entity with claims has the id {entity_id!r}")
        return snap.keys[entity_id]

    @app.get("/api/stats", tags=["store"])
    def stats() -> dict[str, Any]:
        """Counts of documents, entities and claims."""
        with cache.store() as store:
            return store.stats()

    @app.get("/api/relations", tags=["store"])
    def relations() -> list[dict[str, Any]]:
        """The relation vocabulary, with the labels the page shows."""
        return [{"name": r.name, "label": r.label, "symmetric": r.symmetric}
                for r in RELATIONS.values()]

    @app.get("/api/entities", tags=["entities"])
    def search(q: str = Query(..., min_length=1, description="Part of a name or alias."),
               limit: int = Query(20, ge=1, le=200)) -> list[dict[str, Any]]:
        """Entities whose name or an alias contains `q`, best connected first."""
        with cache.store() as store:
            return [entity_json(e) for e in store.search_entities(q, limit=limit)]

    @app.get("/api/entities/{entity_id}", tags=["entities"])
    def entity(entity_id: str) -> dict[str, Any]:
        """An entity with its aliases and every claim about it, with evidence."""
        snap = snapshot()
        if entity_id in snap.keys:
            found = snap.graph.entity(snap.keys[entity_id])
            key = found.key
            edges = chain(snap.graph.nx.out_edges(key, data="claims"),
                          snap.graph.nx.in_edges(key, data="claims"))
            claims = list({c.id: c for _, _, cs in edges for c in cs}.values())
        else:
            with cache.store() as store:
                found = store.entity_by_id(entity_id)
            if found is None:
                raise HTTPException(404, f"no entity has the id {entity_id!r}")
            claims = []
        return {**entity_json(found), "claims": [claim_json(c, snap) for c in claims]}

    @app.get("/api/entities/{entity_id}/neighbourhood", tags=["graph"])
    def entity_neighbourhood(entity_id: str, depth: int = Query(1, ge=1, le=3)) -> dict[str, Any]:
        """The entity, everything within `depth` edges of it, and the edges among them."""
        snap = snapshot()
        key = key_of(snap, entity_id)
        return subgraph_json(neighbourhood(snap.graph, snap.graph.name(key), depth), snap)

    @app.get("/api/overview", tags=["graph"])
    def overview(limit: int = Query(OVERVIEW_LIMIT, ge=1, le=2000)) -> dict[str, Any]:
        """The `limit` best-connected entities and the edges among them: a first view."""
        snap = snapshot()
        degree = snap.graph.nx.degree()
        keys = sorted(snap.graph.keys(), key=lambda k: (-degree[k], k))[:limit]
        return subgraph_json(snap.graph.subgraph(keys), snap)

    @app.get("/api/edges/{edge}", tags=["graph"])
    def edge_evidence(edge: str) -> dict[str, Any]:
        """An edge with every claim that supports it: sentence, document title, date, link."""
        snap = snapshot()
        if edge not in snap.edges:
            raise HTTPException(404, f"no edge has the id {edge!r}")
        triple, claims = snap.edges[edge]
        return {**edge_json(snap.graph, triple, claims, snap),
                "claims": [claim_json(c, snap) for c in claims]}

    @app.get("/api/path", tags=["graph"])
    def path(a: str = Query(..., description="An entity id."),
             b: str = Query(..., description="Another entity id."),
             limit: int = Query(5, ge=1, le=50)) -> dict[str, Any]:
        """The shortest chains of edges linking two entities, and the subgraph they form."""
        snap = snapshot()
        graph = snap.graph
        chains = shortest_paths(graph, graph.name(key_of(snap, a)), graph.name(key_of(snap, b)),
                                limit=limit)
        keys = {entity.key for steps in chains for step in steps for entity in (step[0], step[2])}
        return {"chains": [[{"source": s.id, "relation": r, "target": o.id,
                             "edge": edge_id(claims[0].edge)} for s, r, o, claims in steps]
                           for steps in chains],
                **subgraph_json(graph.subgraph(keys), snap)}

    @app.get("/api/conflicts", tags=["conflicts"])
    def conflicts(rule: list[str] | None = Query(None),
                  min_confidence: float = Query(0.0, ge=0.0, le=1.0)) -> list[dict[str, Any]]:
        """The conflicts of interest, each with its explanation, chain and evidence."""
        snap = snapshot()
        graph = snap.graph
        if min_confidence > 0:
            graph = ClaimGraph(c for c in graph.claims if c.confidence >= min_confidence)
        try:
            found = find_conflicts(graph, rule)
        except ValueError as error:
            raise HTTPException(422, str(error)) from error
        result = []
        for conflict in found:
            keys = {e.key for c in conflict.claims for e in (c.subject, c.object)}
            edges = {c.edge for c in conflict.claims}
            drawn = graph.subgraph(keys)
            result.append({
                "id": conflict.id, "rule": conflict.rule, "summary": conflict.summary,
                "entities": [entity_json(graph.find(name) or Entity(name))
                             for name in conflict.entities],
                "nodes": [entity_json(e) for e in drawn.entities],
                "edges": [edge_json(graph, e, cs, snap) for e, cs in drawn.grouped()
                          if e in edges],
                "claims": [claim_json(c, snap) for c in conflict.claims]})
        return result

    @app.get("/api/documents", tags=["documents"])
    def documents(limit: int = Query(100, ge=1, le=1000),
                  offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
        """Stored documents, in the order they were ingested."""
        snap = snapshot()
        return [document_json(d) for d in list(snap.documents.values())[offset:offset + limit]]

    @app.get("/api/documents/{document_id}", tags=["documents"])
    def document(document_id: str) -> dict[str, Any]:
        """A document's metadata and full text."""
        with cache.store() as store:
            found = store.document(document_id)
            text = store.document_text(document_id)
        if found is None:
            raise HTTPException(404, f"no document has the id {document_id!r}")
        return {**document_json(found), "text": text}

    # -- pages ---------------------------------------------------------------------------------

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        if not (VENDOR / "cytoscape.min.js").exists():
            raise HTTPException(503, "the page's front-end libraries are not installed: run "
                                     "`make install` (npm ci) in the stakegraph checkout")
        return FileResponse(STATIC / "index.html", headers={
            "Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-cache"})

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        """Swagger UI from our own copy of its files: the docs work with no network."""
        return get_swagger_ui_html(
            openapi_url=app.openapi_url, title="stakegraph API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
