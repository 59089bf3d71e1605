"""How two entities are tied: the shortest chains of claim edges between them, and the ego network
around one entity."""
from __future__ import annotations

from itertools import islice, product

import networkx as nx

from stakegraph.analysis.graph import ClaimGraph
from stakegraph.model import RELATIONS, Claim, Entity

Step = tuple[Entity, str, Entity, list[Claim]]  # (subject, relation, object, claims)


def _resolve(graph: ClaimGraph, name: str) -> str:
    entity = graph.find(name)
    if entity is None:
        raise LookupError(f"no entity named {name!r} in the graph")
    return entity.key


def shortest_paths(graph: ClaimGraph, a: str, b: str, limit: int = 5,
                   max_length: int = 6) -> list[list[Step]]:
    """Up to `limit` chains of at most `max_length` edges linking the entities named `a` and `b`,
    shortest first. Direction is ignored when searching (a tie is a tie, whichever way the
    sentence put it), but each step reports its edge as it was stated: (Thrive Capital,
    invested_in, SpaceX) even when the walk goes from SpaceX to Thrive Capital. Symmetric relations
    read in walking order. Raises LookupError for a name the graph does not know."""
    source, target = _resolve(graph, a), _resolve(graph, b)
    if source == target or limit <= 0:
        return []
    chains: list[list[Step]] = []
    try:
        # Yen's algorithm: simple paths in order of length, lazily.
        for nodes in nx.shortest_simple_paths(graph.undirected(), source, target):
            if len(nodes) - 1 > max_length:
                break
            # Two entities can be tied by several edges (founded and leads): each is a chain.
            hops = [_steps(graph, u, v) for u, v in zip(nodes, nodes[1:])]
            chains.extend(list(chain) for chain in islice(product(*hops), limit - len(chains)))
            if len(chains) >= limit:
                break
    except nx.NetworkXNoPath:
        pass
    return chains


def _steps(graph: ClaimGraph, u: str, v: str) -> list[Step]:
    """Every edge between u and v, each in its stated direction, in a stable order."""
    steps = []
    for s, o in ((u, v), (v, u)):
        for relation, data in sorted(graph.nx.get_edge_data(s, o, default={}).items()):
            subject, object_ = (u, v) if RELATIONS[relation].symmetric else (s, o)
            steps.append((graph.entity(subject), relation, graph.entity(object_), data["claims"]))
    return steps


def neighbourhood(graph: ClaimGraph, name: str, depth: int = 1) -> ClaimGraph:
    """The ego network: the entity named `name`, everything within `depth` edges of it (either
    direction), and every edge among them. Raises LookupError for an unknown name."""
    center = _resolve(graph, name)
    return graph.subgraph(nx.ego_graph(graph.undirected(), center, radius=depth))
