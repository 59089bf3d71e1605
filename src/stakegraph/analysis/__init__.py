"""Analysis over the claim graph: conflict rules (one function each), paths, ego networks."""
from stakegraph.analysis.conflicts import RULES, find_conflicts
from stakegraph.analysis.graph import ClaimGraph, edge_id
from stakegraph.analysis.paths import neighbourhood, shortest_paths

__all__ = ["ClaimGraph", "RULES", "edge_id", "find_conflicts", "neighbourhood", "shortest_paths"]
