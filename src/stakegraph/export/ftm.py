"""FollowTheMoney entities, the format of Aleph and the OpenSanctions tools.

Persons and organizations become Person, Organization or Company; each edge of the graph becomes
one relation entity (Ownership, Directorship, Employment, Family, CourtCase with its
CourtCaseParty, Occupancy of a Position, UnknownLink) whose `description` holds every sentence that
supports it and whose `sourceUrl` holds the articles' addresses. Built and validated with the
`followthemoney` library, written as line-delimited JSON as `ftm` reads it.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from stakegraph.analysis import ClaimGraph, edge_id
from stakegraph.export.citations import Documents, citation, url
from stakegraph.model import RELATIONS, Claim, Entity

if TYPE_CHECKING:
    from followthemoney.proxy import EntityProxy

NAMESPACE = "stakegraph"

# relation -> (schema, property of the subject, property of the object, role)
LINKS: dict[str, tuple[str, str, str, str]] = {
    "invested_in": ("Ownership", "owner", "asset", "investor"),
    "owns": ("Ownership", "owner", "asset", "owner"),
    "acquired": ("Ownership", "owner", "asset", "acquirer"),
    "founded": ("Directorship", "director", "organization", "founder"),
    "leads": ("Directorship", "director", "organization", "leader"),
    "board_member_of": ("Directorship", "director", "organization", "board member"),
    "employed_by": ("Employment", "employee", "employer", "employee"),
    "family_of": ("Family", "person", "relative", "family"),
    "competes_with": ("UnknownLink", "subject", "object", "competitor"),
    "partner_of": ("UnknownLink", "subject", "object", "partner"),
    "supports": ("UnknownLink", "subject", "object", "supporter"),
    "endorses": ("UnknownLink", "subject", "object", "endorsement"),
    "criticizes": ("UnknownLink", "subject", "object", "criticism"),
    # Not a link between the two entities in FtM: see _court_case and _occupancy.
    "sued": ("CourtCaseParty", "party", "party", "plaintiff"),
    "holds_office": ("Occupancy", "holder", "post", "holder"),
}

# The schemata an entity can take, most general first; the first that every role it plays in a
# link accepts is chosen (an organization that is owned must be a Company, an Asset).
_CANDIDATES = {
    "person": ("Person",),
    "organization": ("Organization", "Company"),
    "place": ("LegalEntity", "Organization", "Company"),
    "other": ("LegalEntity", "Organization", "Asset", "Company"),
}


@functools.cache
def _model():
    """followthemoney's model, imported on first use: an optional extra that takes over a second
    to import, which no other command should pay."""
    try:
        from followthemoney import model
    except ImportError:
        raise RuntimeError("the FollowTheMoney export needs the followthemoney library: "
                           "pip install 'stakegraph[ftm]'") from None
    return model


@dataclass
class FtMExport:
    """The FtM entities of a graph. `dropped` counts edges no FtM schema can hold (a person
    recorded as the asset of an Ownership, say): they are left out, not forced."""

    entities: list[EntityProxy] = field(default_factory=list)
    dropped: int = 0


def to_ftm(graph: ClaimGraph, documents: Documents) -> FtMExport:
    _model()
    schemata = _choose_schemata(graph)
    result = FtMExport()
    proxies: dict[str, EntityProxy] = {}
    for entity in sorted(graph.entities, key=lambda e: e.key):
        if schemata.get(entity.key):
            proxies[entity.key] = _entity_proxy(entity, schemata[entity.key])
    for (subject, relation, obj), claims in graph.grouped():
        if subject not in proxies or obj not in proxies or not _fits(relation, schemata[subject],
                                                                     schemata[obj]):
            result.dropped += 1
            continue
        result.entities.extend(_links(proxies[subject], relation, proxies[obj], claims, documents))
    result.entities[:0] = proxies.values()
    for proxy in result.entities:
        error = proxy.schema.validate(proxy.to_dict())
        if error:
            raise ValueError(f"invalid FtM entity {proxy.id}: {error}")
    return result


def write_ftm(graph: ClaimGraph, documents: Documents, out: IO[bytes]) -> FtMExport:
    result = to_ftm(graph, documents)
    for proxy in result.entities:
        line = json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True) + "\n"
        out.write(line.encode("utf-8"))
    return result


def read_ftm(path: Path) -> Iterator[EntityProxy]:
    """The entities of a file `write_ftm` wrote (or any FtM JSON Lines file)."""
    _model()
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield _model().get_proxy(json.loads(line))


def _range(relation: str, side: int) -> str:
    schema_name, subject_prop, object_prop, _ = LINKS[relation]
    if relation == "holds_office" and side == 1:
        return "Thing"  # the object names a Position; it is not linked itself
    prop = _model().get(schema_name).get(subject_prop if side == 0 else object_prop)
    return prop.range.name


def _choose_schemata(graph: ClaimGraph) -> dict[str, str | None]:
    needs: dict[str, set[str]] = {entity.key: set() for entity in graph.entities}
    for (subject, relation, obj), _ in graph.grouped():
        needs[subject].add(_range(relation, 0))
        needs[obj].add(_range(relation, 1))
    chosen: dict[str, str | None] = {}
    for entity in graph.entities:
        # An entity whose roles no single schema can satisfy keeps its kind's plainest schema;
        # the edges that ask too much of it are dropped.
        candidates = _CANDIDATES[entity.kind]
        fitting = [name for name in candidates
                   if all(_model().get(name).is_a(_model().get(need)) for need in needs[entity.key])]
        chosen[entity.key] = fitting[0] if fitting else candidates[0]
    return chosen


def _fits(relation: str, subject_schema: str, object_schema: str) -> bool:
    return all(_model().get(schema).is_a(_model().get(_range(relation, side)))
               for side, schema in enumerate((subject_schema, object_schema)))


def _entity_proxy(entity: Entity, schema: str) -> EntityProxy:
    proxy = _model().make_entity(schema)
    proxy.make_id(NAMESPACE, entity.key)
    proxy.add("name", entity.name)
    proxy.add("alias", entity.aliases)
    if "wikidata" in entity.external_ids:
        proxy.add("wikidataId", entity.external_ids["wikidata"])
    return proxy


def _qualifier_values(claims: list[Claim], name: str) -> list[Any]:
    return [c.qualifiers[name] for c in claims if c.qualifiers.get(name) not in (None, "", [])]


def _cite(proxy: EntityProxy, claims: list[Claim], documents: Documents) -> None:
    proxy.add("description", [citation(c, documents) for c in claims])
    proxy.add("sourceUrl", [u for c in claims if (u := url(c, documents))])


def _links(subject: EntityProxy, relation: str, obj: EntityProxy, claims: list[Claim],
           documents: Documents) -> list[EntityProxy]:
    if relation == "sued":
        return _court_case(subject, obj, claims, documents)
    if relation == "holds_office":
        return _occupancy(subject, obj, claims, documents)
    schema, subject_prop, object_prop, role = LINKS[relation]
    link = _model().make_entity(schema)
    link.make_id(NAMESPACE, edge_id((subject.id, relation, obj.id)))
    link.add(subject_prop, subject.id)
    link.add(object_prop, obj.id)
    if schema == "Family":
        link.add("relationship", _qualifier_values(claims, "kind") or None)
    else:
        roles = _qualifier_values(claims, "role")
        if relation == "invested_in" and any(_qualifier_values(claims, "lead")):
            roles.append("lead investor")
        link.add("role", roles or role)
    link.add("summary", f"{subject.caption} {RELATIONS[relation].label} {obj.caption}")
    dates = [str(d) for d in _qualifier_values(claims, "date")]
    link.add("startDate" if relation in ("founded", "acquired", "invested_in") else "date", dates)
    if schema == "Ownership":
        link.add("percentage", [str(p) for p in _qualifier_values(claims, "percentage")])
        for amount in _qualifier_values(claims, "amount")[:1]:
            link.add("sharesValue", str(amount.get("value", "")))
            link.add("sharesCurrency", amount.get("currency"))
    _cite(link, claims, documents)
    return [link]


def _court_case(plaintiff: EntityProxy, defendant: EntityProxy, claims: list[Claim],
                documents: Documents) -> list[EntityProxy]:
    case = _model().make_entity("CourtCase")
    case.make_id(NAMESPACE, "case", plaintiff.id, defendant.id)
    case.add("name", f"{plaintiff.caption} v. {defendant.caption}")
    case.add("court", _qualifier_values(claims, "court"))
    case.add("fileDate", [str(d) for d in _qualifier_values(claims, "date")])
    _cite(case, claims, documents)
    parties = []
    for party, role in ((plaintiff, "plaintiff"), (defendant, "defendant")):
        link = _model().make_entity("CourtCaseParty")
        link.make_id(NAMESPACE, case.id, role, party.id)
        link.add("case", case.id)
        link.add("party", party.id)
        link.add("role", role)
        parties.append(link)
    return [case, *parties]


def _occupancy(holder: EntityProxy, body: EntityProxy, claims: list[Claim],
               documents: Documents) -> list[EntityProxy]:
    """'X holds office in Y' as FtM says it: X occupies a Position named by its role at Y."""
    roles = _qualifier_values(claims, "role")
    position = _model().make_entity("Position")
    title = f"{roles[0]}, {body.caption}" if roles else body.caption
    position.make_id(NAMESPACE, "position", title)
    position.add("name", title)
    if body.schema.is_a(_model().get("Organization")):
        position.add("organization", body.id)
    occupancy = _model().make_entity("Occupancy")
    occupancy.make_id(NAMESPACE, "occupancy", holder.id, position.id)
    occupancy.add("holder", holder.id)
    occupancy.add("post", position.id)
    if any(_qualifier_values(claims, "former")):
        occupancy.add("status", "former")
    _cite(occupancy, claims, documents)
    return [position, occupancy]
