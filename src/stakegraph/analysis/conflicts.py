"""The five conflict-of-interest rules (names are part of the contract, see DESIGN.md).

Each rule is a function over the whole ClaimGraph, so facts read in different articles combine.
A conflict names its entities (canonical names, the most important first), says in one sentence
what is wrong, and carries every claim of every edge it rests on: the evidence from all documents.
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from itertools import combinations

from stakegraph.analysis.graph import CONTROL, STAKE, ClaimGraph, paused_gc
from stakegraph.model import RELATIONS, Claim, Conflict, fold

# How a principal's tie reads in the passive: "SpaceX (led by Elon Musk)".
_PASSIVE = {"founded": "founded", "leads": "led", "owns": "owned"}
_SEATS = ("board_member_of", "leads")
# Ties between two parties that political_exposure looks at: money or a lawsuit.
_TIES = STAKE + ("sued",)


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
    # A company competes with several others: its backers are looked up once.
    backers = functools.cache(graph.stakeholders_of)
    for a, b, competing in graph.edges("competes_with"):
        if a == b:
            continue
        backers_a, backers_b = backers(a), backers(b)
        for party in sorted(backers_a.keys() & backers_b.keys()):
            if party in (a, b):
                continue
            summary = (f"{graph.name(party)} holds stakes in {graph.name(a)} and {graph.name(b)}, "
                       "which compete.")
            yield _conflict(graph, "competing_investments", [party, a, b], summary,
                            backers_a[party], backers_b[party], competing)


def litigation_exposure(graph: ClaimGraph) -> Iterator[Conflict]:
    """X sued Y, and a third party P holds stakes on X's side and on Y's side."""
    for x, y, suits in graph.edges("sued"):
        if x == y:
            continue
        side_x, side_y = _side(graph, x, y), _side(graph, y, x)
        # An organization both parties control is on neither side: a stake in it is not a bet
        # on both outcomes.
        for shared in side_x.keys() & side_y.keys():
            del side_x[shared], side_y[shared]
        holders_x = _holders(graph, side_x)
        holders_y = _holders(graph, side_y)
        for party in sorted(holders_x.keys() & holders_y.keys()):
            if party in (x, y):
                continue
            via_x, via_y = holders_x[party], holders_y[party]
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


def _holders(graph: ClaimGraph, side: dict[str, list[Claim]]) -> dict[str, dict[str, list[Claim]]]:
    """For each stakeholder of anything on a side: {organization on the side: stake claims}."""
    holders: dict[str, dict[str, list[Claim]]] = {}
    for org in side:
        for holder, stake in graph.stakeholders_of(org).items():
            holders.setdefault(holder, {})[org] = stake
    return holders


def interested_endorsement(graph: ClaimGraph) -> Iterator[Conflict]:
    """A endorses B while A, or an organization A founded, leads or owns, holds a stake in B or in
    an organization B founded, leads or owns."""
    for a, b, endorsements in graph.edges("endorses"):
        if a == b:
            continue
        vehicles = {a: [], **graph.controlled_by(a)}
        targets = {b: [], **graph.controlled_by(b)}
        routes = [(v, t, stake) for v in vehicles for t, stake in graph.stakes_of(v).items()
                  if t in targets and t != v]
        if not routes:
            continue
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
    # Most pairs of seats are not tied at all: one set lookup rules them out.
    tied = {(a, b) if a < b else (b, a) for a, b in graph.pairs(("competes_with", *_TIES))}
    for person in sorted({person for person, _ in graph.pairs(_SEATS)}):
        seats = graph.objects(person, _SEATS)
        for a, b in combinations(sorted(seats), 2):
            if person in (a, b) or (a, b) not in tied:
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
    One conflict per (tie, exposed side, exposed person, political counterpart)."""
    exposure = _exposed_sides(graph)
    for relation in _TIES:
        for x, y, tie in graph.edges(relation):
            if x == y or not (x in exposure or y in exposure):
                continue
            tie_text = f"{graph.name(x)} {RELATIONS[relation].label} {graph.name(y)}"
            for side, other in ((x, y), (y, x)):
                for person, control, who, stances in exposure.get(side, ()):
                    if person == other:
                        continue  # Musk's tie to his own company is not a tie between two parties
                    if person != side:  # "…, and Elon Musk, who leads SpaceX, supports …"
                        opening = f"{tie_text}, and {who}"
                    elif side == x:  # "Elon Musk sued OpenAI and supports Donald Trump."
                        opening = f"{tie_text} and"
                    else:
                        opening = f"{tie_text}, and {graph.name(side)}"
                    for counterpart, stance, political in stances:
                        if counterpart in (side, other, person):
                            continue
                        # Tie, control and stance are claims of different edges: no claim twice.
                        # This rule makes most conflicts, so it skips _conflict's checks.
                        parties = ((side, counterpart, other) if person == side
                                   else (side, person, counterpart, other))
                        yield Conflict("political_exposure", [graph.name(p) for p in parties],
                                       f"{opening} {stance}.", [*tie, *control, *political])


# (political person on a party's side, the claims that put them there, how they are on it,
# [(political counterpart, "supports Donald Trump", the claims)])
_Exposed = tuple[str, list[Claim], str, list[tuple[str, str, list[Claim]]]]


def _exposed_sides(graph: ClaimGraph) -> dict[str, list[_Exposed]]:
    """Every party with someone political on its side: the party itself first, then who founded,
    leads or owns it, by key. Found from the few political people outwards, and each clause
    written once: asking every party in every tie for its principals cost most of the time."""
    candidates = {person for person, _ in graph.pairs(("holds_office", "supports"))}
    candidates.update(key for pair in graph.pairs(["family_of"]) for key in pair)
    exposure: dict[str, list[_Exposed]] = {}
    for person in candidates:
        if not (political := _political(graph, person)):
            continue
        stances = [(counterpart,
                    f"{_join(RELATIONS[r].label for r in how)} {graph.name(counterpart)}", claims)
                   for counterpart, (how, claims) in political.items()]
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
        for counterpart, claims in graph.objects(person, [relation]).items():
            add(counterpart, relation, claims)
    for relative, claims in graph.objects(person, ["family_of"]).items():
        # Whom anyone supports is political by definition; the claims that make it so count too.
        office = [c for cs in graph.objects(relative, ["holds_office"]).values() for c in cs]
        backing = [c for cs in graph.subjects(relative, ["supports"]).values() for c in cs]
        if office or backing:
            # A few claims show that the relative is political; a politician's thousands of
            # supporters would otherwise be copied into every conflict that names them.
            add(relative, "family_of", claims + (office or backing)[:_EVIDENCE_SAMPLE])
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
    # Keyed as Conflict.id is, without hashing: the same rule and the same entities.
    found: dict[tuple[str, ...], tuple[tuple, Conflict]] = {}
    order = list(RULES)
    with paused_gc():
        for name in names:
            for conflict in RULES[name](graph):
                folded = [fold(entity) for entity in conflict.entities]
                # As the list of names would sort (keys hold no control characters), but faster.
                sort_key = (order.index(name), "\x1f".join(folded))
                _, known = found.setdefault((name, *sorted(folded)), (sort_key, conflict))
                if known is not conflict:
                    ids = {id(claim) for claim in known.claims}
                    known.claims.extend(c for c in conflict.claims if id(c) not in ids)
        return [conflict for _, conflict in sorted(found.values(), key=lambda item: item[0])]
