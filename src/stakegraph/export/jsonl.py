"""The JSON Lines records that `extract` and `conflicts` print: a contract (DESIGN.md)."""
from __future__ import annotations

from ..model import Claim, Conflict, Entity


def entity_record(entity: Entity, doc: str) -> dict:
    return {"record": "entity", "doc": doc, "name": entity.name, "kind": entity.kind,
            "aliases": list(entity.aliases)}


def claim_record(claim: Claim) -> dict:
    evidence = claim.evidence
    return {"record": "claim", "doc": evidence.document_name, "subject": claim.subject.name,
            "relation": claim.relation, "object": claim.object.name,
            "qualifiers": claim.qualifiers, "evidence": evidence.sentence,
            "start": evidence.start, "end": evidence.end, "confidence": claim.confidence,
            "extractor": f"{claim.extractor}/{claim.extractor_version}"}


def conflict_record(conflict: Conflict) -> dict:
    return {"record": "conflict", "rule": conflict.rule, "entities": conflict.entities,
            "summary": conflict.summary,
            "claims": [{key: value for key, value in claim_record(c).items() if key != "record"}
                       for c in conflict.claims]}
