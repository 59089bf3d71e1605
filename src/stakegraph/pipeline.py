"""One document through the flow: nlp -> resolve -> relations."""
from __future__ import annotations

from dataclasses import dataclass

from .model import Claim, Document, Entity
from .nlp import analyze
from .relations import get_extractor
from .resolve import resolve


@dataclass
class Extraction:
    document: Document
    lang: str
    entities: list[Entity]
    claims: list[Claim]


def extract_document(document: Document, extractor: str = "rules") -> Extraction:
    analysis = analyze(document)
    entities = resolve(analysis)
    claims = get_extractor(extractor).extract(analysis, entities)
    _share_qualifiers(claims)
    in_claims = {c.subject.key for c in claims} | {c.object.key for c in claims}
    strong = {m.entity.key for m in analysis.mentions if m.entity is not None and m.strength >= 2}
    kept = [e for e in entities if e.key in in_claims or e.key in strong]
    return Extraction(document, analysis.lang, kept, claims)


def _share_qualifiers(claims: list[Claim]) -> None:
    """Sentences of one document often state one tie in parts ("führte die Runde an" here, "trug
    1,3 Milliarden bei" there): each claim of an edge gets the qualifiers the others found."""
    merged: dict[tuple, dict] = {}
    for claim in claims:
        bucket = merged.setdefault(claim.edge, {})
        for key, value in claim.qualifiers.items():
            bucket.setdefault(key, value)
    for claim in claims:
        for key, value in merged[claim.edge].items():
            claim.qualifiers.setdefault(key, value)
