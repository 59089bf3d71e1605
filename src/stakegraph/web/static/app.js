// The graph page: search, expand, read the evidence of an edge, follow a conflict's chain.
// Everything that comes from articles is put into the page as text (textContent, cytoscape's
// canvas labels), never as markup, and only http(s) addresses become links.
"use strict";

const RELATION_COLOURS = {
  invested_in: "#e8590c", owns: "#d9480f", acquired: "#c92a2a", founded: "#5f3dc4",
  leads: "#364fc7", board_member_of: "#1971c2", employed_by: "#0c8599", sued: "#e03131",
  competes_with: "#f08c00", partner_of: "#2f9e44", family_of: "#ae3ec9", supports: "#9c36b5",
  holds_office: "#495057", endorses: "#099268", criticizes: "#c2255c",
};
const KIND_COLOURS = { person: "#4f7cff", organization: "#f0a030", place: "#3aa76d", other: "#8a8f9c" };

const $ = (selector) => document.querySelector(selector);

// el("a", {href: url}, "text", child): a DOM element; strings become text nodes.
function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return node;
}

function status(text) { $("#status").textContent = text; }

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let message = response.statusText;
    try { message = (await response.json()).detail || message; } catch (_) { /* not JSON */ }
    throw new Error(`${response.status}: ${message}`);
  }
  return response.json();
}

function webLink(url, text) {
  return url && /^https?:\/\//i.test(url)
    ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, text)
    : el("span", {}, text);
}

// -- the graph ------------------------------------------------------------------------------------

const cy = cytoscape({
  container: $("#graph"),
  minZoom: 0.1,
  maxZoom: 1.6,
  style: [
    { selector: "node", style: {
      label: "data(name)", "background-color": (n) => KIND_COLOURS[n.data("kind")] || "#8a8f9c",
      "font-size": 11, "text-valign": "bottom", "text-margin-y": 4, width: 22, height: 22,
      "text-wrap": "ellipsis", "text-max-width": 140 } },
    { selector: "node:selected", style: { "border-width": 3, "border-color": "#1d2330" } },
    { selector: "edge", style: {
      width: (e) => 1.5 + Math.min(e.data("evidence_count"), 5) * 0.5,
      "line-color": (e) => RELATION_COLOURS[e.data("relation")] || "#7a8294",
      "target-arrow-color": (e) => RELATION_COLOURS[e.data("relation")] || "#7a8294",
      "target-arrow-shape": (e) => (e.data("symmetric") ? "none" : "triangle"),
      "line-style": (e) => (e.data("symmetric") ? "dashed" : "solid"),
      "curve-style": "bezier", label: "data(label)", "font-size": 9, color: "#3b4252",
      "text-rotation": "autorotate", "text-background-color": "#fbfcfe",
      "text-background-opacity": 0.8 } },
    { selector: "edge:selected", style: { width: 6 } },
    { selector: ".dimmed", style: { opacity: 0.15 } },
    { selector: "node.highlighted", style: { "border-width": 4, "border-color": "#e03131" } },
    { selector: "edge.highlighted", style: { width: 6, "z-index": 10 } },
    { selector: ".filtered", style: { display: "none" } },
  ],
});

function addGraph(data) {
  const fresh = [];
  for (const node of data.nodes) {
    if (cy.getElementById(node.id).empty()) fresh.push({ group: "nodes", data: node });
  }
  for (const edge of data.edges) {
    if (cy.getElementById(edge.id).empty()) fresh.push({ group: "edges", data: edge });
  }
  const firstView = cy.elements().empty();
  cy.add(fresh);
  applyFilters();
  if (fresh.length) {
    cy.layout({ name: "cose", animate: false, randomize: firstView, fit: true, padding: 40,
                nodeRepulsion: () => 400000, nodeOverlap: 20, idealEdgeLength: () => 100,
                edgeElasticity: () => 100, gravity: 80, componentSpacing: 100 }).run();
  }
  return fresh.length;
}

function clearHighlight() {
  cy.elements().removeClass("dimmed highlighted");
  document.querySelectorAll("#conflict-list li").forEach((li) => li.classList.remove("active"));
}

async function showOverview() {
  clearHighlight();
  cy.elements().remove();
  const data = await api("/api/overview");
  addGraph(data);
  status(`${data.nodes.length} entities and ${data.edges.length} edges (the best connected)`);
}

async function expand(entityId) {
  const data = await api(`/api/entities/${encodeURIComponent(entityId)}/neighbourhood`);
  const added = addGraph(data);
  status(`${added} new element(s) around ${cy.getElementById(entityId).data("name") || "the entity"}`);
}

async function focusEntity(entityId) {
  await expand(entityId);
  const node = cy.getElementById(entityId);
  cy.elements().unselect();
  node.select();
  await cy.animation({ center: { eles: node }, duration: 200 }).play().promise();
  await showEntity(entityId);
}

// -- the side panel -------------------------------------------------------------------------------

function showInDetails(...children) {
  const panel = $("#details");
  panel.replaceChildren(el("h2", {}, "Details"), ...children);
}

function evidenceList(claims) {
  return el("ol", { class: "evidence" }, ...claims.map((claim) => {
    const doc = claim.document;
    const reported = claim.qualifiers && claim.qualifiers.reported ? " · reported" : "";
    return el("li", { "data-claim": claim.id },
      el("div", {}, el("strong", {}, claim.subject.name), ` ${claim.relation.replaceAll("_", " ")} `,
         el("strong", {}, claim.object.name)),
      el("blockquote", {}, claim.sentence),
      el("div", { class: "source" }, webLink(doc.url, doc.title || doc.name || "document"),
         doc.published ? `, ${doc.published}` : "", reported));
  }));
}

async function showEntity(entityId) {
  const entity = await api(`/api/entities/${encodeURIComponent(entityId)}`);
  showInDetails(
    el("h3", {}, entity.name), el("p", { class: "kind" }, entity.kind),
    entity.aliases.length ? el("p", {}, `Also: ${entity.aliases.join(", ")}`) : null,
    el("button", { type: "button", onclick: () => expand(entityId) }, "Expand neighbourhood"),
    el("p", {}, `${entity.claims.length} claim(s)`), evidenceList(entity.claims));
}

async function showEdge(edgeId) {
  const edge = await api(`/api/edges/${encodeURIComponent(edgeId)}`);
  const source = cy.getElementById(edge.source).data("name");
  const target = cy.getElementById(edge.target).data("name");
  showInDetails(
    el("h3", { id: "edge-title" }, `${source} ${edge.label} ${target}`),
    el("p", {}, `${edge.evidence_count} supporting sentence(s), confidence ${edge.confidence}`),
    evidenceList(edge.claims));
}

// -- conflicts ------------------------------------------------------------------------------------

let conflicts = [];

function showConflict(index) {
  const conflict = conflicts[index];
  addGraph({ nodes: conflict.nodes, edges: conflict.edges });
  clearHighlight();
  const chain = cy.collection();
  for (const item of [...conflict.nodes, ...conflict.edges]) chain.merge(cy.getElementById(item.id));
  cy.elements().not(chain).addClass("dimmed");
  chain.addClass("highlighted");
  cy.animate({ fit: { eles: chain, padding: 60 }, duration: 200 });
  document.querySelectorAll("#conflict-list li")[index].classList.add("active");
  showInDetails(
    el("p", {}, el("span", { class: "rule" }, conflict.rule)),
    el("p", { class: "summary", id: "conflict-summary" }, conflict.summary),
    el("h3", {}, "Evidence"), evidenceList(conflict.claims));
}

async function loadConflicts() {
  conflicts = await api("/api/conflicts");
  $("#conflict-count").textContent = `(${conflicts.length})`;
  $("#conflict-list").replaceChildren(...conflicts.map((conflict, index) => el("li", {},
    el("button", { type: "button", onclick: () => showConflict(index) },
       `${conflict.rule}: ${conflict.entities.map((e) => e.name).join(", ")}`))));
}

// -- search and filters ---------------------------------------------------------------------------

let searchTimer = null;

async function search(query) {
  const results = $("#results");
  if (!query.trim()) { results.hidden = true; return; }
  const found = await api(`/api/entities?q=${encodeURIComponent(query)}&limit=12`);
  results.replaceChildren(...found.map((entity) => el("li", {},
    el("button", { type: "button", "data-entity": entity.id, onclick: () => {
      results.hidden = true;
      focusEntity(entity.id).catch((error) => status(error.message));
    } }, entity.name, " ", el("span", { class: "kind" }, entity.kind)))));
  if (!found.length) results.replaceChildren(el("li", { class: "hint" }, "No entity found."));
  results.hidden = false;
}

function inRange(date, from, to) {
  return (!from || date.slice(0, from.length) >= from) && (!to || date.slice(0, to.length) <= to);
}

function applyFilters() {
  // Until the relation checkboxes are loaded (they arrive beside the first graph), no relation is
  // filtered out: an empty list must not hide every edge.
  const boxes = [...document.querySelectorAll("#relations input")];
  const shown = boxes.length ? new Set(boxes.filter((i) => i.checked).map((i) => i.value)) : null;
  const from = $("#date-from").value.trim();
  const to = $("#date-to").value.trim();
  cy.edges().forEach((edge) => {
    const dates = edge.data("dates") || [];
    const dated = !(from || to) || dates.some((d) => inRange(d, from, to));
    edge.toggleClass("filtered", (shown !== null && !shown.has(edge.data("relation"))) || !dated);
  });
}

async function loadRelations() {
  const relations = await api("/api/relations");
  $("#relations").append(...relations.map((relation) => el("label", {},
    el("input", { type: "checkbox", value: relation.name, checked: "", onchange: applyFilters }),
    el("span", { class: "swatch", style: `background:${RELATION_COLOURS[relation.name] || "#7a8294"}` }),
    relation.label)));
  applyFilters();
}

// -- wiring ---------------------------------------------------------------------------------------

cy.on("tap", "node", (event) => showEntity(event.target.id()).catch((e) => status(e.message)));
cy.on("dbltap", "node", (event) => expand(event.target.id()).catch((e) => status(e.message)));
cy.on("tap", "edge", (event) => showEdge(event.target.id()).catch((e) => status(e.message)));
$("#search").addEventListener("input", (event) => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => search(event.target.value).catch((e) => status(e.message)), 150);
});
$("#date-from").addEventListener("input", applyFilters);
$("#date-to").addEventListener("input", applyFilters);
$("#reset").addEventListener("click", () => showOverview().catch((e) => status(e.message)));

// For tests and the console: the graph and the page's entry points.
window.stakegraph = { cy, focusEntity, showEdge, showConflict };

Promise.all([loadRelations(), showOverview(), loadConflicts()])
  .then(() => document.body.setAttribute("data-ready", "true"))
  .catch((error) => status(`Could not load the graph: ${error.message}`));
