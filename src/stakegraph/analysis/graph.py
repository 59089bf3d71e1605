"""The claim graph: entities as nodes, claims grouped into edges, and the few questions the
conflict rules and path finding ask of it."""
from __future__ import annotations

import contextlib
import functools
import gc
import sys
from collections.abc import Iterable, Iterator
from dataclasses import replace

import networkx as nx

from stakegraph.model import RELATIONS, Claim, Entity, fold, short_hash

# The relations that put money or control into their object (invested_in, owns, acquired).
STAKE = tuple(name for name, relation in RELATIONS.items() if relation.stake)
# The relations that put an organization on a party's side: it founded, runs or owns it.
CONTROL = ("founded", "leads", "owns")

_STAKE_SET, _CONTROL_SET = frozenset(STAKE), frozenset(CONTROL)

Edge = tuple[str, str, str]  # (subject key, relation, object key), as Claim.edge gives it


def edge_id(edge: Edge) -> str:
    """A stable identifier of an edge, for exports and the web page."""
    return "r" + short_hash(*edge, length=15)


@contextlib.contextmanager
def paused_gc() -> Iterator[None]:
    """Build or walk a big graph without the cyclic garbage collector: claims, entities and
    conflicts hold no cycles to free, and its full passes over millions of live objects took a
    third of the time of finding all conflicts in a store of a million claims."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


_NOTHING: dict = {}


@functools.cache
def _lookups(relations: frozenset[str], outgoing: bool) -> tuple[tuple[str, bool], ...]:
    """(relation, whether to read the outgoing adjacency) for each adjacency a neighbourhood
    reads, in the order of RELATIONS: a symmetric relation is read both ways."""
    return tuple((relation, forward) for relation in RELATIONS if relation in relations
                 for forward in ((True, False) if RELATIONS[relation].symmetric else (outgoing,)))


class ClaimGraph:
    """Entities keyed by `Entity.key`; one edge per (subject, relation, object) carrying every
    claim that supports it, whichever document it came from.

    Underneath is a networkx MultiDiGraph (`self.nx`): nodes are entity keys, edge keys are
    relation names, and each edge's `claims` attribute is the list of its claims. Symmetric
    relations are stored once, in the order `Claim.edge` gives them, and read both ways.
    """

    def __init__(self, claims: Iterable[Claim] = ()) -> None:
        self.nx = nx.MultiDiGraph()
        self._entities: dict[str, Entity] = {}
        self._edges: dict[Edge, list[Claim]] = {}
        # Adjacency by relation, so that a hub's stakes are found without walking all its edges:
        # _out[subject][relation][object] and _in[object][relation][subject] are the claims.
        self._out: dict[str, dict[str, dict[str, list[Claim]]]] = {}
        self._in: dict[str, dict[str, dict[str, list[Claim]]]] = {}
        self._by_relation: dict[str, dict[Edge, list[Claim]]] = {}
        # The keys at the subject end of each relation (both ends of a symmetric one): the rules
        # start from the few people who hold office or sit on boards, not from every entity.
        self._subjects: dict[str, set[str]] = {}
        self._undirected: nx.Graph | None = None  # built on first use, dropped by add()
        # Neighbourhoods merged from several relations, kept until a claim is added: a big
        # company's thousands of stakeholders are asked for by several rules.
        self._merged: dict[tuple[str, frozenset[str], bool], dict[str, list[Claim]]] = {}
        with paused_gc():
            for claim in claims:
                self.add(claim)

    # -- building -------------------------------------------------------------------------------

    def add(self, claim: Claim) -> None:
        self.add_entity(claim.subject)
        self.add_entity(claim.object)
        self._undirected = None
        if self._merged:
            self._merged = {}
        edge = claim.edge
        claims = self._edges.get(edge)
        if claims is None:
            # Every claim brings its own copies of the keys: one shared string per key lets the
            # rules' lookups compare keys by identity, and holds each key once in memory.
            subject, relation, obj = edge = tuple(map(sys.intern, edge))
            claims = self._edges[edge] = []
            self.nx.add_edge(subject, obj, key=relation, claims=claims)
            self._out.setdefault(subject, {}).setdefault(relation, {})[obj] = claims
            self._in.setdefault(obj, {}).setdefault(relation, {})[subject] = claims
            self._by_relation.setdefault(relation, {})[edge] = claims
            subjects = self._subjects.setdefault(relation, set())
            subjects.add(subject)
            if RELATIONS[relation].symmetric:
                subjects.add(obj)
        # The same claim read twice (same document, same offsets) is one piece of evidence.
        if all(c.id != claim.id for c in claims):
            claims.append(claim)

    def add_entity(self, entity: Entity) -> Entity:
        """Keep one Entity per key; later arrivals contribute aliases, ids and a better kind."""
        known = self._entities.get(entity.key)
        if known is None:
            # A copy, so that merging never changes the caller's objects.
            known = replace(entity, aliases=[], external_ids=dict(entity.external_ids))
            key = sys.intern(entity.key)
            self._entities[key] = known
            self.nx.add_node(key)
            self._undirected = None
        elif known.kind == "other" and entity.kind != "other":
            known.kind = entity.kind
        for alias in entity.aliases:
            known.add_alias(alias)
        for scheme, value in entity.external_ids.items():
            known.external_ids.setdefault(scheme, value)
        return known

    # -- looking things up ----------------------------------------------------------------------

    def __contains__(self, key: object) -> bool:
        return key in self._entities

    def __len__(self) -> int:
        return len(self._entities)

    def keys(self) -> list[str]:
        return list(self._entities)

    @property
    def entities(self) -> list[Entity]:
        return list(self._entities.values())

    @property
    def claims(self) -> list[Claim]:
        return [claim for claims in self._edges.values() for claim in claims]

    def entity(self, key: str) -> Entity:
        return self._entities[key]

    def name(self, key: str) -> str:
        return self._entities[key].name

    def find(self, name: str) -> Entity | None:
        """The entity called `name`, by folded name first, then by alias. When an alias is shared,
        the best-connected entity wins (ties broken by key), so the answer is stable."""
        key = fold(name)
        if key in self._entities:
            return self._entities[key]
        matches = [k for k, e in self._entities.items() if any(fold(a) == key for a in e.aliases)]
        if not matches:
            return None
        return self._entities[min(matches, key=lambda k: (-self.nx.degree(k), k))]

    def edges(self, relation: str | None = None) -> list[tuple[str, str, list[Claim]]]:
        """(subject key, object key, claims) for every edge of `relation` (all when None)."""
        chosen = self._edges if relation is None else self._by_relation.get(relation, {})
        # One string per edge sorts as the tuples would (keys hold no control characters), at a
        # fraction of the cost of comparing tuples.
        ordered = sorted(chosen, key="\x1f".join)
        return [(s, o, chosen[s, r, o]) for s, r, o in ordered]

    def grouped(self) -> list[tuple[Edge, list[Claim]]]:
        """Every edge with the claims that support it, in a stable order: what exports write."""
        return sorted(self._edges.items())

    def subjects_of(self, relations: Iterable[str]) -> set[str]:
        """Every key that is the subject of an edge of `relations` (either end when symmetric)."""
        return set().union(*[self._subjects.get(relation, ()) for relation in relations])

    def linked(self, key: str, relations: Iterable[str]) -> set[str]:
        """The keys an edge of `relations` joins to `key`, either way."""
        out, into = self._out.get(key, _NOTHING), self._in.get(key, _NOTHING)
        return set().union(*[adjacency[relation] for relation in relations
                             for adjacency in (out, into) if relation in adjacency])

    def edges_at(self, key: str,
                 relations: Iterable[str]) -> Iterator[tuple[str, str, str, list[Claim]]]:
        """(subject, relation, object, claims) of every edge of `relations` at `key`, outgoing
        first, by relation (as given) and then by the other end's key."""
        for adjacency, outgoing in ((self._out, True), (self._in, False)):
            around = adjacency.get(key, _NOTHING)
            for relation in relations:
                if not (ends := around.get(relation)):
                    continue
                for other in sorted(ends) if len(ends) > 1 else ends:
                    subject, obj = (key, other) if outgoing else (other, key)
                    yield subject, relation, obj, around[relation][other]

    def between(self, a: str, relation: str, b: str) -> list[Claim]:
        """The claims that `a relation b`; symmetric relations match in either order."""
        if RELATIONS[relation].symmetric and b < a:
            a, b = b, a
        return self._edges.get((a, relation, b), [])

    def objects(self, key: str, relations: Iterable[str]) -> dict[str, list[Claim]]:
        """What `key` points at through any of `relations`, with the claims; symmetric relations
        count from either end. In no fixed order, and the dict and its claim lists may be the
        graph's own: treat them as read-only."""
        return self._neighbours(key, frozenset(relations), outgoing=True)

    def subjects(self, key: str, relations: Iterable[str]) -> dict[str, list[Claim]]:
        """Who points at `key` through any of `relations`, with the claims (as objects() does)."""
        return self._neighbours(key, frozenset(relations), outgoing=False)

    def _neighbours(self, key: str, relations: frozenset[str],
                    outgoing: bool) -> dict[str, list[Claim]]:
        # The conflict rules ask this half a million times on a big store: no copies and no
        # sorting here; the rules put in order only what they show.
        out, into = self._out.get(key, _NOTHING), self._in.get(key, _NOTHING)
        found: dict[str, list[Claim]] = {}
        several = False
        for relation, forward in _lookups(relations, outgoing):
            if group := (out if forward else into).get(relation):
                if found:
                    several = True
                    break
                found = group
        if several and (found := self._merged.get((key, relations, outgoing))) is None:
            groups = [group for relation, forward in _lookups(relations, outgoing)
                      if (group := (out if forward else into).get(relation))]
            found = dict(groups[0])
            for group in groups[1:]:
                for other, claims in group.items():
                    found[other] = found[other] + claims if other in found else claims
            self._merged[key, relations, outgoing] = found
        if key in found:  # a party is never its own neighbour
            found = {other: claims for other, claims in found.items() if other != key}
        return found

    # -- the questions the conflict rules ask ---------------------------------------------------

    def stakes_of(self, key: str) -> dict[str, list[Claim]]:
        """What `key` invested in, owns or acquired."""
        return self._neighbours(key, _STAKE_SET, outgoing=True)

    def stakeholders_of(self, key: str) -> dict[str, list[Claim]]:
        """Who invested in, owns or acquired `key`."""
        return self._neighbours(key, _STAKE_SET, outgoing=False)

    def controlled_by(self, key: str) -> dict[str, list[Claim]]:
        """The organizations `key` founded, leads or owns: its side in a dispute."""
        return self._neighbours(key, _CONTROL_SET, outgoing=True)

    def principals_of(self, key: str) -> dict[str, list[Claim]]:
        """The persons or organizations that founded, lead or own `key`."""
        return self._neighbours(key, _CONTROL_SET, outgoing=False)

    # -- views ----------------------------------------------------------------------------------

    def undirected(self) -> nx.Graph:
        """One undirected link per pair of entities tied by any claim, built in sorted order so
        that path enumeration does not depend on the order claims arrived in. Built once and kept
        until a claim is added: path queries ask for it every time. Treat it as read-only."""
        if self._undirected is not None:
            return self._undirected
        view = self._undirected = nx.Graph()
        view.add_nodes_from(sorted(self._entities))
        view.add_edges_from(sorted({(min(s, o), max(s, o)) for s, _, o in self._edges if s != o}))
        return view

    def subgraph(self, keys: Iterable[str]) -> ClaimGraph:
        """The entities in `keys` (with their merged aliases) and every edge among them."""
        keep = set(keys)
        sub = ClaimGraph()
        for key in sorted(keep & self._entities.keys()):
            sub.add_entity(self._entities[key])
        for (s, _, o), claims in self._edges.items():
            if s in keep and o in keep:
                for claim in claims:
                    sub.add(claim)
        return sub
