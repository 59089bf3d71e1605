"""Analysis over the claim graph: conflict rules (one function each), paths, ego networks."""
from stakegraph.analysis.conflicts import RULES, find_conflicts
from stakegraph.analysis.graph import ClaimGraph
from stakegraph.analysis.paths import neighbourhood, shortest_paths

__all__ = ["ClaimGraph", "RULES", "find_conflicts", "neighbourhood", "shortest_paths"]
