"""The five conflict-of-interest rules (names are part of the contract, see DESIGN.md).

Each rule is a function over the whole ClaimGraph, so facts read in different articles combine.
A conflict names its entities (canonical names, the most important first), says in one sentence
what is wrong, and carries every claim of every edge it rests on: the evidence from all documents.
"""
from __future__ import annotations

import functools
import heapq
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

from stakegraph.analysis.graph import CONTROL, STAKE, ClaimGraph, paused_gc
from stakegraph.model import RELATIONS, Claim, Conflict, fold

# How a principal's tie reads in the passive: "SpaceX (led by Elon Musk)".
_PASSIVE = {"founded": "founded", "leads": "led", "owns": "owned"}
_SEATS = ("board_member_of", "leads")
# Ties between two parties that political_exposure looks at: money or a lawsuit.
_TIES = STAKE + ("sued",)
# What ties two organizations a person sits in (board_interlock).
_TIED = ("competes_with", *_TIES)


# -- small helpers -------------------------------------------------------------------------------

def _join(words: Iterable[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    words = list(words)
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def _unique(items: Iterable) -> list:
    return list(dict.fromkeys(items))


def _relations(claims: list[Claim], order: Iterable[str]) -> list[str]:
    """The relations these claims state, in a fixed order, each once."""
    stated = {claim.relation for claim in claims}
    return [relation for relation in order if relation in stated]


def _conflict(graph: ClaimGraph, rule: str, keys: Iterable[str], summary: str,
              *claim_lists: list[Claim]) -> Conflict:
    # The graph holds each claim once, so identity tells claims apart without hashing them.
    claims = {id(claim): claim for claims in claim_lists for claim in claims}
    names = [graph.name(key) for key in _unique(keys)]
    return Conflict(rule=rule, entities=names, summary=summary, claims=list(claims.values()))


def _held(graph: ClaimGraph, target: str, party: str, control: list[Claim]) -> str:
    """Name an organization and, when it is not the party itself, whose it is."""
    if target == party:
        return graph.name(target)
    how = " and ".join(_PASSIVE[r] for r in _relations(control, CONTROL))
    return f"{graph.name(target)} ({how} by {graph.name(party)})"


def _side(graph: ClaimGraph, party: str, opponent: str) -> dict[str, list[Claim]]:
    """A party's side: itself (no claim needed) and what it founded, leads or owns, but never the
    opponent itself (Musk co-founded OpenAI and still sued it)."""
    side = {party: []}
    side.update((org, claims) for org, claims in graph.controlled_by(party).items()
                if org != opponent)
    return side


# -- the rules -----------------------------------------------------------------------------------

def competing_investments(graph: ClaimGraph) -> Iterator[Conflict]:
    """P holds stakes in A and in B, and A competes with B."""
    # A company competes with several others: its backers are looked up once per run, which
    # measured faster at 1M claims than asking the graph each time.
    backers = functools.cache(graph.stakeholders_of)
    for a, b, competing in graph.edges("competes_with"):
        if a == b:
            continue
        backers_a, backers_b = backers(a), backers(b)
        for party in _shared(backers_a, backers_b):
            if party in (a, b):
                continue
            summary = (f"{graph.name(party)} holds stakes in {graph.name(a)} and {graph.name(b)}, "
                       "which compete.")
            yield _conflict(graph, "competing_investments", [party, a, b], summary,
                            backers_a[party], backers_b[party], competing)


def litigation_exposure(graph: ClaimGraph) -> Iterator[Conflict]:
    """X sued Y, and a third party P holds stakes on X's side and on Y's side."""
    stakeholders = functools.cache(graph.stakeholders_of)  # a big company is sued again and again
    for x, y, suits in graph.edges("sued"):
        if x == y:
            continue
        side_x, side_y = _side(graph, x, y), _side(graph, y, x)
        # An organization both parties control is on neither side: a stake in it is not a bet
        # on both outcomes.
        for shared in side_x.keys() & side_y.keys():
            del side_x[shared], side_y[shared]
        # The smaller side first; of the other (a hub's thousands) only who is on both counts.
        sizes = [sum(len(stakeholders(org)) for org in side) for side in (side_x, side_y)]
        if sizes[0] <= sizes[1]:
            holders_x = _holders(stakeholders, side_x)
            holders_y = _holders(stakeholders, side_y, among=holders_x)
        else:
            holders_y = _holders(stakeholders, side_y)
            holders_x = _holders(stakeholders, side_x, among=holders_y)
        for party in _shared(holders_x, holders_y):
            if party in (x, y):
                continue
            via_x, via_y = _in_order(holders_x[party], x), _in_order(holders_y[party], y)
            summary = (f"{graph.name(party)} holds stakes on both sides of the lawsuit "
                       f"{graph.name(x)} brought against {graph.name(y)}: in "
                       f"{_join(_held(graph, o, x, side_x[o]) for o in via_x)} on one side and in "
                       f"{_join(_held(graph, o, y, side_y[o]) for o in via_y)} on the other.")
            evidence = [suits]
            for side, via in ((side_x, via_x), (side_y, via_y)):
                for org, stake in via.items():
                    evidence += [side[org], stake]
            yield _conflict(graph, "litigation_exposure", [party, x, y, *via_x, *via_y],
                            summary, *evidence)


def _in_order(found: dict[str, list[Claim]], first: str) -> dict[str, list[Claim]]:
    """A neighbourhood in the order a summary names it: `first` (the party itself), then by key."""
    return dict(sorted(found.items(), key=lambda item: (item[0] != first, item[0])))


def _holders(stakeholders: Callable[[str], dict[str, list[Claim]]], side: dict[str, list[Claim]],
             among: dict | None = None) -> dict[str, dict[str, list[Claim]]]:
    """For each stakeholder of anything on a side (only those `among` when given):
    {organization on the side: stake claims}."""
    holders: dict[str, dict[str, list[Claim]]] = {}
    for org in side:
        for holder, stake in stakeholders(org).items():
            if among is None or holder in among:
                holders.setdefault(holder, {})[org] = stake
    return holders


def _shared(a: dict, b: dict) -> list[str]:
    """The keys of both, sorted; found from the smaller, as a hub has thousands."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    shared = [key for key in small if key in large]
    return sorted(shared) if len(shared) > 1 else shared


def interested_endorsement(graph: ClaimGraph) -> Iterator[Conflict]:
    """A endorses B while A, or an organization A founded, leads or owns, holds a stake in B or in
    an organization B founded, leads or owns."""
    # Most endorsers, and what they run, hold no stake at all: one set lookup rules them out.
    stakers = graph.subjects_of(STAKE)
    for a, b, endorsements in graph.edges("endorses"):
        if a == b:
            continue
        vehicles = {a: [], **graph.controlled_by(a)}
        if stakers.isdisjoint(vehicles):
            continue
        targets = {b: [], **graph.controlled_by(b)}
        routes = [(v, t, stake) for v in vehicles if v in stakers
                  for t, stake in graph.stakes_of(v).items() if t in targets and t != v]
        if not routes:
            continue
        routes.sort(key=lambda route: (route[0] != a, route[0], route[1]))
        used_vehicles = _unique(v for v, _, _ in routes)
        used_targets = _unique(t for _, t, _ in routes)
        # "while holding a stake, directly and through Thrive Capital, in SpaceX (led by Musk)"
        others = [graph.name(v) for v in used_vehicles if v != a]
        directly = "directly and " if a in used_vehicles else ""
        via = f", {directly}through {_join(others)}," if others else ""
        summary = (f"{graph.name(a)} endorses {graph.name(b)} while holding a stake{via} in "
                   f"{_join(_held(graph, t, b, targets[t]) for t in used_targets)}.")
        evidence = [endorsements]
        for v, t, stake in routes:
            evidence += [vehicles[v], stake, targets[t]]
        yield _conflict(graph, "interested_endorsement", [a, b, *used_vehicles, *used_targets],
                        summary, *evidence)


def board_interlock(graph: ClaimGraph) -> Iterator[Conflict]:
    """One person sits on the board of, or leads, two organizations that compete, sue each other,
    or where one holds a stake in the other."""
    # What each organization is tied to, asked once per organization: a few hundred thousand
    # pairs of seats at a million claims, most of them among a few thousand organizations.
    linked = functools.cache(lambda org: graph.linked(org, _TIED))
    for person in sorted(graph.subjects_of(_SEATS)):
        seats = graph.objects(person, _SEATS)
        if len(seats) < 2:
            continue
        for a, b in combinations(sorted(seats), 2):
            if person in (a, b) or b not in linked(a):
                continue
            ties = _ties(graph, a, b)
            roles_a, roles_b = _relations(seats[a], _SEATS), _relations(seats[b], _SEATS)
            if roles_a == roles_b:
                held = f"{_join(RELATIONS[r].label for r in roles_a)} both {graph.name(a)} and " \
                       f"{graph.name(b)}"
            else:
                held = " and ".join(f"{_join(RELATIONS[r].label for r in roles)} {graph.name(o)}"
                                    for o, roles in ((a, roles_a), (b, roles_b)))
            summary = f"{graph.name(person)} {held}, and {_join(text for text, _ in ties)}."
            yield _conflict(graph, "board_interlock", [person, a, b], summary, seats[a], seats[b],
                            *(claims for _, claims in ties))


def _ties(graph: ClaimGraph, a: str, b: str) -> list[tuple[str, list[Claim]]]:
    """What sets two organizations against or into each other, as (clause, claims)."""
    ties = []
    if competing := graph.between(a, "competes_with", b):
        ties.append(("the two compete", competing))
    for relation in ("sued", *STAKE):
        for s, o in ((a, b), (b, a)):
            if claims := graph.between(s, relation, o):
                ties.append((f"{graph.name(s)} {RELATIONS[relation].label} {graph.name(o)}",
                             claims))
    return ties


_EVIDENCE_SAMPLE = 3


def political_exposure(graph: ClaimGraph) -> Iterator[Conflict]:
    """A financial or legal tie between X and Y where one side, or a person or organization that
    founded, leads or owns it, holds office, supports someone, or is family of a political figure.
    One conflict per tie and exposed side, naming everyone political on that side: a big company
    with many political principals is one item per tie, not one per principal and tie."""
    exposure = _exposed_sides(graph)
    # From the few exposed parties outwards, not over every tie in the graph.
    for side in sorted(exposure):
        for x, relation, y, tie in graph.edges_at(side, _TIES):
            if x != y and (exposed := _exposed_in_tie(exposure[side], side, y if side == x else x)):
                yield _exposure(graph, relation, x, y, side, tie, exposed)


def _exposed_in_tie(people: list[_Exposed], side: str, other: str) -> list[_Exposed]:
    """The people political on `side` in its tie to `other`, with the stances that still count:
    Musk's tie to his own company is not a tie between two parties, and a tie with the political
    counterpart itself is no exposure to a third party."""
    exposed = []
    for person, control, who, stances in people:
        if person == other:
            continue
        if any(c in (side, other, person) for c in stances.counterparts):
            stances = stances.without(side, other, person)
            if not stances.parts:
                continue
        exposed.append((person, control, who, stances))
    return exposed


def _exposure(graph: ClaimGraph, relation: str, x: str, y: str, side: str, tie: list[Claim],
              exposed: list[_Exposed]) -> Conflict:
    """"Thrive Capital invested in SpaceX, and Elon Musk, who leads SpaceX, supports Donald
    Trump; …" or "Elon Musk sued OpenAI and supports Donald Trump"."""
    clauses = [f"{who} {stances.clause}" if person != side
               else stances.clause if side == x else f"{graph.name(side)} {stances.clause}"
               for person, _, who, stances in exposed]
    joiner = " and " if exposed[0][0] == side == x else ", and "
    summary = (f"{graph.name(x)} {RELATIONS[relation].label} {graph.name(y)}{joiner}"
               f"{'; '.join(clauses)}.")
    other = y if side == x else x
    keys = _unique([side, *(key for person, _, _, stances in exposed
                            for key in (person, *stances.counterparts)), other])
    if len(exposed) == 1:
        # Most conflicts of the biggest rule: one person, whose tie, control and stances are
        # claims of different edges, so _conflict's check for repeated claims is skipped.
        _, control, _, stances = exposed[0]
        return Conflict("political_exposure", [graph.name(key) for key in keys], summary,
                        [*tie, *control, *stances.claims])
    evidence = [claims for _, control, _, stances in exposed for claims in (control, stances.claims)]
    return _conflict(graph, "political_exposure", keys, summary, tie, *evidence)


class _Stances:
    """How one person is political: [(counterpart, "supports Donald Trump", the claims)], with
    the clause and claims of all of them written once."""
    __slots__ = ("claims", "clause", "counterparts", "parts")

    def __init__(self, parts: list[tuple[str, str, list[Claim]]]):
        self.parts = parts
        self.counterparts = [counterpart for counterpart, _, _ in parts]
        self.clause = _join(stance for _, stance, _ in parts) if parts else ""
        self.claims = [claim for _, _, claims in parts for claim in claims]

    def without(self, *keys: str) -> _Stances:
        return _Stances([part for part in self.parts if part[0] not in keys])


# (political person on a party's side, the claims that put them there, how they are on it, stances)
_Exposed = tuple[str, list[Claim], str, _Stances]


def _exposed_sides(graph: ClaimGraph) -> dict[str, list[_Exposed]]:
    """Every party with someone political on its side: the party itself first, then who founded,
    leads or owns it, by key. Found from the few political people outwards, and each clause
    written once: asking every party in every tie for its principals cost most of the time."""
    candidates = graph.subjects_of(("holds_office", "supports", "family_of"))
    exposure: dict[str, list[_Exposed]] = {}
    for person in candidates:
        if not (political := _political(graph, person)):
            continue
        stances = _Stances(
            [(counterpart, f"{_join(RELATIONS[r].label for r in how)} {graph.name(counterpart)}",
              claims) for counterpart, (how, claims) in political.items()])
        exposure.setdefault(person, []).append((person, [], "", stances))
        for org, control in graph.controlled_by(person).items():
            roles = _join(RELATIONS[r].label for r in _relations(control, CONTROL))
            who = f"{graph.name(person)}, who {roles} {graph.name(org)},"
            exposure.setdefault(org, []).append((person, control, who, stances))
    for side, people in exposure.items():
        people.sort(key=lambda exposed: (exposed[0] != side, exposed[0]))
    return exposure


def _political(graph: ClaimGraph, person: str) -> dict[str, tuple[list[str], list[Claim]]]:
    """{counterpart: (relations, claims)}: where `person` holds office, whom it supports, and which
    family members are political (hold office, or are supported by anyone)."""
    found: dict[str, tuple[list[str], list[Claim]]] = {}

    def add(counterpart: str, relation: str, claims: list[Claim]) -> None:
        how, evidence = found.setdefault(counterpart, ([], []))
        how.append(relation)
        evidence.extend(claims)

    for relation in ("holds_office", "supports"):
        for counterpart, claims in sorted(graph.objects(person, [relation]).items()):
            add(counterpart, relation, claims)
    for relative, claims in sorted(graph.objects(person, ["family_of"]).items()):
        # Whom anyone supports is political by definition; the claims that make it so count too.
        # A few claims show it; a politician's thousands of supporters would otherwise be copied
        # into every conflict that names them.
        political = (graph.objects(relative, ["holds_office"])
                     or graph.subjects(relative, ["supports"]))
        if political:
            sample = heapq.nsmallest(_EVIDENCE_SAMPLE, political.items())
            add(relative, "family_of",
                claims + [c for _, cs in sample for c in cs][:_EVIDENCE_SAMPLE])
    # Whom the person supports may be the relative whose backing was sampled: each claim once.
    return {counterpart: (how, list({id(c): c for c in evidence}.values()))
            for counterpart, (how, evidence) in found.items()}


RULES: dict[str, Callable[[ClaimGraph], Iterator[Conflict]]] = {
    "competing_investments": competing_investments,
    "litigation_exposure": litigation_exposure,
    "interested_endorsement": interested_endorsement,
    "board_interlock": board_interlock,
    "political_exposure": political_exposure,
}


def find_conflicts(claims: Iterable[Claim] | ClaimGraph,
                   rules: Iterable[str] | None = None) -> list[Conflict]:
    """Run the rules (all by default) over the graph of `claims`. Ordered by rule (in the order of
    RULES) and then by entity names; a conflict derived twice appears once, with the claims of
    every derivation."""
    graph = claims if isinstance(claims, ClaimGraph) else ClaimGraph(claims)
    names = list(RULES) if rules is None else _unique(rules)
    unknown = [name for name in names if name not in RULES]
    if unknown:
        raise ValueError(f"unknown rule(s) {', '.join(unknown)}; known: {', '.join(RULES)}")
    # The same rule and the same entities, as Conflict.id. Rules name entities by graph.name(key),
    # one name per key, so the names themselves tell them apart without folding each.
    found: dict[tuple[str, ...], Conflict] = {}
    with paused_gc():
        for name in names:
            for conflict in RULES[name](graph):
                known = found.setdefault((name, *sorted(conflict.entities)), conflict)
                if known is not conflict:
                    ids = {id(claim) for claim in known.claims}
                    known.claims.extend(c for c in conflict.claims if id(c) not in ids)
        order = {name: n for n, name in enumerate(RULES)}
        folded = functools.cache(fold)  # the same names recur in conflict after conflict
        # As the lists of folded names would sort (keys hold no control characters), but faster.
        return sorted(found.values(), key=lambda conflict: (
            order[conflict.rule], "\x1f".join([folded(entity) for entity in conflict.entities])))
