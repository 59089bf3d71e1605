"""Conflict reports for people: a self-contained HTML page (no server, no network, no script) and
Markdown. Each conflict comes with its explanation, its chain drawn as a small graph (inline SVG
in HTML, a Mermaid diagram in Markdown) and the evidence sentences with their sources."""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlparse

from jinja2 import Environment, PackageLoader, select_autoescape

from stakegraph.model import RELATIONS, Claim, Conflict, Entity
from stakegraph.store import StoredDocument

Documents = Mapping[str, StoredDocument]

_environment = Environment(loader=PackageLoader("stakegraph.report", "templates"),
                           autoescape=select_autoescape(["html"]), trim_blocks=True,
                           lstrip_blocks=True)


def safe_url(url: str | None) -> str | None:
    """Only http(s) addresses become links: a `javascript:` URL from a feed must not."""
    if url and urlparse(url).scheme.lower() in ("http", "https"):
        return url
    return None


@dataclass(frozen=True)
class Source:
    label: str  # the title, else the document's name
    published: str | None
    url: str | None


def source_of(claim: Claim, documents: Documents) -> Source:
    document = documents.get(claim.evidence.document_id)
    if document is None:
        return Source(claim.evidence.document_name, None, None)
    return Source(document.title or document.name, document.published, safe_url(document.url))


# -- the chain as a drawing ----------------------------------------------------------------------

@dataclass(frozen=True)
class Node:
    entity: Entity
    x: float
    y: float


@dataclass(frozen=True)
class Arc:
    path: str  # SVG path data
    label: str
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Drawing:
    width: int
    height: int
    nodes: list[Node]
    arcs: list[Arc]


def draw_chain(conflict: Conflict, width: int = 560, height: int = 300) -> Drawing:
    """The conflict's entities on a circle, one arc per stated relation; arcs between the same two
    entities bend apart so that their labels do not overlap."""
    entities: dict[str, Entity] = {}
    for claim in conflict.claims:
        for entity in (claim.subject, claim.object):
            entities.setdefault(entity.key, entity)
    keys = list(entities)
    radius_x, radius_y = width / 2 - 90, height / 2 - 40
    position = {}
    for n, key in enumerate(keys):
        angle = math.pi + 2 * math.pi * n / max(len(keys), 1)
        position[key] = (width / 2 + radius_x * math.cos(angle),
                         height / 2 + radius_y * math.sin(angle))
    edges = list(dict.fromkeys((c.subject.key, c.relation, c.object.key) for c in conflict.claims))
    seen: dict[frozenset[str], int] = {}
    arcs = []
    for subject, relation, obj in edges:
        pair = frozenset((subject, obj))
        bend = 30 * seen.get(pair, 0)
        seen[pair] = seen.get(pair, 0) + 1
        (x1, y1), (x2, y2) = position[subject], position[obj]
        length = math.hypot(x2 - x1, y2 - y1) or 1
        # Stop short of the node circles so that the arrowhead shows.
        x1, y1 = x1 + (x2 - x1) * 14 / length, y1 + (y2 - y1) * 14 / length
        x2, y2 = x2 - (x2 - x1) * 16 / length, y2 - (y2 - y1) * 16 / length
        cx = (x1 + x2) / 2 - (y2 - y1) / length * bend
        cy = (y1 + y2) / 2 + (x2 - x1) / length * bend
        arcs.append(Arc(f"M{x1:.1f},{y1:.1f} Q{cx:.1f},{cy:.1f} {x2:.1f},{y2:.1f}",
                        RELATIONS[relation].label, (x1 + 2 * cx + x2) / 4,
                        (y1 + 2 * cy + y2) / 4))
    nodes = [Node(entities[k], *position[k]) for k in keys]
    return Drawing(width, height, nodes, arcs)


# -- the reports ---------------------------------------------------------------------------------

def html_report(conflicts: list[Conflict], documents: Documents, *,
                title: str = "Conflicts of interest", store: str = "") -> str:
    return _environment.get_template("report.html").render(
        title=title, store=store, conflicts=conflicts, documents=documents,
        drawing=draw_chain, source_of=source_of, relations=RELATIONS,
        generated=datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"))


def _mermaid_text(text: str) -> str:
    return text.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def mermaid(conflict: Conflict) -> str:
    """The chain as a Mermaid flowchart, which GitHub and GitLab draw inside Markdown."""
    lines = ["flowchart LR"]
    ids: dict[str, str] = {}
    for claim in conflict.claims:
        for entity in (claim.subject, claim.object):
            if entity.key not in ids:
                ids[entity.key] = f"n{len(ids)}"
                lines.append(f'  {ids[entity.key]}["{_mermaid_text(entity.name)}"]')
    for subject, relation, obj in dict.fromkeys(
            (c.subject.key, c.relation, c.object.key) for c in conflict.claims):
        lines.append(f'  {ids[subject]} -->|"{_mermaid_text(RELATIONS[relation].label)}"| '
                     f"{ids[obj]}")
    return "\n".join(lines)


def _markdown_text(text: str) -> str:
    """Article text inside Markdown: no raw HTML, no accidental emphasis or links."""
    text = " ".join(text.split())
    for char in "\\`*_[]<>|":
        text = text.replace(char, "\\" + char)
    return text


def markdown_report(conflicts: list[Conflict], documents: Documents, *,
                    title: str = "Conflicts of interest") -> str:
    lines = [f"# {title} ({len(conflicts)})", ""]
    for n, conflict in enumerate(conflicts, 1):
        lines += [f"## {n}. {conflict.rule}: {_markdown_text(', '.join(conflict.entities))}", "",
                  _markdown_text(conflict.summary), "", "```mermaid", mermaid(conflict), "```",
                  "", "Evidence:", ""]
        for claim in conflict.claims:
            source = source_of(claim, documents)
            where = _markdown_text(source.label)
            if source.url:
                address = source.url.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
                where = f"[{where}](<{address}>)"
            if source.published:
                where += f", {source.published}"
            lines.append(f"- **{_markdown_text(claim.subject.name)}** "
                         f"{RELATIONS[claim.relation].label} "
                         f"**{_markdown_text(claim.object.name)}**: "
                         f"“{_markdown_text(claim.evidence.sentence)}” ({where})")
        lines.append("")
    return "\n".join(lines)
