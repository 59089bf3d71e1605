"""The claim graph, the five conflict rules, paths and ego networks."""
from __future__ import annotations

import random

import pytest

from stakegraph.analysis import RULES, ClaimGraph, find_conflicts, neighbourhood, shortest_paths
from stakegraph.model import Claim, Entity, Evidence

PERSONS = {"Elon Musk", "Josh Kushner", "Donald Trump", "Sam Altman", "Reid Hoffman", "Ann Roe"}
ALIASES = {"Elon Musk": ["Musk"], "Thrive Capital": ["Thrive"], "Sequoia Capital": ["Sequoia"]}
_offset = iter(range(0, 10**6, 100))


def entity(name: str) -> Entity:
    kind = "person" if name in PERSONS else "organization"
    return Entity(name, kind, list(ALIASES.get(name, [])))


def claim(subject: str, relation: str, obj: str, doc: str = "a") -> Claim:
    """A claim with its own evidence sentence in document `doc`."""
    start = next(_offset)
    sentence = f"{subject} {relation} {obj}."
    return Claim(entity(subject), relation, entity(obj),
                 Evidence(doc, sentence, start, start + len(sentence), f"{doc}.txt"))


def claims(*triples: tuple[str, str, str], doc: str = "a") -> list[Claim]:
    return [claim(*t, doc=doc) for t in triples]


def of_rule(found, rule):
    return [c for c in found if c.rule == rule]


FOUNDING = [  # eval/gold/examples.jsonl, the claims of the founding example
    ("Elon Musk", "sued", "OpenAI"), ("Elon Musk", "sued", "Sam Altman"),
    ("Elon Musk", "sued", "Microsoft"), ("Elon Musk", "sued", "Reid Hoffman"),
    ("Sam Altman", "leads", "OpenAI"), ("Reid Hoffman", "board_member_of", "Microsoft"),
    ("Josh Kushner", "founded", "Thrive Capital"), ("Thrive Capital", "invested_in", "SpaceX"),
    ("Elon Musk", "leads", "SpaceX"), ("Josh Kushner", "family_of", "Donald Trump"),
    ("Elon Musk", "supports", "Donald Trump"), ("Elon Musk", "founded", "xAI"),
    ("xAI", "competes_with", "OpenAI"), ("Thrive Capital", "invested_in", "OpenAI"),
    ("Josh Kushner", "invested_in", "OpenAI"), ("Sequoia Capital", "invested_in", "OpenAI"),
    ("Sequoia Capital", "invested_in", "xAI"), ("Josh Kushner", "endorses", "Elon Musk"),
]


# -- the graph ---------------------------------------------------------------------------------

def test_graph_groups_claims_into_edges_and_merges_entities():
    openai = Entity("OpenAI", "organization")
    first = Claim(Entity("Thrive Capital", "other"), "invested_in", openai,
                  Evidence("a", "Thrive invested.", 0, 16))
    second = Claim(Entity("thrive capital", "organization", ["Thrive"]), "invested_in",
                   Entity("OpenAI", "organization", ["Open AI Inc"]),
                   Evidence("b", "Thrive.", 5, 12))
    graph = ClaimGraph([first, second, first])  # the same claim twice is one piece of evidence
    assert graph.edges("invested_in") == [("thrive capital", "openai", [first, second])]
    thrive = graph.entity("thrive capital")
    assert (thrive.name, thrive.kind) == ("Thrive Capital", "organization")
    assert thrive.aliases == ["Thrive"]
    assert graph.entity("openai").aliases == ["Open AI Inc"]
    assert first.subject.aliases == []  # merging never touches the caller's objects
    assert graph.find("THRIVE").name == "Thrive Capital"
    assert graph.find("Nobody") is None


def test_graph_helpers_read_symmetric_relations_both_ways():
    graph = ClaimGraph(claims(("xAI", "competes_with", "OpenAI"), ("Elon Musk", "leads", "SpaceX"),
                              ("Elon Musk", "founded", "xAI"),
                              ("Thrive Capital", "owns", "SpaceX")))
    assert list(graph.objects("openai", ["competes_with"])) == ["xai"]
    assert list(graph.objects("xai", ["competes_with"])) == ["openai"]
    competing = graph.between("openai", "competes_with", "xai")
    assert competing and graph.between("xai", "competes_with", "openai") == competing
    assert sorted(graph.controlled_by("elon musk")) == ["spacex", "xai"]
    assert sorted(graph.principals_of("spacex")) == ["elon musk", "thrive capital"]
    assert list(graph.stakes_of("thrive capital")) == ["spacex"]
    assert graph.stakes_of("elon musk") == {}  # leading is control, not a stake
    # A neighbourhood merged from two relations is kept, and dropped when a claim arrives.
    graph.add(claims(("Thrive Capital", "invested_in", "SpaceX"))[0])
    assert {k: len(v) for k, v in graph.stakeholders_of("spacex").items()} == {"thrive capital": 2}
    graph.add(claims(("Founders Fund", "invested_in", "SpaceX"))[0])
    assert sorted(graph.stakeholders_of("spacex")) == ["founders fund", "thrive capital"]


# -- competing_investments -----------------------------------------------------------------------

@pytest.mark.parametrize("compete", [("xAI", "competes_with", "OpenAI"),
                                     ("OpenAI", "competes_with", "xAI")])
def test_competing_investments_either_direction(compete):
    found = find_conflicts(claims(("Sequoia Capital", "invested_in", "OpenAI"),
                                  ("Sequoia Capital", "acquired", "xAI"), compete))
    assert [(c.rule, c.entities) for c in found] == [
        ("competing_investments", ["Sequoia Capital", "OpenAI", "xAI"])]
    assert found[0].summary == "Sequoia Capital holds stakes in OpenAI and xAI, which compete."
    assert {c.relation for c in found[0].claims} == {"invested_in", "acquired", "competes_with"}


def test_competing_investments_near_misses():
    # Stakes in two organizations that do not compete; competitors with different backers.
    assert find_conflicts(claims(("Sequoia Capital", "invested_in", "OpenAI"),
                                 ("Sequoia Capital", "invested_in", "xAI"),
                                 ("xAI", "partner_of", "OpenAI"))) == []
    assert find_conflicts(claims(("Sequoia Capital", "invested_in", "OpenAI"),
                                 ("Thrive Capital", "invested_in", "xAI"),
                                 ("xAI", "competes_with", "OpenAI"))) == []
    # A party that owns one competitor is not "in conflict with itself" via the other.
    assert find_conflicts(claims(("OpenAI", "owns", "xAI"),
                                 ("xAI", "competes_with", "OpenAI"))) == []


# -- litigation_exposure -------------------------------------------------------------------------

LAWSUIT = [("Elon Musk", "sued", "OpenAI"), ("Elon Musk", "leads", "SpaceX"),
           ("Thrive Capital", "invested_in", "OpenAI"), ("Thrive Capital", "invested_in", "SpaceX")]


def test_litigation_exposure_through_a_party_s_company():
    found = of_rule(find_conflicts(claims(*LAWSUIT)), "litigation_exposure")
    assert [c.entities for c in found] == [["Thrive Capital", "Elon Musk", "OpenAI", "SpaceX"]]
    assert found[0].summary == (
        "Thrive Capital holds stakes on both sides of the lawsuit Elon Musk brought against "
        "OpenAI: in SpaceX (led by Elon Musk) on one side and in OpenAI on the other.")
    assert len(found[0].claims) == 4  # the suit, Musk's lead of SpaceX, both stakes


def test_litigation_exposure_survives_the_plaintiff_having_founded_the_defendant():
    found = find_conflicts(claims(*LAWSUIT, ("Elon Musk", "founded", "OpenAI")),
                           rules=["litigation_exposure"])
    assert [c.entities for c in found] == [["Thrive Capital", "Elon Musk", "OpenAI", "SpaceX"]]


def test_litigation_exposure_near_misses():
    # A stake on one side only.
    assert find_conflicts(claims(*LAWSUIT[:3], ("Thrive Capital", "invested_in", "Stripe")),
                          rules=["litigation_exposure"]) == []
    # The plaintiff's own stakes are not a third party's exposure.
    assert find_conflicts(claims(("Elon Musk", "sued", "OpenAI"), ("Elon Musk", "leads", "SpaceX"),
                                 ("Elon Musk", "invested_in", "OpenAI"),
                                 ("Elon Musk", "owns", "SpaceX")),
                          rules=["litigation_exposure"]) == []
    # An organization both parties control is on neither side: no bet on both outcomes.
    assert find_conflicts(claims(("Elon Musk", "sued", "Sam Altman"),
                                 ("Elon Musk", "founded", "OpenAI"),
                                 ("Sam Altman", "leads", "OpenAI"),
                                 ("Thrive Capital", "invested_in", "OpenAI")),
                          rules=["litigation_exposure"]) == []


# -- interested_endorsement ----------------------------------------------------------------------

ENDORSEMENT = [("Josh Kushner", "endorses", "Elon Musk"),
               ("Josh Kushner", "founded", "Thrive Capital"),
               ("Thrive Capital", "invested_in", "SpaceX"), ("Elon Musk", "leads", "SpaceX")]


def test_interested_endorsement_through_a_fund_into_the_endorsed_s_company():
    found = find_conflicts(claims(*ENDORSEMENT))
    assert [(c.rule, c.entities) for c in found if c.rule == "interested_endorsement"] == [
        ("interested_endorsement", ["Josh Kushner", "Elon Musk", "Thrive Capital", "SpaceX"])]
    endorsement = of_rule(found, "interested_endorsement")[0]
    assert endorsement.summary == ("Josh Kushner endorses Elon Musk while holding a stake, through "
                                   "Thrive Capital, in SpaceX (led by Elon Musk).")
    assert {c.relation for c in endorsement.claims} == {"endorses", "founded", "invested_in",
                                                        "leads"}


def test_interested_endorsement_direct_stake_in_the_endorsed():
    found = find_conflicts(claims(("Microsoft", "endorses", "OpenAI"),
                                  ("Microsoft", "invested_in", "OpenAI")))
    assert [(c.rule, c.entities, c.summary) for c in found] == [
        ("interested_endorsement", ["Microsoft", "OpenAI"],
         "Microsoft endorses OpenAI while holding a stake in OpenAI.")]


def test_interested_endorsement_near_misses():
    # Endorsement without a stake, and a stake with criticism instead of praise.
    assert find_conflicts(claims(*ENDORSEMENT[:2], ("Elon Musk", "leads", "SpaceX")),
                          rules=["interested_endorsement"]) == []
    assert find_conflicts(claims(("Josh Kushner", "criticizes", "Elon Musk"), *ENDORSEMENT[1:]),
                          rules=["interested_endorsement"]) == []
    # The fund's stake is in something the endorsed person has no tie to.
    assert find_conflicts(claims(*ENDORSEMENT[:3], ("Gwynne Shotwell", "leads", "SpaceX")),
                          rules=["interested_endorsement"]) == []


# -- board_interlock -----------------------------------------------------------------------------

@pytest.mark.parametrize("tie, clause", [
    (("Inflection", "competes_with", "Microsoft"), "the two compete"),
    (("Inflection", "sued", "Microsoft"), "Inflection sued Microsoft"),
    (("Microsoft", "invested_in", "Inflection"), "Microsoft invested in Inflection"),
])
def test_board_interlock(tie, clause):
    found = find_conflicts(claims(("Reid Hoffman", "board_member_of", "Microsoft"),
                                  ("Reid Hoffman", "leads", "Inflection"), tie),
                           rules=["board_interlock"])
    assert [c.entities for c in found] == [["Reid Hoffman", "Inflection", "Microsoft"]]
    assert found[0].summary == ("Reid Hoffman leads Inflection and sits on the board of Microsoft, "
                                f"and {clause}.")
    assert len(found[0].claims) == 3


def test_board_interlock_near_miss_unrelated_boards():
    assert find_conflicts(claims(("Reid Hoffman", "board_member_of", "Microsoft"),
                                 ("Reid Hoffman", "board_member_of", "Inflection"),
                                 ("Microsoft", "partner_of", "Inflection")),
                          rules=["board_interlock"]) == []
    # Two organizations that compete, but the ties are employment, not a seat.
    assert find_conflicts(claims(("Reid Hoffman", "employed_by", "Microsoft"),
                                 ("Reid Hoffman", "leads", "Inflection"),
                                 ("Microsoft", "competes_with", "Inflection")),
                          rules=["board_interlock"]) == []


# -- political_exposure --------------------------------------------------------------------------

def test_political_exposure_through_a_principal():
    found = find_conflicts(claims(("Elon Musk", "supports", "Donald Trump"),
                                  ("Elon Musk", "leads", "SpaceX"),
                                  ("Thrive Capital", "invested_in", "SpaceX")))
    assert [(c.rule, c.entities, c.summary) for c in found] == [
        ("political_exposure", ["SpaceX", "Elon Musk", "Donald Trump", "Thrive Capital"],
         "Thrive Capital invested in SpaceX, and Elon Musk, who leads SpaceX, supports "
         "Donald Trump.")]
    assert len(found[0].claims) == 3


def test_political_exposure_office_and_family():
    found = find_conflicts(claims(("Ann Roe", "holds_office", "Bundestag"),
                                  ("Josh Kushner", "family_of", "Ann Roe"),
                                  ("Thrive Capital", "sued", "Acme")), rules=["political_exposure"])
    assert found == []  # Josh Kushner has no tie to Thrive Capital yet
    found = find_conflicts(claims(("Ann Roe", "holds_office", "Bundestag"),
                                  ("Ann Roe", "family_of", "Josh Kushner"),  # stated the other way
                                  ("Josh Kushner", "founded", "Thrive Capital"),
                                  ("Thrive Capital", "sued", "Acme")), rules=["political_exposure"])
    assert [c.entities for c in found] == [["Thrive Capital", "Josh Kushner", "Ann Roe", "Acme"]]
    assert {c.relation for c in found[0].claims} == {"sued", "founded", "family_of", "holds_office"}
    found = find_conflicts(claims(("Ann Roe", "holds_office", "Bundestag"),
                                  ("Ann Roe", "owns", "Acme")), rules=["political_exposure"])
    assert [(c.entities, c.summary) for c in found] == [
        (["Ann Roe", "Bundestag", "Acme"], "Ann Roe owns Acme and holds office in Bundestag.")]


def test_political_exposure_names_all_counterparts_of_a_person_in_one_conflict():
    found = find_conflicts(claims(("Elon Musk", "supports", "Donald Trump"),
                                  ("Elon Musk", "supports", "JD Vance"),
                                  ("Elon Musk", "holds_office", "DOGE"),
                                  ("Elon Musk", "leads", "SpaceX"),
                                  ("Thrive Capital", "invested_in", "SpaceX")))
    assert [(c.entities, c.summary) for c in found] == [
        (["SpaceX", "Elon Musk", "DOGE", "Donald Trump", "JD Vance", "Thrive Capital"],
         "Thrive Capital invested in SpaceX, and Elon Musk, who leads SpaceX, holds office in "
         "DOGE, supports Donald Trump and supports JD Vance.")]
    assert len(found[0].claims) == 5
    # Two political people on one side of one tie: one conflict names both.
    found = find_conflicts(claims(("Elon Musk", "supports", "Donald Trump"),
                                  ("Elon Musk", "leads", "SpaceX"),
                                  ("Ann Roe", "holds_office", "Senate"),
                                  ("Ann Roe", "founded", "SpaceX"),
                                  ("Thrive Capital", "invested_in", "SpaceX")))
    assert [(c.entities, c.summary) for c in found] == [
        (["SpaceX", "Ann Roe", "Senate", "Elon Musk", "Donald Trump", "Thrive Capital"],
         "Thrive Capital invested in SpaceX, and Ann Roe, who founded SpaceX, holds office in "
         "Senate; Elon Musk, who leads SpaceX, supports Donald Trump.")]
    assert {c.relation for c in found[0].claims} == {"supports", "leads", "holds_office",
                                                       "founded", "invested_in"}
    # A counterpart that is a party to the tie itself is left out, the others stay.
    found = find_conflicts(claims(("Elon Musk", "supports", "Donald Trump"),
                                  ("Elon Musk", "supports", "JD Vance"),
                                  ("Elon Musk", "sued", "Donald Trump")),
                           rules=["political_exposure"])
    assert [c.entities for c in found] == [["Elon Musk", "JD Vance", "Donald Trump"]]


def test_political_exposure_near_misses():
    # A political tie but no financial or legal tie (leading is not a tie between two parties).
    assert find_conflicts(claims(("Elon Musk", "supports", "Donald Trump"),
                                 ("Elon Musk", "leads", "SpaceX"))) == []
    # Family of someone with no political role.
    assert find_conflicts(claims(("Josh Kushner", "family_of", "Ann Roe"),
                                 ("Josh Kushner", "invested_in", "OpenAI"))) == []
    # A tie with the political counterpart itself is not exposure to a third party.
    assert find_conflicts(claims(("Elon Musk", "supports", "Donald Trump"),
                                 ("Elon Musk", "sued", "Donald Trump")),
                          rules=["political_exposure"]) == []


# -- combining documents, the founding example, order and dedup ----------------------------------

def test_facts_from_two_documents_combine_and_cite_both():
    found = find_conflicts(claims(*ENDORSEMENT[:2], doc="a") + claims(*ENDORSEMENT[2:], doc="b")
                           + claims(("Thrive Capital", "invested_in", "SpaceX"), doc="c"),
                           rules=["interested_endorsement"])
    assert len(found) == 1
    assert {c.evidence.document_id for c in found[0].claims} == {"a", "b", "c"}
    # The stake was read twice: the conflict carries both readings.
    assert sum(c.relation == "invested_in" for c in found[0].claims) == 2


def test_founding_example_finds_the_three_gold_conflicts():
    found = find_conflicts(claims(*FOUNDING))
    gold = [("competing_investments", {"Sequoia Capital", "OpenAI", "xAI"}),
            ("litigation_exposure", {"Thrive Capital", "OpenAI", "Elon Musk"}),
            ("interested_endorsement", {"Josh Kushner", "Elon Musk"})]
    for rule, names in gold:  # matched as eval/score.py does: same rule, gold names included
        assert any(c.rule == rule and names <= set(c.entities) for c in found), rule
    competing = of_rule(found, "competing_investments")
    assert [c.entities for c in competing] == [["Sequoia Capital", "OpenAI", "xAI"]]
    assert all(len(set(c.entities)) == len(c.entities) for c in found)
    assert len({c.id for c in found}) == len(found)


def test_order_is_deterministic_and_by_rule_then_names():
    triples = list(FOUNDING)
    expected = [(c.rule, c.entities, c.summary) for c in find_conflicts(claims(*triples))]
    random.Random(7).shuffle(triples)
    assert [(c.rule, c.entities, c.summary) for c in find_conflicts(claims(*triples))] == expected
    rules = [rule for rule, _, _ in expected]
    assert rules == sorted(rules, key=list(RULES).index)


def test_a_conflict_derived_twice_appears_once_with_all_its_claims():
    # Musk both sued and invested in OpenAI: two ties, one exposure (Musk, Trump, OpenAI).
    found = find_conflicts(claims(("Elon Musk", "supports", "Donald Trump"),
                                  ("Elon Musk", "sued", "OpenAI"),
                                  ("Elon Musk", "invested_in", "OpenAI")))
    assert [(c.rule, sorted(c.entities)) for c in found] == [
        ("political_exposure", ["Donald Trump", "Elon Musk", "OpenAI"])]
    assert {c.relation for c in found[0].claims} == {"supports", "sued", "invested_in"}


def test_rule_selection():
    triples = claims(*FOUNDING)
    assert {c.rule for c in find_conflicts(triples, rules=["competing_investments"])} == {
        "competing_investments"}
    with pytest.raises(ValueError, match="no_such_rule"):
        find_conflicts(triples, rules=["no_such_rule"])
    assert set(RULES) == {"competing_investments", "litigation_exposure", "interested_endorsement",
                          "board_interlock", "political_exposure"}


# -- paths and neighbourhoods --------------------------------------------------------------------

def test_shortest_paths_two_steps_in_real_direction():
    graph = ClaimGraph(claims(*ENDORSEMENT, ("Sequoia Capital", "invested_in", "OpenAI")))
    paths = shortest_paths(graph, "musk", "Thrive")  # by alias, folded
    steps = [[(s.name, r, o.name) for s, r, o, _ in path] for path in paths]
    # Two chains of two steps, each step as stated (Thrive invested in SpaceX, not the reverse).
    assert sorted(map(tuple, steps)) == [
        (("Elon Musk", "leads", "SpaceX"), ("Thrive Capital", "invested_in", "SpaceX")),
        (("Josh Kushner", "endorses", "Elon Musk"), ("Josh Kushner", "founded", "Thrive Capital")),
    ]
    via_spacex = next(path for path in paths if path[0][1] == "leads")
    assert [c.evidence.sentence for c in via_spacex[0][3]] == ["Elon Musk leads SpaceX."]
    assert shortest_paths(graph, "Elon Musk", "Thrive Capital", max_length=1) == []
    assert shortest_paths(graph, "Elon Musk", "Sequoia Capital") == []  # not connected
    with pytest.raises(LookupError):
        shortest_paths(graph, "Elon Musk", "Nobody")


def test_shortest_paths_reports_each_edge_between_two_entities():
    graph = ClaimGraph(claims(("Elon Musk", "founded", "xAI"), ("Elon Musk", "leads", "xAI"),
                              ("OpenAI", "competes_with", "xAI")))
    paths = shortest_paths(graph, "OpenAI", "Elon Musk", limit=5)
    assert [[(s.name, r, o.name) for s, r, o, _ in p] for p in paths] == [
        [("OpenAI", "competes_with", "xAI"), ("Elon Musk", "founded", "xAI")],
        [("OpenAI", "competes_with", "xAI"), ("Elon Musk", "leads", "xAI")],
    ]
    assert len(shortest_paths(graph, "OpenAI", "Elon Musk", limit=1)) == 1


def test_neighbourhood_is_the_ego_network():
    graph = ClaimGraph(claims(*ENDORSEMENT, ("Sequoia Capital", "invested_in", "OpenAI")))
    near = neighbourhood(graph, "Thrive Capital")
    assert sorted(near.keys()) == ["josh kushner", "spacex", "thrive capital"]
    assert sorted(r for _, r, _ in (c.edge for c in near.claims)) == ["founded", "invested_in"]
    assert near.entity("thrive capital").aliases == ["Thrive"]
    wider = neighbourhood(graph, "Thrive Capital", depth=2)
    assert sorted(wider.keys()) == ["elon musk", "josh kushner", "spacex", "thrive capital"]
    assert len(wider.claims) == 4  # includes Kushner endorses Musk, an edge among the ego's nodes
